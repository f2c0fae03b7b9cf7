/**
 * The one way views reach the engine. It answers from its cache (which the build's answers fill before the
 * engine is up), sends the queries of one change to the engine together, shares a running query between
 * views that ask for the same, waits for the engine while it starts, and forgets answers a person's own rows
 * have made stale.
 */

import { DEFAULT_VIEW_STATE } from './answers.ts';
import type { RawRow } from './fields.ts';
import {
  bindQuery,
  buildStatementKey,
  listUserTablesRead,
  type Query,
  type SqlParam,
  type Statement,
  type StatementRunner,
  type ViewState,
} from './query.ts';
import type { UserTableName } from './tables.ts';

/** One answer the build worked out for a view's default state: a query (by name), its parameters, its rows. */
export interface BuiltAnswer {
  name: string;
  params: readonly SqlParam[];
  rows: readonly RawRow[];
}

/** A file of build-time answers (`data/answers/<view>.json`). */
export interface BuiltAnswers {
  answers: readonly BuiltAnswer[];
}

interface CacheEntry {
  value: unknown;
  tables: readonly UserTableName[];
}

interface Queued {
  key: string;
  query: Query<unknown>;
  sql: string;
  params: readonly SqlParam[];
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
  /** The signal of each ask waiting for this statement; undefined for an ask that cannot be dropped. */
  signals: (AbortSignal | undefined)[];
}

/** Options of a {@link QueryCoordinator}. */
export interface CoordinatorOptions {
  /** Answers kept; the least recently used go first. */
  maxEntries?: number;
}

/** Raised to an ask whose signal was aborted before its statement was sent. */
export class StaleQueryError extends Error {
  constructor() {
    super('a newer change replaced this query before it ran');
    this.name = 'StaleQueryError';
  }
}

/** Batches, caches and routes every view query to the engine. */
export class QueryCoordinator {
  #runner: StatementRunner | null = null;
  #failure: Error | null = null;
  #cache = new Map<string, CacheEntry>();
  #running = new Map<string, Promise<unknown>>();
  #queue: Queued[] = [];
  #isFlushScheduled = false;
  #userTables = new Set<UserTableName>();
  /** Tables whose rows a person has but which are not written yet: statements that read them wait. */
  #pendingTables = new Set<UserTableName>();
  #maxEntries: number;
  /** Statements sent to the engine so far, in batches (read by tests and the benchmark). */
  readonly sent: { batches: number; statements: number } = { batches: 0, statements: 0 };

  constructor(options: CoordinatorOptions = {}) {
    this.#maxEntries = options.maxEntries ?? 400;
  }

  /** The cached answer to a query for a view state, or undefined; never runs anything. */
  peek<T>(query: Query<T>, state: ViewState): T | undefined {
    const key = buildKey(query, bindQuery(query, state));
    const entry = this.#cache.get(key);
    if (entry === undefined) return undefined;
    // Least recently used goes first: a hit moves the entry to the end.
    this.#cache.delete(key);
    this.#cache.set(key, entry);
    return entry.value as T;
  }

