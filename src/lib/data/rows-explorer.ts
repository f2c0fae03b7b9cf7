/**
 * The Target explorer's queries answered from the decoded rows, so the table draws before DuckDB is ready.
 * Each returns exactly what its SQL twin in queries-explorer.ts returns (held to it by
 * tests/unit/lib/data/rows-explorer.test.ts).
 */

import { COMPARATORS, DOMAINS } from '../extract/types.ts';
import { isInYearRange } from '../state/url.ts';
import type { Dataset } from './parquet.ts';
import { toTargetSummary } from './rows.ts';
import {
  parseSearchTerms,
  type ExplorerQuery,
  type ExplorerRow,
  type ExplorerSortKey,
  type ExplorerTopicRow,
} from './queries-explorer.ts';
import type { TargetRow } from './tables.ts';
import type { Filters } from '../state/url.ts';

const REVIEW_ORDER = ['auto', 'reviewed', 'corrected'];

/** DuckDB orders VARCHAR by UTF-8 bytes, which is code-point order: the same as UTF-16 outside surrogates. */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function isGlobalMatch(target: TargetRow, filters: Filters): boolean {
  return (
    (filters.cities.length === 0 || filters.cities.includes(target.city_id)) &&
    (filters.domains.length === 0 || filters.domains.includes(target.domain)) &&
    isInYearRange(target.target_year, filters)
  );
}

type SortValue = string | number | null;

function calcSortValue(row: ExplorerRow, key: ExplorerSortKey, query: ExplorerQuery): SortValue {
  switch (key) {
    case 'city':
      return row.cityId;
    case 'domain':
      return DOMAINS.indexOf(row.domain);
    case 'topic':
      return row.topic;
    case 'indicator':
      return query.lang === 'zh' ? row.indicatorZh : row.indicatorEn.toLowerCase();
    case 'comparator':
      return COMPARATORS.indexOf(row.comparator);
    case 'value':
      return row.value;
    case 'year':
      return row.targetYear;
    case 'department':
      return row.leadDepartment === '' ? null : row.leadDepartment;
    case 'review':
      return REVIEW_ORDER.indexOf(row.review);
  }
}

function compareSortValues(a: SortValue, b: SortValue, descending: boolean): number {
  // Records without a value go last whichever way the column is sorted, as NULLS LAST does.
  if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
  const order = typeof a === 'number' && typeof b === 'number' ? a - b : compareText(String(a), String(b));
  return descending ? -order : order;
}

/** Twin of the explorer's SQL (`queryExplorerTargets`). */
export function calcExplorerTargets(data: Dataset, query: ExplorerQuery): ExplorerRow[] {
  const documents = new Map(data.documents.rows.map((d) => [d.doc_id, d]));
  const cities = new Map(data.cities.rows.map((c) => [c.city_id, c]));
  const indicators = new Map(data.indicators.rows.map((i) => [i.indicator_id, i]));
  const terms = parseSearchTerms(query.search);
  const rows: ExplorerRow[] = [];
  for (const t of data.targets.rows) {
    if (!isGlobalMatch(t, query.filters)) continue;
    if (query.topic !== null && t.topic !== query.topic) continue;
    if (query.comparator !== null && t.comparator !== query.comparator) continue;
    if (query.canonical !== null && (query.canonical === 'with') !== (t.indicator_id !== null)) continue;
    if (query.indicatorId !== null && t.indicator_id !== query.indicatorId) continue;
    if (query.kind !== null && (query.kind === 'qualitative') !== (t.comparator === 'qualitative')) continue;
    const doc = documents.get(t.doc_id);
    const city = cities.get(t.city_id);
    const indicator = t.indicator_id === null ? undefined : indicators.get(t.indicator_id);
    const cityZh = city?.name_zh ?? doc?.city_zh ?? '';
    const cityEn = city?.name_en ?? doc?.city_en ?? '';
    if (terms.length > 0) {
      const text = [
        t.quote,
        t.indicator_zh,
        t.indicator_en,
        indicator?.name_zh,
        indicator?.name_en,
        cityZh,
        cityEn,
        t.lead_department,
      ]
        .filter((part) => part !== null && part !== undefined)
        .join('\n')
        .toLowerCase();
      if (!terms.every((term) => text.includes(term))) continue;
    }
    rows.push({
      ...toTargetSummary(t),
      targetId: t.target_id,
      docId: t.doc_id,
      cityId: t.city_id,
      cityZh,
      cityEn,
      topic: t.topic,
      indicatorId: t.indicator_id,
      quoteStart: t.quote_start,
      quoteEnd: t.quote_end,
      review: t.review,
    });
  }
  const { sort, descending } = query;
  const keyed = rows.map((row) => ({ row, key: sort === null ? null : calcSortValue(row, sort, query) }));
  keyed.sort(
    (a, b) =>
      (sort === null ? 0 : compareSortValues(a.key, b.key, descending)) ||
      compareText(a.row.targetId, b.row.targetId),
  );
  return keyed.map(({ row }) => row);
}

/** Twin of `EXPLORER_TOPICS_SQL`. */
export function calcExplorerTopics(data: Dataset, filters: Filters): ExplorerTopicRow[] {
  const topics = new Map<string, ExplorerTopicRow>();
  for (const t of data.targets.rows) {
    if (!isGlobalMatch(t, filters)) continue;
    const rank = DOMAINS.indexOf(t.domain) + 1;
    const topic = topics.get(t.topic);
    if (topic === undefined) topics.set(t.topic, { topic: t.topic, domainRank: rank, recordCount: 1 });
    else {
      topic.recordCount += 1;
      topic.domainRank = Math.min(topic.domainRank, rank);
    }
  }
  return [...topics.values()].sort((a, b) => a.domainRank - b.domainRank || compareText(a.topic, b.topic));
}

/** Twin of `EXPLORER_TOTAL_SQL`. */
export function calcExplorerTotal(data: Dataset): number {
  return data.targets.rows.length;
}
