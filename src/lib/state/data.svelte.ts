/**
 * The data's state for the page: the engine (started at once, in its worker, while the first view draws
 * from the build's answers), the coordinator every view asks through, and a person's own rows.
 */

import { buildAnswersPath } from '../data/answers.ts';
import { QueryCoordinator, type BuiltAnswers } from '../data/coordinator.ts';
import type { Engine } from '../data/engine.ts';
import type { Query } from '../data/query.ts';
import { USER_TABLE_NAMES, type UserTableName } from '../data/tables.ts';
import { ENGINE_READY_MARK } from '../perf.ts';

/** Where the engine is: not started, starting, ready for queries, or failed. */
export type EngineStatus = 'idle' | 'starting' | 'ready' | 'failed';

/** The engine, the coordinator, and a person's own rows. */
export class DataState {
  /** Every view query goes through it. */
  readonly coordinator = new QueryCoordinator();
  /** The engine, once it has started and attached the dataset. */
  engine = $state.raw<Engine | null>(null);
  engineStatus = $state<EngineStatus>('idle');
  engineError = $state.raw<Error | null>(null);
  /** Changes whenever a person's own rows change, so queries that read them run again. */
  userRowsVersion = $state(0);

  #baseUrl: string;
  #started: Promise<Engine> | null = null;
  // Neither map is drawn from: plain maps, not reactive state.
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  #answers = new Map<string, Promise<BuiltAnswers | null>>();
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  #userRowCounts = new Map<UserTableName, number>(USER_TABLE_NAMES.map((table) => [table, 0]));
  /** What the build's answers wait for: a person's stored rows being read at start-up. */
  #holds: Promise<unknown>[] = [];

  /** @param baseUrl the site root the data files are fetched from (`import.meta.env.BASE_URL`). */
  constructor(baseUrl: string) {
    this.#baseUrl = baseUrl;
  }

  /** Starts DuckDB-WASM (once); a retry refetches the dataset past the HTTP cache. */
  async startEngine(options: { retry?: boolean } = {}): Promise<void> {
    if (this.engineStatus === 'starting' || this.engineStatus === 'ready') return;
    this.engineStatus = 'starting';
    this.engineError = null;
    const started = import('../data/engine.ts').then(({ startEngine }) =>
      startEngine({ baseUrl: this.#baseUrl, cache: options.retry ? 'no-cache' : 'default' }),
    );
    this.#started = started;
    try {
      const engine = await started;
      this.engine = engine;
      this.coordinator.connect(engine);
      this.engineStatus = 'ready';
      performance.mark(ENGINE_READY_MARK);
    } catch (error) {
      const failure = error instanceof Error ? error : new Error(String(error));
      this.engineError = failure;
      this.engineStatus = 'failed';
      this.coordinator.fail(failure);
    }
  }

  /**
   * Offers the build's answers for a view's default state to these queries (fetched once per view). Missing
   * or unreadable answers are not an error: the engine answers instead.
   */
  seed(view: string, queries: readonly Query<unknown>[]): void {
    const holds = this.#holds.map((hold) => hold.catch(() => undefined));
    void Promise.all([this.fetchAnswers(view), ...holds]).then(([built]) => {
      if (built !== null && Array.isArray(built.answers)) this.coordinator.seed(queries, built);
    });
  }

  /**
   * Offers the build's answers only once `ready` settles: a person's stored rows are being read, and the
   * reader calls {@link expectUserRows} before it settles if there are any, so the build's answers (which
   * know only the published rows) are never shown for queries that read those tables.
   */
  holdAnswers(ready: Promise<unknown>): void {
    this.#holds.push(ready);
  }

  /** Fetches a view's build-time answers once (call early: the view's module is still loading). */
  fetchAnswers(view: string): Promise<BuiltAnswers | null> {
    let answers = this.#answers.get(view);
    if (answers === undefined) {
      answers = fetch(this.#baseUrl + buildAnswersPath(view))
        .then((response) => (response.ok ? (response.json() as Promise<BuiltAnswers>) : null))
        .catch(() => null);
      this.#answers.set(view, answers);
    }
    return answers;
  }

  /**
   * Makes a person's own table hold exactly these rows, in the engine (waiting for it to start), then has
   * every query that reads the table run again.
   */
  replaceUserRows(table: UserTableName, rows: readonly object[]): Promise<void> {
    return this.replaceUserTables({ [table]: rows });
  }

  /**
   * Makes several of a person's tables hold exactly these rows (rows that belong together, such as their
   * outcomes and the attainment judged with them): the writes go one after another before any later query,
   * and the queries that read any of the tables run again once, after the last write.
   */
  async replaceUserTables(tables: Partial<Record<UserTableName, readonly object[]>>): Promise<void> {
    const changes = Object.entries(tables) as [UserTableName, readonly object[]][];
    const isNothing = changes.every(
      ([table, rows]) => rows.length === 0 && (this.#userRowCounts.get(table) ?? 0) === 0,
    );
    // No rows before and none after: the engine's tables are already so, and no answer is stale.
    if (isNothing) return;
    const engine = await this.#waitForEngine();
    // Started together, so the engine queues every write before any query asked after this call.
    await Promise.all(changes.map(([table, rows]) => engine.replaceUserRows(table, rows)));
    for (const [table, rows] of changes) this.#userRowCounts.set(table, rows.length);
    this.coordinator.invalidate(
      changes.map(([table]) => table),
      (t) => (this.#userRowCounts.get(t) ?? 0) > 0,
    );
    this.coordinator.release(changes.map(([table]) => table));
    this.userRowsVersion += 1;
  }

  /**
   * Says that these tables will hold a person's rows (read from storage, not written yet): the build's answers
   * (which know only the published rows) are never shown for queries that read them, and the engine answers
   * them only once the rows are written ({@link replaceUserTables}) or will not come ({@link abandonUserRows}).
   */
  expectUserRows(...tables: UserTableName[]): void {
    for (const table of tables)
      this.#userRowCounts.set(table, Math.max(1, this.#userRowCounts.get(table) ?? 0));
    this.coordinator.invalidate(tables, (t) => (this.#userRowCounts.get(t) ?? 0) > 0);
    this.coordinator.hold(tables);
  }

  /** The expected rows of these tables will not be written (they failed): queries that read them go out. */
  abandonUserRows(...tables: UserTableName[]): void {
    this.coordinator.release(tables);
  }

  #waitForEngine(): Promise<Engine> {
    if (this.#started === null || this.engineStatus === 'failed') void this.startEngine();
    return this.#started as Promise<Engine>;
  }
}
