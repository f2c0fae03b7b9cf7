/** English renderings of the bureau names plans give as 牵头部门; names not in the glossary stay in Chinese. */

import type { Lang } from './lang.ts';

/** Core names (without the 市/州/县 prefix) and their usual English renderings. */
const GLOSSARY: Readonly<Record<string, string>> = {
  市场监管局: 'Administration for Market Regulation',
  市场监督管理局: 'Administration for Market Regulation',
  质监局: 'Quality and Technical Supervision Bureau',
  质量技术监督局: 'Quality and Technical Supervision Bureau',
  工商局: 'Administration for Industry and Commerce',
  食药监局: 'Food and Drug Administration',
  食品药品监管局: 'Food and Drug Administration',
  食品药品监督管理局: 'Food and Drug Administration',
  发改委: 'Development and Reform Commission',
  发改局: 'Development and Reform Bureau',
  发展和改革委员会: 'Development and Reform Commission',
  经信委: 'Economy and Information Technology Commission',
  经信局: 'Economy and Information Technology Bureau',
  工信局: 'Industry and Information Technology Bureau',
  科技局: 'Science and Technology Bureau',
  商务局: 'Commerce Bureau',
  住建局: 'Housing and Urban-Rural Development Bureau',
  住建委: 'Housing and Urban-Rural Development Commission',
  环保局: 'Environmental Protection Bureau',
  生态环境局: 'Ecology and Environment Bureau',
  知识产权局: 'Intellectual Property Office',
  农业局: 'Agriculture Bureau',
  农委: 'Agriculture Commission',
  农业农村局: 'Agriculture and Rural Affairs Bureau',
  林业局: 'Forestry Bureau',
  水务局: 'Water Affairs Bureau',
  水利局: 'Water Resources Bureau',
  交通运输局: 'Transport Bureau',
  交通局: 'Transport Bureau',
  卫计局: 'Health and Family Planning Bureau',
  卫生局: 'Health Bureau',
  卫健委: 'Health Commission',
  教育局: 'Education Bureau',
  公安局: 'Public Security Bureau',
  财政局: 'Finance Bureau',
  统计局: 'Statistics Bureau',
  国资委: 'State-owned Assets Supervision and Administration Commission',
  人社局: 'Human Resources and Social Security Bureau',
  文广新局: 'Culture, Radio, Film, TV, Press and Publication Bureau',
  旅游局: 'Tourism Bureau',
  体育局: 'Sports Bureau',
  国土资源局: 'Land and Resources Bureau',
  海洋与渔业局: 'Ocean and Fisheries Bureau',
  邮政管理局: 'Postal Administration',
  金融工作局: 'Financial Affairs Bureau',
  民政局: 'Civil Affairs Bureau',
  城管局: 'Urban Management Bureau',
  规划局: 'Urban Planning Bureau',
  安监局: 'Work Safety Administration',
  检验检疫局: 'Entry-Exit Inspection and Quarantine Bureau',
  人民政府: "People's Government",
  政府办公室: "General Office of the People's Government",
  政府办公厅: "General Office of the People's Government",
};

/** Longest core first, so 食品药品监管局 is not read as a shorter name it ends with. */
const BY_LENGTH = Object.entries(GLOSSARY).sort((a, b) => b[0].length - a[0].length);

const PREFIXES: readonly [string, string][] = [
  ['市', 'Municipal '],
  ['州', 'Prefectural '],
  ['县', 'County '],
  ['区', 'District '],
];

/**
 * The English rendering of a department name as a plan writes it (市质监局 → Municipal Quality and
 * Technical Supervision Bureau), or null when the name is not in the glossary.
 */
export function translateDepartment(name: string): string | null {
  const trimmed = name.trim();
  const exact = GLOSSARY[trimmed];
  if (exact !== undefined) return exact;
  for (const [prefix, english] of PREFIXES) {
    if (!trimmed.startsWith(prefix)) continue;
    const core = GLOSSARY[trimmed.slice(prefix.length)];
    if (core !== undefined) return english + core;
  }
  // A place name before the core (汕尾检验检疫局): keep the place in Chinese, translate the rest.
  for (const [core, english] of BY_LENGTH) {
    if (trimmed.endsWith(core) && trimmed.length > core.length) {
      return `${trimmed.slice(0, trimmed.length - core.length)} ${english}`;
    }
  }
  return null;
}

/**
 * A department's name to show, the one to show beside it, and the other language's for a tooltip. In
 * Chinese, the name as the plan writes it alone (its English only on demand); in English, the rendering with
 * the plan's own name beside it, as the original.
 */
export function pickDepartmentNames(
  lang: Lang,
  name: string,
): { primary: string; secondary: string | null; other: string | null } {
  const english = translateDepartment(name);
  if (english === null) return { primary: name, secondary: null, other: null };
  return lang === 'zh'
    ? { primary: name, secondary: null, other: english }
    : { primary: english, secondary: name, other: name };
}
