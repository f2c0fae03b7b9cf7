/** The SQL console: which statements it runs or refuses, how it runs them, its schema query, and how it quotes names. */
import type { DuckDBConnection } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CONSOLE_SCHEMA_QUERY,
  ConsoleRefusedError,
  buildConsolePlan,
  checkConsoleStatement,
  countConsoleRows,
  formatIdentifier,
  runConsoleStatement,
  streamConsoleRows,
  runRolledBack,
  type ConsoleRefusal,
  type ConsoleRunner,
} from '../../../../src/lib/data/console.ts';
import { TABLE_NAMES, TABLE_SCHEMAS, USER_TABLE_NAMES } from '../../../../src/lib/data/tables.ts';
import type { NodeEngine } from '../../../../scripts/lib/duckdb-node.ts';
import { buildState, openPublishedEngine, runQuery } from '../../../published-data.ts';

let engine: NodeEngine;
let connection: DuckDBConnection;

beforeAll(async () => {
  engine = await openPublishedEngine();
  connection = engine.connection;
});

afterAll(() => engine.close());

describe('checkConsoleStatement runs', () => {
  it.each([
    ['SELECT count(*) FROM targets', 'SELECT count(*) FROM targets'],
    ['select * from targets limit 5;', 'select * from targets limit 5'],
    ['  SELECT 1 ;  -- done\n', 'SELECT 1'],
    ['WITH t AS (SELECT * FROM targets) SELECT city_id, count(*) FROM t GROUP BY ALL', null],
    ['FROM targets LIMIT 3', null],
    ['VALUES (1), (2)', null],
    ['(SELECT 1) UNION ALL (SELECT 2)', null],
    ['DESCRIBE targets', null],
    ['SHOW TABLES', null],
    ['SHOW ALL TABLES', null],
    ['SUMMARIZE targets', null],
    ['SUMMARIZE SELECT value FROM targets', null],
    ['EXPLAIN SELECT * FROM targets', null],
    ['EXPLAIN ANALYZE SELECT count(*) FROM targets', null],
    ["PRAGMA table_info('targets')", null],
    ['/* a note; with a semicolon */ SELECT 1', null],
    ["SELECT 'DROP TABLE targets; DELETE FROM x' AS text", null],
    ['SELECT "update" FROM (SELECT 1 AS "update")', null],
    ["SELECT E'it\\'s; DROP' AS s", null],
    ['SELECT $$ DROP TABLE targets; $$ AS s', null],
    ["SELECT quote FROM targets WHERE quote LIKE '%抽查%'", null],
    ['SELECT * REPLACE (upper(domain) AS domain) FROM targets', null],
    ['SELECT city_id FROM targets GROUP BY GROUPING SETS ((city_id), ())', null],
  ])('%j', (sql, statement) => {
    const check = checkConsoleStatement(sql);
    expect(check).toMatchObject({ ok: true });
    if (check.ok && statement !== null) expect(check.statement).toBe(statement);
  });
});

