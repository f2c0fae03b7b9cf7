/**
 * The SQL of the "Compare by domain" and "Indicator detail" views: targets with their canonical indicator,
 * the indicators themselves, and the national and provincial reference targets drawn beside them.
 */

import { COMPARATORS, DOMAINS, type Domain } from '../extract/types.ts';
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
import { decodeTargetSummary, type QueryRunner, type SqlParam, type TargetSummary } from './queries.ts';

// Fragments are built from column names only, once, at module load.
function buildListMatchSql(param: string, column: string): string {
  return `(${param} = '' OR list_contains(string_split(${param}, ','), ${column}))`;
}

const YEAR_RANGE_SQL = `($3::INTEGER IS NULL OR t.target_year >= $3::INTEGER)
  AND ($4::INTEGER IS NULL OR t.target_year <= $4::INTEGER)`;

const DOMAIN_ORDER_SQL = `list_position(['${DOMAINS.join("', '")}'], i.domain)`;

/** The columns every compared target carries: the record, its city's names and its canonical indicator. */
const COMPARED_TARGET_COLUMNS_SQL = `t.target_id, t.doc_id, t.city_id,
  coalesce(c.name_zh, d.city_zh) AS city_zh, coalesce(c.name_en, d.city_en) AS city_en,
  t.domain, t.indicator_id, i.name_zh AS indicator_name_zh, i.name_en AS indicator_name_en,
  i.unit AS indicator_unit, t.indicator_zh, t.indicator_en, t.comparator, t.value, t.value_max, t.unit,
  t.unit_zh, t.target_year, t.year_basis, t.is_new_count, t.lead_department, t.quote`;

const COMPARED_TARGET_JOINS_SQL = `JOIN documents d ON d.doc_id = t.doc_id
LEFT JOIN cities c ON c.city_id = t.city_id
LEFT JOIN indicators i ON i.indicator_id = t.indicator_id`;

/** One target as the comparison views show it. */
export interface ComparedTargetRow extends TargetSummary {
  targetId: string;
  docId: string;
  cityId: string;
  /** The city's name from `cities`, else as the document gives it. */
  cityZh: string;
  cityEn: string;
  /** The canonical indicator, or null when no canonical indicator matches the wording. */
  indicatorId: string | null;
  indicatorNameZh: string | null;
  indicatorNameEn: string | null;
  /** The canonical indicator's unit; a target may state another (e.g. a growth rate in % of a count). */
  indicatorUnit: string | null;
  yearBasis: 'explicit' | 'section' | 'document';
  /** Additional counts (新增) rather than stocks. */
  isNewCount: boolean;
}

/** Decodes one row of {@link DOMAIN_TARGETS_SQL} or {@link INDICATOR_TARGETS_SQL}. */
export function decodeComparedTargetRow(row: RawRow): ComparedTargetRow {
  return {
    ...decodeTargetSummary(row),
    targetId: readString(row, 'target_id'),
    docId: readString(row, 'doc_id'),
    cityId: readString(row, 'city_id'),
    cityZh: readString(row, 'city_zh'),
    cityEn: readString(row, 'city_en'),
    indicatorId: readNullableString(row, 'indicator_id'),
    indicatorNameZh: readNullableString(row, 'indicator_name_zh'),
    indicatorNameEn: readNullableString(row, 'indicator_name_en'),
    indicatorUnit: readNullableString(row, 'indicator_unit'),
    yearBasis: readOneOf(row, 'year_basis', ['explicit', 'section', 'document'] as const),
    isNewCount: readBoolean(row, 'is_new_count'),
  };
}

// ---------------------------------------------------------------------------------------------------------

/**
 * Every quantitative target of one domain (`$2`) in the selected cities (`$1`) and target years (`$3`,
 * `$4`). Targets with a canonical indicator come first, indicators set by more cities first (then more
 * targets, then by id), each indicator's targets by target year and city; targets without one follow in
 * document order.
 */
