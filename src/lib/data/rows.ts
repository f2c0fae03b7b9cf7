/**
 * The Overview's queries answered in JavaScript from the decoded rows, so the first view draws before
 * DuckDB is ready. Each function returns exactly what its SQL twin in queries.ts returns (same rows, same
 * order); tests/unit/lib/data/rows.test.ts holds them to that on the published data.
 */

import { DOMAINS } from '../extract/types.ts';
import { isInYearRange, type Filters } from '../state/url.ts';
import type { Dataset } from './parquet.ts';
import {
  parseHorizonYears,
  type CityDomainCountRow,
  type CityNameRow,
  type HeadlineRow,
  type PlanRecordRow,
  type PlanSummaryRow,
  type TargetSummary,
} from './queries.ts';
import type { DocumentRow, TargetRow } from './tables.ts';

function isListMatch(list: readonly string[], value: string): boolean {
  return list.length === 0 || list.includes(value);
}

function isTargetMatch(target: TargetRow, filters: Filters): boolean {
  return (
    isListMatch(filters.cities, target.city_id) &&
    isListMatch(filters.domains, target.domain) &&
    isInYearRange(target.target_year, filters)
  );
}

function calcPlanStartYear(doc: DocumentRow): number {
  const fromDate = doc.issue_date === null ? NaN : Number(doc.issue_date.slice(0, 4));
  return (
    doc.issue_year ??
    (Number.isInteger(fromDate) ? fromDate : Math.min(...parseHorizonYears(doc.horizon_years)))
  );
}

function isPlanMatch(doc: DocumentRow, filters: Filters): boolean {
  return (
    isListMatch(filters.cities, doc.city_id) &&
    (filters.yearFrom === null || (doc.horizon_year !== null && doc.horizon_year >= filters.yearFrom)) &&
    (filters.yearTo === null || calcPlanStartYear(doc) <= filters.yearTo)
  );
}

function hasLeadDepartment(target: TargetRow): boolean {
  return target.lead_department !== null && target.lead_department !== '';
}

function isSpecific(target: TargetRow): boolean {
  return target.value !== null && target.target_year !== null && hasLeadDepartment(target);
}

/** DuckDB orders VARCHAR by bytes; for the ASCII ids sorted here that is JavaScript's code-unit order. */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function minOrNull(values: readonly (number | null)[]): number | null {
  const present = values.filter((v): v is number => v !== null);
  return present.length === 0 ? null : Math.min(...present);
}

function maxOrNull(values: readonly (number | null)[]): number | null {
  const present = values.filter((v): v is number => v !== null);
  return present.length === 0 ? null : Math.max(...present);
}

/** Twin of `CITIES_SQL`. */

/** The {@link TargetSummary} fields of a published target: the rows twin of `decodeTargetSummary`. */
export function toTargetSummary(t: TargetRow): TargetSummary {
  return {
    domain: t.domain,
    indicatorZh: t.indicator_zh,
    indicatorEn: t.indicator_en,
    comparator: t.comparator,
    value: t.value,
    valueMax: t.value_max,
    unit: t.unit,
    unitZh: t.unit_zh,
    targetYear: t.target_year,
    leadDepartment: t.lead_department,
    quote: t.quote,
  };
}

export function calcCities(data: Dataset, filters: Filters): CityNameRow[] {
  const names = new Map(data.cities.rows.map((c) => [c.city_id, c]));
  const byId = new Map<string, CityNameRow>();
  for (const doc of data.documents.rows) {
    if (byId.has(doc.city_id) || !isListMatch(filters.cities, doc.city_id)) continue;
    const city = names.get(doc.city_id);
    byId.set(doc.city_id, {
      cityId: doc.city_id,
      nameZh: city?.name_zh ?? doc.city_zh,
      nameEn: city?.name_en ?? doc.city_en,
    });
  }
  return [...byId.values()].sort((a, b) => compareText(a.cityId, b.cityId));
}

