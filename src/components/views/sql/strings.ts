/** The SQL console's words, in both languages, and how a refused statement is explained. */

import type { ConsoleRefusal } from '../../../lib/data/console.ts';
import type { Lang } from '../../../lib/i18n/lang.ts';

const en = {
  title: 'SQL console',
  intro:
    'Ask the dataset your own questions in SQL. Queries run in this browser (DuckDB), read-only: nothing is sent anywhere and nothing can be changed.',
  editorTitle: 'Query',
  editorLabel: 'SQL query',
  editorHint:
    'One read-only statement: SELECT, WITH, DESCRIBE, SHOW, SUMMARIZE, EXPLAIN or PRAGMA table_info. Ctrl+Enter (⌘+Enter) runs it.',
  run: 'Run',
  running: 'Running…',
  runningNote: 'The query is running in this browser. Cancel stops it.',
  cancel: 'Cancel',
  cancelledTitle: 'The query was cancelled.',
  cancelledNote:
    'Nothing was changed. Edit the query (a WHERE or a LIMIT makes it smaller) and run it again.',
  countCancelled: 'Counting was cancelled: the rows shown are the first rows of the result.',
  pressRun:
    'This query came with the link and has not been run. Read it, then press Run (or Ctrl+Enter) to run it.',
  exportCsv: 'Export CSV',
  exportHint: (n: string) => `Downloads all ${n} rows.`,
  exportHintUncounted: 'Downloads every row of the result.',
  exporting: (n: string) => `Exporting… ${n} rows written`,
  cancelExport: 'Cancel export',
  exportFailed: (message: string) => `The export stopped: ${message}`,
  examplesTitle: 'Examples',
  tablesTitle: 'Tables',
  tablesHint: 'Select a name to insert it at the cursor.',
  insert: (name: string) => `Insert ${name}`,
  columnCount: (n: number) => `${n} columns`,
  resultTitle: 'Result',
  rowsAndTime: (rows: string, ms: string) => `${rows} rows · ${ms} ms`,
  oneRowAndTime: (ms: string) => `1 row · ${ms} ms`,
  truncated: (shown: string, total: string) =>
    `Showing the first ${shown} of ${total} rows; the CSV export has them all.`,
  truncatedUncounted: (shown: string) =>
    `Showing the first ${shown} rows; the result has more, and the CSV export has them all.`,
  firstRowsCounting: (rows: string, ms: string) => `First ${rows} rows · ${ms} ms · counting all rows…`,
  firstRowsUncounted: (rows: string, ms: string) => `First ${rows} rows · ${ms} ms`,
  noRows: 'The query returned no rows.',
  noResultYet: 'Run a query to see its result here.',
  engineStarting: 'The query engine is starting…',
  engineFailed: (message: string) => `The query engine could not start: ${message}`,
  engineUnavailable: 'This engine cannot run console queries.',
  duckdbError: 'DuckDB could not run the query:',
  refusedTitle: 'This statement was not run.',
  nullValue: 'NULL',
  refusal: (refusal: ConsoleRefusal): string => {
    switch (refusal.reason) {
      case 'empty':
        return 'There is no statement to run.';
      case 'unterminated':
        return refusal.what === 'comment'
          ? 'A /* comment */ is not closed.'
          : refusal.what === 'string'
            ? 'A quoted string is not closed.'
            : 'A "quoted name" is not closed.';
      case 'multiple':
        return `The console runs one statement at a time; this text has ${refusal.count}. Remove the others or run them one by one.`;
      case 'not-read-only':
        return `The console is read-only: ${refusal.keyword} statements are not run. Use SELECT, WITH, DESCRIBE, SHOW, SUMMARIZE, EXPLAIN or PRAGMA table_info.`;
      case 'writing-keyword':
        return `The console is read-only, and ${refusal.keyword} changes data or settings. If it is a column name, write it in double quotes: "${refusal.keyword.toLowerCase()}".`;
      case 'pragma':
        return `Only PRAGMA table_info('table') is allowed; PRAGMA ${refusal.name} is not.`;
    }
  },
};