  /**
   * The answer to a query for a view state: from the cache, from a run already under way, or from the engine
   * (queries asked in the same task go in one batch). Before the engine is up, it waits for it (or for the
   * build's answers). An aborted signal drops the ask if its statement has not been sent yet.
   */
  ask<T>(query: Query<T>, state: ViewState, signal?: AbortSignal): Promise<T> {
    const statement = bindQuery(query, state);
    const key = buildKey(query, statement);
    const entry = this.#cache.get(key);
    if (entry !== undefined) return Promise.resolve(entry.value as T);
    const running = this.#running.get(key);
    if (running !== undefined) {
      // A statement not sent yet is dropped only when every ask waiting for it is stale.
      this.#queue.find((queued) => queued.key === key)?.signals.push(signal);
      return running as Promise<T>;
    }
    if (this.#failure !== null && this.#runner === null) return Promise.reject(this.#failure);
    const answer = new Promise<unknown>((resolve, reject) => {
      this.#queue.push({ key, query, ...statement, resolve, reject, signals: [signal] });
    });
    this.#running.set(key, answer);
    // Whatever happens, a settled ask no longer counts as running.
    answer.then(
      () => this.#running.delete(key),
      () => this.#running.delete(key),
    );
    this.#scheduleFlush();
    return answer as Promise<T>;
  }

  /** Adds the build's answers for these queries (those a person's own rows have not made stale). */
  seed(queries: readonly Query<unknown>[], built: BuiltAnswers): void {
    const byName = new Map(queries.map((q) => [q.name, q]));
    for (const answer of built.answers) {
      const query = byName.get(answer.name);
      if (query === undefined) continue;
      // The build answered the default state: its statement is what this query binds for that state.
      const statement = bindQuery(query, DEFAULT_VIEW_STATE);
      if (JSON.stringify(statement.params) !== JSON.stringify(answer.params)) continue;
      const tables = listUserTablesRead(statement.sql);
      if (tables.some((table) => this.#userTables.has(table))) continue;
      const key = buildKey(query, statement);
      if (!this.#cache.has(key)) this.#store(key, query.decode(answer.rows), tables);
    }
    // Asks waiting for the engine may now have their answer.
    this.#queue = this.#queue.filter((queued) => {
      const hit = this.#cache.get(queued.key);
      if (hit === undefined) return true;
      queued.resolve(hit.value);
      return false;
    });
  }

  /** The engine is up: send everything that waited for it. */
  connect(runner: StatementRunner): void {
    this.#runner = runner;
    this.#failure = null;
    this.#scheduleFlush();
  }

  /** The engine failed to start: asks that wait for it fail with its error (the cache still answers). */
  fail(error: Error): void {
    this.#runner = null;
    this.#failure = error;
    const queue = this.#queue;
    this.#queue = [];
    for (const queued of queue) queued.reject(error);
  }

  /** Whether the engine is connected. */
  get isConnected(): boolean {
    return this.#runner !== null;
  }

  /**
   * A person's rows of these tables are on their way (read from storage, not yet written to the engine):
   * statements that read them wait, so no answer is given without them, until {@link release}.
   */
  hold(tables: readonly UserTableName[]): void {
    for (const table of tables) this.#pendingTables.add(table);
  }

  /** A person's rows of these tables are written (or will not come): statements that read them go out. */
  release(tables: readonly UserTableName[]): void {
    for (const table of tables) this.#pendingTables.delete(table);
    this.#scheduleFlush();
  }

  /**
   * A person's own rows in these tables changed: answers of queries that read them are forgotten, and the
   * build's answers no longer apply to those queries while such rows exist.
   */
  invalidate(tables: readonly UserTableName[], hasRows: (table: UserTableName) => boolean): void {
    for (const table of tables) {
      if (hasRows(table)) this.#userTables.add(table);
      else this.#userTables.delete(table);
    }
    for (const [key, entry] of this.#cache) {
      if (entry.tables.some((table) => tables.includes(table))) this.#cache.delete(key);
    }
  }

  #store(key: string, value: unknown, tables: readonly UserTableName[]): void {
    this.#cache.set(key, { value, tables });
    while (this.#cache.size > this.#maxEntries) {
      const oldest = this.#cache.keys().next().value;
      if (oldest === undefined) break;
      this.#cache.delete(oldest);
    }
  }

  #scheduleFlush(): void {
    if (this.#isFlushScheduled) return;
    this.#isFlushScheduled = true;
    // Every view's effects of one change run in one task: a microtask later, all their queries are queued.
    queueMicrotask(() => {
      this.#isFlushScheduled = false;
      this.#flush();
    });
  }

  #flush(): void {
    const runner = this.#runner;
    if (runner === null) return;
    const batch: Queued[] = [];
    const waiting: Queued[] = [];
    for (const queued of this.#queue) {
      if (queued.signals.every((signal) => signal?.aborted === true)) queued.reject(new StaleQueryError());
      else if (listUserTablesRead(queued.sql).some((table) => this.#pendingTables.has(table)))
        waiting.push(queued);
      else batch.push(queued);
    }
    this.#queue = waiting;
    if (batch.length === 0) return;
    this.sent.batches += 1;
    this.sent.statements += batch.length;
    const results = runner.runBatch(batch.map(({ sql, params }) => ({ sql, params })));
    batch.forEach((queued, i) => {
      const result = results[i] as Promise<RawRow[]>;
      result.then(
        (rows) => {
          let value: unknown;
          try {
            value = queued.query.decode(rows);
          } catch (error) {
            queued.reject(error);
            return;
          }
          this.#store(queued.key, value, listUserTablesRead(queued.sql));
          queued.resolve(value);
        },
        (error: unknown) => queued.reject(error),
      );
    });
  }
}

function buildKey(query: Query<unknown>, statement: Statement): string {
  return `${query.name}\u0000${buildStatementKey(statement)}`;
}
