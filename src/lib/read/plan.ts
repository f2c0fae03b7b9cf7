/** Read a plan file and extract its targets in one call: what a browser worker or a script does with a file a person adds. */
import { extractFromText, type ExtractedPlan, type PlanOptions } from '../extract/index.ts';
import { readDocument } from './index.ts';
import type { ReadDocument, ReadOptions } from './types.ts';

export interface ReadPlanResult {
  document: ReadDocument;
  /** Records and metadata of the document's text (plan.text is document.text). */
  plan: ExtractedPlan;
  timings: { readMs: number; extractMs: number };
}

/**
 * Read a plan file (any format readDocument takes) and extract its targets from the text it read.
 * Throws DocumentReadError for a file that is not a readable plan.
 */
export async function readPlan(
  bytes: Uint8Array,
  fileName: string,
  options: ReadOptions & PlanOptions,
): Promise<ReadPlanResult> {
  const started = performance.now();
  const document = await readDocument(bytes, fileName, options);
  const read = performance.now();
  const plan = extractFromText(document.text, options);
  return { document, plan, timings: { readMs: read - started, extractMs: performance.now() - read } };
}
