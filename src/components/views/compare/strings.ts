/** The words of "Compare by domain" (and the target-chart words "Indicator detail" shares), in both languages. */

import type { TargetKind } from '../../../lib/chart/target-marks.ts';
import type { Lang } from '../../../lib/i18n/lang.ts';

const en = {
  title: 'Compare by domain',
  intro:
    "Each canonical indicator of a domain, with every city's target on one axis, and the national or provincial target where there is one. Indicators that more cities set come first.",
  domainTabs: 'Domain',
  domainNote: (domain: string) =>
    `Showing ${domain}. The tabs set the domain filter; the city and target-year filters apply.`,
  severalDomains: (domains: string) =>
    `The domain filter names several domains (${domains}); showing the first. Choose a tab to show one.`,
  legendTitle: 'How to read the marks',
  legendEqual: 'reach (达到): a dot',
  legendAtLeast: 'at least (以上): an arrow towards higher values',
  legendAtMost: 'at most (以下): an arrow towards lower values',
  legendAbout: 'about (左右): a band around the value',
  legendRange: 'between: a bar from one value to the other',
  legendReference: 'national or provincial target: grey, hollow',
  legendClick: 'Hover or focus a mark to read its sentence; select it to open the plan at that sentence.',
  cities: (n: string) => (n === '1' ? '1 city' : `${n} cities`),
  targets: (n: string) => (n === '1' ? '1 target' : `${n} targets`),
  openIndicator: 'Indicator detail',
  noTargets: 'No quantitative target of this domain matches the filters.',
  unmappedTitle: 'Targets with no canonical indicator',
  unmappedNote:
    'These targets have a number but no canonical indicator that another city shares, so they are not compared on an axis. Each card quotes its sentence.',
  noUnmapped: 'Every target of this domain that matches the filters has a canonical indicator.',
  openSource: 'Open the sentence in its plan',
  kindHeading: (kind: TargetKind, unit: string) =>
    kind === 'level'
      ? `Levels to reach or hold · ${unit}`
      : kind === 'addition'
        ? `Additions (新增): counts added, not totals · ${unit}`
        : `Changes (提高/降低 by), not levels · ${unit}`,
  kindNote: (kind: TargetKind): string =>
    kind === 'level'
      ? ''
      : kind === 'addition'
        ? 'On their own axis: an addition cannot be read against a total.'
        : 'On their own axis: a change is drawn from zero, increases to the right and decreases to the left.',
  reference: (region: string, scope: 'national' | 'provincial') =>
    scope === 'national' ? 'National target' : `${region} target`,
  referenceSource: 'Source',
  rowLabel: (city: string, year: string) => `${city} · ${year}`,
  broader: (row: string, wording: string, canonical: string) =>
    `${row}: the plan's 「${wording}」 joins several quantities under one number, so it may count more than 「${canonical}」.`,
  indexTitle: 'Indicators on this page',
  indexItem: (name: string, targets: string) => `${name} (${targets})`,
  noYear: 'no year',
  markLabel: (city: string, value: string, year: string, indicator: string) =>
    `${city}: ${indicator} ${value}, by ${year}. Open the sentence in its plan.`,
  referenceLabel: (who: string, value: string, year: string) => `${who}: ${value}, ${year}`,
  comparatorLine: (comparator: string, bound: string | null) =>
    bound === null ? comparator : `${comparator} (${bound})`,
  unit: (unit: string) => unit,
};

