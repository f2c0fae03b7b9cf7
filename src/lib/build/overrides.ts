/** The review layer: data/curation/overrides.csv corrections applied after extraction, never adding a number absent from the quote. */
import { COMPARATORS, DOMAINS, type Comparator, type Domain, type TargetRecord } from '../extract/types.ts';
import { findNumbers } from '../extract/numerals.ts';
import { toSimplifiedShadow } from '../extract/chars.ts';
import { DataFileError, parseCsvTable, requireColumns } from './read-csv.ts';

export interface Override {
  line: number;
  target_id: string;
  field: OverrideField;
  value: string;
  reason: string;
}

/** Fields a reviewer may correct; `exclude` (value true) removes a record that is not a target. */
export const OVERRIDE_FIELDS = [
  'domain',
  'topic',
  'indicator_id',
  'indicator_zh',
  'indicator_en',
  'comparator',
  'value',
  'value_max',
  'unit',
  'unit_zh',
  'target_year',
  'year_basis',
  'is_new_count',
  'lead_department',
  'review',
  'exclude',
] as const;
export type OverrideField = (typeof OVERRIDE_FIELDS)[number];

export const OVERRIDE_COLUMNS = ['target_id', 'field', 'value', 'reason'] as const;

/** Parse the overrides file (fields and reasons checked; targets and values are checked on apply). */
export function parseOverrides(text: string, file: string): Override[] {
  if (!text.trim()) return [];
  const table = parseCsvTable(text);
  requireColumns(table, OVERRIDE_COLUMNS, file);
  return table.records.map(({ line, values: v, cellCount }) => {
    if (cellCount !== table.columns.length) {
      throw new DataFileError(file, line, `expected ${table.columns.length} fields, found ${cellCount}`);
    }
    if (!v.target_id) throw new DataFileError(file, line, 'target_id is empty');
    if (!OVERRIDE_FIELDS.includes(v.field as OverrideField)) {
      throw new DataFileError(
        file,
        line,
        `field "${v.field}" cannot be overridden (allowed: ${OVERRIDE_FIELDS.join(', ')})`,
      );
    }
    if (!v.reason) throw new DataFileError(file, line, 'reason is empty: say why the record is corrected');
    return {
      line,
      target_id: v.target_id,
      field: v.field as OverrideField,
      value: v.value ?? '',
      reason: v.reason,
    };
  });
}

/** Numbers written in a quote (Arabic, Chinese, 百分之…), to check that an override stays faithful. */
export function numbersInQuote(quote: string): Set<number> {
  return new Set(findNumbers(toSimplifiedShadow(quote)).map((t) => t.value));
}

export interface OverrideResult {
  records: TargetRecord[];
  applied: number;
  excluded: string[];
}

/**
 * Apply overrides in file order. A reviewed record is marked `corrected` (or gets the `review` value
 * an override sets). Throws DataFileError for an unknown target, a bad value, or a number that its
 * record's quote does not contain.
 */
export function applyOverrides(
  records: TargetRecord[],
  overrides: Override[],
  file: string,
  indicatorIds: ReadonlySet<string>,
): OverrideResult {
  const byId = new Map(records.map((r) => [r.target_id, { ...r }]));
  const excluded = new Set<string>();
  for (const o of overrides) {
    const fail = (problem: string): never => {
      throw new DataFileError(file, o.line, problem);
    };
    const record = byId.get(o.target_id) ?? fail(`unknown target_id "${o.target_id}"`);
    const v = o.value;
    const num = () => {
      if (v === '') return null;
      const n = Number(v);
      if (!Number.isFinite(n)) fail(`${o.field} "${v}" is not a number`);
      if (!numbersInQuote(record.quote).has(n))
        fail(`${o.field} ${v} does not appear in the quote of ${o.target_id}: "${record.quote}"`);
      return n;
    };
    switch (o.field) {
      case 'exclude':
        if (v !== 'true') fail('exclude takes the value true');
        excluded.add(o.target_id);
        break;
      case 'domain':
        if (!DOMAINS.includes(v as Domain)) fail(`domain "${v}" is not one of ${DOMAINS.join(', ')}`);
        record.domain = v as Domain;
        break;
      case 'comparator':
        if (!COMPARATORS.includes(v as Comparator))
          fail(`comparator "${v}" is not one of ${COMPARATORS.join(', ')}`);
        record.comparator = v as Comparator;
        break;
      case 'indicator_id':
        if (v && !indicatorIds.has(v)) fail(`indicator_id "${v}" is not in data/indicators.csv`);
        record.indicator_id = v || null;
        break;
      case 'value':
        record.value = num();
        break;
      case 'value_max':
        record.value_max = num();
        break;
      case 'target_year': {
        if (v && !/^(?:19|20)\d{2}$/.test(v)) fail(`target_year "${v}" is not a year`);
        record.target_year = v ? Number(v) : null;
        break;
      }
      case 'year_basis':
        if (!['explicit', 'section', 'document'].includes(v))
          fail(`year_basis "${v}" must be explicit, section or document`);
        record.year_basis = v as TargetRecord['year_basis'];
        break;
      case 'is_new_count':
        if (v !== 'true' && v !== 'false') fail('is_new_count takes true or false');
        record.is_new_count = v === 'true';
        break;
      case 'review':
        if (!['auto', 'reviewed', 'corrected'].includes(v))
          fail(`review "${v}" must be auto, reviewed or corrected`);
        record.review = v as TargetRecord['review'];
        break;
      case 'topic':
      case 'indicator_zh':
      case 'indicator_en':
      case 'unit':
      case 'unit_zh':
      case 'lead_department':
        record[o.field] =
          v || ((o.field === 'topic' || o.field.startsWith('indicator_') ? '' : null) as never);
        break;
    }
    if (o.field !== 'review') record.review = 'corrected';
    byId.set(o.target_id, record);
  }
  return {
    records: records.filter((r) => !excluded.has(r.target_id)).map((r) => byId.get(r.target_id)!),
    applied: overrides.length,
    excluded: [...excluded],
  };
}
