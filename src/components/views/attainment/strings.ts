/** The Attainment overview's words, in both languages. */

import type { Lang } from '../../../lib/i18n/lang.ts';

const en = {
  title: 'Attainment overview',
  intro:
    'How many quantitative targets each city met, missed or could not be checked, by domain. "No outcome reported" is counted as prominently as "met": where no outcome was published, nobody can say whether the promise was kept.',
  matrixTitle: 'Status of every quantitative target, by city and domain',
  matrixNote:
    "Each cell counts the city's quantitative targets in the domain by status; the bar shows their shares. Outcomes loaded in this browser (yours) count too. Select a cell to list its targets.",
  city: 'City',
  total: (n: string) => (n === '1' ? '1 target' : `${n} targets`),
  noTargetsInCell: 'no quantitative target',
  cellLabel: (city: string, domain: string, parts: string) => `${city}, ${domain}: ${parts}`,
  listTitle: (city: string, domain: string) => `Targets of ${city} in ${domain}`,
  listHint: 'Select a cell of the table to list its targets here.',
  clear: 'Close the list',
  indicator: 'Target',
  target: 'Promise',
  targetYear: 'Year',
  status: 'Status',
  outcome: 'Outcome used',
  why: 'Why',
  showSource: 'Show the source of this outcome: title, address, quoted sentence and caveats',
  none: '—',
  yours: 'yours',
  noRecords: 'No quantitative target matches the filters.',
  listCapped: (shown: string, total: string) =>
    `The first ${shown} of ${total} targets, by id; narrow the filters (target year) to list the others.`,
};

/** The Attainment overview's dictionary. */
export const ATTAINMENT_STRINGS: Readonly<Record<Lang, typeof en>> = {
  en,
  zh: {
    title: '达成概览',
    intro:
      '各城市分领域的量化目标中，有多少已达成、未达成或无法核实。“未见公布结果”与“已达成”同样醒目：没有公布结果，就无法判断承诺是否兑现。',
    matrixTitle: '各城市分领域量化目标的达成状态',
    matrixNote:
      '每个单元格按状态统计该城市在该领域的量化目标，条形表示各状态占比。本浏览器中载入的结果（您的数据）也计算在内。选择单元格可列出其中的目标。',
    city: '城市',
    total: (n: string) => `共 ${n} 个目标`,
    noTargetsInCell: '无量化目标',
    cellLabel: (city: string, domain: string, parts: string) => `${city}，${domain}：${parts}`,
    listTitle: (city: string, domain: string) => `${city} · ${domain}的目标`,
    listHint: '选择表格中的单元格，在此列出其中的目标。',
    clear: '关闭列表',
    indicator: '目标',
    target: '承诺',
    targetYear: '年份',
    status: '状态',
    outcome: '所用结果',
    why: '原因',
    showSource: '查看该结果的来源：标题、网址、原文和注意事项',
    none: '—',
    yours: '您的数据',
    noRecords: '没有符合筛选条件的量化目标。',
    listCapped: (shown: string, total: string) =>
      `按编号列出 ${total} 个目标中的前 ${shown} 个；缩小筛选范围（目标年份）可列出其余目标。`,
  },
};
