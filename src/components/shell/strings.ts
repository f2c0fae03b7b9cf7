/** The shell's words: title, navigation, filters, language switch, loading and error messages. */

import type { Lang } from '../../lib/i18n/lang.ts';

const en = {
  appTitle: 'City Quality Targets',
  appSubtitle: 'What Chinese cities promised in their quality-development plans',
  skipToContent: 'Skip to content',
  views: 'Views',
  language: 'Language',
  filters: 'Filters',
  cities: 'Cities',
  domains: 'Domains',
  targetYears: 'Target years',
  from: 'From',
  to: 'To',
  anyYear: 'any',
  allHint: 'none selected = all',
  clearFilters: 'Clear filters',
  loadFailed: 'The data could not be loaded.',
  loadFailedHelp:
    'The dashboard needs these files from this site. Check that they are published, then retry.',
  retry: 'Retry',
  engineStarting: 'Starting the query engine…',
  engineReady: 'Query engine ready',
  engineFailed:
    'The query engine could not start. Charts use the data as loaded; interactive queries are unavailable.',
  unavailableView:
    'That view is not available in this version yet. Showing the overview with the same filters.',
  present: 'Present',
  presentHint: 'Presentation mode: large type, one card per screen',
  exitPresent: 'Exit presentation (Esc)',
  slideOf: (n: number, total: number) => `${n} / ${total}`,
};

/** The shell's dictionary. */
export const SHELL_STRINGS: Readonly<Record<Lang, typeof en>> = {
  en,
  zh: {
    appTitle: '城市质量发展目标',
    appSubtitle: '中国城市质量发展规划中的承诺与落实',
    skipToContent: '跳到正文',
    views: '视图',
    language: '语言',
    filters: '筛选',
    cities: '城市',
    domains: '领域',
    targetYears: '目标年份',
    from: '起',
    to: '止',
    anyYear: '不限',
    allHint: '未选择即全部',
    clearFilters: '清除筛选',
    loadFailed: '数据加载失败。',
    loadFailedHelp: '本看板需要从本站点读取以下文件。请确认文件已发布后重试。',
    retry: '重试',
    engineStarting: '查询引擎启动中…',
    engineReady: '查询引擎已就绪',
    engineFailed: '查询引擎未能启动。图表仍使用已加载的数据，交互式查询暂不可用。',
    unavailableView: '该视图在当前版本中尚未提供，现按相同筛选条件显示总览。',
    present: '演示',
    presentHint: '演示模式：大字号，每屏一张卡片',
    exitPresent: '退出演示（Esc）',
    slideOf: (n: number, total: number) => `${n} / ${total}`,
  },
};
