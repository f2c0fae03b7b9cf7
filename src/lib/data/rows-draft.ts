/**
 * "Check a draft"'s peers answered from the decoded rows, so a draft is compared as soon as the data is
 * loaded rather than when DuckDB has started. Same rows, same order as queryDraftPeers (queries-draft.ts);
 * tests/unit/lib/data/rows-draft.test.ts holds them to that.
 */

import type { PeerData, PeerScope, PeerTarget, ReportedOutcome } from '../draft/check.ts';
import { isInYearRange, type Filters } from '../state/url.ts';
import type { Dataset } from './parquet.ts';
import type { DatasetCountsRow, DatasetSourceRow } from './queries-draft.ts';

const SCOPE_ORDER: Readonly<Record<PeerScope, number>> = { city: 0, provincial: 1, national: 2 };

function isListMatch(list: readonly string[], value: string): boolean {
  return list.length === 0 || list.includes(value);
}

/** DuckDB orders VARCHAR by bytes; for the ids and English names sorted here that is code-unit order. */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Ascending with nulls last, as DuckDB orders by default. */
function compareNullable(a: number | null, b: number | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a - b;
}

/** The twin of {@link queryDraftPeers}: peers' targets, reported outcomes and the indicators. */
export function calcDraftPeers(data: Dataset, filters: Filters): PeerData {
  const indicators = new Map(data.indicators.rows.map((i) => [i.indicator_id, i]));
  const cities = new Map(data.cities.rows.map((c) => [c.city_id, c]));
  const documents = new Map(data.documents.rows.map((d) => [d.doc_id, d]));

  const targets: PeerTarget[] = [];
  for (const t of data.targets.rows) {
    const doc = documents.get(t.doc_id);
    if (t.indicator_id === null || t.value === null || doc === undefined) continue;
    if (!isListMatch(filters.cities, t.city_id) || !isListMatch(filters.domains, t.domain)) continue;
    if (!isInYearRange(t.target_year, filters)) continue;
    const city = cities.get(t.city_id);
    targets.push({
      indicatorId: t.indicator_id,
      scope: 'city',
      sourceId: t.target_id,
      docId: t.doc_id,
      nameZh: city?.name_zh ?? doc.city_zh,
      nameEn: city?.name_en ?? doc.city_en,
      comparator: t.comparator,
      value: t.value,
      valueMax: t.value_max,
      unit: t.unit,
      isNewCount: t.is_new_count,
      year: t.target_year,
      quote: t.quote,
      sourceTitle: doc.title,
    });
  }
  for (const r of data.references.rows) {
    const indicator = r.indicator_id === null ? undefined : indicators.get(r.indicator_id);
    if (r.kind !== 'target' || r.value === null || indicator === undefined) continue;
    if (!isListMatch(filters.domains, indicator.domain)) continue;
    if (filters.yearFrom !== null && r.year < filters.yearFrom) continue;
    if (filters.yearTo !== null && r.year > filters.yearTo) continue;
    targets.push({
      indicatorId: indicator.indicator_id,
      scope: r.scope,
      sourceId: r.reference_id,
      docId: null,
      nameZh: r.region_zh,
      nameEn: r.region_en,
      comparator: r.comparator,
      value: r.value,
      valueMax: r.value_max,
      unit: r.unit,
      isNewCount: false,
      year: r.year,
      quote: r.quote,
      sourceTitle: r.source_title,
    });
  }
  targets.sort(
    (a, b) =>
      compareText(a.indicatorId, b.indicatorId) ||
      SCOPE_ORDER[a.scope] - SCOPE_ORDER[b.scope] ||
      compareText(a.nameEn, b.nameEn) ||
      compareNullable(a.year, b.year) ||
      compareText(a.sourceId, b.sourceId),
  );

  const outcomes: ReportedOutcome[] = [];
  for (const o of data.outcomes.rows) {
    const indicator = o.indicator_id === null ? undefined : indicators.get(o.indicator_id);
    if (indicator === undefined || o.period !== 'annual' || !['exact', 'approximate'].includes(o.match))
      continue;
    if (!isListMatch(filters.cities, o.city_id) || !isListMatch(filters.domains, indicator.domain)) continue;
    const city = cities.get(o.city_id);
    outcomes.push({
      indicatorId: indicator.indicator_id,
      scope: 'city',
      nameZh: city?.name_zh ?? o.city_id,
      nameEn: city?.name_en ?? o.city_id,
      year: o.year,
      value: o.value,
      unit: o.unit,
      sourceTitle: o.source_title,
    });
  }
  for (const r of data.references.rows) {
    const indicator = r.indicator_id === null ? undefined : indicators.get(r.indicator_id);
    if (r.kind !== 'outcome' || r.value === null || r.unit === null || indicator === undefined) continue;
    if (!isListMatch(filters.domains, indicator.domain)) continue;
    outcomes.push({
      indicatorId: indicator.indicator_id,
      scope: r.scope,
      nameZh: r.region_zh,
      nameEn: r.region_en,
      year: r.year,
      value: r.value,
      unit: r.unit,
      sourceTitle: r.source_title,
    });
  }
  outcomes.sort(
    (a, b) =>
      compareText(a.indicatorId, b.indicatorId) ||
      SCOPE_ORDER[a.scope] - SCOPE_ORDER[b.scope] ||
      compareText(a.nameEn, b.nameEn) ||
      a.year - b.year,
  );

  const indicatorInfo = [...indicators.values()]
    .map((i) => ({
      indicatorId: i.indicator_id,
      nameZh: i.name_zh,
      nameEn: i.name_en,
      unit: i.unit,
      direction: i.direction,
    }))
    .sort((a, b) => compareText(a.indicatorId, b.indicatorId));
  return { targets, outcomes, indicators: indicatorInfo };
}

