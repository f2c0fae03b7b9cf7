/**
 * The SQL console's rules and queries: which statements may run (one read-only statement, checked before
 * it is sent), how it runs (on its own connection, inside a transaction that is always rolled back), and
 * the tables and columns listed beside it.
 */

import { readNumber, readString } from './fields.ts';
import { defineQuery } from './query.ts';
import { TABLE_NAMES } from './tables.ts';

/** Statements the console runs: they read and never write. */
export const READ_ONLY_KEYWORDS = [
  'SELECT',
  'WITH',
  'FROM',
  'VALUES',
  'DESCRIBE',
  'SHOW',
  'SUMMARIZE',
  'EXPLAIN',
  'PRAGMA',
] as const;

/**
 * Words that only appear in statements that change something (data, schema, settings, files, extensions,
 * transactions). A read-only statement never needs them outside quotes: a column of that name is written
 * in double quotes.
 */
export const WRITING_KEYWORDS: readonly string[] = [
  'INSERT',
  'UPDATE',
  'DELETE',
  'UPSERT',
  'MERGE',
  'TRUNCATE',
  'CREATE',
  'DROP',
  'ALTER',
  'COPY',
  'EXPORT',
  'IMPORT',
  'ATTACH',
  'DETACH',
  'INSTALL',
  'LOAD',
  'SET',
  'RESET',
  'CALL',
  'CHECKPOINT',
  'VACUUM',
  'BEGIN',
  'COMMIT',
  'ROLLBACK',
  'ABORT',
  'USE',
  'PREPARE',
  'EXECUTE',
  'DEALLOCATE',
  'GRANT',
  'REVOKE',
  'PRAGMA',
];

/** Why a statement was not run. */
export type ConsoleRefusal =
  | { reason: 'empty' }
  | { reason: 'unterminated'; what: 'string' | 'identifier' | 'comment' }
  | { reason: 'multiple'; count: number }
  /** The statement starts with a word that is not a read-only statement. */
  | { reason: 'not-read-only'; keyword: string }
  /** A read-only statement contains a word that writes (e.g. `WITH … INSERT`). */
  | { reason: 'writing-keyword'; keyword: string }
  /** PRAGMA other than `PRAGMA table_info(…)`. */
  | { reason: 'pragma'; name: string };

/** The outcome of {@link checkConsoleStatement}. */
export type ConsoleCheck =
  | { ok: true; /** The statement without a trailing semicolon. */ statement: string; keyword: string }
  | { ok: false; refusal: ConsoleRefusal };

interface Token {
  kind: 'word' | 'symbol';
  /** Words upper-cased; symbols as written. */
  text: string;
}

interface Scan {
  /** Tokens of each statement (split at semicolons outside quotes and comments). */
  statements: { tokens: Token[]; start: number; end: number }[];
  unterminated: 'string' | 'identifier' | 'comment' | null;
}

function findClosingQuote(sql: string, from: number, quote: string, backslash: boolean): number {
  for (let i = from; i < sql.length; i += 1) {
    const char = sql[i];
    if (backslash && char === '\\') i += 1;
    else if (char === quote) {
      if (sql[i + 1] === quote) i += 1;
      else return i;
    }
  }
  return -1;
}

