/** National and provincial reference targets and outcomes (data/references.csv), each with its quoted source. */
import { COMPARATORS, type Comparator } from '../extract/types.ts';
import { DataFileError, parseCsv } from './csv.ts';

export interface Reference {
  reference_id: string;
  indicator_id: string | null;
  scope: 'national' | 'provincial';
  region_zh: string;
  region_en: string;
  kind: 'target' | 'outcome';
  comparator: Comparator;
  value: number | null;
  value_max: number | null;
  unit: string | null;
  year: number;
  quote: string;
  source_title: string;
  source_url: string | null;
  source_note: string | null;
}

export const REFERENCE_COLUMNS = [
  'reference_id',
  'indicator_id',
  'scope',
  'region_zh',
  'region_en',
  'kind',
  'comparator',
  'value',
  'value_max',
  'unit',
  'year',
  'quote',
  'source_title',
  'source_url',
  'source_note',
] as const;

/** Parse data/references.csv (an absent file means no references). Every row needs a quote and a source. */
export function parseReferences(text: string, file: string, indicatorIds: ReadonlySet<string>): Reference[] {
  if (!text.trim()) return [];
  const seen = new Set<string>();
  return parseCsv(text, file, REFERENCE_COLUMNS).map(({ line, values: v }) => {
    const fail = (problem: string): never => {
      throw new DataFileError(file, line, problem);
    };
    if (!v.reference_id) fail('reference_id is empty');
    if (seen.has(v.reference_id!)) fail(`duplicate reference_id "${v.reference_id}"`);
    seen.add(v.reference_id!);
    if (v.indicator_id && !indicatorIds.has(v.indicator_id)) fail(`unknown indicator_id "${v.indicator_id}"`);
    if (v.scope !== 'national' && v.scope !== 'provincial')
      fail(`scope "${v.scope}" must be national or provincial`);
    if (v.kind !== 'target' && v.kind !== 'outcome') fail(`kind "${v.kind}" must be target or outcome`);
    if (!COMPARATORS.includes(v.comparator as Comparator))
      fail(`comparator "${v.comparator}" is not one of ${COMPARATORS.join(', ')}`);
    const number = (field: 'value' | 'value_max') => {
      const raw = v[field];
      if (!raw) return null;
      const n = Number(raw);
      if (!Number.isFinite(n)) fail(`${field} "${raw}" is not a number`);
      return n;
    };
    const value = number('value');
    if (v.comparator !== 'qualitative' && value === null) fail('value is empty');
    if (!/^(?:19|20)\d{2}$/.test(v.year ?? '')) fail(`year "${v.year}" is not a year`);
    if (!v.quote) fail('quote is empty: every reference needs its quoted source sentence');
    if (!v.source_title && !v.source_url) fail('source_title and source_url are both empty');
    return {
      reference_id: v.reference_id!,
      indicator_id: v.indicator_id || null,
      scope: v.scope as Reference['scope'],
      region_zh: v.region_zh ?? '',
      region_en: v.region_en ?? '',
      kind: v.kind as Reference['kind'],
      comparator: v.comparator as Comparator,
      value,
      value_max: number('value_max'),
      unit: v.unit || null,
      year: Number(v.year),
      quote: v.quote!,
      source_title: v.source_title ?? '',
      source_url: v.source_url || null,
      source_note: v.source_note || null,
    };
  });
}
