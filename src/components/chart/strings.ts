/** Words of the chart kit's own components (tooltips of target records). */

import type { Lang } from '../../lib/i18n/lang.ts';

const en = {
  targetYear: 'Target year',
  noTargetYear: 'none stated',
  leadDepartment: 'Lead department',
  noLeadDepartment: 'none named',
  quote: 'Source sentence',
  downloadSvg: 'Download SVG',
  downloadPng: 'Download PNG',
  exportFailed: 'The download could not be made.',
  showTable: 'Show as table',
  hideTable: 'Hide the table',
};

/** The chart kit's dictionary. */
export const CHART_STRINGS: Readonly<Record<Lang, typeof en>> = {
  en,
  zh: {
    targetYear: '目标年份',
    noTargetYear: '未写明',
    leadDepartment: '牵头部门',
    noLeadDepartment: '未写明',
    quote: '原文',
    downloadSvg: '下载 SVG',
    downloadPng: '下载 PNG',
    exportFailed: '无法生成下载文件。',
    showTable: '以表格显示',
    hideTable: '隐藏表格',
  },
};
