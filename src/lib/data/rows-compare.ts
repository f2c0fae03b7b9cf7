/**
 * The comparison views' queries answered in JavaScript from the decoded rows, so they draw before DuckDB
 * is ready. Each returns exactly what its SQL twin in queries-compare.ts returns (same rows, same order);
 * tests/unit/lib/data/rows-compare.test.ts holds them to that on the published data.
 */

import { DOMAINS, type Domain } from '../extract/types.ts';
import { isInYearRange, type Filters } from '../state/url.ts';
import type { Dataset } from './parquet.ts';
import type {
  ComparedTargetRow,
  IndicatorListRow,
  ReferenceScope,
  ReferenceTargetRow,
} from './queries-compare.ts';
import type { TargetRow } from './tables.ts';

function isListMatch(list: readonly string[], value: string): boolean {
  return list.length === 0 || list.includes(value);
}

/** DuckDB orders VARCHAR by bytes; for the ASCII ids sorted here that is JavaScript's code-unit order. */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Ascending with nulls last, as DuckDB orders by default. */
function compareNullsLast(a: number | null, b: number | null): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
  return a - b;
}

function createTargetReader(data: Dataset): (target: TargetRow) => ComparedTargetRow {
  const documents = new Map(data.documents.rows.map((d) => [d.doc_id, d]));
  const cities = new Map(data.cities.rows.map((c) => [c.city_id, c]));
  const indicators = new Map(data.indicators.rows.map((i) => [i.indicator_id, i]));
  return (target) => {
    const doc = documents.get(target.doc_id);
    const city = cities.get(target.city_id);
    const indicator = target.indicator_id === null ? undefined : indicators.get(target.indicator_id);
    return {
      targetId: target.target_id,
      docId: target.doc_id,
      cityId: target.city_id,
      cityZh: city?.name_zh ?? doc?.city_zh ?? '',
      cityEn: city?.name_en ?? doc?.city_en ?? '',
      domain: target.domain,
      indicatorId: target.indicator_id,
      indicatorNameZh: indicator?.name_zh ?? null,
      indicatorNameEn: indicator?.name_en ?? null,
      indicatorUnit: indicator?.unit ?? null,
      indicatorZh: target.indicator_zh,
      indicatorEn: target.indicator_en,
      comparator: target.comparator,
      value: target.value,
      valueMax: target.value_max,
      unit: target.unit,
      unitZh: target.unit_zh,
      targetYear: target.target_year,
      yearBasis: target.year_basis,
      isNewCount: target.is_new_count,
      leadDepartment: target.lead_department,
      quote: target.quote,
    };
  };
}

function hasDocument(data: Dataset): (target: TargetRow) => boolean {
  const docIds = new Set(data.documents.rows.map((d) => d.doc_id));
  return (target) => docIds.has(target.doc_id);
}

/** Twin of `DOMAIN_TARGETS_SQL`. */
export function calcDomainTargets(data: Dataset, filters: Filters, domain: Domain): ComparedTargetRow[] {
  const isPublished = hasDocument(data);
  const picked = data.targets.rows.filter(
    (t) =>
      t.comparator !== 'qualitative' &&
      t.domain === domain &&
      isListMatch(filters.cities, t.city_id) &&
      isInYearRange(t.target_year, filters) &&
      isPublished(t),
  );
  const ranks = new Map<string, { cities: Set<string>; count: number }>();
  for (const target of picked) {
    if (target.indicator_id === null) continue;
    const rank = ranks.get(target.indicator_id) ?? { cities: new Set(), count: 0 };
    rank.cities.add(target.city_id);
    rank.count += 1;
    ranks.set(target.indicator_id, rank);
  }
  const cityCount = (t: TargetRow) =>
    t.indicator_id === null ? 0 : (ranks.get(t.indicator_id)?.cities.size ?? 0);
  const count = (t: TargetRow) => (t.indicator_id === null ? 0 : (ranks.get(t.indicator_id)?.count ?? 0));
  const sorted = [...picked].sort(
    (a, b) =>
      Number(a.indicator_id === null) - Number(b.indicator_id === null) ||
      cityCount(b) - cityCount(a) ||
      count(b) - count(a) ||
      compareText(a.indicator_id ?? '', b.indicator_id ?? '') ||
      compareNullsLast(a.target_year, b.target_year) ||
      compareText(a.city_id, b.city_id) ||
      compareText(a.target_id, b.target_id),
  );
  return sorted.map(createTargetReader(data));
}

