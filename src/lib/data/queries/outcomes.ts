/**
 * The queries of the outcome views (Target vs outcome, Attainment, Planner): quantitative targets under the
 * filters, the outcomes of the selected cities (published and a person's own, from the engine's `outcomes`
 * view), the canonical indicators and the numeric references. SQL selects; attainment is judged in
 * TypeScript (src/lib/outcomes), the one place its rules live.
 */

import { COMPARATORS, DOMAINS, type Indicator, type TargetRecord } from '../../extract/types.ts';
import type { OutcomeRow } from '../../outcomes/types.ts';
import { OUTCOME_MATCHES, SOURCE_KINDS, type OutcomeMatch, type SourceKind } from '../../outcomes/types.ts';
import {
  readBoolean,
  readNullableNumber,
  readNullableString,
  readNumber,
  readOneOf,
  readString,
  type RawRow,
} from '../fields.ts';
import { defineQuery } from '../query.ts';
import type { ReferenceRow } from '../tables.ts';
import { bindFilters, buildListMatchSql, TARGET_FILTER_SQL } from '../sql.ts';
import { CITIES_QUERY } from './shared.ts';

/** Where an outcome row comes from: the published dataset, or a file loaded in this browser. */
export type Origin = 'published' | 'yours';

/** An outcome row and where it comes from. */
export interface OutcomeRecord extends OutcomeRow {
  origin: Origin;
}

/** Everything the outcome views need, under the global filters. */
export interface OutcomeInputs {
  /** Quantitative targets (no qualitative commitments), by target_id. */
  targets: TargetRecord[];
  /** Outcomes of the selected cities, published first, then yours. */
  outcomes: OutcomeRecord[];
  /** Every canonical indicator, by indicator_id. */
  indicators: Indicator[];
  /** National and provincial references with a number and an indicator, by reference_id. */
  references: ReferenceRow[];
}

/** Decodes one row of {@link ASSESSED_TARGETS_QUERY}. */
export function decodeTargetRecord(row: RawRow): TargetRecord {
  return {
    target_id: readString(row, 'target_id'),
    doc_id: readString(row, 'doc_id'),
    city_id: readString(row, 'city_id'),
    domain: readOneOf(row, 'domain', DOMAINS),
    topic: readString(row, 'topic'),
    indicator_id: readNullableString(row, 'indicator_id'),
    indicator_zh: readString(row, 'indicator_zh'),
    indicator_en: readString(row, 'indicator_en'),
    comparator: readOneOf(row, 'comparator', COMPARATORS),
    value: readNullableNumber(row, 'value'),
    value_max: readNullableNumber(row, 'value_max'),
    unit: readNullableString(row, 'unit'),
    unit_zh: readNullableString(row, 'unit_zh'),
    target_year: readNullableNumber(row, 'target_year'),
    year_basis: readOneOf(row, 'year_basis', ['explicit', 'section', 'document'] as const),
    is_new_count: readBoolean(row, 'is_new_count'),
    quote: readString(row, 'quote'),
    quote_start: readNumber(row, 'quote_start'),
    quote_end: readNumber(row, 'quote_end'),
    section: readString(row, 'section'),
    lead_department: readNullableString(row, 'lead_department'),
    review: readOneOf(row, 'review', ['auto', 'reviewed', 'corrected'] as const),
  };
}

/** Decodes one row of {@link CITY_OUTCOMES_QUERY}. */
export function decodeOutcomeRecord(row: RawRow): OutcomeRecord {
  const sourceKind = readNullableString(row, 'source_kind');
  return {
    city_id: readString(row, 'city_id'),
    indicator_id: readNullableString(row, 'indicator_id'),
    target_id: readNullableString(row, 'target_id'),
    indicator_zh: readNullableString(row, 'indicator_zh'),
    indicator_en: readNullableString(row, 'indicator_en'),
    year: readNumber(row, 'year'),
    period: readString(row, 'period'),
    value: readNumber(row, 'value'),
    unit: readString(row, 'unit'),
    as_of: readNullableString(row, 'as_of'),
    source_title: readString(row, 'source_title'),
    source_url: readNullableString(row, 'source_url'),
    quote: readNullableString(row, 'quote'),
    notes: readNullableString(row, 'notes'),
    caveat: readNullableString(row, 'caveat'),
    source_kind:
      sourceKind === null ? null : (readOneOf(row, 'source_kind', SOURCE_KINDS) satisfies SourceKind),
    match: readOneOf(row, 'match', OUTCOME_MATCHES) satisfies OutcomeMatch,
    file: readString(row, 'file'),
    line: readNumber(row, 'line'),
    origin: readOneOf(row, 'origin', ['published', 'yours'] as const),
  };
}