/** The console's dictionary. */
export const SQL_STRINGS: Readonly<Record<Lang, typeof en>> = {
  en,
  zh: {
    title: 'SQL 查询',
    intro:
      '用 SQL 自行查询数据。查询在本浏览器中运行（DuckDB），只读：不向任何地方发送数据，也无法修改数据。',
    editorTitle: '查询语句',
    editorLabel: 'SQL 查询语句',
    editorHint:
      '一条只读语句：SELECT、WITH、DESCRIBE、SHOW、SUMMARIZE、EXPLAIN 或 PRAGMA table_info。按 Ctrl+Enter（⌘+Enter）运行。',
    run: '运行',
    running: '正在运行…',
    runningNote: '查询正在本浏览器中运行。点击“取消”可停止。',
    cancel: '取消',
    cancelledTitle: '查询已取消。',
    cancelledNote: '没有任何改动。请修改查询（加 WHERE 或 LIMIT 可缩小结果）后再运行。',
    countCancelled: '已取消计数：下方显示的是结果的前几行。',
    pressRun: '此查询来自链接，尚未运行。请先阅读，再点击“运行”（或按 Ctrl+Enter）运行。',
    exportCsv: '导出 CSV',
    exportHint: (n: string) => `下载全部 ${n} 行。`,
    exportHintUncounted: '下载结果的全部行。',
    exporting: (n: string) => `正在导出… 已写入 ${n} 行`,
    cancelExport: '取消导出',
    exportFailed: (message: string) => `导出已中止：${message}`,
    examplesTitle: '示例',
    tablesTitle: '数据表',
    tablesHint: '点击名称可插入到光标处。',
    insert: (name: string) => `插入 ${name}`,
    columnCount: (n: number) => `${n} 个字段`,
    resultTitle: '结果',
    rowsAndTime: (rows: string, ms: string) => `${rows} 行 · ${ms} 毫秒`,
    oneRowAndTime: (ms: string) => `1 行 · ${ms} 毫秒`,
    truncated: (shown: string, total: string) =>
      `共 ${total} 行，仅显示前 ${shown} 行；导出的 CSV 包含全部行。`,
    truncatedUncounted: (shown: string) => `仅显示前 ${shown} 行；结果还有更多行，导出的 CSV 包含全部行。`,
    firstRowsCounting: (rows: string, ms: string) => `前 ${rows} 行 · ${ms} 毫秒 · 正在统计总行数…`,
    firstRowsUncounted: (rows: string, ms: string) => `前 ${rows} 行 · ${ms} 毫秒`,
    noRows: '查询没有返回任何行。',
    noResultYet: '运行查询后，结果显示在这里。',
    engineStarting: '查询引擎正在启动…',
    engineFailed: (message: string) => `查询引擎未能启动：${message}`,
    engineUnavailable: '此引擎无法运行控制台查询。',
    duckdbError: 'DuckDB 无法运行该查询：',
    refusedTitle: '该语句未运行。',
    nullValue: 'NULL',
    refusal: (refusal: ConsoleRefusal): string => {
      switch (refusal.reason) {
        case 'empty':
          return '没有可运行的语句。';
        case 'unterminated':
          return refusal.what === 'comment'
            ? '有未闭合的 /* 注释 */。'
            : refusal.what === 'string'
              ? '有未闭合的引号字符串。'
              : '有未闭合的 "带引号名称"。';
        case 'multiple':
          return `控制台一次只运行一条语句，此处有 ${refusal.count} 条。请删除其余语句或逐条运行。`;
        case 'not-read-only':
          return `控制台为只读：不运行 ${refusal.keyword} 语句。请使用 SELECT、WITH、DESCRIBE、SHOW、SUMMARIZE、EXPLAIN 或 PRAGMA table_info。`;
        case 'writing-keyword':
          return `控制台为只读，而 ${refusal.keyword} 会修改数据或设置。如果它是列名，请用双引号括起来："${refusal.keyword.toLowerCase()}"。`;
        case 'pragma':
          return `只允许 PRAGMA table_info('表名')，不允许 PRAGMA ${refusal.name}。`;
      }
    },
  },
};
