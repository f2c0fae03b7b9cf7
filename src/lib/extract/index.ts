/** One call from a document's text to its target records: clean, read metadata, extract from sentences and tables. */
import { cleanDocument } from './clean.ts';
import { toSimplifiedShadow } from './chars.ts';
import { detectDocumentMeta, type DocumentMeta } from './meta.ts';
import { extractTargets } from './targets.ts';
import { extractTableTargets, findTables, leadDepartmentsOfRows, maskTables } from './tables.ts';
import type { Indicator, TargetRecord } from './types.ts';

export * from './types.ts';
export { decodeDocument, DocumentInputError } from './decode.ts';
export { cleanDocument } from './clean.ts';
export { detectDocumentMeta, type DocumentMeta } from './meta.ts';
export { extractTargets } from './targets.ts';
export { matchIndicator } from './classify.ts';
export { CELL_SEPARATOR } from './tables.ts';

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
  return extractFromText(cleanDocument(raw), options);
}

/**
 * Extract the targets of a plan's text as a document reader gives it (already cleaned; table rows
 * written as cells joined by CELL_SEPARATOR): sentences, and the rows of indicator tables. Records are
 * numbered in text order. Pure: runs in Node and in the browser.
 */
export function extractFromText(text: string, options: PlanOptions): ExtractedPlan {
  const shadow = toSimplifiedShadow(text);
  const meta = detectDocumentMeta(text, shadow);
  const horizonYears = options.horizonYears?.length ? options.horizonYears : meta.horizonYears;
  const issueYear = options.issueYear ?? (meta.issueDate ? Number(meta.issueDate.slice(0, 4)) : null);
  const tables = findTables(text);
  const tableOptions = { ...options, horizonYears, issueYear };
  const masked = maskTables(text, shadow, tables, tableOptions);
  const fromSentences = extractTargets(text, { ...options, horizonYears, issueYear, shadow: masked });
  if (!tables.length) return { text, meta, records: fromSentences };

  const leads = leadDepartmentsOfRows(text, tables);
  const withLeads = fromSentences.map((r) => {
    if (r.lead_department) return r;
    const row = leads.find((l) => l.row.start <= r.quote_start && r.quote_end <= l.row.end);
    return row ? { ...r, lead_department: row.lead } : r;
  });
  const unnumbered: Omit<TargetRecord, 'target_id'>[] = [
    ...withLeads.map(({ target_id: _, ...r }) => r),
    ...extractTableTargets(text, shadow, masked, tables, tableOptions),
  ];
  const records = unnumbered
    .sort((a, b) => a.quote_start - b.quote_start)
    .map((r, i) => ({ target_id: `${options.docId}-${String(i + 1).padStart(3, '0')}`, ...r }));
  return { text, meta, records };
}