export const DOMAIN_TARGETS_SQL = `WITH picked AS (
  SELECT t.* FROM targets t
  WHERE t.comparator <> 'qualitative' AND t.domain = $2
    AND ${buildListMatchSql('$1', 't.city_id')} AND ${YEAR_RANGE_SQL}
), ranked AS (
  SELECT indicator_id, count(DISTINCT city_id) AS city_count, count(*) AS target_count
  FROM picked WHERE indicator_id IS NOT NULL GROUP BY indicator_id
)
SELECT ${COMPARED_TARGET_COLUMNS_SQL}
FROM picked t
${COMPARED_TARGET_JOINS_SQL}
LEFT JOIN ranked r ON r.indicator_id = t.indicator_id
ORDER BY t.indicator_id IS NULL, r.city_count DESC, r.target_count DESC, t.indicator_id,
  t.target_year NULLS LAST, t.city_id, t.target_id`;

/** The quantitative targets of one domain, for the domain comparison; `domain` overrides the filter's list. */
export async function queryDomainTargets(
  db: QueryRunner,
  filters: Filters,
  domain: Domain,
): Promise<ComparedTargetRow[]> {
  const params: SqlParam[] = [filters.cities.join(','), domain, filters.yearFrom, filters.yearTo];
  return (await db.run(DOMAIN_TARGETS_SQL, params)).map(decodeComparedTargetRow);
}

// ---------------------------------------------------------------------------------------------------------

/**
 * Every record of one canonical indicator (`$2`), qualitative commitments included, in the selected cities
 * (`$1`) and target years (`$3`, `$4`), by target year, city and document order. The domain filter does not
 * apply: the indicator belongs to one domain and was chosen by name.
 */
export const INDICATOR_TARGETS_SQL = `SELECT ${COMPARED_TARGET_COLUMNS_SQL}
FROM targets t
${COMPARED_TARGET_JOINS_SQL}
WHERE t.indicator_id = $2 AND ${buildListMatchSql('$1', 't.city_id')} AND ${YEAR_RANGE_SQL}
ORDER BY t.target_year NULLS LAST, t.city_id, t.target_id`;

/** The records of one indicator, for its detail page. */
export async function queryIndicatorTargets(
  db: QueryRunner,
  filters: Filters,
  indicatorId: string,
): Promise<ComparedTargetRow[]> {
  const params: SqlParam[] = [filters.cities.join(','), indicatorId, filters.yearFrom, filters.yearTo];
  return (await db.run(INDICATOR_TARGETS_SQL, params)).map(decodeComparedTargetRow);
}

// ---------------------------------------------------------------------------------------------------------

/**
 * Every canonical indicator with how many records and cities it has under the city (`$1`) and year (`$2`,
 * `$3`) filters (zero included), by domain, then cities, then records, then id.
 */
export const INDICATOR_LIST_SQL = `SELECT i.indicator_id, i.name_zh, i.name_en, i.domain, i.unit, i.direction,
  count(t.target_id)::INTEGER AS target_count,
  count(DISTINCT t.city_id)::INTEGER AS city_count
FROM indicators i
LEFT JOIN targets t ON t.indicator_id = i.indicator_id AND ${buildListMatchSql('$1', 't.city_id')}
  AND ($2::INTEGER IS NULL OR t.target_year >= $2::INTEGER)
  AND ($3::INTEGER IS NULL OR t.target_year <= $3::INTEGER)
GROUP BY i.indicator_id, i.name_zh, i.name_en, i.domain, i.unit, i.direction
ORDER BY ${DOMAIN_ORDER_SQL}, city_count DESC, target_count DESC, i.indicator_id`;

/** One indicator of {@link INDICATOR_LIST_SQL}. */
export interface IndicatorListRow {
  indicatorId: string;
  nameZh: string;
  nameEn: string;
  domain: Domain;
  unit: string;
  direction: 'higher' | 'lower';
  /** Records (quantitative and qualitative) under the city and year filters. */
  targetCount: number;
  cityCount: number;
}

