/** The Departments view's words, in both languages. */

import type { Lang } from '../../../lib/i18n/lang.ts';

const en = {
  title: 'Lead departments',
  intro:
    'Which departments each plan puts in charge (牵头部门) of its targets, city by city, and how many targets have no lead department at all.',
  matrixTitle: 'Records by lead department and city',
  matrixNote:
    'Each bar counts the records (quantitative targets and qualitative commitments) a department leads in a city, coloured by domain, on one scale for the whole chart. A record that names several departments counts once for each. The last row counts records whose plan names no lead department. Select a cell to list its records.',
  department: 'Lead department',
  noDepartment: 'No lead department named',
  noDepartmentShort: 'None named',
  cityRecords: (records: string) => `${records} records`,
  withoutShare: (count: string, share: string) => `${count} (${share}) name none`,
  cellLabel: (department: string, city: string, count: string) => `${department}, ${city}: ${count} records`,
  recordsCount: (n: string) => `${n} records`,
  qualitativeCount: (n: string) => `of which ${n} qualitative commitments`,
  openHint: 'Select to list these records',
  findingsTitle: 'What stands out',
  findingNone: (cities: string) => `Named no lead department for any of its targets: ${cities}.`,
  findingAll: (cities: string) => `Named a lead department for every target: ${cities}.`,
  findingPartial: (city: string, count: string, total: string) =>
    `${city}: ${count} of ${total} records without a lead department.`,
  listSeparator: ', ',
  listTitle: (department: string, city: string) => `Records led by ${department} in ${city}`,
  listTitleNone: (city: string) => `Records without a lead department in ${city}`,
  listNote: 'Select a target value to read its sentence in the plan.',
  clearSelection: 'Close the list',
  indicator: 'Indicator',
  value: 'Target',
  targetYear: 'Year',
  quote: 'Source sentence',
  qualitativeTag: 'Qualitative',
  openQuote: (what: string) => `Open in the plan: ${what}`,
  noRecords: 'No records match the filters.',
  selectPrompt: 'Select a cell of the chart to list the records it counts.',
};

/** The Departments view's dictionary. */
export const DEPARTMENTS_STRINGS: Readonly<Record<Lang, typeof en>> = {
  en,
  zh: {
    title: '牵头部门',
    intro: '各城市规划为其目标指定了哪些牵头部门，以及有多少目标根本没有写明牵头部门。',
    matrixTitle: '各城市分牵头部门的记录数',
    matrixNote:
      '每个条形表示某部门在某城市牵头的记录数（量化目标和定性承诺），颜色表示领域，全图使用同一比例。一条记录写明多个部门时，每个部门各计一次。最后一行为规划未写明牵头部门的记录。选择单元格可列出对应记录。',
    department: '牵头部门',
    noDepartment: '未写明牵头部门',
    noDepartmentShort: '未写明',
    cityRecords: (records: string) => `共 ${records} 条记录`,
    withoutShare: (count: string, share: string) => `${count} 条（${share}）未写明`,
    cellLabel: (department: string, city: string, count: string) => `${department}，${city}：${count} 条记录`,
    recordsCount: (n: string) => `${n} 条记录`,
    qualitativeCount: (n: string) => `其中定性承诺 ${n} 条`,
    openHint: '选择以列出这些记录',
    findingsTitle: '要点',
    findingNone: (cities: string) => `所有目标均未写明牵头部门：${cities}。`,
    findingAll: (cities: string) => `每项目标都写明了牵头部门：${cities}。`,
    findingPartial: (city: string, count: string, total: string) =>
      `${city}：${total} 条记录中 ${count} 条未写明牵头部门。`,
    listSeparator: '、',
    listTitle: (department: string, city: string) => `${city}由${department}牵头的记录`,
    listTitleNone: (city: string) => `${city}未写明牵头部门的记录`,
    listNote: '选择目标数值即可在规划原文中查看该句。',
    clearSelection: '关闭列表',
    indicator: '指标',
    value: '目标值',
    targetYear: '年份',
    quote: '原文',
    qualitativeTag: '定性',
    openQuote: (what: string) => `在规划原文中查看：${what}`,
    noRecords: '没有符合筛选条件的记录。',
    selectPrompt: '选择图中的单元格即可列出其包含的记录。',
  },
};
