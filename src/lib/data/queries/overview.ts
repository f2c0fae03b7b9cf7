/**
 * The Overview's queries: headline numbers, records per city and domain, the plans on their timeline, and
 * the records behind each plan's specificity score.
 */

import { DOMAINS, type Domain } from '../../extract/types.ts';
import {
  readBoolean,
  readNullableNumber,
  readNullableString,
  readNumber,
  readNumberList,
  readOneOf,
  readString,
  type RawRow,
} from '../fields.ts';
import { defineQuery } from '../query.ts';
import type { Origin } from '../setup.ts';
import {
  bindFilters,
  buildListMatchSql,
  buildOrderListSql,
  PLAN_FILTER_SQL,
  TARGET_FILTER_SQL,
} from '../sql.ts';
import {
  CITIES_QUERY,
  decodeTargetSummary,
  readOrigin,
  TARGET_SUMMARY_COLUMNS_SQL,
  type TargetSummary,
} from './shared.ts';

/** The single row of {@link HEADLINE_QUERY}. */
export interface HeadlineRow {
  planCount: number;
  cityCount: number;
  quantitativeCount: number;
  qualitativeCount: number;
  firstTargetYear: number | null;
  lastTargetYear: number | null;
}

/** Plans and cities as in {@link PLANS_QUERY}; quantitative targets and qualitative commitments under all filters. */
export const HEADLINE_QUERY = defineQuery({
  name: 'overview.headline',
  // Two aggregates joined, not a scalar subquery per figure: each subquery planned and scanned its table again,
  // and DuckDB-WASM took about twice as long over the six.
  sql: `SELECT p.plan_count, p.city_count, r.quantitative_count, r.qualitative_count,
  r.first_target_year, r.last_target_year
FROM (
  SELECT count(*)::INTEGER AS plan_count, count(DISTINCT d.city_id)::INTEGER AS city_count
  FROM documents d
  WHERE ${PLAN_FILTER_SQL}
) p, (
  SELECT count(*) FILTER (WHERE t.comparator <> 'qualitative')::INTEGER AS quantitative_count,
    count(*) FILTER (WHERE t.comparator = 'qualitative')::INTEGER AS qualitative_count,
    min(t.target_year) AS first_target_year,
    max(t.target_year) AS last_target_year
  FROM targets t
  WHERE ${TARGET_FILTER_SQL}
) r`,
  bind: ({ filters }) => bindFilters(filters),
  decode: (rows): HeadlineRow => {
    const [row] = rows;
    if (row === undefined) throw new Error('the headline query returned no row');
    return {
      planCount: readNumber(row, 'plan_count'),
      cityCount: readNumber(row, 'city_count'),
      quantitativeCount: readNumber(row, 'quantitative_count'),
      qualitativeCount: readNumber(row, 'qualitative_count'),
      firstTargetYear: readNullableNumber(row, 'first_target_year'),
      lastTargetYear: readNullableNumber(row, 'last_target_year'),
    };
  },
});

/** One city × domain cell of {@link CITY_DOMAIN_COUNTS_QUERY}; cells without records are absent. */
export interface CityDomainCountRow {
  cityId: string;
  domain: Domain;
  quantitativeCount: number;
  qualitativeCount: number;
  firstTargetYear: number | null;
  lastTargetYear: number | null;
}

/** Quantitative targets and qualitative commitments per city and domain, under all filters. */
export const CITY_DOMAIN_COUNTS_QUERY = defineQuery({
  name: 'overview.cityDomainCounts',
  sql: `SELECT t.city_id, t.domain,
  count(*) FILTER (WHERE t.comparator <> 'qualitative')::INTEGER AS quantitative_count,
  count(*) FILTER (WHERE t.comparator = 'qualitative')::INTEGER AS qualitative_count,
  min(t.target_year) AS first_target_year,
  max(t.target_year) AS last_target_year
FROM targets t
WHERE ${TARGET_FILTER_SQL}
GROUP BY t.city_id, t.domain
ORDER BY t.city_id, t.domain`,
  bind: ({ filters }) => bindFilters(filters),
  decode: (rows) =>
    rows.map((row): CityDomainCountRow => ({
      cityId: readString(row, 'city_id'),
      domain: readOneOf(row, 'domain', DOMAINS),
      quantitativeCount: readNumber(row, 'quantitative_count'),
      qualitativeCount: readNumber(row, 'qualitative_count'),
      firstTargetYear: readNullableNumber(row, 'first_target_year'),
      lastTargetYear: readNullableNumber(row, 'last_target_year'),
    })),
});

/** One plan of {@link PLANS_QUERY}. */
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
  /**
   * Where the timeline starts: the issue year, else the year of the issue date, else the first horizon; null
   * for a plan that gives none of them (it cannot be placed on the timeline).
   */
  startYear: number | null;
  /** Records (targets and qualitative commitments) in the selected domains. */
  recordCount: number;
  quantitativeCount: number;
  qualitativeCount: number;
  /** Records with a number, a target year and a lead department. */
  specificCount: number;
  /** Records with each part of the score: a number, a target year, a lead department. */
  numberCount: number;
  yearCount: number;
  departmentCount: number;
}

/** Decodes one row of {@link PLANS_QUERY}. */
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
    horizonYears: readNumberList(row, 'horizon_years'),
    horizonYear: readNullableNumber(row, 'horizon_year'),
    startYear: readNullableNumber(row, 'start_year'),
    recordCount: readNumber(row, 'record_count'),
    quantitativeCount: readNumber(row, 'quantitative_count'),
    qualitativeCount: readNumber(row, 'qualitative_count'),
    specificCount: readNumber(row, 'specific_count'),
    numberCount: readNumber(row, 'number_count'),
    yearCount: readNumber(row, 'year_count'),
    departmentCount: readNumber(row, 'department_count'),
  };
}

