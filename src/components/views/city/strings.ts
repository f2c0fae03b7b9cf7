/** The City profile's words, in both languages. */

import type { Lang } from '../../../lib/i18n/lang.ts';

const en = {
  title: 'City profile',
  intro:
    "One plan in full: its targets by domain and section, and the document itself with every extracted target highlighted where it stands. Select a target's value to read its sentence.",
  plan: 'Plan',
  pickPlan: 'Plan to show',
  back: '← Back',
  backHint: 'Return to where you were',
  toOverview: '← Overview',
  issuingBody: 'Issued by',
  docNumber: 'Document number',
  issueDate: 'Issue date',
  horizon: 'Horizon',
  notStated: 'not stated',
  quantitative: 'Quantitative targets',
  qualitative: 'Qualitative commitments',
  specificity: 'Specificity',
  specificityNote: (specific: string, total: string) =>
    `${specific} of ${total} records state a number, a target year and a lead department (as in the Overview).`,
  targetsTitle: 'Targets by domain and section',
  targetsNote:
    'Every record the plan holds under the filters, in document order within each section. Select a value to open its sentence in the document.',
  shownOf: (shown: string, total: string) => `${shown} of ${total} records match the filters`,
  indicator: 'Indicator',
  value: 'Target',
  targetYear: 'Year',
  leadDepartment: 'Lead department',
  none: '—',
  qualitativeTag: 'Qualitative',
  yearNote:
    '* The year comes from the section heading or from the plan’s horizon, not from the sentence itself.',
  yearFromSection: 'year from the section heading',
  yearFromDocument: "year from the plan's horizon",
  openQuote: (what: string) => `Show in the document: ${what}`,
  readerTitle: 'The document',
  copyQuote: 'Copy the quote with its citation',
  copyQuoteHint: 'Select a target to copy its sentence with the plan’s title and document number.',
  copied: 'Copied',
  copyByHand:
    'This page may not use the clipboard: the quote and its citation are selected below; press Ctrl+C.',
  citation: (quote: string, title: string, number: string | null, issuing: string | null) =>
    `“${quote}” (${[issuing, `《${title}》`, number].filter((p) => p !== null && p !== '').join(', ')})`,
  readerNote:
    'The cleaned text of the plan. Each highlight is an extracted target, coloured by domain; hover or focus it for its details. The selected target is outlined.',
  readerLabel: (title: string) => `Text of ${title}`,
  highlightLabel: (count: number, first: string) =>
    count === 1 ? `Target: ${first}` : `${count} targets: ${first} and others`,
  noPlan: 'No plan matches: choose a plan or clear the city filter.',
  noTargets: 'No records of this plan match the filters.',
  missingTarget: (id: string) => `Target ${id} is not in this plan.`,
};

/** The City profile's dictionary. */
export const CITY_STRINGS: Readonly<Record<Lang, typeof en>> = {
  en,
  zh: {
    title: '城市档案',
    intro:
      '完整查看一份规划：按领域和章节列出其目标，并在原文中就地标出每一项提取的目标。选择目标数值即可查看原句。',
    plan: '规划',
    pickPlan: '选择规划',
    back: '← 返回',
    backHint: '回到之前的位置',
    toOverview: '← 总览',
    issuingBody: '发文机关',
    docNumber: '文号',
    issueDate: '发布日期',
    horizon: '目标期限',
    notStated: '未写明',
    quantitative: '量化目标',
    qualitative: '定性承诺',
    specificity: '具体程度',
    specificityNote: (specific: string, total: string) =>
      `${total} 条记录中 ${specific} 条同时写明数值、目标年份和牵头部门（与总览的定义相同）。`,
    targetsTitle: '按领域和章节列出的目标',
    targetsNote: '规划中符合筛选条件的全部记录，各章节内按原文顺序排列。选择数值即可在原文中查看该句。',
    shownOf: (shown: string, total: string) => `${total} 条记录中 ${shown} 条符合筛选条件`,
    indicator: '指标',
    value: '目标值',
    targetYear: '年份',
    leadDepartment: '牵头部门',
    none: '—',
    qualitativeTag: '定性',
    yearNote: '* 年份并非出自该句本身，而是取自章节标题或规划期限。',
    yearFromSection: '年份取自章节标题',
    yearFromDocument: '年份取自规划期限',
    openQuote: (what: string) => `在原文中查看：${what}`,
    readerTitle: '规划原文',
    copyQuote: '复制原文及出处',
    copyQuoteHint: '选择一个目标，即可复制其原句以及规划标题和文号。',
    copied: '已复制',
    copyByHand: '此页面无法使用剪贴板：原文及出处已在下方选中，请按 Ctrl+C 复制。',
    citation: (quote: string, title: string, number: string | null, issuing: string | null) =>
      `“${quote}”（${[issuing, `《${title}》`, number].filter((p) => p !== null && p !== '').join('，')}）`,
    readerNote:
      '规划的清洗后全文。每处高亮是一项提取的目标，颜色表示领域；悬停或聚焦可查看详情。选中的目标加框显示。',
    readerLabel: (title: string) => `${title}全文`,
    highlightLabel: (count: number, first: string) =>
      count === 1 ? `目标：${first}` : `${count} 项目标：${first}等`,
    noPlan: '没有符合条件的规划：请选择规划或清除城市筛选。',
    noTargets: '这份规划没有符合筛选条件的记录。',
    missingTarget: (id: string) => `目标 ${id} 不在这份规划中。`,
  },
};
