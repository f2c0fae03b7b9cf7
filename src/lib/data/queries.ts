/**
 * Every SQL query the dashboard runs, one typed function each. The SQL strings are constants (exported, so
 * tests can EXPLAIN and run them against the published Parquet); user input only ever arrives as bound
 * parameters. Each result is decoded once into one row type per query.
 */

import { COMPARATORS, DOMAINS, type Comparator, type Domain } from '../extract/types.ts';
import type { Filters } from '../state/url.ts';
import {
  readBoolean,
  readNullableNumber,
  readNullableString,
  readNumber,
  readOneOf,
  readString,
  type RawRow,
} from './fields.ts';

/** A value bound to a `$n` parameter. */
export type SqlParam = string | number | boolean | null;

/** Runs one parameterised statement and returns plain rows; implemented by the DuckDB-WASM connector and by tests. */
export interface QueryRunner {
  run(sql: string, params: readonly SqlParam[]): Promise<RawRow[]>;
}

/**
 * The four parameters every filtered query takes, in this order:
 * `$1` city ids joined by commas ('' = all), `$2` domains joined by commas ('' = all), `$3` first and `$4`
 * last target year (null = open).
 */
export function buildFilterParams(filters: Filters): SqlParam[] {
  return [filters.cities.join(','), filters.domains.join(','), filters.yearFrom, filters.yearTo];
}

// Fragments are built from column names only, once, at module load.
function buildListMatchSql(param: string, column: string): string {
  return `(${param} = '' OR list_contains(string_split(${param}, ','), ${column}))`;
}

const TARGET_FILTER_SQL = `${buildListMatchSql('$1', 't.city_id')}
  AND ${buildListMatchSql('$2', 't.domain')}
  AND ($3::INTEGER IS NULL OR t.target_year >= $3::INTEGER)
  AND ($4::INTEGER IS NULL OR t.target_year <= $4::INTEGER)`;

/** The year a plan's timeline starts: its issue year, else the year of its issue date, else its first horizon. */
const PLAN_START_YEAR_SQL = `coalesce(d.issue_year, TRY_CAST(left(d.issue_date, 4) AS INTEGER),
  list_min(CAST(string_split(d.horizon_years, ';') AS INTEGER[])))`;

const PLAN_FILTER_SQL = `${buildListMatchSql('$1', 'd.city_id')}
  AND ($3::INTEGER IS NULL OR d.horizon_year >= $3::INTEGER)
  AND ($4::INTEGER IS NULL OR ${PLAN_START_YEAR_SQL} <= $4::INTEGER)`;

/** A record is specific when it has a number, a target year and a named lead department. */
const IS_SPECIFIC_SQL = `(t.value IS NOT NULL AND t.target_year IS NOT NULL
  AND t.lead_department IS NOT NULL AND t.lead_department <> '')`;

// ---------------------------------------------------------------------------------------------------------

/** The cities that have at least one plan, passing the city filter (`$1`), with their names. */
export const CITIES_SQL = `SELECT d.city_id,
  any_value(coalesce(c.name_zh, d.city_zh)) AS name_zh,
  any_value(coalesce(c.name_en, d.city_en)) AS name_en
FROM documents d LEFT JOIN cities c ON c.city_id = d.city_id
WHERE ${buildListMatchSql('$1', 'd.city_id')}
GROUP BY d.city_id
ORDER BY d.city_id`;

/** One city of {@link CITIES_SQL}. */
export interface CityNameRow {
  cityId: string;
  nameZh: string;
  nameEn: string;
}

/** Decodes one row of {@link CITIES_SQL}. */
export function decodeCityNameRow(row: RawRow): CityNameRow {
  return {
    cityId: readString(row, 'city_id'),
    nameZh: readString(row, 'name_zh'),
    nameEn: readString(row, 'name_en'),
  };
}

/** The cities with plans, for labels and the city filter. */
export async function queryCities(db: QueryRunner, filters: Filters): Promise<CityNameRow[]> {
  return (await db.run(CITIES_SQL, [filters.cities.join(',')])).map(decodeCityNameRow);
}

