/**
 * A query resource: what a view declares to get data. It answers from the decoded rows until DuckDB is
 * ready (so the first view draws at once), then from SQL; stale answers to old parameters are dropped.
 */

import { tick } from 'svelte';
import type { Dataset } from '../data/parquet.ts';
import type { QueryRunner } from '../data/queries.ts';
import { DRAWN_EVENT } from '../perf.ts';
import { isDeepEqual } from './share.ts';
import type { DataState } from './data.svelte.ts';

/** The two ways a query can be answered; `rows` is optional for views that need the engine. */
export interface QuerySource<P, T> {
  /** Answers from the decoded rows (src/lib/data/rows.ts); used before the engine is ready or if it failed. */
  rows?: (data: Dataset, params: P) => T;
  /** Answers with SQL (src/lib/data/queries.ts). */
  engine: (db: QueryRunner, params: P) => Promise<T>;
}

/** Up to this many targets, queries that have a rows answer use it rather than a DuckDB round trip. */
export const ROWS_ANSWER_LIMIT = 20_000;

let pending = 0;

function beginQuery(): void {
  pending += 1;
}

async function endQuery(): Promise<void> {
  pending -= 1;
  if (pending > 0) return;
  await tick();
  if (pending === 0) window.dispatchEvent(new Event(DRAWN_EVENT));
}

/**
 * The current answer to a query whose parameters come from reactive state. Create it while a component
 * initialises: `const counts = new QueryResource(data, () => filters.current, { rows: calcX, engine: queryX })`.
 */
export class QueryResource<P, T> {
  /** The latest answer; undefined until the first one. */
  value = $state.raw<T | undefined>(undefined);
  /** The error of the latest attempt, if it failed. */
  error = $state.raw<Error | null>(null);
  /** Which path produced `value`. */
  source = $state<'rows' | 'engine' | null>(null);

  #version = 0;

  /**
   * @param data the app's data state
   * @param params reactive parameters; the query runs again whenever they change
   * @param source how to answer
   */
  constructor(data: DataState, params: () => P, source: QuerySource<P, T>) {
    $effect(() => {
      const p = params();
      const dataset = data.dataset;
      const engine = data.engine;
      const version = ++this.#version;
      if (dataset === null) return;
      const rows = source.rows;
      const fromRows = rows === undefined ? undefined : () => rows(dataset, p);
      // A round trip to DuckDB's worker costs 10–30 ms per query here, while a rows answer over a few thousand
      // targets takes well under a millisecond; so small datasets answer from rows even once the engine is up
      // (each calc* is held to its SQL twin by tests), and SQL takes over as the data grows.
      if (fromRows !== undefined && (engine === null || dataset.targets.rows.length <= ROWS_ANSWER_LIMIT)) {
        this.#answerFromRows(version, fromRows);
        return;
      }
      // Without a rows answer the view waits for the engine (or shows data.engineError).
      if (engine === null) return;
      beginQuery();
      source
        .engine(engine, p)
        .then(
          (result) => this.#settle(version, result, 'engine'),
          (error: unknown) => {
            this.#fail(version, error);
            // Keep showing an answer if the rows can give one; the error stays visible.
            if (fromRows !== undefined && version === this.#version) {
              this.value = fromRows();
              this.source = 'rows';
            }
          },
        )
        .finally(() => void endQuery());
    });
  }

  #answerFromRows(version: number, fromRows: () => T): void {
    beginQuery();
    try {
      this.#settle(version, fromRows(), 'rows');
    } catch (error) {
      this.#fail(version, error);
    }
    void endQuery();
  }

  #settle(version: number, value: T | undefined, path: 'rows' | 'engine'): void {
    if (version !== this.#version) return;
    // An answer equal to the last one keeps its identity, so nothing that draws it runs again. (Views share
    // the unchanged parts of a changed answer where it pays, with `sharing` on what they derive from it:
    // walking every answer in full costs more than it saves.)
    if (!isDeepEqual(this.value, value)) this.value = value;
    this.source = path;
    this.error = null;
  }

  #fail(version: number, error: unknown): void {
    if (version !== this.#version) return;
    this.error = error instanceof Error ? error : new Error(String(error));
  }
}
