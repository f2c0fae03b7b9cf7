/** Checks every record against the target spec before anything is written. */
import { COMPARATORS, DOMAINS, isTargetYear, type TargetRecord } from '../extract/types.ts';

/**
 * Problems with records, each naming the target. An empty list means the records keep the contract:
 * quotes slice out of the document text, quantitative records carry numbers, ranges are ordered.
 */
export function validateRecords(
  records: readonly TargetRecord[],
  documentText: (docId: string) => string | undefined,
  indicatorIds: ReadonlySet<string>,
): string[] {
  const problems: string[] = [];
  const ids = new Set<string>();
  for (const r of records) {
    const say = (p: string) => problems.push(`${r.target_id}: ${p}`);
    if (ids.has(r.target_id)) say('duplicate target_id');
    ids.add(r.target_id);
    const text = documentText(r.doc_id);
    if (text === undefined) say(`unknown doc_id ${r.doc_id}`);
    else if (text.slice(r.quote_start, r.quote_end) !== r.quote)
      say('quote does not match the document text at its offsets');
    if (!DOMAINS.includes(r.domain)) say(`unknown domain ${r.domain}`);
    if (!COMPARATORS.includes(r.comparator)) say(`unknown comparator ${r.comparator}`);
    if (r.comparator === 'qualitative') {
      if (r.value !== null) say('a qualitative record has a value');
    } else if (r.value === null || !Number.isFinite(r.value)) {
      say('a quantitative record has no value');
    }
    if (r.comparator === 'range' && (r.value_max === null || r.value === null || r.value_max <= r.value)) {
      say('a range needs value_max above value');
    }
    if (r.comparator !== 'range' && r.value_max !== null) say('value_max is only for ranges');
    if (r.target_year !== null && !isTargetYear(r.target_year))
      say(`implausible target_year ${r.target_year}`);
    if (r.indicator_id !== null && !indicatorIds.has(r.indicator_id))
      say(`unknown indicator_id ${r.indicator_id}`);
  }
  return problems;
}
