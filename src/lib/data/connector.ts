/**
 * The only module that imports DuckDB-WASM: starts the engine once, lazily, from wasm and worker files that
 * Vite bundles from the npm package, fills it with the decoded tables, and runs prepared statements.
 * Import it with `import()` so the engine's JavaScript stays out of the first view.
 */

import * as duckdb from '@duckdb/duckdb-wasm';
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import mvpWasm from '@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm?url';
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import mvpWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-mvp.worker.js?url';
import { buildArrowTable, parseArrowRows } from './arrow.ts';
import { runRolledBack, type ConsoleRunner, type ConsoleTable } from './console.ts';
import { parseConsoleTable } from './console-arrow.ts';
import type { Dataset } from './parquet.ts';
import type { RawRow } from './fields.ts';
import type { QueryRunner, SqlParam } from './queries.ts';
import { USER_OUTCOMES_SETUP_SQL } from './queries-outcomes.ts';
import { TABLE_NAMES } from './tables.ts';

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

/** A started engine: runs statements (each SQL string prepared once), console statements, and can be shut down. */
export interface DuckDBEngine extends QueryRunner, ConsoleRunner {
  /** Which build of DuckDB-WASM the browser got (`eh` with wasm exceptions, else `mvp`). */
  bundle: 'eh' | 'mvp';
  /** Stops the worker; the next {@link startDuckDB} starts afresh. */
  terminate(): Promise<void>;
}

let started: Promise<DuckDBEngine> | null = null;

/**
 * Starts DuckDB-WASM once and inserts every table of the dataset under its own name. Later calls return
 * the same promise; after a failure the next call tries again.
 */
export function startDuckDB(dataset: Dataset): Promise<DuckDBEngine> {
  started ??= createEngine(dataset).catch((error: unknown) => {
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

async function createEngine(dataset: Dataset): Promise<DuckDBEngine> {
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
      await conn.query('SET autoinstall_known_extensions = false');
      await conn.query('SET autoload_known_extensions = false');
    });
    for (const name of TABLE_NAMES) {
      await step(`inserting ${name}`, () =>
        conn.insertArrowTable(buildArrowTable(dataset[name]), { name, create: true }),
      );
    }
    // A researcher's own outcomes (user_outcomes) and their union with the published ones (all_outcomes).
    await step('creating user_outcomes', async () => {
      for (const sql of USER_OUTCOMES_SETUP_SQL) await conn.query(sql);
    });
    return createRunner(db, conn, bundle.mainModule === ehWasm ? 'eh' : 'mvp');
  } catch (error) {
    worker.terminate();
    throw error;
  }
}

function createRunner(
  db: duckdb.AsyncDuckDB,
  conn: duckdb.AsyncDuckDBConnection,
  bundle: 'eh' | 'mvp',
): DuckDBEngine {
  const statements = new Map<string, Promise<duckdb.AsyncPreparedStatement>>();
  // The SQL console's own connection, so its transactions never touch the views' connection; one at a time.
  let consoleConnection: Promise<duckdb.AsyncDuckDBConnection> | null = null;
  let consoleQueue: Promise<unknown> = Promise.resolve();
  return {
    bundle,
    async run(sql: string, params: readonly SqlParam[]): Promise<RawRow[]> {
      let statement = statements.get(sql);
      if (statement === undefined) {
        statement = conn.prepare(sql);
        statements.set(sql, statement);
        statement.catch(() => statements.delete(sql));
      }
      return parseArrowRows(await (await statement).query(...params));
    },
    runRolledBack(sql: string): Promise<ConsoleTable> {
      consoleConnection ??= db.connect();
      const connection = consoleConnection;
      const run = consoleQueue.then(async () =>
        parseConsoleTable(await runRolledBack(await connection, sql)),
      );
      consoleQueue = run.catch(() => undefined);
      return run;
    },
    async terminate() {
      started = null;
      await db.terminate();
    },
  };
}
