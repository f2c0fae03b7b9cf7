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
  retry: 'Retry',
  engineStarting: 'Starting the query engine…',
  engineReady: 'Query engine ready',
  engineFailed:
    'The query engine could not start. Each view still shows the whole dataset as built; filters and the SQL console need the engine.',
  answerNeedsEngine: 'These figures need the query engine, which could not start.',
  answerFailed: 'These figures could not be computed.',
  unavailableView:
    'That view is not available in this version yet. Showing the overview with the same filters.',
  offline:
    'You are offline. The dashboard works from what this browser has kept of it (the views, the data and the query engine, once opened here online); nothing needs the network until you reconnect.',
  viewFailed: 'This view could not be loaded. Check the connection and try again.',
  viewFailedOffline:
    'This view could not be loaded: the network is gone, and this browser has not kept the view yet. Reconnect, then try again.',
  present: 'Present',
  presentHint: 'Show the deck (or this view’s charts) as slides: arrow keys move, Esc leaves',
  deck: (n: string) => `Deck (${n})`,
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
    retry: '重试',
    engineStarting: '查询引擎启动中…',
    engineReady: '查询引擎已就绪',
    engineFailed: '查询引擎未能启动。各视图仍显示构建时的全部数据；筛选和 SQL 控制台需要查询引擎。',
    answerNeedsEngine: '这些数字需要查询引擎，但引擎未能启动。',
    answerFailed: '这些数字未能计算出来。',
    unavailableView: '该视图在当前版本中尚未提供，现按相同筛选条件显示总览。',
    offline:
      '您已离线。看板使用本浏览器已保存的内容运行（在此联网打开过的视图、数据和查询引擎）；重新联网之前无需网络。',
    viewFailed: '此视图未能载入。请检查网络连接后重试。',
    viewFailedOffline: '此视图未能载入：网络已断开，且本浏览器尚未保存此视图。请重新联网后重试。',
    present: '演示',
    presentHint: '以幻灯片放映演示稿（或本视图的图表）：方向键翻页，Esc 退出',
    deck: (n: string) => `演示稿（${n}）`,
  },
};