/** Decodes one row of {@link INDICATORS_QUERY}; wording patterns are not needed to judge attainment. */
export function decodeIndicator(row: RawRow): Indicator {
  return {
    indicator_id: readString(row, 'indicator_id'),
    name_zh: readString(row, 'name_zh'),
    name_en: readString(row, 'name_en'),
    domain: readOneOf(row, 'domain', DOMAINS),
    topic: readString(row, 'topic'),
    unit: readString(row, 'unit'),
    direction: readOneOf(row, 'direction', ['higher', 'lower'] as const),
    wordings: [],
    exclude: [],
  };
}

/** Decodes one row of {@link NUMERIC_REFERENCES_QUERY}. */
export function decodeReference(row: RawRow): ReferenceRow {
  return {
    reference_id: readString(row, 'reference_id'),
    indicator_id: readNullableString(row, 'indicator_id'),
    scope: readOneOf(row, 'scope', ['national', 'provincial'] as const),
    region_zh: readString(row, 'region_zh'),
    region_en: readString(row, 'region_en'),
    kind: readOneOf(row, 'kind', ['target', 'outcome'] as const),
    comparator: readOneOf(row, 'comparator', COMPARATORS),
    value: readNullableNumber(row, 'value'),
    value_max: readNullableNumber(row, 'value_max'),
    unit: readNullableString(row, 'unit'),
    year: readNumber(row, 'year'),
    quote: readString(row, 'quote'),
    source_title: readString(row, 'source_title'),
    source_url: readString(row, 'source_url'),
    source_note: readNullableString(row, 'source_note'),
  };
}

/** Quantitative targets under all filters, every column of the record. */
export const ASSESSED_TARGETS_QUERY = defineQuery({
  name: 'outcomes.targets',
  sql: `SELECT t.* FROM targets t
WHERE ${TARGET_FILTER_SQL} AND t.comparator <> 'qualitative'
ORDER BY t.target_id`,
  bind: ({ filters }) => bindFilters(filters),
  decode: (rows) => rows.map(decodeTargetRecord),
});

/** Outcomes of the selected cities, published first, then a person's own. */
export const CITY_OUTCOMES_QUERY = defineQuery({
  name: 'outcomes.outcomes',
  sql: `SELECT o.* FROM outcomes o
WHERE ${buildListMatchSql('$1', 'o.city_id')}
ORDER BY o.origin, o.city_id, o.year, o.period, o.file, o.line`,
  bind: ({ filters }) => [filters.cities.join(',')],
  decode: (rows) => rows.map(decodeOutcomeRecord),
});

/** Every canonical indicator. */
export const INDICATORS_QUERY = defineQuery({
  name: 'outcomes.indicators',
  sql: `SELECT indicator_id, name_zh, name_en, domain, topic, unit, direction
FROM indicators ORDER BY indicator_id`,
  bind: () => [],
  decode: (rows) => rows.map(decodeIndicator),
});

/** References with a number and an indicator. */
export const NUMERIC_REFERENCES_QUERY = defineQuery({
  name: 'outcomes.references',
  sql: `SELECT r.* FROM "references" r
WHERE r.indicator_id IS NOT NULL AND r.value IS NOT NULL
ORDER BY r.reference_id`,
  bind: () => [],
  decode: (rows) => rows.map(decodeReference),
});

/** Everything the outcome views need, under the global filters, asked together. */
export const OUTCOME_QUERIES = {
  cities: CITIES_QUERY,
  targets: ASSESSED_TARGETS_QUERY,
  outcomes: CITY_OUTCOMES_QUERY,
  indicators: INDICATORS_QUERY,
  references: NUMERIC_REFERENCES_QUERY,
};