/** Splits SQL into statements of word and symbol tokens, skipping strings, quoted names and comments. */
function scanSql(sql: string): Scan {
  const statements: Scan['statements'] = [];
  let tokens: Token[] = [];
  let start = 0;
  let i = 0;
  const close = (end: number) => {
    statements.push({ tokens, start, end });
    tokens = [];
    start = end + 1;
  };
  while (i < sql.length) {
    const char = sql[i] as string;
    const next = sql[i + 1];
    if (/\s/.test(char)) {
      i += 1;
    } else if (char === '-' && next === '-') {
      const end = sql.indexOf('\n', i);
      i = end === -1 ? sql.length : end + 1;
    } else if (char === '/' && next === '*') {
      // Block comments nest in DuckDB's (PostgreSQL's) grammar.
      let depth = 0;
      let j = i;
      for (; j < sql.length; j += 1) {
        if (sql[j] === '/' && sql[j + 1] === '*') {
          depth += 1;
          j += 1;
        } else if (sql[j] === '*' && sql[j + 1] === '/') {
          depth -= 1;
          j += 1;
          if (depth === 0) break;
        }
      }
      if (depth !== 0) return { statements, unterminated: 'comment' };
      i = j + 1;
    } else if (char === "'" || char === '"') {
      const previous = tokens[tokens.length - 1];
      // E'…' strings take backslash escapes.
      const backslash =
        char === "'" && previous?.kind === 'word' && previous.text === 'E' && /e/i.test(sql[i - 1] ?? '');
      const end = findClosingQuote(sql, i + 1, char, backslash);
      if (end === -1) return { statements, unterminated: char === "'" ? 'string' : 'identifier' };
      if (backslash) tokens.pop();
      tokens.push({ kind: 'symbol', text: char === "'" ? "'…'" : '"…"' });
      i = end + 1;
    } else if (char === '$' && /[A-Za-z_$]/.test(next ?? '')) {
      // Dollar-quoted string: $$…$$ or $tag$…$tag$ ($1 is a parameter, handled as a symbol below).
      const tag = /^\$[A-Za-z_]*\$/.exec(sql.slice(i))?.[0];
      if (tag === undefined) {
        tokens.push({ kind: 'symbol', text: char });
        i += 1;
      } else {
        const end = sql.indexOf(tag, i + tag.length);
        if (end === -1) return { statements, unterminated: 'string' };
        tokens.push({ kind: 'symbol', text: "'…'" });
        i = end + tag.length;
      }
    } else if (char === ';') {
      close(i);
      i += 1;
    } else if (/[A-Za-z_\u0080-\uffff]/.test(char)) {
      const word = /^[A-Za-z_\u0080-\uffff][A-Za-z0-9_$\u0080-\uffff]*/.exec(sql.slice(i))?.[0] ?? char;
      tokens.push({ kind: 'word', text: word.toUpperCase() });
      i += word.length;
    } else {
      tokens.push({ kind: 'symbol', text: char });
      i += 1;
    }
  }
  close(sql.length);
  return { statements, unterminated: null };
}

const SELECT_KEYWORDS = ['SELECT', 'WITH', 'FROM', 'VALUES'];

function checkTokens(tokens: readonly Token[]): ConsoleRefusal | null {
  const first = tokens[0];
  if (first === undefined) return { reason: 'empty' };
  if (first.text === '(') {
    // A bracketed query: what opens it must be a query.
    const inner = tokens.find((t) => t.text !== '(');
    if (inner === undefined || !SELECT_KEYWORDS.includes(inner.text)) {
      return { reason: 'not-read-only', keyword: inner?.text ?? '(' };
    }
    return findWritingKeyword(tokens);
  }
  if (!(READ_ONLY_KEYWORDS as readonly string[]).includes(first.text)) {
    return { reason: 'not-read-only', keyword: first.text };
  }
  if (first.text === 'PRAGMA') {
    const name = tokens[1]?.text ?? '';
    if (name !== 'TABLE_INFO' || tokens[2]?.text !== '(' || tokens[tokens.length - 1]?.text !== ')') {
      return { reason: 'pragma', name: name.toLowerCase() };
    }
    return findWritingKeyword(tokens.slice(1));
  }
  if (first.text === 'EXPLAIN') {
    // EXPLAIN ANALYZE runs its statement, so what follows must itself be a read-only query.
    const rest = tokens[1]?.text === 'ANALYZE' ? tokens.slice(2) : tokens.slice(1);
    const inner = rest[0];
    if (inner === undefined) return { reason: 'empty' };
    if (inner.text === 'PRAGMA' || inner.text === 'EXPLAIN') {
      return { reason: 'not-read-only', keyword: inner.text };
    }
    return checkTokens(rest);
  }
  return findWritingKeyword(tokens.slice(1));
}

function findWritingKeyword(tokens: readonly Token[]): ConsoleRefusal | null {
  const found = tokens.find((t) => t.kind === 'word' && WRITING_KEYWORDS.includes(t.text));
  return found === undefined ? null : { reason: 'writing-keyword', keyword: found.text };
}

/**
 * Decides whether the console may run a text: exactly one statement (a trailing semicolon is fine) that is
 * SELECT, WITH, FROM, VALUES, DESCRIBE, SHOW, SUMMARIZE, EXPLAIN [ANALYZE] of one of those, or
 * `PRAGMA table_info(…)`, with no word that writes outside quotes and comments.
 */
export function checkConsoleStatement(sql: string): ConsoleCheck {
  const scan = scanSql(sql);
  if (scan.unterminated !== null)
    return { ok: false, refusal: { reason: 'unterminated', what: scan.unterminated } };
  const statements = scan.statements.filter((s) => s.tokens.length > 0);
  if (statements.length === 0) return { ok: false, refusal: { reason: 'empty' } };
  if (statements.length > 1) return { ok: false, refusal: { reason: 'multiple', count: statements.length } };
  const [only] = statements as [Scan['statements'][number]];
  const refusal = checkTokens(only.tokens);
  if (refusal !== null) return { ok: false, refusal };
  const leading = only.tokens.find((t) => t.kind === 'word');
  return { ok: true, statement: sql.slice(only.start, only.end).trim(), keyword: leading?.text ?? 'SELECT' };
}