/** The comparison's dictionary. */
export const COMPARE_STRINGS: Readonly<Record<Lang, typeof en>> = {
  en,
  zh: {
    title: '分领域比较',
    intro:
      '一个领域内的每项标准指标：各城市的目标画在同一数轴上，有国家或省级目标的一并标出。设定城市越多的指标越靠前。',
    domainTabs: '领域',
    domainNote: (domain: string) => `当前显示：${domain}。选项卡即领域筛选；城市和目标年份筛选同样适用。`,
    severalDomains: (domains: string) =>
      `领域筛选包含多个领域（${domains}），此处显示第一个。选择一个选项卡以只看一个领域。`,
    legendTitle: '图例',
    legendEqual: '达到：圆点',
    legendAtLeast: '以上（不低于）：指向较高值的箭头',
    legendAtMost: '以下（不超过）：指向较低值的箭头',
    legendAbout: '左右：数值周围的色带',
    legendRange: '区间：两个数值之间的横条',
    legendReference: '国家或省级目标：灰色空心',
    legendClick: '将鼠标移到标记上或用键盘聚焦可查看原文；选择标记可在规划原文中打开该句。',
    cities: (n: string) => `${n} 个城市`,
    targets: (n: string) => `${n} 项目标`,
    openIndicator: '指标详情',
    noTargets: '没有符合筛选条件的本领域量化目标。',
    unmappedTitle: '未对应标准指标的目标',
    unmappedNote:
      '这些目标有具体数值，但没有与其他城市共用的标准指标，因此不在数轴上比较。每张卡片引用其原文。',
    noUnmapped: '符合筛选条件的本领域目标均已对应标准指标。',
    openSource: '在规划原文中打开该句',
    kindHeading: (kind: TargetKind, unit: string) =>
      kind === 'level'
        ? `应达到或保持的水平 · ${unit}`
        : kind === 'addition'
          ? `新增数量（增量，非总量） · ${unit}`
          : `变化幅度（提高/降低），非水平值 · ${unit}`,
    kindNote: (kind: TargetKind): string =>
      kind === 'level'
        ? ''
        : kind === 'addition'
          ? '单独成轴：新增量不能与总量直接比较。'
          : '单独成轴：变化幅度从零画起，提高向右，降低向左。',
    reference: (region: string, scope: 'national' | 'provincial') =>
      scope === 'national' ? '国家目标' : `${region}目标`,
    referenceSource: '出处',
    rowLabel: (city: string, year: string) => `${city} · ${year}`,
    broader: (row: string, wording: string, canonical: string) =>
      `${row}：规划原文「${wording}」一个数值涵盖多项内容，口径可能宽于「${canonical}」。`,
    indexTitle: '本页的指标',
    indexItem: (name: string, targets: string) => `${name}（${targets}）`,
    noYear: '未写明年份',
    markLabel: (city: string, value: string, year: string, indicator: string) =>
      `${city}：${indicator} ${value}，目标年份 ${year}。在规划原文中打开该句。`,
    referenceLabel: (who: string, value: string, year: string) => `${who}：${value}，${year}`,
    comparatorLine: (comparator: string, bound: string | null) =>
      bound === null ? comparator : `${comparator}（${bound}）`,
    unit: (unit: string) => unit,
  },
};

/** Units as an axis names them. */
export const AXIS_UNITS: Readonly<Record<Lang, Readonly<Record<string, string>>>> = {
  zh: {
    '%': '%',
    '‰': '‰',
    count: '个数',
    score: '分',
    per_10k_people: '每万人',
    per_1m_people: '每百万人',
    'μg/m³': '微克/立方米',
    index: '指数',
    rank: '名次',
  },
  en: {
    '%': '%',
    '‰': '‰',
    count: 'count',
    score: 'points',
    per_10k_people: 'per 10,000 people',
    per_1m_people: 'per million people',
    'μg/m³': 'μg/m³',
    index: 'index',
    rank: 'rank',
  },
};

/** formatFacetHeading(lang, kind, unit) names a chart of one kind and unit, e.g. "Levels to reach or hold · count". */
export function formatFacetHeading(lang: Lang, kind: TargetKind, unit: string | null): string {
  return COMPARE_STRINGS[lang].kindHeading(kind, unit === null ? '' : (AXIS_UNITS[lang][unit] ?? unit));
}