// ---------------------------------------------------------------------------------------------------------

/** Quantitative targets and qualitative commitments per city and domain, under all filters. */
export const CITY_DOMAIN_COUNTS_SQL = `SELECT t.city_id, t.domain,
  count(*) FILTER (WHERE t.comparator <> 'qualitative')::INTEGER AS quantitative_count,
  count(*) FILTER (WHERE t.comparator = 'qualitative')::INTEGER AS qualitative_count,
  min(t.target_year) AS first_target_year,
  max(t.target_year) AS last_target_year
FROM targets t
WHERE ${TARGET_FILTER_SQL}
GROUP BY t.city_id, t.domain
ORDER BY t.city_id, t.domain`;

/** One city × domain cell of {@link CITY_DOMAIN_COUNTS_SQL}; cells without records are absent. */
export interface CityDomainCountRow {
  cityId: string;
  domain: Domain;
  quantitativeCount: number;
  qualitativeCount: number;
  firstTargetYear: number | null;
  lastTargetYear: number | null;
}

/** Decodes one row of {@link CITY_DOMAIN_COUNTS_SQL}. */
export function decodeCityDomainCountRow(row: RawRow): CityDomainCountRow {
  return {
    cityId: readString(row, 'city_id'),
    domain: readOneOf(row, 'domain', DOMAINS),
    quantitativeCount: readNumber(row, 'quantitative_count'),
    qualitativeCount: readNumber(row, 'qualitative_count'),
    firstTargetYear: readNullableNumber(row, 'first_target_year'),
    lastTargetYear: readNullableNumber(row, 'last_target_year'),
  };
}

/** Counts per city and domain, for the Overview matrix. */
export async function queryCityDomainCounts(
  db: QueryRunner,
  filters: Filters,
): Promise<CityDomainCountRow[]> {
  return (await db.run(CITY_DOMAIN_COUNTS_SQL, buildFilterParams(filters))).map(decodeCityDomainCountRow);
}

// ---------------------------------------------------------------------------------------------------------

/**
 * Each plan of the selected cities whose span (start year to last horizon) meets the year range, with the
 * counts of its records in the selected domains. The year range does not filter the records here: having a
 * target year is part of the specificity score.
 */
export const PLAN_SUMMARIES_SQL = `SELECT d.doc_id, d.city_id,
  coalesce(c.name_zh, d.city_zh) AS city_zh, coalesce(c.name_en, d.city_en) AS city_en, d.title, d.kind,
  d.issue_date, d.issue_year, d.horizon_years, d.horizon_year,
  ${PLAN_START_YEAR_SQL} AS start_year,
  count(t.target_id)::INTEGER AS record_count,
  count(t.target_id) FILTER (WHERE t.comparator <> 'qualitative')::INTEGER AS quantitative_count,
  count(t.target_id) FILTER (WHERE t.comparator = 'qualitative')::INTEGER AS qualitative_count,
  count(t.target_id) FILTER (WHERE ${IS_SPECIFIC_SQL})::INTEGER AS specific_count
FROM documents d
LEFT JOIN cities c ON c.city_id = d.city_id
LEFT JOIN targets t ON t.doc_id = d.doc_id AND ${buildListMatchSql('$2', 't.domain')}
WHERE ${PLAN_FILTER_SQL}
GROUP BY ALL
ORDER BY start_year, d.issue_date NULLS FIRST, d.doc_id`;

/** One plan of {@link PLAN_SUMMARIES_SQL}. */
export interface PlanSummaryRow {
  docId: string;
  cityId: string;
  /** The city's name from `cities`, else as the document gives it. */
  cityZh: string;
  cityEn: string;
  title: string | null;
  kind: string | null;
  /** `YYYY-MM-DD`, or null when the document gives none. */
  issueDate: string | null;
  issueYear: number | null;
  /** Every horizon year the plan names, ascending. */
  horizonYears: number[];
  /** The last horizon year. */
  horizonYear: number | null;
  /** Where the timeline starts: the issue year, else the year of the issue date, else the first horizon. */
  startYear: number;
  /** Records (targets and qualitative commitments) in the selected domains. */
  recordCount: number;
  quantitativeCount: number;
  qualitativeCount: number;
  /** Records with a number, a target year and a lead department. */
  specificCount: number;
}

