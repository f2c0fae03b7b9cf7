/**
 * The only module that imports DuckDB-WASM: starts the engine once, in its worker, from wasm and worker files
 * Vite bundles from the npm package; attaches the published database the build wrote (fetched from the page's
 * own origin); and runs statements. Import it with `import()` so the engine stays out of the first view's
 * JavaScript.
 */

import * as duckdb from '@duckdb/duckdb-wasm';
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import mvpWasm from '@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm?url';
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import mvpWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-mvp.worker.js?url';
import type { Table } from 'apache-arrow';
import { keepForOffline } from '../offline/register.ts';
import { buildArrowTable, parseArrowRows } from './arrow.ts';
import {
  ConsoleCancelledError,
  inRolledBackTransaction,
  type ConsoleRunner,
  type ConsoleTable,
} from './console.ts';
import { parseConsoleTable } from './console-arrow.ts';
import type { RawRow } from './fields.ts';
import type { Statement, StatementRunner } from './query.ts';
import { buildSetupSql, buildUserTableName, LOCK_DOWN_SQL, OFFLINE_SETTINGS_SQL } from './setup.ts';
import { DATA_DIR, DATABASE_FILE, TABLE_SCHEMAS, type UserTableName } from './tables.ts';

const BUNDLES: duckdb.DuckDBBundles = {
  mvp: { mainModule: mvpWasm, mainWorker: mvpWorker },
  eh: { mainModule: ehWasm, mainWorker: ehWorker },
};

