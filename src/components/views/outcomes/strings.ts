/** Words of the outcome views (Target vs outcome and the upload panel); status names are src/lib/outcomes/words.ts. */

import type { Lang } from '../../../lib/i18n/lang.ts';

/** The date attainment was judged at, in words (shared by the three outcome views). */
export const JUDGEMENT_STRINGS: Readonly<Record<Lang, (date: string, latestYear: string) => string>> = {
  en: (date, latestYear) =>
    `Judged as of the dataset's date, ${date}: an annual outcome can exist up to ${latestYear}, so a target due later is not due yet.`,
  zh: (date, latestYear) =>
    `以数据集日期（${date}）为准评估：年度结果最晚可至 ${latestYear} 年，目标年份更晚的目标为“尚未到期”。`,
};

const en = {
  title: 'Target vs outcome',
  intro:
    "Each city's quantitative targets against the outcome reported for the target year. Outcomes of other years, monthly figures and figures measured differently are shown as context, never as the target year's result.",
  uploadTitle: 'Your outcomes',
  uploadNote:
    'Load a CSV or Excel (.xlsx) file with the columns of the template. The rows are checked against the published cities, indicators and targets, joined into every outcome view as "yours", and kept in this browser only: nothing is uploaded.',
  uploadSummary: 'Add your own outcome files (CSV or XLSX)',
  uploadSummaryLoaded: (n: string) => (n === '1' ? '1 file of yours loaded' : `${n} files of yours loaded`),
  chooseFile: 'Load a CSV or XLSX file',
  downloadTemplate: 'Download the template (CSV)',
  exportCsv: 'Export your rows (CSV)',
  remove: 'Remove',
  removeFile: (name: string) => `Remove ${name}`,
  fileSummary: (rows: string, issues: string) => `${rows} rows joined · ${issues} rows with problems`,
  noFiles: 'No file loaded. Published outcomes only.',
  issuesCaption: (name: string) => `Problems in ${name} (rows with a problem are left out)`,
  file: 'File',
  row: 'Row',
  column: 'Column',
  message: 'Problem',
  fileError: (name: string, message: string) => `${name} could not be read: ${message}`,
  reading: (name: string) => `Reading ${name}…`,
  checking: (name: string, done: string, total: string) => `Checking ${name}: ${done} of ${total} rows…`,
  issuesByColumn: 'Problems by column:',
  wholeRow: 'whole row',
  issuesShown: (shown: string, total: string) =>
    `The first ${shown} of ${total} problems are listed below; the counts above cover them all.`,
  notKeptFull: (names: string) =>
    `${names}: used in this visit but not kept for the next, because this browser's storage for the site is full. The rows were read; remove files or plans you no longer need, then load it again.`,
  notKeptUnavailable: (names: string) =>
    `${names}: used in this visit but not kept for the next, because this browser keeps no data for the site (a private window, or storage turned off).`,
  unreadableStored: (name: string) =>
    `${name} is kept in this browser but cannot be read by this version; it is not used. Load the file again, or remove it.`,
  chartTitle: 'Targets and their outcomes',
  chartNote:
    "Each line is one target. The bar marks what meets the target; the dot is the outcome of the target year, coloured by status; hollow dots are other years or context. Select a target's value to read its sentence in the plan.",
  progressNote: (high: string, med: string) =>
    `Progress (Open SDG method), shown where at least two annual outcomes exist: R = observed ÷ required annual growth. R ≥ ${high} on track; ${med} ≤ R < ${high} acceleration needed; 0 ≤ R < ${med} limited progress; R < 0 deterioration.`,
  tolerance: (share: string) => `"About" (左右) targets are met within ±${share} of the value.`,
  legend: 'Status',
  target: 'Target',
  targetYear: 'Target year',
  outcome: 'Outcome',
  baseline: 'Base year',
  gap: (value: string) => `short by ${value}`,
  gapClosed: (share: string) => `${share} of the gap from the base year closed`,
  progress: (label: string, value: string | null) =>
    value === null ? `Progress: ${label}` : `Progress: ${label} (R = ${value})`,
  context: 'Other years and context',
  noContext: 'No outcome of any year found.',
  noOther: 'none',
  groupBy: 'Group by',
  byCity: 'By city',
  byIndicator: 'By indicator',
  yours: 'yours',
  yoursAt: (file: string, line: string) => `yours · ${file}, row ${line}`,
  published: 'published',
  showSource: 'Source',
  hideSource: 'Hide source',
  sourceTitle: 'Source',
  address: 'Address',
  quote: 'Quoted sentence',
  caveat: 'Caveat',
  notes: 'Notes',
  showOriginal: 'Original (English)',
  untranslated: 'original, not translated',
  match: 'Match',
  period: 'Period',
  noAddress: 'no address recorded',
  openTarget: 'Open the sentence in the plan',
  noTargets: 'No target matches the filters.',
  otherTargets: (n: string) =>
    `${n} more quantitative targets have no canonical indicator and no outcome of any year; the Attainment overview counts them.`,
  needsBaseline: (year: string) => `level depends on the ${year} outcome`,
  city: 'City',
  targetsFor: (n: string) => (n === '1' ? '1 target' : `${n} targets`),
  shown: (shown: string, total: string) => `Showing the first ${shown} of ${total} lines.`,
  showMore: (n: string) => `Show ${n} more`,
  moreContext: (n: string) => `and ${n} more`,
};

