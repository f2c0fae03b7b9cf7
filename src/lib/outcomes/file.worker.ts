/**
 * A Web Worker that reads and checks a researcher's outcome files off the main thread, so a spreadsheet of
 * 25,000 rows or a CSV of 50 MB never stops the page: post a FileWorkerRequest, receive progress and then
 * the spreadsheet's cells or each file's valid rows and issues (spreadsheets through `xlsx.ts`, which
 * starts no worker of its own).
 */

import type { OutcomeProgress } from './parse.ts';
import type { OutcomeCatalog } from './types.ts';
import { calcOutcomeFiles, type OutcomeFile, type OutcomeFileSource } from './upload.ts';
import { readXlsxSheet } from './xlsx.ts';

/** What the page asks: a spreadsheet's first sheet as cells, or a check of every file against the catalog. */
export type FileWorkerRequest =
  | { id: number; kind: 'sheet'; file: Blob }
  | { id: number; kind: 'check'; sources: OutcomeFileSource[]; catalog: OutcomeCatalog };

/** A file's check without its source (the page has it already). */
export type CheckedFile = Omit<OutcomeFile, 'source'>;

/** What the worker answers, by request id: progress while checking, then one final answer. */
export type FileWorkerResponse =
  | { id: number; kind: 'progress'; progress: OutcomeProgress }
  | { id: number; kind: 'sheet'; cells: unknown[][] }
  | { id: number; kind: 'checked'; files: CheckedFile[] }
  | { id: number; kind: 'error'; message: string };

const scope = self as unknown as {
  onmessage: ((e: MessageEvent<FileWorkerRequest>) => void) | null;
  postMessage(message: FileWorkerResponse): void;
};

/** Progress is posted at most this often (ms), so a fast check does not flood the page with messages. */
const PROGRESS_INTERVAL = 100;

scope.onmessage = async ({ data }) => {
  try {
    if (data.kind === 'sheet') {
      const cells = await readXlsxSheet(new Uint8Array(await data.file.arrayBuffer()));
      scope.postMessage({ id: data.id, kind: 'sheet', cells });
      return;
    }
    let last = 0;
    const files = calcOutcomeFiles(data.sources, data.catalog, (progress) => {
      const now = performance.now();
      if (now - last < PROGRESS_INTERVAL) return;
      last = now;
      scope.postMessage({ id: data.id, kind: 'progress', progress });
    });
    scope.postMessage({
      id: data.id,
      kind: 'checked',
      files: files.map(({ rows, issues }) => ({ rows, issues })),
    });
  } catch (error) {
    scope.postMessage({
      id: data.id,
      kind: 'error',
      message: error instanceof Error ? error.message : String(error),
    });
  }
};