/** Raised when the engine cannot start; says which step failed. */
export class EngineError extends Error {
  constructor(step: string, cause: unknown) {
    super(`${step}: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
    this.name = 'EngineError';
  }
}

/** A started engine. */
export interface Engine extends StatementRunner, ConsoleRunner {
  /** Which build of DuckDB-WASM the browser got (`eh` with wasm exceptions, else `mvp`). */
  bundle: 'eh' | 'mvp';
  /** Makes a person's own table hold exactly these rows (one bulk insert, in one transaction). */
  replaceUserRows(table: UserTableName, rows: readonly object[]): Promise<void>;
  /** Stops the worker; the next {@link startEngine} starts afresh. */
  terminate(): Promise<void>;
}

/** Options of {@link startEngine}. */
export interface StartEngineOptions {
  /** Where the site is served from; the database is fetched from `${baseUrl}data/dataset.duckdb`. */
  baseUrl: string;
  /** The HTTP cache mode; a retry passes `no-cache` so a file fixed on the server is fetched again. */
  cache?: RequestCache;
}

let started: Promise<Engine> | null = null;

/** Starts DuckDB-WASM once; later calls return the same promise, and after a failure the next call tries again. */
export function startEngine(options: StartEngineOptions): Promise<Engine> {
  started ??= createEngine(options).catch((error: unknown) => {
    started = null;
    throw error;
  });
  return started;
}

async function step<T>(name: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    throw error instanceof EngineError ? error : new EngineError(name, error);
  }
}

async function fetchDatabase(options: StartEngineOptions): Promise<Uint8Array> {
  const url = `${options.baseUrl}${DATA_DIR}/${DATABASE_FILE}`;
  const response = await fetch(url, { cache: options.cache ?? 'default' });
  if (!response.ok)
    throw new Error(
      `${DATABASE_FILE}: HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`,
    );
  return new Uint8Array(await response.arrayBuffer());
}

async function createEngine(options: StartEngineOptions): Promise<Engine> {
  // The database downloads while the worker and wasm load.
  const database = step(`fetching ${DATA_DIR}/${DATABASE_FILE}`, () => fetchDatabase(options));
  database.catch(() => undefined);
  const bundle = await step('selecting the DuckDB bundle', () => duckdb.selectBundle(BUNDLES));
  const worker = new Worker(bundle.mainWorker as string);
  // A worker that fails to load never answers; turn its error event into a rejection.
  const workerFailed = new Promise<never>((_, reject) => {
    const onError = (event: ErrorEvent) => reject(new Error(event.message || 'the worker script failed'));
    worker.addEventListener('error', onError, { once: true });
  });
  const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
  try {
    await step('loading the DuckDB worker and wasm', () =>
      Promise.race([db.instantiate(bundle.mainModule, bundle.pthreadWorker), workerFailed]),
    );
    await step('opening the database', () =>
      db.open({ query: { castBigIntToDouble: true, castDecimalToDouble: true } }),
    );
    const conn = await step('connecting', () => db.connect());
    // Never fetch extensions from DuckDB's servers: this product talks only to its own origin.
    await step('configuring', async () => {
      for (const sql of OFFLINE_SETTINGS_SQL) await conn.query(sql);
    });
    const bytes = await database;
    await step(`attaching ${DATA_DIR}/${DATABASE_FILE}`, async () => {
      await db.registerFileBuffer(DATABASE_FILE, bytes);
      for (const sql of buildSetupSql(DATABASE_FILE)) await conn.query(sql);
      for (const sql of LOCK_DOWN_SQL) await conn.query(sql);
    });
    // The bundle this browser uses, kept for a reload without a network (the service worker keeps the rest).
    keepForOffline([bundle.mainModule, bundle.mainWorker as string]);
    return createRunner(db, conn, bundle.mainModule === ehWasm ? 'eh' : 'mvp');
  } catch (error) {
    worker.terminate();
    throw error;
  }
}

/**
 * Sends a console statement as a pending query (so `cancelSent` can interrupt it while DuckDB executes it)
 * and reads its result batch by batch, converting one batch at a time; `streamed` asks DuckDB to stream the
 * result rather than build it whole first (the export's every row). Returns the column names.
 */
async function readConsoleStream(
  connection: duckdb.AsyncDuckDBConnection,
  sql: string,
  job: { cancelled: boolean },
  onBatch: (batch: ConsoleTable) => boolean | Promise<boolean>,
  streamed = false,
): Promise<string[]> {
  const reader = await connection.send(sql, streamed);
  // The reader forgets its schema once read to the end, so the names are taken before and from each batch.
  let columns = reader.schema?.fields.map((field) => field.name) ?? [];
  if (job.cancelled) throw new ConsoleCancelledError();
  for await (const batch of reader) {
    if (job.cancelled) throw new ConsoleCancelledError();
    columns = batch.schema.fields.map((field) => field.name);
    if (!(await onBatch(parseConsoleTable(batch)))) break;
  }
  return columns;
}

function createRunner(
  db: duckdb.AsyncDuckDB,
  conn: duckdb.AsyncDuckDBConnection,
  bundle: 'eh' | 'mvp',
): Engine {
  const statements = new Map<string, Promise<duckdb.AsyncPreparedStatement>>();
  // The SQL console's own connection, so its transactions never touch the views' connection; one job at a time.
  let consoleConnection: Promise<duckdb.AsyncDuckDBConnection> | null = null;
  let consoleQueue: Promise<unknown> = Promise.resolve();
  // The running console job's cancel flag: checked between batches and statements, where DuckDB's own
  // cancel (a pending query's) cannot reach.
  let consoleJob: { cancelled: boolean } | null = null;
  // Writes to a person's tables and view queries go one after another, so no query sees half a write.
  let writes: Promise<unknown> = Promise.resolve();

  /** Runs a console job on the console's connection, after the one before it, in a rolled-back transaction. */
  function onConsole<T>(
    work: (connection: duckdb.AsyncDuckDBConnection, job: { cancelled: boolean }) => Promise<T>,
  ): Promise<T> {
    consoleConnection ??= db.connect();
    const connecting = consoleConnection;
    const result = consoleQueue.then(async () => {
      const connection = await connecting;
      const job = { cancelled: false };
      consoleJob = job;
      try {
        return await inRolledBackTransaction(connection, () => work(connection, job));
      } catch (error) {
        throw job.cancelled ? new ConsoleCancelledError() : error;
      } finally {
        if (consoleJob === job) consoleJob = null;
      }
    });
    consoleQueue = result.catch(() => undefined);
    return result;
  }

  function prepare(sql: string): Promise<duckdb.AsyncPreparedStatement> {
    let statement = statements.get(sql);
    if (statement === undefined) {
      statement = conn.prepare(sql);
      statements.set(sql, statement);
      statement.catch(() => statements.delete(sql));
    }
    return statement;
  }

  async function run({ sql, params }: Statement): Promise<RawRow[]> {
    await writes;
    const result: Table = await (await prepare(sql)).query(...params);
    return parseArrowRows(result);
  }

  return {
    bundle,
    runBatch(batch: readonly Statement[]): Promise<RawRow[]>[] {
      // Sent together without waiting: the worker answers them one after another, with no gap between.
      return batch.map(run);
    },
    replaceUserRows(table: UserTableName, rows: readonly object[]): Promise<void> {
      const name = buildUserTableName(table);
      const staging = `${name}_incoming`;
      const write = writes.then(async () => {
        const arrow = buildArrowTable(TABLE_SCHEMAS[table], rows);
        await conn.query(`DROP TABLE IF EXISTS ${staging}`);
        if (rows.length > 0) await conn.insertArrowTable(arrow, { name: staging, create: true });
        await conn.query('BEGIN TRANSACTION');
        try {
          await conn.query(`DELETE FROM ${name}`);
          if (rows.length > 0) await conn.query(`INSERT INTO ${name} BY NAME SELECT * FROM ${staging}`);
          await conn.query('COMMIT');
        } catch (error) {
          await conn.query('ROLLBACK');
          throw error;
        } finally {
          await conn.query(`DROP TABLE IF EXISTS ${staging}`);
        }
      });
      writes = write.catch(() => undefined);
      return write;
    },
    runRolledBack(sql: string): Promise<ConsoleTable> {
      return onConsole(async (connection, job) => {
        const rows: ConsoleTable['rows'] = [];
        const columns = await readConsoleStream(connection, sql, job, (batch) => {
          for (const row of batch.rows) rows.push(row);
          return true;
        });
        return { columns, rows };
      });
    },
    streamRolledBack(sql, onBatch): Promise<void> {
      return onConsole(async (connection, job) => {
        await readConsoleStream(connection, sql, job, onBatch, true);
      });
    },
    async cancelConsole(): Promise<void> {
      if (consoleJob === null || consoleConnection === null) return;
      consoleJob.cancelled = true;
      // Interrupts a statement DuckDB is still executing (a pending query, polled by the connection's send).
      await (await consoleConnection).cancelSent();
    },
    async terminate() {
      started = null;
      await db.terminate();
    },
  };
}