/** Decodes one row of {@link INDICATOR_LIST_SQL}. */
export function decodeIndicatorListRow(row: RawRow): IndicatorListRow {
  return {
    indicatorId: readString(row, 'indicator_id'),
    nameZh: readString(row, 'name_zh'),
    nameEn: readString(row, 'name_en'),
    domain: readOneOf(row, 'domain', DOMAINS),
    unit: readString(row, 'unit'),
    direction: readOneOf(row, 'direction', ['higher', 'lower'] as const),
    targetCount: readNumber(row, 'target_count'),
    cityCount: readNumber(row, 'city_count'),
  };
}

/** The canonical indicators, for the indicator picker and titles. */
export async function queryIndicatorList(db: QueryRunner, filters: Filters): Promise<IndicatorListRow[]> {
  const params: SqlParam[] = [filters.cities.join(','), filters.yearFrom, filters.yearTo];
  return (await db.run(INDICATOR_LIST_SQL, params)).map(decodeIndicatorListRow);
}

// ---------------------------------------------------------------------------------------------------------

/**
 * National and provincial reference targets with a number, for the indicators of one domain (`$1`, '' for
 * any) or one indicator (`$2`, '' for any), in the year range (`$3`, `$4`). National first, then by year.
 */
export const REFERENCE_TARGETS_SQL = `SELECT r.reference_id, r.indicator_id, r.scope, r.region_zh, r.region_en,
  r.comparator, r.value, r.value_max, r.unit, r.year, r.quote, r.source_title
FROM "references" r
JOIN indicators i ON i.indicator_id = r.indicator_id
WHERE r.kind = 'target' AND r.value IS NOT NULL
  AND ($1 = '' OR i.domain = $1) AND ($2 = '' OR r.indicator_id = $2)
  AND ($3::INTEGER IS NULL OR r.year >= $3::INTEGER)
  AND ($4::INTEGER IS NULL OR r.year <= $4::INTEGER)
ORDER BY r.indicator_id, r.scope = 'provincial', r.year, r.region_en, r.reference_id`;

/** One reference target of {@link REFERENCE_TARGETS_SQL}. */
export interface ReferenceTargetRow {
  referenceId: string;
  indicatorId: string;
  scope: 'national' | 'provincial';
  regionZh: string;
  regionEn: string;
  comparator: TargetSummary['comparator'];
  value: number;
  valueMax: number | null;
  unit: string | null;
  year: number | null;
  quote: string;
  sourceTitle: string;
}

/** Decodes one row of {@link REFERENCE_TARGETS_SQL}. */
export function decodeReferenceTargetRow(row: RawRow): ReferenceTargetRow {
  return {
    referenceId: readString(row, 'reference_id'),
    indicatorId: readString(row, 'indicator_id'),
    scope: readOneOf(row, 'scope', ['national', 'provincial'] as const),
    regionZh: readString(row, 'region_zh'),
    regionEn: readString(row, 'region_en'),
    comparator: readOneOf(row, 'comparator', COMPARATORS),
    value: readNumber(row, 'value'),
    valueMax: readNullableNumber(row, 'value_max'),
    unit: readNullableString(row, 'unit'),
    year: readNullableNumber(row, 'year'),
    quote: readString(row, 'quote'),
    sourceTitle: readString(row, 'source_title'),
  };
}

/** What the reference targets are looked up by: a domain, or one indicator. */
export interface ReferenceScope {
  domain?: Domain;
  indicatorId?: string;
}

/** The numeric reference targets for a domain's or an indicator's chart, under the year range. */
export async function queryReferenceTargets(
  db: QueryRunner,
  filters: Filters,
  scope: ReferenceScope,
): Promise<ReferenceTargetRow[]> {
  const params: SqlParam[] = [scope.domain ?? '', scope.indicatorId ?? '', filters.yearFrom, filters.yearTo];
  return (await db.run(REFERENCE_TARGETS_SQL, params)).map(decodeReferenceTargetRow);
}
