/**
 * The Departments view's queries: which departments lead which records, per city. A record's lead department
 * may name several bodies (市质监局、市商务局); `targets.lead_departments` lists them (the build splits them
 * once), each counts the record once, and records that name none are counted under "no lead department"
 * (department null), because a plan that names none is a finding.
 */

import { DOMAINS, type Domain } from '../../extract/types.ts';
import { readNullableString, readNumber, readOneOf, readString, type RawRow } from '../fields.ts';
import { defineQuery, type SqlParam, type ViewState } from '../query.ts';
import type { Origin } from '../setup.ts';
import { bindFilters, buildOrderListSql, TARGET_FILTER_SQL } from '../sql.ts';
import { CITY_DOMAIN_COUNTS_QUERY } from './overview.ts';
import {
  CITIES_QUERY,
  decodeTargetSummary,
  readOrigin,
  TARGET_SUMMARY_COLUMNS_SQL,
  type TargetSummary,
} from './shared.ts';

/** The `department` URL parameter's value for records that name no lead department. */
export const NO_DEPARTMENT = 'none';

/** One department × city × domain cell of {@link DEPARTMENT_COUNTS_QUERY}; empty cells are absent. */
export interface DepartmentCountRow {
  /** The department as the plan writes it, or null for records that name none. */
  department: string | null;
  cityId: string;
  domain: Domain;
  /** Records (quantitative targets and qualitative commitments). */
  recordCount: number;
  qualitativeCount: number;
}

/**
 * Records per department, city and domain under all filters; `department` is null for records that name no
 * lead department. A record naming two departments counts once for each.
 */
export const DEPARTMENT_COUNTS_QUERY = defineQuery({
  name: 'departments.counts',
  sql: `WITH pairs AS (
  SELECT t.city_id, t.domain, t.comparator, u.department
  FROM targets t,
    unnest(CASE WHEN len(t.lead_departments) = 0 THEN [NULL::VARCHAR] ELSE t.lead_departments END)
      AS u(department)
  WHERE ${TARGET_FILTER_SQL}
)
SELECT department, city_id, domain,
  count(*)::INTEGER AS record_count,
  count(*) FILTER (WHERE comparator = 'qualitative')::INTEGER AS qualitative_count
FROM pairs
GROUP BY department, city_id, domain
ORDER BY department NULLS LAST, city_id, list_position(${buildOrderListSql(DOMAINS)}, domain)`,
  bind: ({ filters }) => bindFilters(filters),
  decode: (rows) =>
    rows.map((row: RawRow): DepartmentCountRow => ({
      department: readNullableString(row, 'department'),
      cityId: readString(row, 'city_id'),
      domain: readOneOf(row, 'domain', DOMAINS),
      recordCount: readNumber(row, 'record_count'),
      qualitativeCount: readNumber(row, 'qualitative_count'),
    })),
});

/** A matrix cell to list: a department (null = none named) and a city. */
export interface DepartmentCell {
  department: string | null;
  cityId: string;
}

/** The cell the URL selects (`department`, `department_city`), or null. */
export function parseDepartmentCell(params: Readonly<Record<string, string>>): DepartmentCell | null {
  const department = params['department'];
  const cityId = params['department_city'];
  if (department === undefined || department === '' || cityId === undefined || cityId === '') return null;
  return { department: department === NO_DEPARTMENT ? null : department, cityId };
}

/** One record of {@link DEPARTMENT_TARGETS_QUERY}. */
export interface DepartmentTargetRow extends TargetSummary {
  targetId: string;
  docId: string;
  cityId: string;
  section: string;
  /** 'yours' for a person's own record. */
  origin: Origin;
}

/**
 * The records the selected matrix cell counts: under all filters, of city `$6`, led by department `$5` (as
 * written), or naming no lead department when `$5` is null. None when no cell is selected (`$7` false). In
 * plan and document order.
 */
export const DEPARTMENT_TARGETS_QUERY = defineQuery({
  name: 'departments.targets',
  sql: `SELECT t.target_id, t.doc_id, t.city_id, ${TARGET_SUMMARY_COLUMNS_SQL}, t.section, t.origin
FROM targets t
WHERE $7 AND ${TARGET_FILTER_SQL} AND t.city_id = $6
  AND CASE WHEN $5::VARCHAR IS NULL THEN len(t.lead_departments) = 0
    ELSE list_contains(t.lead_departments, $5::VARCHAR) END
ORDER BY t.city_id, t.doc_id, t.quote_start, t.target_id`,
  bind: (state: ViewState): SqlParam[] => {
    const cell = parseDepartmentCell(state.params);
    return [...bindFilters(state.filters), cell?.department ?? null, cell?.cityId ?? '', cell !== null];
  },
  decode: (rows) =>
    rows.map((row): DepartmentTargetRow => ({
      ...decodeTargetSummary(row),
      targetId: readString(row, 'target_id'),
      docId: readString(row, 'doc_id'),
      cityId: readString(row, 'city_id'),
      section: readString(row, 'section'),
      origin: readOrigin(row),
    })),
});

/** Everything the Departments view draws, asked together. */
export const DEPARTMENTS_QUERIES = {
  cities: CITIES_QUERY,
  cityCounts: CITY_DOMAIN_COUNTS_QUERY,
  counts: DEPARTMENT_COUNTS_QUERY,
  targets: DEPARTMENT_TARGETS_QUERY,
};
