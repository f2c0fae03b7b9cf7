/** The Planner's words, in both languages. */

import type { Lang } from '../../../lib/i18n/lang.ts';

const en = {
  title: 'Planner',
  intro:
    "Setting a target? Choose an indicator and a year, type a value, and see where it stands among other cities' targets, their reported outcomes and the national reference, and what it would ask of your city.",
  indicator: 'Indicator',
  year: 'Target year',
  city: 'Your city',
  value: 'Proposed value',
  direction: { higher: 'Higher is better', lower: 'Lower is better' },
  unit: 'Unit',
  chartTitle: 'Peers, outcomes and references',
  chartNote:
    "Peers' targets are the levels other plans commit to (the top of a range when higher is better); changes (提高, 下降) and additional counts (新增) state no level and are left out. Filled diamonds are annual outcomes that measure the indicator (exact or approximate); hollow ones are context. Triangles are national or provincial references.",
  rows: {
    targets: "Peers' targets",
    outcomes: 'Reported outcomes',
    references: 'National / provincial',
  },
  proposal: 'Your proposal',
  resultTitle: 'What your proposal means',
  typeValue: 'Type a proposed value to compare it.',
  percentile: (count: string, total: string, share: string) =>
    `At least as ambitious as ${count} of ${total} peer targets (${share}).`,
  noPeers: 'No peer target states a level for this indicator under the current filters.',
  best: (label: string) => `Best reported outcome: ${label}.`,
  bestGap: (gap: string, sign: number) =>
    sign > 0
      ? `Your proposal is ${gap} more demanding than the best reported outcome.`
      : sign < 0
        ? `Your proposal is ${gap} less demanding than the best reported outcome.`
        : 'Your proposal equals the best reported outcome.',
  noBest: 'No city has reported an annual outcome that measures this indicator.',
  change: (from: string, perYear: string, years: string, rate: string | null) =>
    `From ${from}: ${perYear} a year for ${years} years${rate === null ? '' : ` (${rate} a year, compound)`}.`,
  noLast: (city: string, year: string) =>
    `No annual outcome of ${city} for this indicator before ${year}, so no annual change can be worked out.`,
  peersTable: 'Peer targets',
  cityCol: 'City',
  levelCol: 'Level',
  yearCol: 'Target year',
  sentenceCol: 'Sentence',
  targetKind: { target: 'target', outcome: 'outcome' },
  noIndicators: 'No indicator has a peer target under the current filters.',
  national: 'China',
  countUnit: 'count',
  yours: 'yours',
  listCapped: (shown: string, total: string) => `The first ${shown} of ${total}, by id.`,
};

/** The Planner's dictionary. */
export const PLANNER_STRINGS: Readonly<Record<Lang, typeof en>> = {
  en,
  zh: {
    title: '目标设定',
    intro:
      '正在制定目标？选择指标和年份并输入数值，即可看到它在其他城市目标、已公布结果和国家参考值中的位置，以及它对本市意味着什么。',
    indicator: '指标',
    year: '目标年份',
    city: '本市',
    value: '拟定数值',
    direction: { higher: '越高越好', lower: '越低越好' },
    unit: '单位',
    chartTitle: '同类城市目标、结果与参考值',
    chartNote:
      '同类目标为其他规划承诺的水平（越高越好时取区间上限）；“提高”“下降”类目标和“新增”类数量未给出水平，不计入。实心菱形为口径一致或相近的年度结果，空心菱形仅供参考。三角形为国家或省级参考值。',
    rows: {
      targets: '同类城市目标',
      outcomes: '已公布结果',
      references: '国家及省级参考值',
    },
    proposal: '拟定目标',
    resultTitle: '拟定目标的含义',
    typeValue: '输入拟定数值以进行比较。',
    percentile: (count: string, total: string, share: string) =>
      `不低于 ${total} 个同类目标中 ${count} 个的要求（${share}）。`,
    noPeers: '在当前筛选条件下，没有同类目标给出该指标的水平。',
    best: (label: string) => `已公布的最佳结果：${label}。`,
    bestGap: (gap: string, sign: number) =>
      sign > 0
        ? `拟定目标比已公布的最佳结果更严格，相差 ${gap}。`
        : sign < 0
          ? `拟定目标比已公布的最佳结果宽松，相差 ${gap}。`
          : '拟定目标与已公布的最佳结果持平。',
    noBest: '尚无城市公布衡量该指标的年度结果。',
    change: (from: string, perYear: string, years: string, rate: string | null) =>
      `自${from}起：每年变化 ${perYear}，共 ${years} 年${rate === null ? '' : `（年均复合 ${rate}）`}。`,
    noLast: (city: string, year: string) =>
      `${city}在 ${year} 年之前没有该指标的年度结果，无法计算所需年均变化。`,
    peersTable: '同类目标',
    cityCol: '城市',
    levelCol: '水平',
    yearCol: '目标年份',
    sentenceCol: '原文',
    targetKind: { target: '目标', outcome: '结果' },
    noIndicators: '在当前筛选条件下，没有指标有同类目标。',
    national: '全国',
    countUnit: '个数',
    yours: '您的数据',
    listCapped: (shown: string, total: string) => `按编号显示 ${total} 个中的前 ${shown} 个。`,
  },
};
