/** The Overview's words, in both languages. */

import type { Lang } from '../../../lib/i18n/lang.ts';

const en = {
  title: 'Overview',
  intro:
    'Every city and plan at a glance: how many targets each sets in each domain, the years it covers, and how specific it is.',
  startTitle: 'Start with a question',
  questions: [
    'How do cities’ targets for one indicator compare?',
    'Which targets were met, missed or not reported on?',
    'Where would a proposed target stand among peers?',
  ] as readonly string[],
  plans: 'Plans',
  cities: 'Cities',
  quantitative: 'Quantitative targets',
  qualitative: 'Qualitative commitments',
  targetYears: 'Target years',
  matrixTitle: 'Targets by city and domain',
  matrixNote:
    'Large figure: quantitative targets; below it, qualitative commitments (no number); the bar shows both, on one scale. Select a cell to explore its records.',
  city: 'City',
  qualitativeShort: (n: string) => `+${n} qualitative`,
  cellLabel: (city: string, domain: string, quantitative: string, qualitative: string) =>
    `${city}, ${domain}: ${quantitative} quantitative targets, ${qualitative} qualitative commitments`,
  quantitativeCount: (n: string) => `${n} quantitative targets`,
  qualitativeCount: (n: string) => `${n} qualitative commitments`,
  yearsCovered: (span: string) => `Target years ${span}`,
  noYears: 'No target year stated',
  openHint: 'Select to explore these records',
  timelineTitle: 'Plans from issue to horizon',
  timelineNote:
    'Each bar runs from the day a plan was issued (circle) to the end of its last horizon year; diamonds mark each horizon. A bar that fades in starts at a year, not a day.',
  issued: 'Issued',
  horizon: 'Horizon',
  records: (n: string) => `${n} records`,
  estimatedStart: (plan: string, year: string, basis: 'issue_year' | 'horizon') =>
    basis === 'issue_year'
      ? `${plan} gives no issue date; its bar starts on 1 January ${year}, the year it names for itself.`
      : `${plan} gives no issue date or year; its bar starts on 1 January ${year}, its first horizon year.`,
  noIssueDate: 'not stated',
  planKindYear: (kind: string, year: string | null) =>
    year === null ? `${kind} · undated` : `${kind} · ${year}`,
  specificityTitle: 'How specific is each plan?',
  specificityDefinition:
    "Specificity score: the share of a plan's commitments (all its records, quantitative targets and qualitative commitments alike) that state a number, a target year and a lead department.",
  specificityHowToRead:
    'Plans are ordered by score, the most specific first; under each, how many of its records state each of the three. Each square is one record, coloured by domain: filled if it states all three, hollow if it lacks at least one. Hover or focus a square to read its source sentence; arrow keys move between squares.',
  specificityYearNote:
    'The target-year filter does not apply here, because having a target year is part of the score.',
  specificOf: (specific: string, total: string) => `${specific} of ${total} records`,
  meetsAll: 'States a number, a target year and a lead department',
  lacks: (parts: string) => `Lacks: ${parts}`,
  partNumber: 'a number',
  partYear: 'a target year',
  partDepartment: 'a lead department',
  criteriaLabel: 'Each part of the score',
  criterionName: (part: string) => `States ${part}`,
  criterionCount: (n: string, total: string) => `${n}/${total}`,
  listSeparator: ', ',
  noRecords: 'No records match the filters.',
  noPlans: 'No plan matches the filters.',
};

/** The Overview's dictionary. */
export const OVERVIEW_STRINGS: Readonly<Record<Lang, typeof en>> = {
  en,
  zh: {
    title: '总览',
    intro: '一览各城市、各规划：每份规划在各领域设定了多少目标、覆盖哪些年份、承诺写得有多具体。',
    startTitle: '从一个问题开始',
    questions: [
      '各城市对同一指标设定的目标有何不同？',
      '哪些目标已达成、未达成，或从未公布结果？',
      '拟定的目标在同类城市中处于什么位置？',
    ],
    plans: '规划文件',
    cities: '城市',
    quantitative: '量化目标',
    qualitative: '定性承诺',
    targetYears: '目标年份',
    matrixTitle: '各城市分领域目标数量',
    matrixNote:
      '大字为量化目标数，其下为定性承诺数（无具体数值），条形按同一比例同时表示两者。选择单元格可查看对应记录。',
    city: '城市',
    qualitativeShort: (n: string) => `另有定性 ${n} 项`,
    cellLabel: (city: string, domain: string, quantitative: string, qualitative: string) =>
      `${city}，${domain}：量化目标 ${quantitative} 项，定性承诺 ${qualitative} 项`,
    quantitativeCount: (n: string) => `量化目标 ${n} 项`,
    qualitativeCount: (n: string) => `定性承诺 ${n} 项`,
    yearsCovered: (span: string) => `目标年份 ${span}`,
    noYears: '未写明目标年份',
    openHint: '选择以查看这些记录',
    timelineTitle: '规划文件：从发布到目标期限',
    timelineNote:
      '每条横条从规划发布之日（圆点）延伸至最后一个目标年份末；菱形标出各目标期限。渐显的横条表示起点只知年份、不知具体日期。',
    issued: '发布',
    horizon: '目标期限',
    records: (n: string) => `${n} 条记录`,
    estimatedStart: (plan: string, year: string, basis: 'issue_year' | 'horizon') =>
      basis === 'issue_year'
        ? `${plan}未写明发布日期；横条自其标明的 ${year} 年 1 月 1 日起。`
        : `${plan}未写明发布日期或年份；横条自其首个目标年份 ${year} 年 1 月 1 日起。`,
    noIssueDate: '未写明',
    planKindYear: (kind: string, year: string | null) =>
      year === null ? `${kind} · 未注明日期` : `${kind} · ${year}年`,
    specificityTitle: '各规划的具体程度',
    specificityDefinition:
      '具体程度得分：一份规划的全部承诺（所有记录，包括量化目标和定性承诺）中，同时写明数值、目标年份和牵头部门的比例。',
    specificityHowToRead:
      '规划按得分由高到低排列；每份规划下列出写明每一项的记录数。每个方块代表一条记录，颜色表示领域：三项齐全为实心，缺少任意一项为空心。将鼠标移到方块上或用键盘聚焦可查看原文；方向键可在方块间移动。',
    specificityYearNote: '目标年份筛选不适用于此处，因为是否写明目标年份本身是得分的一部分。',
    specificOf: (specific: string, total: string) => `${total} 条记录中 ${specific} 条`,
    meetsAll: '写明了数值、目标年份和牵头部门',
    lacks: (parts: string) => `缺少：${parts}`,
    partNumber: '数值',
    partYear: '目标年份',
    partDepartment: '牵头部门',
    criteriaLabel: '得分的各项',
    criterionName: (part: string) => `写明${part}`,
    criterionCount: (n: string, total: string) => `${n}/${total}`,
    listSeparator: '、',
    noRecords: '没有符合筛选条件的记录。',
    noPlans: '没有符合筛选条件的规划。',
  },
};
