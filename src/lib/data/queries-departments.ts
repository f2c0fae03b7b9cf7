/**
 * The Departments view's queries: which departments lead which records, per city. A `lead_department` may
 * name several bodies (市质监局、市商务局); each is counted once for the record, and records that name none
 * are counted under "no lead department" (department null), because a plan that names none is a finding.
 */

import { DOMAINS, type Domain } from '../extract/types.ts';
import type { Filters } from '../state/url.ts';
import { readNullableString, readNumber, readOneOf, readString, type RawRow } from './fields.ts';
import { buildFilterParams, type QueryRunner, type TargetSummary, decodeTargetSummary } from './queries.ts';

/** The departments a `lead_department` names: split at 、，,;； and trimmed; empty for none. */
const DEPARTMENTS_SQL = `list_filter(
    list_transform(string_split_regex(coalesce(t.lead_department, ''), '[、，,;；]'), x -> trim(x)),
    x -> x <> '')`;

/** The filtered records, each with its list of departments. */
const RECORDS_SQL = `SELECT t.*, ${DEPARTMENTS_SQL} AS departments
  FROM targets t
  WHERE ($1 = '' OR list_contains(string_split($1, ','), t.city_id))
    AND ($2 = '' OR list_contains(string_split($2, ','), t.domain))
    AND ($3::INTEGER IS NULL OR t.target_year >= $3::INTEGER)
    AND ($4::INTEGER IS NULL OR t.target_year <= $4::INTEGER)`;

// ---------------------------------------------------------------------------------------------------------

/**
 * Records per department, city and domain under all filters; `department` is null for records that name
 * no lead department. A record naming two departments counts once for each.
 */
export const DEPARTMENT_COUNTS_SQL = `WITH records AS (${RECORDS_SQL}),
pairs AS (
  SELECT r.city_id, r.domain, r.comparator, u.department
  FROM records r,
    unnest(CASE WHEN len(r.departments) = 0 THEN [NULL::VARCHAR] ELSE r.departments END) AS u(department)
)
SELECT department, city_id, domain,
  count(*)::INTEGER AS record_count,
  count(*) FILTER (WHERE comparator = 'qualitative')::INTEGER AS qualitative_count
FROM pairs
GROUP BY department, city_id, domain
ORDER BY department NULLS LAST, city_id, list_position(['${DOMAINS.join("', '")}'], domain)`;

/** One department × city × domain cell of {@link DEPARTMENT_COUNTS_SQL}; empty cells are absent. */
export interface DepartmentCountRow {
  /** The department as the plan writes it, or null for records that name none. */
  department: string | null;
  cityId: string;
  domain: Domain;
  /** Records (quantitative targets and qualitative commitments). */
  recordCount: number;
  qualitativeCount: number;
}

/** Decodes one row of {@link DEPARTMENT_COUNTS_SQL}. */
export function decodeDepartmentCountRow(row: RawRow): DepartmentCountRow {
  return {
    department: readNullableString(row, 'department'),
    cityId: readString(row, 'city_id'),
    domain: readOneOf(row, 'domain', DOMAINS),
    recordCount: readNumber(row, 'record_count'),
    qualitativeCount: readNumber(row, 'qualitative_count'),
  };
}

/** Record counts per department, city and domain, for the department × city matrix. */
export async function queryDepartmentCounts(
  db: QueryRunner,
  filters: Filters,
): Promise<DepartmentCountRow[]> {
  return (await db.run(DEPARTMENT_COUNTS_SQL, buildFilterParams(filters))).map(decodeDepartmentCountRow);
}

// ---------------------------------------------------------------------------------------------------------

/**
 * The records one matrix cell counts: under all filters, of city `$6` ('' = every city), led by department
 * `$5` (as written), or naming no lead department when `$5` is null. In plan and document order.
 */
export const DEPARTMENT_TARGETS_SQL = `WITH records AS (${RECORDS_SQL})
SELECT r.target_id, r.doc_id, r.city_id, r.domain, r.indicator_zh, r.indicator_en, r.comparator, r.value,
  r.value_max, r.unit, r.unit_zh, r.target_year, r.lead_department, r.quote, r.section
FROM records r
WHERE ($6 = '' OR r.city_id = $6)
  AND CASE WHEN $5::VARCHAR IS NULL THEN len(r.departments) = 0
    ELSE list_contains(r.departments, $5::VARCHAR) END
ORDER BY r.city_id, r.doc_id, r.quote_start, r.target_id`;

/** One record of {@link DEPARTMENT_TARGETS_SQL}. */
export interface DepartmentTargetRow extends TargetSummary {
  targetId: string;
  docId: string;
  cityId: string;
  section: string;
}

/** Decodes one row of {@link DEPARTMENT_TARGETS_SQL}. */
export function decodeDepartmentTargetRow(row: RawRow): DepartmentTargetRow {
  return {
    ...decodeTargetSummary(row),
    targetId: readString(row, 'target_id'),
    docId: readString(row, 'doc_id'),
    cityId: readString(row, 'city_id'),
    section: readString(row, 'section'),
  };
}

/** A matrix cell to list: a department (null = none named) and a city (null = every city). */
export interface DepartmentCell {
  department: string | null;
  cityId: string | null;
}

/** The records behind one cell of the department × city matrix; none when no cell is chosen. */
export async function queryDepartmentTargets(
  db: QueryRunner,
  query: { filters: Filters; cell: DepartmentCell | null },
): Promise<DepartmentTargetRow[]> {
  if (query.cell === null) return [];
  const params = [...buildFilterParams(query.filters), query.cell.department, query.cell.cityId ?? ''];
  return (await db.run(DEPARTMENT_TARGETS_SQL, params)).map(decodeDepartmentTargetRow);
}