describe('checkConsoleStatement refuses', () => {
  it.each<[string, ConsoleRefusal]>([
    ['', { reason: 'empty' }],
    ['  ;  -- nothing', { reason: 'empty' }],
    ['DROP TABLE targets', { reason: 'not-read-only', keyword: 'DROP' }],
    ["INSERT INTO targets (target_id) VALUES ('x')", { reason: 'not-read-only', keyword: 'INSERT' }],
    ['UPDATE targets SET value = 0', { reason: 'not-read-only', keyword: 'UPDATE' }],
    ['DELETE FROM targets', { reason: 'not-read-only', keyword: 'DELETE' }],
    ['CREATE TABLE x AS SELECT 1', { reason: 'not-read-only', keyword: 'CREATE' }],
    ['create or replace view v as select 1', { reason: 'not-read-only', keyword: 'CREATE' }],
    ['ALTER TABLE targets ADD COLUMN x INTEGER', { reason: 'not-read-only', keyword: 'ALTER' }],
    ["COPY targets TO 'out.csv'", { reason: 'not-read-only', keyword: 'COPY' }],
    ["ATTACH 'other.db' AS other", { reason: 'not-read-only', keyword: 'ATTACH' }],
    ['DETACH other', { reason: 'not-read-only', keyword: 'DETACH' }],
    ['INSTALL httpfs', { reason: 'not-read-only', keyword: 'INSTALL' }],
    ['LOAD httpfs', { reason: 'not-read-only', keyword: 'LOAD' }],
    ['SET threads = 1', { reason: 'not-read-only', keyword: 'SET' }],
    ['RESET threads', { reason: 'not-read-only', keyword: 'RESET' }],
    ['BEGIN TRANSACTION', { reason: 'not-read-only', keyword: 'BEGIN' }],
    ['CHECKPOINT', { reason: 'not-read-only', keyword: 'CHECKPOINT' }],
    ["EXPORT DATABASE 'dir'", { reason: 'not-read-only', keyword: 'EXPORT' }],
    ['CALL pragma_version()', { reason: 'not-read-only', keyword: 'CALL' }],
    ['SELECT 1; SELECT 2', { reason: 'multiple', count: 2 }],
    ['SELECT 1; DROP TABLE targets', { reason: 'multiple', count: 2 }],
    ['SELECT 1;; DROP TABLE targets;', { reason: 'multiple', count: 2 }],
    [
      'WITH x AS (SELECT 1) INSERT INTO targets SELECT * FROM x',
      { reason: 'writing-keyword', keyword: 'INSERT' },
    ],
    ['WITH x AS (SELECT 1) DELETE FROM targets', { reason: 'writing-keyword', keyword: 'DELETE' }],
    ['EXPLAIN ANALYZE DELETE FROM targets', { reason: 'not-read-only', keyword: 'DELETE' }],
    ['EXPLAIN DROP TABLE targets', { reason: 'not-read-only', keyword: 'DROP' }],
    ['EXPLAIN PRAGMA table_info(targets)', { reason: 'not-read-only', keyword: 'PRAGMA' }],
    ['(DELETE FROM targets)', { reason: 'not-read-only', keyword: 'DELETE' }],
    ['PRAGMA enable_profiling', { reason: 'pragma', name: 'enable_profiling' }],
    ["PRAGMA table_info('targets'); DROP TABLE targets", { reason: 'multiple', count: 2 }],
    ['SELECT 1 AS update', { reason: 'writing-keyword', keyword: 'UPDATE' }],
    ["SELECT 'unclosed", { reason: 'unterminated', what: 'string' }],
    ['SELECT "unclosed', { reason: 'unterminated', what: 'identifier' }],
    ['SELECT 1 /* unclosed', { reason: 'unterminated', what: 'comment' }],
    ['SELECT 1 /* nested /* */ DROP TABLE targets', { reason: 'unterminated', what: 'comment' }],
    ['USE other', { reason: 'not-read-only', keyword: 'USE' }],
    ['VACUUM', { reason: 'not-read-only', keyword: 'VACUUM' }],
  ])('%j', (sql, refusal) => {
    expect(checkConsoleStatement(sql)).toEqual({ ok: false, refusal });
  });
});

describe('runRolledBack', () => {
  it('leaves the tables as they were even when given a statement that writes', async () => {
    await connection.run('CREATE TEMP TABLE scratch AS SELECT * FROM targets');
    const node = { query: (sql: string) => connection.runAndReadAll(sql) };
    const count = async () =>
      Number((await connection.runAndReadAll('SELECT count(*) AS n FROM scratch')).getRowObjectsJS()[0]?.n);
    const before = await count();
    await runRolledBack(node, 'DELETE FROM scratch');
    expect(await count()).toBe(before);
    await runRolledBack(node, 'DROP TABLE scratch');
    expect(await count()).toBe(before);
    await expect(runRolledBack(node, 'SELECT * FROM no_such_table')).rejects.toThrow(/no_such_table/);
    // The failed statement's transaction was rolled back, so the connection still works.
    expect(await count()).toBe(before);
  });
});

describe('buildConsolePlan', () => {
  it.each([
    [
      'SELECT * FROM range(100000000);',
      'SELECT * FROM (\nSELECT * FROM range(100000000)\n) LIMIT 1000',
      'SELECT count(*) AS n FROM (\nSELECT * FROM range(100000000)\n)',
    ],
    [
      'FROM targets -- every record',
      'SELECT * FROM (\nFROM targets -- every record\n) LIMIT 1000',
      'SELECT count(*) AS n FROM (\nFROM targets -- every record\n)',
    ],
    [
      'DESCRIBE targets',
      'SELECT * FROM (\nDESCRIBE targets\n) LIMIT 1000',
      'SELECT count(*) AS n FROM (\nDESCRIBE targets\n)',
    ],
    ['EXPLAIN SELECT 1', 'EXPLAIN SELECT 1', null],
    ["PRAGMA table_info('targets')", "PRAGMA table_info('targets')", null],
  ])('%j asks for its first rows and its count', (sql, pageSql, countSql) => {
    expect(buildConsolePlan(sql)).toMatchObject({ pageSql, countSql });
  });

  it('refuses what the check refuses, before anything is written', () => {
    expect(() => buildConsolePlan('DROP TABLE targets')).toThrow(ConsoleRefusedError);
  });
});