/**
 * Each plan of the selected cities whose span (start year to last horizon) meets the year range, with the
 * counts of its records in the selected domains. The year range does not filter the records here: having a
 * target year is part of the specificity score. The records are counted per plan first and the counts joined to
 * the plans, rather than grouping the join by every plan column: the same rows, in a third of the time at 1,000×.
 */
export const PLANS_SQL = `WITH counts AS (
  SELECT t.doc_id,
    count(*)::INTEGER AS record_count,
    count(*) FILTER (WHERE t.comparator <> 'qualitative')::INTEGER AS quantitative_count,
    count(*) FILTER (WHERE t.comparator = 'qualitative')::INTEGER AS qualitative_count,
    count(*) FILTER (WHERE t.is_specific)::INTEGER AS specific_count,
    count(*) FILTER (WHERE t.has_number)::INTEGER AS number_count,
    count(*) FILTER (WHERE t.has_target_year)::INTEGER AS year_count,
    count(*) FILTER (WHERE t.has_lead_department)::INTEGER AS department_count
  FROM targets t
  WHERE ${buildListMatchSql('$2', 't.domain')}
  GROUP BY t.doc_id
)
SELECT d.doc_id, d.city_id,
  coalesce(c.name_zh, d.city_zh) AS city_zh, coalesce(c.name_en, d.city_en) AS city_en, d.title, d.kind,
  d.issue_date, d.issue_year, d.horizon_years, d.horizon_year, d.start_year,
  coalesce(n.record_count, 0) AS record_count,
  coalesce(n.quantitative_count, 0) AS quantitative_count,
  coalesce(n.qualitative_count, 0) AS qualitative_count,
  coalesce(n.specific_count, 0) AS specific_count,
  coalesce(n.number_count, 0) AS number_count,
  coalesce(n.year_count, 0) AS year_count,
  coalesce(n.department_count, 0) AS department_count
FROM documents d
LEFT JOIN cities c ON c.city_id = d.city_id
LEFT JOIN counts n ON n.doc_id = d.doc_id
WHERE ${PLAN_FILTER_SQL}
ORDER BY d.start_year NULLS LAST, d.issue_date NULLS FIRST, d.doc_id`;

/** Plans with their record counts, for the Overview timeline and specificity scores. */
export const PLANS_QUERY = defineQuery({
  name: 'overview.plans',
  sql: PLANS_SQL,
  bind: ({ filters }) => bindFilters(filters),
  decode: (rows) => rows.map(decodePlanSummaryRow),
});

/**
 * The same plans as {@link PLANS_QUERY}, most specific first (by score, then by records; plans without
 * records last), for the specificity chart.
 */
export const SPECIFICITY_QUERY = defineQuery({
  name: 'overview.specificity',
  sql: `SELECT * FROM (${PLANS_SQL}) p
ORDER BY p.specific_count / nullif(p.record_count, 0) DESC NULLS LAST, p.record_count DESC, p.doc_id`,
  bind: ({ filters }) => bindFilters(filters),
  decode: (rows) => rows.map(decodePlanSummaryRow),
});

/** One record of {@link PLAN_RECORDS_QUERY}. */
export interface PlanRecordRow extends TargetSummary {
  targetId: string;
  docId: string;
  /** 'yours' for a person's own record. */
  origin: Origin;
  hasNumber: boolean;
  hasTargetYear: boolean;
  hasLeadDepartment: boolean;
  /** All three at once: the record counts towards its plan's specificity score. */
  isSpecific: boolean;
}

/**
 * Every record of the selected cities' plans in the selected domains (the year range does not apply, as in
 * {@link PLANS_QUERY}), with what a tooltip shows and which parts of specificity it has. Ordered per plan:
 * specific records first, then by domain, then in document order.
 */
export const PLAN_RECORDS_QUERY = defineQuery({
  name: 'overview.planRecords',
  sql: `SELECT t.target_id, t.doc_id, ${TARGET_SUMMARY_COLUMNS_SQL}, t.origin,
  t.has_number, t.has_target_year, t.has_lead_department, t.is_specific
FROM targets t
WHERE ${buildListMatchSql('$1', 't.city_id')} AND ${buildListMatchSql('$2', 't.domain')}
ORDER BY t.doc_id, t.is_specific DESC, list_position(${buildOrderListSql(DOMAINS)}, t.domain), t.target_id`,
  // The year range does not apply to these records.
  bind: ({ filters }) => bindFilters(filters).slice(0, 2),
  decode: (rows) =>
    rows.map((row): PlanRecordRow => ({
      ...decodeTargetSummary(row),
      targetId: readString(row, 'target_id'),
      docId: readString(row, 'doc_id'),
      origin: readOrigin(row),
      hasNumber: readBoolean(row, 'has_number'),
      hasTargetYear: readBoolean(row, 'has_target_year'),
      hasLeadDepartment: readBoolean(row, 'has_lead_department'),
      isSpecific: readBoolean(row, 'is_specific'),
    })),
});

/** Everything the Overview draws, asked together. */
export const OVERVIEW_QUERIES = {
  headline: HEADLINE_QUERY,
  cities: CITIES_QUERY,
  counts: CITY_DOMAIN_COUNTS_QUERY,
  plans: PLANS_QUERY,
  specificity: SPECIFICITY_QUERY,
  records: PLAN_RECORDS_QUERY,
};
