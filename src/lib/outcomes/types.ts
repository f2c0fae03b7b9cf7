/** Shapes of the outcome, reference and city tables (see data/outcomes/README.md and docs/DATA.md). */

import type { Indicator, TargetRecord } from '../extract/types';
import type { CityRow } from '../build/reference-tables';

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

/** What an outcome or reference row is checked against. */
export interface OutcomeCatalog {
  cities: readonly Pick<CityRow, 'city_id'>[];
  indicators: readonly Pick<Indicator, 'indicator_id' | 'unit'>[];
  /** Known targets; a target_id not among them is an error. Pass [] when none are loaded. */
  targets: readonly Pick<TargetRecord, 'target_id' | 'city_id' | 'indicator_id' | 'unit' | 'comparator'>[];
}
