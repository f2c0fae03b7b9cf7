/** The page's side of the extraction worker: one request at a time, answers to stale requests dropped. */

import type { Indicator, TargetRecord } from '../../../lib/extract/types.ts';

/** What the page asks the worker. */
export interface DraftRequest {
  id: number;
  text: string;
  indicators: readonly Indicator[];
  horizonYear: number | null;
}

/** What the worker answers: the cleaned text and its records, or why it failed. */
export type DraftResponse =
  { id: number; text: string; records: TargetRecord[]; ms: number } | { id: number; error: string };

/** The records of a draft and how long the extraction took (milliseconds, in the worker). */
export interface DraftExtraction {
  /** The text as the page sent it, and the target year it assumed: what the records were computed from. */
  input: string;
  horizonYear: number | null;
  /** The text as the extraction cleaned it (what quotes refer to). */
  text: string;
  records: TargetRecord[];
  ms: number;
}

/** Starts the worker lazily and sends it drafts; a newer request makes older answers irrelevant. */
export class DraftExtractor {
  #worker: Worker | null = null;
  #next = 0;
  #pending = new Map<
    number,
    {
      input: string;
      horizonYear: number | null;
      resolve: (r: DraftExtraction) => void;
      reject: (e: Error) => void;
    }
  >();

  #start(): Worker {
    if (this.#worker !== null) return this.#worker;
    const worker = new Worker(new URL('./extract.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<DraftResponse>) => {
      const answer = event.data;
      const pending = this.#pending.get(answer.id);
      this.#pending.delete(answer.id);
      if (pending === undefined) return;
      if ('error' in answer) pending.reject(new Error(answer.error));
      else pending.resolve({ ...answer, input: pending.input, horizonYear: pending.horizonYear });
    };
    worker.onerror = (event) => {
      for (const pending of this.#pending.values()) pending.reject(new Error(event.message));
      this.#pending.clear();
    };
    this.#worker = worker;
    return worker;
  }

  /** Extracts a draft's targets in the worker. */
  extract(
    text: string,
    indicators: readonly Indicator[],
    horizonYear: number | null,
  ): Promise<DraftExtraction> {
    const id = ++this.#next;
    const request: DraftRequest = { id, text, indicators: [...indicators], horizonYear };
    return new Promise((resolve, reject) => {
      this.#pending.set(id, { input: text, horizonYear, resolve, reject });
      this.#start().postMessage(request);
    });
  }

  /** Stops the worker (when the view closes). */
  stop(): void {
    this.#worker?.terminate();
    this.#worker = null;
    this.#pending.clear();
  }
}
