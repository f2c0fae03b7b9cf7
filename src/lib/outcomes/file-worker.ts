/** The page's side of the outcome file worker (`file.worker.ts`): started on first use, answers by request id. */

import type { OutcomeProgress } from './parse.ts';
import type { OutcomeCatalog } from './types.ts';
import type { OutcomeFile, OutcomeFileSource } from './upload.ts';
import type { FileWorkerRequest, FileWorkerResponse } from './file.worker.ts';

type Pending = {
  resolve: (response: FileWorkerResponse) => void;
  reject: (error: Error) => void;
  onProgress?: (progress: OutcomeProgress) => void;
};

/** Reads spreadsheets and checks outcome files in a worker of this origin. */
export class OutcomeFileWorker {
  #worker: Worker | null = null;
  #next = 0;
  #pending = new Map<number, Pending>();

  #start(): Worker {
    if (this.#worker !== null) return this.#worker;
    const worker = new Worker(new URL('./file.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = ({ data }: MessageEvent<FileWorkerResponse>) => {
      const pending = this.#pending.get(data.id);
      if (pending === undefined) return;
      if (data.kind === 'progress') {
        pending.onProgress?.(data.progress);
        return;
      }
      this.#pending.delete(data.id);
      if (data.kind === 'error') pending.reject(new Error(data.message));
      else pending.resolve(data);
    };
    worker.onerror = (event) => {
      event.preventDefault();
      const error = new Error(event.message || 'the file worker failed to start');
      for (const pending of this.#pending.values()) pending.reject(error);
      this.#pending.clear();
      worker.terminate();
      this.#worker = null;
    };
    this.#worker = worker;
    return worker;
  }

  #ask(request: FileWorkerRequest, onProgress?: (progress: OutcomeProgress) => void) {
    return new Promise<FileWorkerResponse>((resolve, reject) => {
      this.#pending.set(request.id, { resolve, reject, onProgress });
      this.#start().postMessage(request);
    });
  }

  /** The cells of an .xlsx file's first sheet (first row = header). */
  async readSheet(file: Blob): Promise<unknown[][]> {
    const answer = await this.#ask({ id: ++this.#next, kind: 'sheet', file });
    return answer.kind === 'sheet' ? answer.cells : [];
  }

  /** Checks files in order against the catalog, as `calcOutcomeFiles` does, telling progress on the way. */
  async check(
    sources: readonly OutcomeFileSource[],
    catalog: OutcomeCatalog,
    onProgress?: (progress: OutcomeProgress) => void,
  ): Promise<OutcomeFile[]> {
    const request: FileWorkerRequest = { id: ++this.#next, kind: 'check', sources: [...sources], catalog };
    const answer = await this.#ask(request, onProgress);
    if (answer.kind !== 'checked') return [];
    return answer.files.map((file, i) => ({ source: sources[i] as OutcomeFileSource, ...file }));
  }
}
