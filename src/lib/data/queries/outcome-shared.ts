/**
 * What the three outcome views (Target vs outcome, Attainment, Planner) ask alike: the cities, the date
 * attainment was judged at, and how an outcome row, a target record and an indicator are decoded. Attainment
 * itself is a table (`attainment`, judged once by src/lib/outcomes/attainment.ts); the views read it in SQL.
 */

import { COMPARATORS, DOMAINS, type Indicator, type TargetRecord } from '../../extract/types.ts';
import { STATUS_ORDER, type AttainmentStatus } from '../../outcomes/attainment.ts';
import type { JudgementDate, Origin } from '../../outcomes/attainment-table.ts';
import type { ProgressStatus } from '../../outcomes/progress.ts';
import {
  OUTCOME_MATCHES,
  SOURCE_KINDS,
  type OutcomeMatch,
  type OutcomeRow,
  type SourceKind,
} from '../../outcomes/types.ts';
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
import { CITIES_QUERY } from './shared.ts';

export type { Origin };

/** Where a row comes from, as the `origin` column says. */
export const ORIGINS: readonly Origin[] = ['published', 'yours'];

/** An outcome row, its key, the curators' words in Chinese (published rows only) and where it comes from. */
export interface OutcomeRecord extends OutcomeRow {
  source_title_zh: string | null;
  notes_zh: string | null;
  caveat_zh: string | null;
  outcomeKey: string;
  origin: Origin;
}

const OUTCOME_COLUMNS = [
  'city_id',
  'indicator_id',
  'target_id',
  'indicator_zh',
  'indicator_en',
  'year',
  'period',
  'value',
  'unit',
  'as_of',
  'source_title',
  'source_url',
  'quote',
  'notes',
  'caveat',
  'source_kind',
  'match',
  'file',
  'line',
  'source_title_zh',
  'notes_zh',
  'caveat_zh',
  'outcome_key',
  'origin',
];

/** The columns of an {@link OutcomeRecord}, for a query over `outcomes` (or a CTE of it) under `alias`. */
export function buildOutcomeColumnsSql(alias: string): string {
  return OUTCOME_COLUMNS.map((column) => `${alias}.${column}`).join(', ');
}

/** Decodes the columns {@link buildOutcomeColumnsSql} selects. */
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
    source_title_zh: readNullableString(row, 'source_title_zh'),
    notes_zh: readNullableString(row, 'notes_zh'),
    caveat_zh: readNullableString(row, 'caveat_zh'),
    outcomeKey: readString(row, 'outcome_key'),
    origin: readOneOf(row, 'origin', ORIGINS),
  };
}

/** Decodes a row holding every column of `targets` into the record the attainment rule reads. */
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

/** Decodes a row of `indicators`; wording patterns are not needed to judge attainment. */
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

/** Reads a status column. */
export function readStatus(row: RawRow, column: string): AttainmentStatus {
  return readOneOf(row, column, STATUS_ORDER);
}

/** The progress statuses, as the `progress_status` column holds them. */
export const PROGRESS_STATUSES: readonly ProgressStatus[] = [
  'target_achieved',
  'substantial_progress',
  'moderate_progress',
  'limited_progress',
  'deterioration',
];

/** The date attainment was judged at (the same in every row of the published table). */
export const JUDGEMENT_QUERY = defineQuery({
  name: 'outcomes.judgement',
  sql: `SELECT any_value(dataset_date) AS dataset_date, any_value(latest_outcome_year) AS latest_outcome_year
FROM published.attainment`,
  bind: () => [],
  decode: (rows): JudgementDate => {
    const [row] = rows;
    if (row === undefined || row['dataset_date'] === null)
      throw new Error('the published attainment has no date');
    return {
      datasetDate: readString(row, 'dataset_date'),
      latestOutcomeYear: readNumber(row, 'latest_outcome_year'),
    };
  },
});

/** What every outcome view asks besides its own queries: the cities and the judgement date. */
export const OUTCOME_BASE_QUERIES = {
  cities: CITIES_QUERY,
  judgement: JUDGEMENT_QUERY,
};