/** The outcome views' dictionary. */
export const OUTCOMES_STRINGS: Readonly<Record<Lang, typeof en>> = {
  en,
  zh: {
    title: '目标与结果',
    intro:
      '各城市量化目标与目标年份公布结果的对照。其他年份的结果、月度数据以及口径不同的数据只作为参考展示，绝不当作目标年份的结果。',
    uploadTitle: '您的结果数据',
    uploadNote:
      '载入与模板列相同的 CSV 或 Excel（.xlsx）文件。各行将与已发布的城市、指标和目标核对，以“您的数据”并入所有结果视图，且只保存在本浏览器中，不会上传。',
    uploadSummary: '添加您自己的结果文件（CSV 或 XLSX）',
    uploadSummaryLoaded: (n: string) => `已载入您的 ${n} 个文件`,
    chooseFile: '载入 CSV 或 XLSX 文件',
    downloadTemplate: '下载模板（CSV）',
    exportCsv: '导出您的数据（CSV）',
    remove: '移除',
    removeFile: (name: string) => `移除 ${name}`,
    fileSummary: (rows: string, issues: string) => `已并入 ${rows} 行 · ${issues} 行有问题`,
    noFiles: '尚未载入文件，仅显示已发布的结果。',
    issuesCaption: (name: string) => `${name} 中的问题（有问题的行不予采用）`,
    file: '文件',
    row: '行',
    column: '列',
    message: '问题',
    fileError: (name: string, message: string) => `无法读取 ${name}：${message}`,
    reading: (name: string) => `正在读取 ${name}…`,
    checking: (name: string, done: string, total: string) =>
      `正在核对 ${name}：已核对 ${done} / ${total} 行…`,
    issuesByColumn: '各列的问题数：',
    wholeRow: '整行',
    issuesShown: (shown: string, total: string) =>
      `下表列出 ${total} 个问题中的前 ${shown} 个；上方的计数包含全部问题。`,
    notKeptFull: (names: string) =>
      `${names}：本次访问中已使用，但未能保存到下次访问，因为浏览器为本站保留的存储空间已满。数据已读取；请移除不再需要的文件或规划后重新载入。`,
    notKeptUnavailable: (names: string) =>
      `${names}：本次访问中已使用，但未能保存到下次访问，因为浏览器不为本站保存数据（隐私窗口或已关闭存储）。`,
    unreadableStored: (name: string) =>
      `${name} 仍保存在本浏览器中，但当前版本无法读取，因此未使用。请重新载入该文件，或将其移除。`,
    chartTitle: '目标及其结果',
    chartNote:
      '每行一个目标。色带表示达到目标的范围；实心圆点为目标年份的结果，颜色表示状态；空心圆点为其他年份或参考数据。选择目标数值可查看规划原文。',
    progressNote: (high: string, med: string) =>
      `进展（Open SDG 方法），仅在至少有两个年度结果时显示：R = 实际年均增速 ÷ 所需年均增速。R ≥ ${high} 为进展顺利；${med} ≤ R < ${high} 为需加快；0 ≤ R < ${med} 为进展有限；R < 0 为倒退。`,
    tolerance: (share: string) => `“左右”类目标在数值 ±${share} 以内即视为达成。`,
    legend: '状态',
    target: '目标',
    targetYear: '目标年份',
    outcome: '结果',
    baseline: '基期',
    gap: (value: string) => `差距 ${value}`,
    gapClosed: (share: string) => `自基期以来已缩小差距的 ${share}`,
    progress: (label: string, value: string | null) =>
      value === null ? `进展：${label}` : `进展：${label}（R = ${value}）`,
    context: '其他年份及参考数据',
    noContext: '未找到任何年份的结果。',
    noOther: '无',
    groupBy: '分组方式',
    byCity: '按城市',
    byIndicator: '按指标',
    yours: '您的数据',
    yoursAt: (file: string, line: string) => `您的数据 · ${file} 第 ${line} 行`,
    published: '已发布',
    showSource: '来源',
    hideSource: '收起来源',
    sourceTitle: '来源',
    address: '网址',
    quote: '原文',
    caveat: '注意事项',
    notes: '说明',
    showOriginal: '英文原文',
    untranslated: '原文，未翻译',
    match: '匹配程度',
    period: '时期',
    noAddress: '未记录网址',
    openTarget: '查看规划原文',
    noTargets: '没有符合筛选条件的目标。',
    otherTargets: (n: string) =>
      `另有 ${n} 个量化目标既无标准指标、也无任何年份的结果；“达成概览”中计有这些目标。`,
    needsBaseline: (year: string) => `目标水平取决于 ${year} 年的结果`,
    city: '城市',
    targetsFor: (n: string) => `${n} 个目标`,
    shown: (shown: string, total: string) => `显示前 ${shown} 行，共 ${total} 行。`,
    showMore: (n: string) => `再显示 ${n} 行`,
    moreContext: (n: string) => `另有 ${n} 条`,
  },
};