/** Reads `documents.horizon_years` (`2015;2020`) as ascending years. */
export function parseHorizonYears(value: string): number[] {
  return value
    .split(';')
    .map((part) => Number(part.trim()))
    .filter((year) => Number.isInteger(year) && year > 0)
    .sort((a, b) => a - b);
}

/** Decodes one row of {@link PLAN_SUMMARIES_SQL}. */
export function decodePlanSummaryRow(row: RawRow): PlanSummaryRow {
  return {
    docId: readString(row, 'doc_id'),
    cityId: readString(row, 'city_id'),
    cityZh: readString(row, 'city_zh'),
    cityEn: readString(row, 'city_en'),
    title: readNullableString(row, 'title'),
    kind: readNullableString(row, 'kind'),
    issueDate: readNullableString(row, 'issue_date'),
    issueYear: readNullableNumber(row, 'issue_year'),
    horizonYears: parseHorizonYears(readString(row, 'horizon_years')),
    horizonYear: readNullableNumber(row, 'horizon_year'),
    startYear: readNumber(row, 'start_year'),
    recordCount: readNumber(row, 'record_count'),
    quantitativeCount: readNumber(row, 'quantitative_count'),
    qualitativeCount: readNumber(row, 'qualitative_count'),
    specificCount: readNumber(row, 'specific_count'),
  };
}

/** Plans with their record counts, for the Overview timeline and specificity scores. */
export async function queryPlanSummaries(db: QueryRunner, filters: Filters): Promise<PlanSummaryRow[]> {
  return (await db.run(PLAN_SUMMARIES_SQL, buildFilterParams(filters))).map(decodePlanSummaryRow);
}

// ---------------------------------------------------------------------------------------------------------

/**
 * Every record of the selected cities' plans in the selected domains (the year range does not apply, as in
 * {@link PLAN_SUMMARIES_SQL}), with what a tooltip shows and which parts of specificity it has. Ordered per
 * plan: specific records first, then by domain, then in document order.
 */
export const PLAN_RECORDS_SQL = `SELECT t.target_id, t.doc_id, t.domain, t.indicator_zh, t.indicator_en,
  t.comparator, t.value, t.value_max, t.unit, t.unit_zh, t.target_year, t.lead_department, t.quote,
  t.value IS NOT NULL AS has_number,
  t.target_year IS NOT NULL AS has_target_year,
  (t.lead_department IS NOT NULL AND t.lead_department <> '') AS has_lead_department,
  ${IS_SPECIFIC_SQL} AS is_specific
FROM targets t
WHERE ${buildListMatchSql('$1', 't.city_id')} AND ${buildListMatchSql('$2', 't.domain')}
ORDER BY t.doc_id, is_specific DESC,
  list_position(['${DOMAINS.join("', '")}'], t.domain), t.target_id`;

/**
 * What any query returning target records should carry so a tooltip can show the promise exactly:
 * indicator, comparator, value(s), unit, target year, lead department and source sentence.
 */
export interface TargetSummary {
  domain: Domain;
  indicatorZh: string;
  indicatorEn: string;
  comparator: Comparator;
  value: number | null;
  valueMax: number | null;
  unit: string | null;
  unitZh: string | null;
  targetYear: number | null;
  leadDepartment: string | null;
  quote: string;
}