describe('runConsoleStatement', () => {
  const sent: string[] = [];
  const runner: ConsoleRunner = {
    async runRolledBack(sql) {
      sent.push(sql);
      const reader = await connection.runAndReadAll(sql);
      return { columns: reader.columnNames(), rows: reader.getRowsJS() as never };
    },
    async streamRolledBack(sql, onBatch) {
      const result = await connection.stream(sql);
      for (;;) {
        const chunk = await result.fetchChunk();
        if (chunk === null || chunk.rowCount === 0) return;
        const rows = chunk.getRows().map((row) => row.map((v) => (typeof v === 'bigint' ? Number(v) : v)));
        if (!(await onBatch({ columns: result.columnNames(), rows: rows as never }))) return;
      }
    },
    async cancelConsole() {},
  };

  it('runs a read-only statement and times it', async () => {
    let clock = 100;
    const result = await runConsoleStatement(
      runner,
      'SELECT count(*) AS n FROM targets;',
      () => (clock += 5),
    );
    expect(result.columns).toEqual(['n']);
    expect(Number(result.rows[0]?.[0])).toBe(164);
    expect(result.statement).toBe('SELECT count(*) AS n FROM targets');
    expect(result.total).toBe(1);
    expect(result.elapsedMs).toBe(5);
  });

  it('receives only the first rows of a hundred million, then counts them all in SQL', async () => {
    sent.length = 0;
    const result = await runConsoleStatement(runner, 'SELECT * FROM range(100000000)');
    expect(result.rows).toHaveLength(1000);
    expect(result.total).toBeNull();
    expect(await countConsoleRows(runner, result)).toBe(100_000_000);
    expect(sent).toEqual([result.plan.pageSql, result.plan.countSql]);
  });

  it('keeps the order the statement asks for', async () => {
    const result = await runConsoleStatement(runner, 'SELECT * FROM range(5000) ORDER BY range DESC');
    expect(result.rows.slice(0, 2).map((r) => Number(r[0]))).toEqual([4999, 4998]);
    expect(result.rows.at(-1)?.map(Number)).toEqual([4000]);
  });

  it('knows the total without counting when the first page is not full', async () => {
    sent.length = 0;
    const result = await runConsoleStatement(runner, "FROM targets WHERE city_id = 'hangzhou'");
    expect(result.total).toBe(result.rows.length);
    expect(await countConsoleRows(runner, result)).toBe(result.rows.length);
    expect(sent).toHaveLength(1);
  });

  it('streams every row for the export, batch by batch, and stops when asked', async () => {
    const result = await runConsoleStatement(runner, 'SELECT range AS n FROM range(5000)');
    const batches: number[] = [];
    const read = await streamConsoleRows(runner, result, (rows) => {
      batches.push(rows.length);
      return true;
    });
    expect(read).toBe(5000);
    expect(batches.length).toBeGreaterThan(1);
    let seen = 0;
    await streamConsoleRows(runner, result, (rows) => {
      seen += rows.length;
      return false;
    });
    expect(seen).toBe(batches[0]);
  });

  it('refuses a statement that writes before it reaches the engine', async () => {
    const refused = runConsoleStatement(runner, 'DROP TABLE targets');
    await expect(refused).rejects.toBeInstanceOf(ConsoleRefusedError);
    await expect(refused).rejects.toMatchObject({ refusal: { reason: 'not-read-only', keyword: 'DROP' } });
  });
});

describe('CONSOLE_SCHEMA_QUERY', () => {
  it('lists every table in publishing order with the build’s columns and types, and `origin` where a person can add rows', async () => {
    const columns = await runQuery(engine, CONSOLE_SCHEMA_QUERY, buildState());
    const expected = TABLE_NAMES.flatMap((table) =>
      [
        ...TABLE_SCHEMAS[table],
        ...((USER_TABLE_NAMES as readonly string[]).includes(table) ? [['origin', 'VARCHAR'] as const] : []),
      ].map(([columnName, dataType], i) => ({ tableName: table, columnName, dataType, position: i + 1 })),
    );
    expect(columns).toEqual(expected);
  });

  it('types target_year as INTEGER and horizon_years as a list', async () => {
    const columns = await runQuery(engine, CONSOLE_SCHEMA_QUERY, buildState());
    const type = (table: string, column: string) =>
      columns.find((c) => c.tableName === table && c.columnName === column)?.dataType;
    expect([type('targets', 'target_year'), type('documents', 'horizon_years')]).toEqual([
      'INTEGER',
      'INTEGER[]',
    ]);
  });
});

describe('formatIdentifier', () => {
  it.each([
    ['targets', 'targets'],
    ['outcome_notes', 'outcome_notes'],
    ['references', '"references"'],
    ['order', '"order"'],
    ['Mixed', '"Mixed"'],
    ['with space', '"with space"'],
    ['a"b', '"a""b"'],
  ])('writes %j as %j', (name, sql) => {
    expect(formatIdentifier(name)).toBe(sql);
  });

  it('quotes every reserved word DuckDB lists, so each inserted name parses', async () => {
    const rows = (
      await connection.runAndReadAll(
        "SELECT keyword_name FROM duckdb_keywords() WHERE keyword_category = 'reserved'",
      )
    ).getRowsJS();
    for (const [word] of rows) expect(formatIdentifier(String(word))).toBe(`"${String(word)}"`);
    for (const name of TABLE_NAMES) {
      const reader = await connection.runAndReadAll(`SELECT count(*) FROM ${formatIdentifier(name)}`);
      expect(reader.currentRowCount).toBe(1);
    }
  });
});
