/** The Planner's words, in both languages. */

import type { Lang } from '../../../lib/i18n/lang.ts';

const en = {
  title: 'Planner',
  intro:
    "Setting a target? Choose an indicator and a year, type a value, and see where it stands among other cities' targets, their reported outcomes and the national reference, and what it would ask of your city, in the data or not.",
  indicator: 'Indicator',
  year: 'Target year',
  city: 'Your city',
  otherCity: 'A city not in the data…',
  cityName: 'Its name',
  cityNamePlaceholder: 'e.g. your city',
  thisCity: 'your city',
  latest: 'Latest value',
  latestYear: 'of the year',
  latestFromData: (value: string, year: string) =>
    `From the data: ${value} (${year}); type another to use it.`,
  latestNone: 'Not in the data: type the latest value you have.',
  value: 'Proposed value',
  direction: { higher: 'Higher is better', lower: 'Lower is better' },
  unit: 'Unit',
  chartTitle: 'Peers, outcomes and references',
  chartNote:
    "Peers' targets are the levels other plans commit to (the top of a range when higher is better); changes (提高, 下降) and additional counts (新增) state no level and are left out; targets set ten years or more before yours are hollow. Filled diamonds are annual outcomes that measure the indicator (exact or approximate); hollow ones are context; the square is your city's latest value. Triangles are national or provincial references, each named beside it: filled an outcome, hollow a target.",
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
  mostAmbitious: (level: string, gap: string, sign: number) =>
    sign > 0
      ? `The most ambitious peer target is ${level}; yours is ${gap} more demanding.`
      : sign < 0
        ? `The most ambitious peer target is ${level}; yours is ${gap} less demanding.`
        : `The most ambitious peer target is ${level}, as yours.`,
  outdated: (count: string, total: string, year: string) =>
    `${count} of the ${total} peer targets were set for ${year} or earlier, ten years or more before yours: read them as history.`,
  noPeers: 'No peer target states a level for this indicator under the current filters.',
  best: (label: string) => `Best reported outcome: ${label}.`,
  bestGap: (gap: string, sign: number) =>
    sign > 0
      ? `Your proposal is ${gap} more demanding than the best reported outcome.`
      : sign < 0
        ? `Your proposal is ${gap} less demanding than the best reported outcome.`
        : 'Your proposal equals the best reported outcome.',
  noBest: 'No city has reported an annual outcome of this indicator.',
  onlyContext: (n: string) =>
    n === '1'
      ? 'No city has reported an outcome that measures this indicator as defined: the 1 outcome drawn is context only (another definition, another period or a related measure), so it is not compared.'
      : `No city has reported an outcome that measures this indicator as defined: the ${n} outcomes drawn are context only (another definition, another period or a related measure), so they are not compared.`,
  reference: (label: string, gap: string, sign: number) =>
    sign > 0
      ? `Latest national reference: ${label}; yours is ${gap} more demanding.`
      : sign < 0
        ? `Latest national reference: ${label}; yours is ${gap} less demanding.`
        : `Latest national reference: ${label}, as yours.`,
  noReference: 'No national reference for this indicator.',
  referenceKind: (region: string, year: string, kind: 'target' | 'outcome', value: string) =>
    kind === 'target' ? `${region}'s ${year} target, ${value}` : `${region}'s ${year} outcome, ${value}`,
  needsLatest: (city: string, year: string) =>
    `Give the latest value of ${city} and its year (before ${year}) to see the change a year it asks.`,
  latestMark: (city: string, year: string, value: string) => `${city} · ${year} (latest): ${value}`,
  percentagePoints: (n: string) => (n === '1' ? '1 percentage point' : `${n} percentage points`),
  change: (from: string, perYear: string, years: string, rate: string | null) =>
    `From ${from}: ${perYear} a year for ${years} years${rate === null ? '' : ` (${rate} a year, compound)`}.`,
  noLast: (city: string, year: string) =>
    `No annual outcome of ${city} for this indicator before ${year}, so no annual change can be worked out.`,
  peersTable: 'Peer targets',
  cityCol: 'City',
  levelCol: 'Level',
  yearCol: 'Target year',
  outdatedFlag: (years: string) => `${years} years before yours`,
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
      '正在制定目标？选择指标和年份并输入数值，即可看到它在其他城市目标、已公布结果和国家参考值中的位置，以及它对本市意味着什么，无论本市是否在数据中。',
    indicator: '指标',
    year: '目标年份',
    city: '本市',
    otherCity: '数据中没有的城市……',
    cityName: '城市名称',
    cityNamePlaceholder: '如：本市',
    thisCity: '本市',
    latest: '最新数值',
    latestYear: '所属年份',
    latestFromData: (value: string, year: string) =>
      `数据中的数值：${value}（${year} 年）；输入其他数值即按所输入的计算。`,
    latestNone: '数据中没有：请输入您掌握的最新数值。',
    value: '拟定数值',
    direction: { higher: '越高越好', lower: '越低越好' },
    unit: '单位',
    chartTitle: '同类城市目标、结果与参考值',
    chartNote:
      '同类目标为其他规划承诺的水平（越高越好时取区间上限）；“提高”“下降”类目标和“新增”类数量未给出水平，不计入；目标年份早于拟定目标十年及以上的为空心。实心菱形为口径一致或相近的年度结果，空心菱形仅供参考；方块为本市的最新数值。三角形为国家或省级参考值，旁边注明其名称：实心为实际结果，空心为目标。',
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
    mostAmbitious: (level: string, gap: string, sign: number) =>
      sign > 0
        ? `同类目标中要求最高的是 ${level}；拟定目标比它更严格，相差 ${gap}。`
        : sign < 0
          ? `同类目标中要求最高的是 ${level}；拟定目标比它宽松，相差 ${gap}。`
          : `同类目标中要求最高的是 ${level}，与拟定目标相同。`,
    outdated: (count: string, total: string, year: string) =>
      `${total} 个同类目标中有 ${count} 个的目标年份在 ${year} 年或更早，比拟定目标早十年以上，只宜作为历史参照。`,
    noPeers: '在当前筛选条件下，没有同类目标给出该指标的水平。',
    best: (label: string) => `已公布的最佳结果：${label}。`,
    bestGap: (gap: string, sign: number) =>
      sign > 0
        ? `拟定目标比已公布的最佳结果更严格，相差 ${gap}。`
        : sign < 0
          ? `拟定目标比已公布的最佳结果宽松，相差 ${gap}。`
          : '拟定目标与已公布的最佳结果持平。',
    noBest: '尚无城市公布该指标的年度结果。',
    onlyContext: (n: string) =>
      `尚无城市公布与该指标口径一致或相近的结果：图中的 ${n} 个结果仅供参考（口径不同、时期不同或为相关指标），不作比较。`,
    reference: (label: string, gap: string, sign: number) =>
      sign > 0
        ? `最新的国家参考值：${label}；拟定目标比它更严格，相差 ${gap}。`
        : sign < 0
          ? `最新的国家参考值：${label}；拟定目标比它宽松，相差 ${gap}。`
          : `最新的国家参考值：${label}，与拟定目标相同。`,
    noReference: '该指标没有国家参考值。',
    referenceKind: (region: string, year: string, kind: 'target' | 'outcome', value: string) =>
      kind === 'target' ? `${region} ${year} 年目标 ${value}` : `${region} ${year} 年实际 ${value}`,
    needsLatest: (city: string, year: string) =>
      `请给出${city}的最新数值及其年份（早于 ${year} 年），即可算出每年需要的变化。`,
    latestMark: (city: string, year: string, value: string) => `${city} · ${year} 年（最新）：${value}`,
    percentagePoints: (n: string) => `${n} 个百分点`,
    change: (from: string, perYear: string, years: string, rate: string | null) =>
      `自${from}起：每年变化 ${perYear}，共 ${years} 年${rate === null ? '' : `（年均复合 ${rate}）`}。`,
    noLast: (city: string, year: string) =>
      `${city}在 ${year} 年之前没有该指标的年度结果，无法计算所需年均变化。`,
    peersTable: '同类目标',
    cityCol: '城市',
    levelCol: '水平',
    yearCol: '目标年份',
    outdatedFlag: (years: string) => `早于拟定目标 ${years} 年`,
    sentenceCol: '原文',
    targetKind: { target: '目标', outcome: '结果' },
    noIndicators: '在当前筛选条件下，没有指标有同类目标。',
    national: '全国',
    countUnit: '个数',
    yours: '您的数据',
    listCapped: (shown: string, total: string) => `按编号显示 ${total} 个中的前 ${shown} 个。`,
  },
};
