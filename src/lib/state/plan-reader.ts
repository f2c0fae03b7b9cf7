/**
 * The page's side of the reader's worker (src/lib/read/worker.ts): files are read and extracted there,
 * one at a time, so the page never waits on a parser; the worker (and the readers in it) loads only when the
 * first file is added.
 */

import type { ExtractedPlan, Indicator, PlanOptions } from '../extract/index.ts';
import type { ReadPlanResult } from '../read/plan.ts';
import type { ExtractRequest, ExtractResponse, ReadRequest, ReadResponse } from '../read/worker.ts';

/** Why a file could not be read, naming it (the reader's reason, in English). */
export class PlanReadError extends Error {
  override name = 'PlanReadError';
  constructor(
    readonly fileName: string,
    readonly reason: string,
  ) {
    super(`${fileName}: ${reason}`);
  }
}

type Job =
  | {
      kind: 'read';
      bytes: ArrayBuffer;
      fileName: string;
      plan: PlanOptions;
      resolve: (r: ReadPlanResult) => void;
      reject: (e: Error) => void;
    }
  | {
      kind: 'extract';
      text: string;
      plan: PlanOptions;
      resolve: (r: ExtractedPlan) => void;
      reject: (e: Error) => void;
    };

/** Sends files (and texts to extract again) to the reader's worker, one at a time, in order. */
export class PlanReader {
  #worker: Worker | null = null;
  #queue: Job[] = [];
  #busy = false;
  #next = 0;

  #start(): Worker {
    this.#worker ??= new Worker(new URL('../read/worker.ts', import.meta.url), { type: 'module' });
    return this.#worker;
  }

  /** Reads a file and extracts its records with provisional ids (`docId`/`cityId` of `plan`). */
  read(bytes: ArrayBuffer, fileName: string, indicators: readonly Indicator[]): Promise<ReadPlanResult> {
    return new Promise((resolve, reject) => {
      const plan: PlanOptions = { docId: 'draft', cityId: 'draft', indicators: [...indicators] };
      this.#queue.push({ kind: 'read', bytes, fileName, plan, resolve, reject });
      this.#pump();
    });
  }

  /** Extracts a text already read, with other plan options (ids, horizon, issue year). */
  extract(text: string, plan: PlanOptions): Promise<ExtractedPlan> {
    return new Promise((resolve, reject) => {
      this.#queue.push({
        kind: 'extract',
        text,
        plan: { ...plan, indicators: [...plan.indicators] },
        resolve,
        reject,
      });
      this.#pump();
    });
  }

  #pump(): void {
    if (this.#busy) return;
    const job = this.#queue.shift();
    if (job === undefined) return;
    this.#busy = true;
    const worker = this.#start();
    const id = ++this.#next;
    const done = () => {
      worker.removeEventListener('message', onmessage);
      worker.removeEventListener('error', onerror);
      this.#busy = false;
      this.#pump();
    };
    const onmessage = (event: MessageEvent<ReadResponse | ExtractResponse>) => {
      const answer = event.data;
      if (answer.id !== id) return;
      done();
      if (job.kind === 'read') {
        const read = answer as ReadResponse;
        if (read.ok) job.resolve(read);
        else job.reject(new PlanReadError(job.fileName, read.error.replace(`${job.fileName}: `, '')));
      } else {
        const extracted = answer as ExtractResponse;
        if (extracted.ok) job.resolve(extracted.plan);
        else job.reject(new Error(extracted.error));
      }
    };
    const onerror = (event: ErrorEvent) => {
      done();
      // A worker that failed outright (out of memory on a huge file) is started afresh for the next job.
      this.#worker?.terminate();
      this.#worker = null;
      const reason = event.message || 'the reader stopped while reading it';
      job.reject(job.kind === 'read' ? new PlanReadError(job.fileName, reason) : new Error(reason));
    };
    worker.addEventListener('message', onmessage);
    worker.addEventListener('error', onerror);
    if (job.kind === 'read') {
      const request: ReadRequest = { id, bytes: job.bytes, fileName: job.fileName, plan: job.plan };
      worker.postMessage(request, [job.bytes]);
    } else {
      const request: ExtractRequest = { id, text: job.text, plan: job.plan };
      worker.postMessage(request);
    }
  }

  /** Stops the worker (when the view closes); jobs not done are dropped. */
  stop(): void {
    this.#worker?.terminate();
    this.#worker = null;
    this.#queue = [];
    this.#busy = false;
  }
}