/** Twin of `CITY_DOMAIN_COUNTS_SQL`. */
export function calcCityDomainCounts(data: Dataset, filters: Filters): CityDomainCountRow[] {
  const cells = new Map<string, { row: CityDomainCountRow; years: (number | null)[] }>();
  for (const target of data.targets.rows) {
    if (!isTargetMatch(target, filters)) continue;
    const key = `${target.city_id}\u0000${target.domain}`;
    let cell = cells.get(key);
    if (cell === undefined) {
      const row: CityDomainCountRow = {
        cityId: target.city_id,
        domain: target.domain,
        quantitativeCount: 0,
        qualitativeCount: 0,
        firstTargetYear: null,
        lastTargetYear: null,
      };
      cell = { row, years: [] };
      cells.set(key, cell);
    }
    if (target.comparator === 'qualitative') cell.row.qualitativeCount += 1;
    else cell.row.quantitativeCount += 1;
    cell.years.push(target.target_year);
  }
  return [...cells.values()]
    .map(({ row, years }) => ({
      ...row,
      firstTargetYear: minOrNull(years),
      lastTargetYear: maxOrNull(years),
    }))
    .sort((a, b) => compareText(a.cityId, b.cityId) || compareText(a.domain, b.domain));
}

/** Twin of `PLAN_SUMMARIES_SQL`. */
export function calcPlanSummaries(data: Dataset, filters: Filters): PlanSummaryRow[] {
  const cities = new Map(data.cities.rows.map((c) => [c.city_id, c]));
  return data.documents.rows
    .filter((doc) => isPlanMatch(doc, filters))
    .map((doc) => {
      const records = data.targets.rows.filter(
        (t) => t.doc_id === doc.doc_id && isListMatch(filters.domains, t.domain),
      );
      const qualitativeCount = records.filter((t) => t.comparator === 'qualitative').length;
      return {
        docId: doc.doc_id,
        cityId: doc.city_id,
        cityZh: cities.get(doc.city_id)?.name_zh ?? doc.city_zh,
        cityEn: cities.get(doc.city_id)?.name_en ?? doc.city_en,
        title: doc.title,
        kind: doc.kind,
        issueDate: doc.issue_date,
        issueYear: doc.issue_year,
        horizonYears: parseHorizonYears(doc.horizon_years),
        horizonYear: doc.horizon_year,
        startYear: calcPlanStartYear(doc),
        recordCount: records.length,
        quantitativeCount: records.length - qualitativeCount,
        qualitativeCount,
        specificCount: records.filter(isSpecific).length,
      };
    })
    .sort(
      (a, b) =>
        a.startYear - b.startYear ||
        compareText(a.issueDate ?? '', b.issueDate ?? '') ||
        compareText(a.docId, b.docId),
    );
}

/** Twin of `PLAN_RECORDS_SQL`. */
export function calcPlanRecords(data: Dataset, filters: Filters): PlanRecordRow[] {
  return data.targets.rows
    .filter((t) => isListMatch(filters.cities, t.city_id) && isListMatch(filters.domains, t.domain))
    .sort(
      (a, b) =>
        compareText(a.doc_id, b.doc_id) ||
        Number(isSpecific(b)) - Number(isSpecific(a)) ||
        DOMAINS.indexOf(a.domain) - DOMAINS.indexOf(b.domain) ||
        compareText(a.target_id, b.target_id),
    )
    .map((t) => ({
      ...toTargetSummary(t),
      targetId: t.target_id,
      docId: t.doc_id,
      hasNumber: t.value !== null,
      hasTargetYear: t.target_year !== null,
      hasLeadDepartment: hasLeadDepartment(t),
      isSpecific: isSpecific(t),
    }));
}

/** Twin of `HEADLINE_SQL`. */
export function calcHeadline(data: Dataset, filters: Filters): HeadlineRow {
  const plans = data.documents.rows.filter((doc) => isPlanMatch(doc, filters));
  const records = data.targets.rows.filter((t) => isTargetMatch(t, filters));
  const qualitativeCount = records.filter((t) => t.comparator === 'qualitative').length;
  return {
    planCount: plans.length,
    cityCount: new Set(plans.map((doc) => doc.city_id)).size,
    quantitativeCount: records.length - qualitativeCount,
    qualitativeCount,
    firstTargetYear: minOrNull(records.map((t) => t.target_year)),
    lastTargetYear: maxOrNull(records.map((t) => t.target_year)),
  };
}
