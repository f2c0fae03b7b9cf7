/** One call from a document's text to its target records: clean, read metadata, extract. */
import { cleanDocument } from './clean.ts';
import { toSimplifiedShadow } from './chars.ts';
import { detectDocumentMeta, type DocumentMeta } from './meta.ts';
import { extractTargets } from './targets.ts';
import type { Indicator, TargetRecord } from './types.ts';

export * from './types.ts';
export { decodeDocument, DocumentInputError } from './decode.ts';
export { cleanDocument } from './clean.ts';
export { detectDocumentMeta, type DocumentMeta } from './meta.ts';
export { extractTargets } from './targets.ts';
export { matchIndicator } from './classify.ts';

export interface PlanOptions {
  docId: string;
  cityId: string;
  /** Horizon years from the manifest; when absent they are read from the document. */
  horizonYears?: number[];
  /** Issue year from the manifest; when absent it is read from the document. */
  issueYear?: number | null;
  indicators: readonly Indicator[];
}

export interface ExtractedPlan {
  /** The cleaned text that quote offsets refer to. */
  text: string;
  meta: DocumentMeta;
  records: TargetRecord[];
}

/** Clean a plan's raw text and extract its targets. Pure: runs in Node and in the browser. */
export function extractPlan(raw: string, options: PlanOptions): ExtractedPlan {
  const text = cleanDocument(raw);
  const shadow = toSimplifiedShadow(text);
  const meta = detectDocumentMeta(text, shadow);
  const horizonYears = options.horizonYears?.length ? options.horizonYears : meta.horizonYears;
  const issueYear = options.issueYear ?? (meta.issueDate ? Number(meta.issueDate.slice(0, 4)) : null);
  const records = extractTargets(text, { ...options, horizonYears, issueYear, shadow });
  return { text, meta, records };
}