// ---------------------------------------------------------------------------------------------------------

/** A connection that runs a statement as text (DuckDB-WASM's `AsyncDuckDBConnection`, or node-api in tests). */
export interface StatementConnection<T> {
  query(sql: string): Promise<T>;
}

/**
 * Runs `run` inside a transaction on `connection` that is always rolled back, so that even a statement the
 * check let through by mistake leaves the tables as they were. Use a connection of its own: a transaction
 * belongs to its connection, and the views' queries must not wait on it or see it.
 */
export async function inRolledBackTransaction<T>(
  connection: StatementConnection<unknown>,
  run: () => Promise<T>,
): Promise<T> {
  await connection.query('BEGIN TRANSACTION');
  try {
    return await run();
  } finally {
    await connection.query('ROLLBACK');
  }
}

/** Runs one statement inside a transaction that is always rolled back (see {@link inRolledBackTransaction}). */
export async function runRolledBack<T>(connection: StatementConnection<T>, sql: string): Promise<T> {
  return inRolledBackTransaction(connection, () => connection.query(sql));
}

/** Raised for a console statement that was cancelled before it finished. */
export class ConsoleCancelledError extends Error {
  override name = 'ConsoleCancelledError';
  constructor() {
    super('cancelled');
  }
}

/** A value of a console result cell, as the table shows and the CSV writes it. */
export type ConsoleValue = string | number | boolean | null;

/** A console result: column names and rows of plain values, in the engine's order. */
export interface ConsoleTable {
  columns: string[];
  rows: ConsoleValue[][];
}

/** What an engine must offer to run console statements (the DuckDB-WASM engine does). */
export interface ConsoleRunner {
  /**
   * Runs one statement on the console's own connection, inside a transaction that is rolled back, and
   * returns its whole result: the console sends only statements whose result it has limited.
   */
  runRolledBack(sql: string): Promise<ConsoleTable>;
  /**
   * Runs one statement like {@link runRolledBack} but hands its result over batch by batch (a few thousand
   * rows each), so that no more than one batch is ever held as plain values; `onBatch` returning false
   * stops reading.
   */
  streamRolledBack(sql: string, onBatch: (batch: ConsoleTable) => boolean | Promise<boolean>): Promise<void>;
  /** Interrupts the console's running statement, which then fails; nothing happens when none runs. */
  cancelConsole(): Promise<void>;
}

/** Raised for a statement the console will not run; the view words the refusal. */
export class ConsoleRefusedError extends Error {
  override name = 'ConsoleRefusedError';
  constructor(readonly refusal: ConsoleRefusal) {
    super(`refused: ${refusal.reason}`);
  }
}

/** How many rows of a result the console receives and shows; the count and the export cover every row. */
export const CONSOLE_PAGE_ROWS = 1_000;

/**
 * Statements whose result can be read as a subquery, so the console asks for its first rows and its count
 * rather than the whole result: a link to `SELECT * FROM range(100000000)` must not send a hundred million
 * rows to the page. EXPLAIN and PRAGMA cannot be a subquery, and their results are a few rows.
 */
const PAGED_KEYWORDS = ['SELECT', 'WITH', 'FROM', 'VALUES', 'DESCRIBE', 'SHOW', 'SUMMARIZE'];

/** The SQL the console sends for a checked statement. */
export interface ConsolePlan {
  /** The statement as checked, without a trailing semicolon. */
  statement: string;
  /** The first `limit` rows (or the whole result, for EXPLAIN and PRAGMA). */
  pageSql: string;
  /** Counts every row; null when the page is the whole result. */
  countSql: string | null;
}

/**
 * buildConsolePlan(sql, limit) checks a console text and writes what the console sends for it: the
 * statement as a subquery with a LIMIT, and its count. The statement sits on lines of its own, so a
 * trailing `-- comment` cannot swallow the closing bracket. Refusals throw {@link ConsoleRefusedError}.
 */
export function buildConsolePlan(sql: string, limit = CONSOLE_PAGE_ROWS): ConsolePlan {
  const check = checkConsoleStatement(sql);
  if (!check.ok) throw new ConsoleRefusedError(check.refusal);
  const { statement, keyword } = check;
  if (!PAGED_KEYWORDS.includes(keyword)) return { statement, pageSql: statement, countSql: null };
  return {
    statement,
    pageSql: `SELECT * FROM (\n${statement}\n) LIMIT ${Math.max(0, Math.floor(limit))}`,
    countSql: `SELECT count(*) AS n FROM (\n${statement}\n)`,
  };
}

