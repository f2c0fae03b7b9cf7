/** The words of "Indicator detail", in both languages. */

import type { Lang } from '../../../lib/i18n/lang.ts';

const en = {
  title: 'Indicator detail',
  picker: 'Indicator',
  defaultNote: 'No indicator chosen: showing the first one. Pick another above.',
  unknown: (id: string) => `There is no canonical indicator "${id}". Pick one above.`,
  back: (domain: string) => `← Compare ${domain}`,
  direction: (higher: boolean): string => (higher ? 'Higher is better' : 'Lower is better'),
  unitLabel: 'Unit',
  optionLabel: (name: string, n: string) => `${name} (${n})`,
  chartTitle: 'Targets by target year',
  chartNote:
    'One column per target year; within a year, one mark per city. Marks are drawn by comparator as in the comparison, national and provincial targets in grey. Select a mark to open its sentence.',
  noTargets: 'No target of this indicator matches the filters.',
  qualitativeOnly: (n: string) =>
    `${n} record(s) of this indicator give no number (qualitative commitments); they are listed below, not plotted.`,
  tableTitle: 'How each city words it',
  tableNote:
    'Each record as its plan words it, side by side; the number is highlighted. Differences that matter before comparing are flagged.',
  city: 'City',
  targetYear: 'Target year',
  worded: 'Indicator as worded',
  quote: 'Source sentence',
  value: 'Target',
  differences: 'Differences',
  none: 'none',
  noYear: 'not stated',
  flagWording: (canonical: string) => `Worded differently from the canonical name 「${canonical}」`,
  flagBroader: (canonical: string) =>
    `Joins several quantities under one number: it may count more than 「${canonical}」`,
  flagUnit: (unit: string, expected: string) => `Unit ${unit}, not the indicator's ${expected}`,
  flagBound: (word: string, others: string) => `Says ${word}; others say ${others}`,
  boundWord: (word: string | null) => (word === null ? 'a bare number (no 以上/以下/左右)' : `「${word}」`),
  listJoin: ', ',
  flagAddition: 'An addition (新增), not a total',
  flagChange: 'A change (提高/降低 by), not a level',
  flagQualitative: 'No number: a qualitative commitment',
  flagYear: (basis: 'section' | 'document'): string =>
    basis === 'section'
      ? 'Target year from the section heading, not the sentence'
      : "Target year from the document's horizon, not the sentence",
  noUnit: 'none',
  openSource: 'Open the sentence in its plan',
};

/** The indicator detail's dictionary. */
export const INDICATOR_STRINGS: Readonly<Record<Lang, typeof en>> = {
  en,
  zh: {
    title: '指标详情',
    picker: '指标',
    defaultNote: '尚未选择指标：显示第一项。可在上方另选。',
    unknown: (id: string) => `没有标准指标“${id}”。请在上方选择。`,
    back: (domain: string) => `← 分领域比较：${domain}`,
    direction: (higher: boolean): string => (higher ? '越高越好' : '越低越好'),
    unitLabel: '单位',
    optionLabel: (name: string, n: string) => `${name}（${n}）`,
    chartTitle: '按目标年份排列的目标',
    chartNote:
      '每个目标年份一列；同一年份内每个城市一个标记。标记按比较方式绘制，与分领域比较一致；国家和省级目标为灰色。选择标记可打开原文。',
    noTargets: '没有符合筛选条件的该指标目标。',
    qualitativeOnly: (n: string) => `该指标有 ${n} 条记录没有具体数值（定性承诺），列于下表，不绘入图中。`,
    tableTitle: '各城市的表述',
    tableNote: '并列各规划原文中的表述，数值以高亮标出。比较前需要注意的差异逐条标注。',
    city: '城市',
    targetYear: '目标年份',
    worded: '原文指标表述',
    quote: '原文',
    value: '目标',
    differences: '差异',
    none: '无',
    noYear: '未写明',
    flagWording: (canonical: string) => `表述不同于标准名称「${canonical}」`,
    flagBroader: (canonical: string) => `一个数值涵盖多项内容，口径可能宽于「${canonical}」`,
    flagUnit: (unit: string, expected: string) => `单位为 ${unit}，而非指标单位 ${expected}`,
    flagBound: (word: string, others: string) => `此处为${word}；其他为${others}`,
    boundWord: (word: string | null) => (word === null ? '只写数值（无以上/以下/左右）' : `「${word}」`),
    listJoin: '、',
    flagAddition: '新增量，非总量',
    flagChange: '变化幅度（提高/降低），非水平值',
    flagQualitative: '无具体数值：定性承诺',
    flagYear: (basis: 'section' | 'document'): string =>
      basis === 'section' ? '目标年份取自章节标题，而非该句' : '目标年份取自文件期限，而非该句',
    noUnit: '无',
    openSource: '在规划原文中打开该句',
  },
};
