/**
 * The City profile's and Departments' queries answered from the decoded rows, so both views draw before
 * DuckDB is ready. Each returns exactly what its SQL twin returns (same rows, same order);
 * tests/unit/lib/data/rows-city.test.ts holds them to that on the published data.
 */

import { DOMAINS } from '../extract/types.ts';
import { isInYearRange, type Filters } from '../state/url.ts';
import type { Dataset } from './parquet.ts';
import type {
  CityPlanRow,
  PlanChoice,
  PlanDocumentRow,
  PlanTargetRow,
  PlanTargetsQuery,
} from './queries-city.ts';
import type { DepartmentCell, DepartmentCountRow, DepartmentTargetRow } from './queries-departments.ts';
import { parseHorizonYears } from './queries.ts';
import { toTargetSummary } from './rows.ts';
import type { DocumentRow, TargetRow } from './tables.ts';

/** DuckDB orders VARCHAR by bytes; for the ASCII ids sorted here that is JavaScript's code-unit order. */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function isListMatch(list: readonly string[], value: string): boolean {
  return list.length === 0 || list.includes(value);
}

/** The plan order of the picker: by city, then issue date (undated last), then id. */
function comparePlans(a: DocumentRow, b: DocumentRow): number {
  return (
    compareText(a.city_id, b.city_id) ||
    (a.issue_date === null ? 1 : 0) - (b.issue_date === null ? 1 : 0) ||
    compareText(a.issue_date ?? '', b.issue_date ?? '') ||
    compareText(a.doc_id, b.doc_id)
  );
}

function cityNames(data: Dataset, doc: DocumentRow): { cityZh: string; cityEn: string } {
  const city = data.cities.rows.find((c) => c.city_id === doc.city_id);
  return { cityZh: city?.name_zh ?? doc.city_zh, cityEn: city?.name_en ?? doc.city_en };
}

/** Twin of `CITY_PLANS_SQL`. */
export function calcCityPlans(data: Dataset, filters: Filters): CityPlanRow[] {
  return data.documents.rows
    .filter((doc) => isListMatch(filters.cities, doc.city_id))
    .sort(comparePlans)
    .map((doc) => ({
      docId: doc.doc_id,
      cityId: doc.city_id,
      ...cityNames(data, doc),
      title: doc.title,
      kind: doc.kind,
      issueYear: doc.issue_year,
      horizonYear: doc.horizon_year,
    }));
}

/** Twin of `PLAN_DOCUMENT_SQL`. */
export function calcPlanDocument(data: Dataset, choice: PlanChoice): PlanDocumentRow | null {
  const docs = data.documents.rows;
  const targetDocId = data.targets.rows.find((t) => t.target_id === choice.targetId)?.doc_id;
  const doc =
    docs.find((d) => d.doc_id === choice.docId) ??
    docs.find((d) => d.doc_id === targetDocId) ??
    docs.filter((d) => isListMatch(choice.filters.cities, d.city_id)).sort(comparePlans)[0];
  if (doc === undefined) return null;
  return {
    docId: doc.doc_id,
    cityId: doc.city_id,
    ...cityNames(data, doc),
    province: doc.province,
    title: doc.title,
    noticeTitle: doc.notice_title,
    issuingBody: doc.issuing_body,
    docNumber: doc.doc_number,
    issueDate: doc.issue_date,
    kind: doc.kind,
    horizonYears: parseHorizonYears(doc.horizon_years),
    text: doc.text,
  };
}

/** Twin of `PLAN_TARGETS_SQL`. */
export function calcPlanTargets(data: Dataset, query: PlanTargetsQuery): PlanTargetRow[] {
  if (query.docId === null) return [];
  return data.targets.rows
    .filter((t) => t.doc_id === query.docId)
    .sort((a, b) => a.quote_start - b.quote_start || compareText(a.target_id, b.target_id))
    .map((t) => ({
      ...toTargetSummary(t),
      targetId: t.target_id,
      docId: t.doc_id,
      topic: t.topic,
      yearBasis: t.year_basis,
      quoteStart: t.quote_start,
      quoteEnd: t.quote_end,
      section: t.section,
      isSelected: isListMatch(query.filters.domains, t.domain) && isInYearRange(t.target_year, query.filters),
    }));
}

/** The departments a record names, split as the SQL splits them. */
export function parseDepartments(leadDepartment: string | null): string[] {
  return (leadDepartment ?? '')
    .split(/[、，,;；]/)
    .map((name) => name.trim())
    .filter((name) => name !== '');
}

function isRecordMatch(target: TargetRow, filters: Filters): boolean {
  return (
    isListMatch(filters.cities, target.city_id) &&
    isListMatch(filters.domains, target.domain) &&
    isInYearRange(target.target_year, filters)
  );
}

/** Twin of `DEPARTMENT_COUNTS_SQL`. */
export function calcDepartmentCounts(data: Dataset, filters: Filters): DepartmentCountRow[] {
  const cells = new Map<string, DepartmentCountRow>();
  for (const target of data.targets.rows) {
    if (!isRecordMatch(target, filters)) continue;
    const departments = parseDepartments(target.lead_department);
    for (const department of departments.length === 0 ? [null] : departments) {
      const key = `${department ?? ''}\u0000${target.city_id}\u0000${target.domain}`;
      let cell = cells.get(key);
      if (cell === undefined) {
        cell = {
          department,
          cityId: target.city_id,
          domain: target.domain,
          recordCount: 0,
          qualitativeCount: 0,
        };
        cells.set(key, cell);
      }
      cell.recordCount += 1;
      if (target.comparator === 'qualitative') cell.qualitativeCount += 1;
    }
  }
  return [...cells.values()].sort(
    (a, b) =>
      (a.department === null ? 1 : 0) - (b.department === null ? 1 : 0) ||
      compareBytes(a.department ?? '', b.department ?? '') ||
      compareText(a.cityId, b.cityId) ||
      DOMAINS.indexOf(a.domain) - DOMAINS.indexOf(b.domain),
  );
}

/** DuckDB's VARCHAR order: by UTF-8 bytes, which for Chinese names is code-point order. */
function compareBytes(a: string, b: string): number {
  const x = [...a].map((c) => c.codePointAt(0) ?? 0);
  const y = [...b].map((c) => c.codePointAt(0) ?? 0);
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    if (x[i] !== y[i]) return (x[i] as number) - (y[i] as number);
  }
  return x.length - y.length;
}

/** Twin of `DEPARTMENT_TARGETS_SQL`. */
export function calcDepartmentTargets(
  data: Dataset,
  query: { filters: Filters; cell: DepartmentCell | null },
): DepartmentTargetRow[] {
  const cell = query.cell;
  if (cell === null) return [];
  return data.targets.rows
    .filter((t) => {
      if (!isRecordMatch(t, query.filters)) return false;
      if (cell.cityId !== null && t.city_id !== cell.cityId) return false;
      const departments = parseDepartments(t.lead_department);
      return cell.department === null ? departments.length === 0 : departments.includes(cell.department);
    })
    .sort(
      (a, b) =>
        compareText(a.city_id, b.city_id) ||
        compareText(a.doc_id, b.doc_id) ||
        a.quote_start - b.quote_start ||
        compareText(a.target_id, b.target_id),
    )
    .map((t) => ({
      ...toTargetSummary(t),
      targetId: t.target_id,
      docId: t.doc_id,
      cityId: t.city_id,
      section: t.section,
    }));
}
