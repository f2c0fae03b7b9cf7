/**
 * The "Compare by domain" view's queries: every quantitative target of one domain with its canonical
 * indicator, and the national and provincial reference targets drawn beside them. The target and reference
 * row types are shared with Indicator detail.
 */

import { COMPARATORS, DOMAINS, type Domain } from '../../extract/types.ts';
import {
  readBoolean,
  readNullableNumber,
  readNullableString,
  readNumber,
  readOneOf,
  readString,
  type RawRow,
} from '../fields.ts';
import { defineQuery, type ViewState } from '../query.ts';
import type { Origin } from '../setup.ts';
import { buildListMatchSql } from '../sql.ts';
import { decodeTargetSummary, readOrigin, type TargetSummary } from './shared.ts';

/** The target years of `targets t` between `$3` and `$4` (null = open). */
export const YEAR_RANGE_SQL = `($3::INTEGER IS NULL OR t.target_year >= $3::INTEGER)
  AND ($4::INTEGER IS NULL OR t.target_year <= $4::INTEGER)`;

/** The columns every compared target carries: the record, its city's names and its canonical indicator. */
export const COMPARED_TARGET_COLUMNS_SQL = `t.target_id, t.doc_id, t.city_id,
  coalesce(c.name_zh, d.city_zh) AS city_zh, coalesce(c.name_en, d.city_en) AS city_en,
  t.domain, t.indicator_id, i.name_zh AS indicator_name_zh, i.name_en AS indicator_name_en,
  i.unit AS indicator_unit, t.indicator_zh, t.indicator_en, t.comparator, t.value, t.value_max, t.unit,
  t.unit_zh, t.target_year, t.year_basis, t.is_new_count, t.lead_department, t.quote, t.origin`;

/** The joins {@link COMPARED_TARGET_COLUMNS_SQL} needs. */
export const COMPARED_TARGET_JOINS_SQL = `JOIN documents d ON d.doc_id = t.doc_id
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
  /** 'yours' for a person's own record. */
  origin: Origin;
}

/** Decodes one row of a compared-target query. */
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
    origin: readOrigin(row),
  };
}

/** The domain Compare shows: the first the domain filter names, else the first domain. */
export function pickComparedDomain({ filters }: ViewState): Domain {
  return filters.domains[0] ?? (DOMAINS[0] as Domain);
}

/**
 * Every quantitative target of the domain shown, in the selected cities and target years. Targets with a
 * canonical indicator come first, indicators set by more cities first (then more targets, then by id), each
 * indicator's targets by target year, city and document order; targets without one follow, in that order too.
 */
export const DOMAIN_TARGETS_QUERY = defineQuery({
  name: 'compare.targets',
  sql: `WITH picked AS (
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
  t.target_year NULLS LAST, t.city_id, t.target_id`,
  bind: (state) => [
    state.filters.cities.join(','),
    pickComparedDomain(state),
    state.filters.yearFrom,
    state.filters.yearTo,
  ],
  decode: (rows) => rows.map(decodeComparedTargetRow),
});

/** One reference target of a reference-target query. */
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

/** Decodes one row of a reference-target query. */
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

/** The columns of a reference target, for a query over `"references" r`. */
export const REFERENCE_TARGET_COLUMNS_SQL = `r.reference_id, r.indicator_id, r.scope, r.region_zh, r.region_en,
  r.comparator, r.value, r.value_max, r.unit, r.year, r.quote, r.source_title`;

/** National first, then provincial, each by year. */
export const REFERENCE_ORDER_SQL = `r.indicator_id, r.scope = 'provincial', r.year, r.region_en, r.reference_id`;

/**
 * National and provincial reference targets with a number for the indicators of the domain shown (`$1`), in
 * the year range (`$2`, `$3`).
 */
export const DOMAIN_REFERENCES_QUERY = defineQuery({
  name: 'compare.references',
  sql: `SELECT ${REFERENCE_TARGET_COLUMNS_SQL}
FROM "references" r
JOIN indicators i ON i.indicator_id = r.indicator_id
WHERE r.kind = 'target' AND r.value IS NOT NULL AND i.domain = $1
  AND ($2::INTEGER IS NULL OR r.year >= $2::INTEGER)
  AND ($3::INTEGER IS NULL OR r.year <= $3::INTEGER)
ORDER BY ${REFERENCE_ORDER_SQL}`,
  bind: (state) => [pickComparedDomain(state), state.filters.yearFrom, state.filters.yearTo],
  decode: (rows) => rows.map(decodeReferenceTargetRow),
});

/** Everything Compare draws, asked together. */
export const COMPARE_QUERIES = {
  targets: DOMAIN_TARGETS_QUERY,
  references: DOMAIN_REFERENCES_QUERY,
};
