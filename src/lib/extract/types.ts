/** Shapes shared by the extraction pipeline, the build scripts and the dashboard. */

export type Domain = 'product' | 'engineering' | 'service' | 'environment' | 'foundation';

export const DOMAINS: readonly Domain[] = ['product', 'engineering', 'service', 'environment', 'foundation'];

export type Comparator = '>=' | '=' | '<=' | '~' | 'range' | 'increase_by' | 'decrease_by' | 'qualitative';

export const COMPARATORS: readonly Comparator[] = [
  '>=',
  '=',
  '<=',
  '~',
  'range',
  'increase_by',
  'decrease_by',
  'qualitative',
];

export type YearBasis = 'explicit' | 'section' | 'document';

/** The years a target can be set for: the plans are from the 2000s; an earlier year states the past. */
export const FIRST_TARGET_YEAR = 1990;
export const LAST_TARGET_YEAR = 2100;

/** Can `year` be a target year? */
export function isTargetYear(year: number): boolean {
  return year >= FIRST_TARGET_YEAR && year <= LAST_TARGET_YEAR;
}

export type Review = 'auto' | 'reviewed' | 'corrected';

/** One target or qualitative commitment, with the exact field names of the target spec. */
export interface TargetRecord {
  target_id: string;
  doc_id: string;
  city_id: string;
  domain: Domain;
  topic: string;
  indicator_id: string | null;
  indicator_zh: string;
  indicator_en: string;
  comparator: Comparator;
  value: number | null;
  value_max: number | null;
  unit: string | null;
  unit_zh: string | null;
  target_year: number | null;
  year_basis: YearBasis;
  is_new_count: boolean;
  quote: string;
  quote_start: number;
  quote_end: number;
  section: string;
  lead_department: string | null;
  review: Review;
}

/** A canonical indicator: a quantity that several cities' targets can be compared on. */
export interface Indicator {
  indicator_id: string;
  name_zh: string;
  name_en: string;
  domain: Domain;
  topic: string;
  unit: string;
  direction: 'higher' | 'lower';
  /** Regular expressions matched against the simplified wording of a target's indicator. */
  wordings: string[];
  exclude: string[];
}
