/**
 * The page scripts/bench-import.ts drives: a chosen plan file is read and extracted in the reader's Web
 * Worker, while the main thread records its longest task; the timings are shown and kept in
 * window.benchImport.
 */
import indicatorsCsv from '../data/indicators.csv?raw';
import { parseIndicatorsCsv } from './lib/build/reference-tables.ts';
import type { ReadRequest, ReadResponse } from './lib/read/worker.ts';

interface ImportTiming {
  fileName: string;
  bytes: number;
  ok: boolean;
  error?: string;
  /** From choosing the file to the records arriving on the main thread. */
  totalMs: number;
  readMs?: number;
  extractMs?: number;
  records?: number;
  chars?: number;
  longestTaskMs: number;
  longTasks: number;
}

const indicators = parseIndicatorsCsv(indicatorsCsv, { file: 'data/indicators.csv' }).rows;
const worker = new Worker(new URL('./lib/read/worker.ts', import.meta.url), { type: 'module' });
const results: ImportTiming[] = [];
(window as unknown as { benchImport: ImportTiming[] }).benchImport = results;
let next = 0;

const input = document.querySelector<HTMLInputElement>('#file')!;
const output = document.querySelector<HTMLPreElement>('#result')!;

input.addEventListener('change', async () => {
  const file = input.files?.[0];
  if (!file) return;
  const tasks: number[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) tasks.push(entry.duration);
  });
  observer.observe({ type: 'longtask' });
  const started = performance.now();
  const bytes = await file.arrayBuffer();
  const id = next++;
  const response = await new Promise<ReadResponse>((resolve) => {
    const listen = (e: MessageEvent<ReadResponse>) => {
      if (e.data.id !== id) return;
      worker.removeEventListener('message', listen);
      resolve(e.data);
    };
    worker.addEventListener('message', listen);
    const request: ReadRequest = {
      id,
      bytes,
      fileName: file.name,
      plan: { docId: 'bench', cityId: 'bench', indicators },
    };
    worker.postMessage(request, [bytes]);
  });
  const totalMs = performance.now() - started;
  // Long tasks are reported after they end: give the observer a frame to deliver the last ones.
  await new Promise((r) => setTimeout(r, 50));
  observer.disconnect();
  const timing: ImportTiming = {
    fileName: file.name,
    bytes: file.size,
    ok: response.ok,
    totalMs,
    longestTaskMs: Math.max(0, ...tasks),
    longTasks: tasks.length,
    ...(response.ok
      ? {
          readMs: response.timings.readMs,
          extractMs: response.timings.extractMs,
          records: response.plan.records.length,
          chars: response.document.text.length,
        }
      : { error: response.error }),
  };
  results.push(timing);
  output.textContent = JSON.stringify(results, null, 2);
});