/** Twin of `INDICATOR_TARGETS_SQL`. */
export function calcIndicatorTargets(
  data: Dataset,
  filters: Filters,
  indicatorId: string,
): ComparedTargetRow[] {
  const isPublished = hasDocument(data);
  const picked = data.targets.rows.filter(
    (t) =>
      t.indicator_id === indicatorId &&
      isListMatch(filters.cities, t.city_id) &&
      isInYearRange(t.target_year, filters) &&
      isPublished(t),
  );
  const sorted = [...picked].sort(
    (a, b) =>
      compareNullsLast(a.target_year, b.target_year) ||
      compareText(a.city_id, b.city_id) ||
      compareText(a.target_id, b.target_id),
  );
  return sorted.map(createTargetReader(data));
}

/** Twin of `INDICATOR_LIST_SQL`. */
export function calcIndicatorList(data: Dataset, filters: Filters): IndicatorListRow[] {
  const counts = new Map<string, { cities: Set<string>; count: number }>();
  for (const target of data.targets.rows) {
    if (target.indicator_id === null) continue;
    if (!isListMatch(filters.cities, target.city_id) || !isInYearRange(target.target_year, filters)) continue;
    const entry = counts.get(target.indicator_id) ?? { cities: new Set(), count: 0 };
    entry.cities.add(target.city_id);
    entry.count += 1;
    counts.set(target.indicator_id, entry);
  }
  const rows: IndicatorListRow[] = data.indicators.rows.map((i) => ({
    indicatorId: i.indicator_id,
    nameZh: i.name_zh,
    nameEn: i.name_en,
    domain: i.domain,
    unit: i.unit,
    direction: i.direction,
    targetCount: counts.get(i.indicator_id)?.count ?? 0,
    cityCount: counts.get(i.indicator_id)?.cities.size ?? 0,
  }));
  return rows.sort(
    (a, b) =>
      DOMAINS.indexOf(a.domain) - DOMAINS.indexOf(b.domain) ||
      b.cityCount - a.cityCount ||
      b.targetCount - a.targetCount ||
      compareText(a.indicatorId, b.indicatorId),
  );
}

/** Twin of `REFERENCE_TARGETS_SQL`. */
export function calcReferenceTargets(
  data: Dataset,
  filters: Filters,
  scope: ReferenceScope,
): ReferenceTargetRow[] {
  const domains = new Map(data.indicators.rows.map((i) => [i.indicator_id, i.domain]));
  const rows: ReferenceTargetRow[] = [];
  for (const r of data.references.rows) {
    if (r.kind !== 'target' || r.value === null || r.indicator_id === null) continue;
    const domain = domains.get(r.indicator_id);
    if (domain === undefined) continue;
    if (scope.domain !== undefined && domain !== scope.domain) continue;
    if (scope.indicatorId !== undefined && scope.indicatorId !== '' && r.indicator_id !== scope.indicatorId)
      continue;
    if (filters.yearFrom !== null && !(r.year !== null && r.year >= filters.yearFrom)) continue;
    if (filters.yearTo !== null && !(r.year !== null && r.year <= filters.yearTo)) continue;
    rows.push({
      referenceId: r.reference_id,
      indicatorId: r.indicator_id,
      scope: r.scope,
      regionZh: r.region_zh,
      regionEn: r.region_en,
      comparator: r.comparator,
      value: r.value,
      valueMax: r.value_max,
      unit: r.unit,
      year: r.year,
      quote: r.quote,
      sourceTitle: r.source_title,
    });
  }
  return rows.sort(
    (a, b) =>
      compareText(a.indicatorId, b.indicatorId) ||
      Number(a.scope === 'provincial') - Number(b.scope === 'provincial') ||
      compareNullsLast(a.year, b.year) ||
      compareText(a.regionEn, b.regionEn) ||
      compareText(a.referenceId, b.referenceId),
  );
}