/** The {@link TargetSummary} fields of a row that selects them under their column names. */
export function decodeTargetSummary(row: RawRow): TargetSummary {
  return {
    domain: readOneOf(row, 'domain', DOMAINS),
    indicatorZh: readString(row, 'indicator_zh'),
    indicatorEn: readString(row, 'indicator_en'),
    comparator: readOneOf(row, 'comparator', COMPARATORS),
    value: readNullableNumber(row, 'value'),
    valueMax: readNullableNumber(row, 'value_max'),
    unit: readNullableString(row, 'unit'),
    unitZh: readNullableString(row, 'unit_zh'),
    targetYear: readNullableNumber(row, 'target_year'),
    leadDepartment: readNullableString(row, 'lead_department'),
    quote: readString(row, 'quote'),
  };
}

/** One record of {@link PLAN_RECORDS_SQL}. */
export interface PlanRecordRow extends TargetSummary {
  targetId: string;
  docId: string;
  hasNumber: boolean;
  hasTargetYear: boolean;
  hasLeadDepartment: boolean;
  /** All three at once: the record counts towards its plan's specificity score. */
  isSpecific: boolean;
}

/** Decodes one row of {@link PLAN_RECORDS_SQL}. */
export function decodePlanRecordRow(row: RawRow): PlanRecordRow {
  return {
    ...decodeTargetSummary(row),
    targetId: readString(row, 'target_id'),
    docId: readString(row, 'doc_id'),
    hasNumber: readBoolean(row, 'has_number'),
    hasTargetYear: readBoolean(row, 'has_target_year'),
    hasLeadDepartment: readBoolean(row, 'has_lead_department'),
    isSpecific: readBoolean(row, 'is_specific'),
  };
}

/** The records behind each plan's specificity score, one mark each. */
export async function queryPlanRecords(db: QueryRunner, filters: Filters): Promise<PlanRecordRow[]> {
  // The year range ($3, $4) does not apply to these records.
  return (await db.run(PLAN_RECORDS_SQL, buildFilterParams(filters).slice(0, 2))).map(decodePlanRecordRow);
}

// ---------------------------------------------------------------------------------------------------------

/** The headline numbers: plans and cities as in {@link PLAN_SUMMARIES_SQL}, records under all filters. */
export const HEADLINE_SQL = `WITH plans AS (
  SELECT d.doc_id, d.city_id FROM documents d WHERE ${PLAN_FILTER_SQL}
), records AS (
  SELECT t.comparator, t.target_year FROM targets t WHERE ${TARGET_FILTER_SQL}
)
SELECT
  (SELECT count(*) FROM plans)::INTEGER AS plan_count,
  (SELECT count(DISTINCT city_id) FROM plans)::INTEGER AS city_count,
  (SELECT count(*) FILTER (WHERE comparator <> 'qualitative') FROM records)::INTEGER AS quantitative_count,
  (SELECT count(*) FILTER (WHERE comparator = 'qualitative') FROM records)::INTEGER AS qualitative_count,
  (SELECT min(target_year) FROM records) AS first_target_year,
  (SELECT max(target_year) FROM records) AS last_target_year`;

/** The single row of {@link HEADLINE_SQL}. */
export interface HeadlineRow {
  planCount: number;
  cityCount: number;
  quantitativeCount: number;
  qualitativeCount: number;
  firstTargetYear: number | null;
  lastTargetYear: number | null;
}

/** Decodes the row of {@link HEADLINE_SQL}. */
export function decodeHeadlineRow(row: RawRow): HeadlineRow {
  return {
    planCount: readNumber(row, 'plan_count'),
    cityCount: readNumber(row, 'city_count'),
    quantitativeCount: readNumber(row, 'quantitative_count'),
    qualitativeCount: readNumber(row, 'qualitative_count'),
    firstTargetYear: readNullableNumber(row, 'first_target_year'),
    lastTargetYear: readNullableNumber(row, 'last_target_year'),
  };
}

/** The Overview's headline numbers. */
export async function queryHeadline(db: QueryRunner, filters: Filters): Promise<HeadlineRow> {
  const [row] = await db.run(HEADLINE_SQL, buildFilterParams(filters));
  if (row === undefined) throw new Error('headline query returned no row');
  return decodeHeadlineRow(row);
}