/** A console result: its first rows, how many rows it has, and how long the engine took. */
export interface ConsoleResult extends ConsoleTable {
  /** The statement as run. */
  statement: string;
  /** The plan it ran by, for the count and the export. */
  plan: ConsolePlan;
  /** Every row of the result, or null while it is not yet counted (`rows` is then a full page). */
  total: number | null;
  elapsedMs: number;
}

/**
 * Checks a console text and, if it is one read-only statement, runs it for its first rows (at most `limit`);
 * when the page is full, `total` is null until {@link countConsoleRows}. Refusals throw
 * {@link ConsoleRefusedError}.
 */
export async function runConsoleStatement(
  engine: ConsoleRunner,
  sql: string,
  now: () => number = () => performance.now(),
  limit = CONSOLE_PAGE_ROWS,
): Promise<ConsoleResult> {
  const plan = buildConsolePlan(sql, limit);
  const started = now();
  const table = await engine.runRolledBack(plan.pageSql);
  const total = plan.countSql === null || table.rows.length < limit ? table.rows.length : null;
  return { ...table, statement: plan.statement, plan, total, elapsedMs: now() - started };
}

/** How many rows a console result has (a second statement, run only when the first page was full). */
export async function countConsoleRows(engine: ConsoleRunner, result: ConsoleResult): Promise<number> {
  if (result.total !== null || result.plan.countSql === null) return result.total ?? result.rows.length;
  const { rows } = await engine.runRolledBack(result.plan.countSql);
  return Number(rows[0]?.[0] ?? 0);
}

/**
 * Every row of a console statement, batch by batch, for the export: `onBatch` gets each batch's rows as they
 * arrive (and may return false to stop); resolves to how many rows were read.
 */
export async function streamConsoleRows(
  engine: ConsoleRunner,
  result: Pick<ConsoleResult, 'statement'>,
  onBatch: (rows: ConsoleValue[][], columns: string[]) => boolean | Promise<boolean>,
): Promise<number> {
  let count = 0;
  await engine.streamRolledBack(result.statement, async (batch) => {
    count += batch.rows.length;
    return onBatch(batch.rows, batch.columns);
  });
  return count;
}

// ---------------------------------------------------------------------------------------------------------

/** DuckDB's reserved words (`duckdb_keywords()`, category `reserved`): names that must be quoted. */
const RESERVED_WORDS = new Set(
  `all analyse analyze and any array as asc asymmetric both case cast check collate column constraint create
default deferrable desc describe distinct do else end except false fetch for foreign from group having
in initially intersect into lambda lateral leading limit not null offset on only or order pivot pivot_longer
pivot_wider placing primary qualify references returning select show some summarize symmetric table then to
trailing true union unique unpivot using variadic when where window with`.split(/\s+/),
);

/** A table or column name as SQL must write it: bare when it can be, else in double quotes (`"references"`). */
export function formatIdentifier(name: string): string {
  return /^[a-z_][a-z0-9_]*$/.test(name) && !RESERVED_WORDS.has(name)
    ? name
    : `"${name.replaceAll('"', '""')}"`;
}

// ---------------------------------------------------------------------------------------------------------

/** One column of {@link CONSOLE_SCHEMA_QUERY}. */
export interface TableColumnRow {
  tableName: string;
  columnName: string;
  /** DuckDB's type name: VARCHAR, INTEGER, DOUBLE, BOOLEAN, VARCHAR[]… */
  dataType: string;
  /** 1-based position in the table. */
  position: number;
}

/** Every column of every table the console can query, with its DuckDB type, tables in publishing order. */
export const CONSOLE_SCHEMA_QUERY = defineQuery({
  name: 'sql.schema',
  sql: `SELECT table_name, column_name, data_type, ordinal_position::INTEGER AS position
FROM information_schema.columns
WHERE table_catalog = current_database() AND table_schema = 'main'
  AND list_contains(['${TABLE_NAMES.join("', '")}'], table_name)
ORDER BY list_position(['${TABLE_NAMES.join("', '")}'], table_name), ordinal_position`,
  bind: () => [],
  decode: (rows) =>
    rows.map((row): TableColumnRow => ({
      tableName: readString(row, 'table_name'),
      columnName: readString(row, 'column_name'),
      dataType: readString(row, 'data_type'),
      position: readNumber(row, 'position'),
    })),
});