/** The twin of {@link queryDatasetCounts}: the methodology page's counts. */
export function calcDatasetCounts(data: Dataset): DatasetCountsRow {
  const targets = data.targets.rows;
  const documents = data.documents.rows;
  const indicators = data.indicators.rows;
  const outcomes = data.outcomes.rows;
  const count = <T>(rows: readonly T[], keep: (row: T) => boolean) => rows.filter(keep).length;
  const issueYears = documents.map((d) => d.issue_year).filter((y): y is number => y !== null);
  const horizons = documents.map((d) => d.horizon_year).filter((y): y is number => y !== null);
  return {
    documentCount: documents.length,
    cityCount: new Set(documents.map((d) => d.city_id)).size,
    recordCount: targets.length,
    quantitativeCount: count(targets, (t) => t.comparator !== 'qualitative'),
    qualitativeCount: count(targets, (t) => t.comparator === 'qualitative'),
    unmappedCount: count(targets, (t) => t.comparator !== 'qualitative' && t.indicator_id === null),
    documentYearCount: count(targets, (t) => t.year_basis === 'document'),
    noYearCount: count(targets, (t) => t.target_year === null),
    autoReviewCount: count(targets, (t) => t.review === 'auto'),
    correctedCount: count(targets, (t) => t.review === 'corrected'),
    indicatorCount: indicators.length,
    indicatorWithoutTargetCount: count(indicators, (i) => i.target_count === 0),
    sharedIndicatorCount: count(indicators, (i) => i.city_count >= 2),
    outcomeCount: outcomes.length,
    assessingOutcomeCount: count(
      outcomes,
      (o) => ['exact', 'approximate'].includes(o.match) && o.period === 'annual',
    ),
    referenceCount: data.references.rows.length,
    firstIssueYear: issueYears.length === 0 ? null : Math.min(...issueYears),
    lastHorizonYear: horizons.length === 0 ? null : Math.max(...horizons),
  };
}

/** The twin of {@link queryDatasetSources}: the plans, in issue order (undated last). */
export function calcDatasetSources(data: Dataset): DatasetSourceRow[] {
  const cities = new Map(data.cities.rows.map((c) => [c.city_id, c]));
  return data.documents.rows
    .map((d) => ({
      docId: d.doc_id,
      cityZh: cities.get(d.city_id)?.name_zh ?? d.city_zh,
      cityEn: cities.get(d.city_id)?.name_en ?? d.city_en,
      title: d.title,
      issueYear: d.issue_year,
    }))
    .sort((a, b) => compareNullable(a.issueYear, b.issueYear) || compareText(a.docId, b.docId));
}
