/** Shapes of the outcome, reference and city tables (see data/outcomes/README.md and docs/DATA.md). */

import type { Comparator, Indicator, TargetRecord } from '../extract/types';

/** How well an outcome figure measures the indicator it is filed under, for the city's plan. */
export type OutcomeMatch = 'exact' | 'approximate' | 'different_definition' | 'context';

export const OUTCOME_MATCHES: readonly OutcomeMatch[] = [
  'exact',
  'approximate',
  'different_definition',
  'context',
];

/** Only these may decide whether a target was met; the others are shown as context only. */
export const ASSESSING_MATCHES: readonly OutcomeMatch[] = ['exact', 'approximate'];

/** What kind of address the figure was read at. */
export type SourceKind = 'official' | 'mirror' | 'reprint' | 'forum';

export const SOURCE_KINDS: readonly SourceKind[] = ['official', 'mirror', 'reprint', 'forum'];

/** One city outcome: a published figure for a city, an indicator (or a city-specific target) and a period. */
export interface OutcomeRow {
  city_id: string;
  /** Canonical indicator; null only when the row is filed under a city-specific target (target_id). */
  indicator_id: string | null;
  target_id: string | null;
  /** The quantity as worded in the source. */
  indicator_zh: string | null;
  indicator_en: string | null;
  year: number;
  /** `annual`, `monthly YYYY-MM` or `quarterly YYYY-Qn`. Only `annual` rows can assess a target. */
  period: string;
  value: number;
  /** Always the indicator's unit (or the target's, for target_id rows). */
  unit: string;
  /** For stocks counted at a date that is not the year end: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
  as_of: string | null;
  source_title: string;
  source_url: string | null;
  quote: string | null;
  notes: string | null;
  /** The caveat recorded with the figure, verbatim. */
  caveat: string | null;
  source_kind: SourceKind | null;
  match: OutcomeMatch;
  /** Where the row came from: the file name and its 1-based line (or spreadsheet row). */
  file: string;
  line: number;
}

/** One national or provincial reference target or outcome. */
export interface ReferenceRow {
  reference_id: string;
  /** Null only for qualitative rows that no canonical indicator covers. */
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
  source_url: string;
  source_note: string | null;
  file: string;
  line: number;
}

export interface CityRow {
  city_id: string;
  name_zh: string;
  name_en: string;
  province_zh: string;
  province_en: string;
  admin_level: 'prefecture-level city' | 'autonomous prefecture';
  lat: number | null;
  lon: number | null;
  coord_source: string | null;
}

/** What an outcome or reference row is checked against. */
export interface OutcomeCatalog {
  cities: readonly Pick<CityRow, 'city_id'>[];
  indicators: readonly Pick<Indicator, 'indicator_id' | 'unit'>[];
  /** Known targets; a target_id not among them is an error. Pass [] when none are loaded. */
  targets: readonly Pick<TargetRecord, 'target_id' | 'city_id' | 'indicator_id' | 'unit' | 'comparator'>[];
}

export type IssueKind =
  | 'missing_column'
  | 'row_shape'
  | 'unknown_city'
  | 'unknown_indicator'
  | 'unknown_target'
  | 'target_mismatch'
  | 'missing_indicator'
  | 'unit_mismatch'
  | 'missing_source'
  | 'bad_url'
  | 'duplicate'
  | 'bad_value'
  | 'bad_year'
  | 'bad_period'
  | 'bad_date'
  | 'bad_enum'
  | 'missing_field';

/** One problem found in one row (line) of one file. */
export interface ValidationIssue {
  kind: IssueKind;
  file: string;
  /** 1-based line of the file (or spreadsheet row); 1 is the header. */
  line: number;
  column: string | null;
  /** Human-readable, without the file and line (formatIssue adds them). */
  message: string;
}

export interface ParseResult<Row> {
  rows: Row[];
  issues: ValidationIssue[];
}
