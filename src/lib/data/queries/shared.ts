/** Queries and record fields many views share: the cities with plans, and what a tooltip shows of a target. */

import {
  COMPARATORS,
  DOMAINS,
  type Comparator,
  type Domain,
  type TargetRecord,
} from '../../extract/types.ts';
import {
  readBoolean,
  readNullableNumber,
  readNullableString,
  readOneOf,
  readString,
  type RawRow,
} from '../fields.ts';
import { defineQuery } from '../query.ts';
import { ORIGINS, type Origin } from '../setup.ts';
import { buildListMatchSql } from '../sql.ts';

/** One city with plans. */
export interface CityNameRow {
  cityId: string;
  nameZh: string;
  nameEn: string;
}

/** Decodes one row of {@link CITIES_QUERY}. */
export function decodeCityNameRow(row: RawRow): CityNameRow {
  return {
    cityId: readString(row, 'city_id'),
    nameZh: readString(row, 'name_zh'),
    nameEn: readString(row, 'name_en'),
  };
}

/** The cities that have at least one plan, passing the city filter, with their names (for labels and rows). */
export const CITIES_QUERY = defineQuery({
  name: 'shared.cities',
  sql: `SELECT d.city_id,
  any_value(coalesce(c.name_zh, d.city_zh)) AS name_zh,
  any_value(coalesce(c.name_en, d.city_en)) AS name_en
FROM documents d LEFT JOIN cities c ON c.city_id = d.city_id
WHERE ${buildListMatchSql('$1', 'd.city_id')}
GROUP BY d.city_id
ORDER BY d.city_id`,
  bind: ({ filters }) => [filters.cities.join(',')],
  decode: (rows) => rows.map(decodeCityNameRow),
});

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
  /** An additional count (新增): written as new ones, not a total. */
  isNewCount: boolean;
  targetYear: number | null;
  leadDepartment: string | null;
  quote: string;
}

/** The columns of {@link TargetSummary}, for a query over `targets t`. */
export const TARGET_SUMMARY_COLUMNS_SQL = `t.domain, t.indicator_zh, t.indicator_en, t.comparator, t.value,
  t.value_max, t.unit, t.unit_zh, t.is_new_count, t.target_year, t.lead_department, t.quote`;

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
    isNewCount: readBoolean(row, 'is_new_count'),
    targetYear: readNullableNumber(row, 'target_year'),
    leadDepartment: readNullableString(row, 'lead_department'),
    quote: readString(row, 'quote'),
  };
}

/**
 * The {@link TargetSummary} of a record that never went through the engine (a draft being checked, a plan
 * being reviewed in the browser): the same fields, read from the record's own names.
 */
export function summariseTargetRecord(r: TargetRecord): TargetSummary {
  return {
    domain: r.domain,
    indicatorZh: r.indicator_zh,
    indicatorEn: r.indicator_en,
    comparator: r.comparator,
    value: r.value,
    valueMax: r.value_max,
    unit: r.unit,
    unitZh: r.unit_zh,
    isNewCount: r.is_new_count,
    targetYear: r.target_year,
    leadDepartment: r.lead_department,
    quote: r.quote,
  };
}

/** Reads the `origin` column of a row of `targets` or `documents`: 'yours' for a person's own row. */
export function readOrigin(row: RawRow): Origin {
  return readOneOf(row, 'origin', ORIGINS);
}

/** A plan's title, for the source line of an exported chart. */
export interface PlanTitleRow {
  docId: string;
  title: string;
}

/** The plans of the cities passing the city filter, by title (the doc_id where a plan has none). */
export const PLAN_TITLES_QUERY = defineQuery({
  name: 'shared.planTitles',
  sql: `SELECT d.doc_id, coalesce(d.title, d.doc_id) AS title
FROM documents d
WHERE ${buildListMatchSql('$1', 'd.city_id')}
ORDER BY d.city_id, d.issue_date NULLS LAST, d.doc_id`,
  bind: ({ filters }) => [filters.cities.join(',')],
  decode: (rows) =>
    rows.map((row): PlanTitleRow => ({ docId: readString(row, 'doc_id'), title: readString(row, 'title') })),
});
