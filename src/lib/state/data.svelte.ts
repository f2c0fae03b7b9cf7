/**
 * Loading state of the dataset and the engine. The dataset (decoded in JavaScript) arrives first and is
 * enough to draw the Overview; DuckDB starts in the background once the first view has drawn.
 */

import { DataLoadError, loadDataset, type Dataset } from '../data/parquet.ts';
import type { QueryRunner } from '../data/queries.ts';
import { DATA_DECODED_MARK, ENGINE_READY_MARK } from '../perf.ts';

/** Where the engine is: not started, starting, ready for queries, or failed (views then fall back to rows). */
export type EngineStatus = 'idle' | 'starting' | 'ready' | 'failed';

/** The decoded dataset, the DuckDB engine, and what went wrong with either. */
export class DataState {
  /** The decoded tables, once loaded. */
  dataset = $state.raw<Dataset | null>(null);
  /** Why loading failed: a {@link DataLoadError} names each file. */
  error = $state.raw<Error | null>(null);
  /** The engine, once it has started and holds every table. */
  engine = $state.raw<QueryRunner | null>(null);
  engineStatus = $state<EngineStatus>('idle');
  engineError = $state.raw<Error | null>(null);

  #baseUrl: string;

  /** @param baseUrl the site root the data files are fetched from (`import.meta.env.BASE_URL`). */
  constructor(baseUrl: string) {
    this.#baseUrl = baseUrl;
  }

  /** Fetches and decodes the data; a retry bypasses the HTTP cache so a repaired file is fetched again. */
  async load(options: { retry?: boolean } = {}): Promise<void> {
    this.error = null;
    try {
      this.dataset = await loadDataset({
        baseUrl: this.#baseUrl,
        cache: options.retry ? 'no-cache' : 'default',
      });
      performance.mark(DATA_DECODED_MARK);
    } catch (error) {
      this.error =
        error instanceof Error ? error : new DataLoadError([{ file: 'data', reason: String(error) }]);
    }
  }

  /** Starts DuckDB-WASM (once) with the loaded dataset; failures leave the views on their row fallbacks. */
  async startEngine(): Promise<void> {
    const dataset = this.dataset;
    if (dataset === null || this.engineStatus === 'starting' || this.engineStatus === 'ready') return;
    this.engineStatus = 'starting';
    this.engineError = null;
    try {
      const { startDuckDB } = await import('../data/connector.ts');
      this.engine = await startDuckDB(dataset);
      this.engineStatus = 'ready';
      performance.mark(ENGINE_READY_MARK);
    } catch (error) {
      this.engineError = error instanceof Error ? error : new Error(String(error));
      this.engineStatus = 'failed';
    }
  }
}
