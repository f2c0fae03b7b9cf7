/**
 * The queries of "Check a draft" and "Methodology": peers' targets and reported outcomes per canonical
 * indicator, the indicators the extraction maps to, and the dataset's counts. Parameters are bound, as in
 * queries.ts.
 */

import { COMPARATORS } from '../extract/types.ts';
import type { Indicator } from '../extract/types.ts';
import type { IndicatorInfo, PeerData, PeerScope, PeerTarget, ReportedOutcome } from '../draft/check.ts';
import type { Filters } from '../state/url.ts';
import {
  readBoolean,
  readNullableNumber,
  readNullableString,
  readNumber,
  readOneOf,
  readString,
  type RawRow,
} from './fields.ts';
import { buildFilterParams, type QueryRunner } from './queries.ts';
import type { Dataset } from './parquet.ts';

const SCOPES: readonly PeerScope[] = ['city', 'national', 'provincial'];

function buildListMatchSql(param: string, column: string): string {
  return `(${param} = '' OR list_contains(string_split(${param}, ','), ${column}))`;
}

// ---------------------------------------------------------------------------------------------------------

/**
 * Every published target with a level for a canonical indicator: cities' targets under the filters ($1
 * cities, $2 domains, $3–$4 target years), and national and provincial reference targets in the selected
 * domains and years.
 */
export const DRAFT_PEER_TARGETS_SQL = `SELECT 'city' AS scope, 0 AS scope_order, t.indicator_id, t.target_id AS source_id,
  t.doc_id, coalesce(c.name_zh, d.city_zh) AS name_zh, coalesce(c.name_en, d.city_en) AS name_en,
  t.comparator, t.value, t.value_max, t.unit, t.is_new_count, t.target_year AS year, t.quote,
  d.title AS source_title
FROM targets t
JOIN documents d ON d.doc_id = t.doc_id
LEFT JOIN cities c ON c.city_id = t.city_id
WHERE t.indicator_id IS NOT NULL AND t.value IS NOT NULL
  AND ${buildListMatchSql('$1', 't.city_id')} AND ${buildListMatchSql('$2', 't.domain')}
  AND ($3::INTEGER IS NULL OR t.target_year >= $3::INTEGER)
  AND ($4::INTEGER IS NULL OR t.target_year <= $4::INTEGER)
UNION ALL
SELECT r.scope, CASE r.scope WHEN 'provincial' THEN 1 ELSE 2 END AS scope_order, r.indicator_id,
  r.reference_id AS source_id, NULL AS doc_id, r.region_zh AS name_zh,
  r.region_en AS name_en, r.comparator, r.value, r.value_max, r.unit, false AS is_new_count, r.year,
  r.quote, r.source_title
FROM "references" r
JOIN indicators i ON i.indicator_id = r.indicator_id
WHERE r.kind = 'target' AND r.value IS NOT NULL AND ${buildListMatchSql('$2', 'i.domain')}
  AND ($3::INTEGER IS NULL OR r.year >= $3::INTEGER)
  AND ($4::INTEGER IS NULL OR r.year <= $4::INTEGER)
ORDER BY indicator_id, scope_order, name_en, year, source_id`;

/** Decodes one row of {@link DRAFT_PEER_TARGETS_SQL}. */
export function decodePeerTargetRow(row: RawRow): PeerTarget {
  return {
    indicatorId: readString(row, 'indicator_id'),
    scope: readOneOf(row, 'scope', SCOPES),
    sourceId: readString(row, 'source_id'),
    docId: readNullableString(row, 'doc_id'),
    nameZh: readString(row, 'name_zh'),
    nameEn: readString(row, 'name_en'),
    comparator: readOneOf(row, 'comparator', COMPARATORS),
    value: readNullableNumber(row, 'value'),
    valueMax: readNullableNumber(row, 'value_max'),
    unit: readNullableString(row, 'unit'),
    isNewCount: readBoolean(row, 'is_new_count'),
    year: readNullableNumber(row, 'year'),
    quote: readString(row, 'quote'),
    sourceTitle: readNullableString(row, 'source_title'),
  };
}

// ---------------------------------------------------------------------------------------------------------

/**
 * Every reported outcome that can stand for a level reached: cities' annual outcomes of exact or
 * approximate match (the selected cities, $1) and national and provincial reference outcomes, in the
 * selected domains ($2). Outcomes are not filtered by target year.
 */
export const DRAFT_OUTCOMES_SQL = `SELECT 'city' AS scope, 0 AS scope_order, o.indicator_id,
  coalesce(c.name_zh, o.city_id) AS name_zh, coalesce(c.name_en, o.city_id) AS name_en,
  o.year, o.value, o.unit, o.source_title
FROM outcomes o
JOIN indicators i ON i.indicator_id = o.indicator_id
LEFT JOIN cities c ON c.city_id = o.city_id
WHERE o.period = 'annual' AND o.match IN ('exact', 'approximate')
  AND ${buildListMatchSql('$1', 'o.city_id')} AND ${buildListMatchSql('$2', 'i.domain')}
UNION ALL
SELECT r.scope, CASE r.scope WHEN 'provincial' THEN 1 ELSE 2 END AS scope_order, r.indicator_id,
  r.region_zh AS name_zh, r.region_en AS name_en, r.year, r.value, r.unit, r.source_title
FROM "references" r
JOIN indicators i ON i.indicator_id = r.indicator_id
WHERE r.kind = 'outcome' AND r.value IS NOT NULL AND r.unit IS NOT NULL
  AND ${buildListMatchSql('$2', 'i.domain')}
ORDER BY indicator_id, scope_order, name_en, year`;

/** Decodes one row of {@link DRAFT_OUTCOMES_SQL}. */
export function decodeReportedOutcomeRow(row: RawRow): ReportedOutcome {
  return {
    indicatorId: readString(row, 'indicator_id'),
    scope: readOneOf(row, 'scope', SCOPES),
    nameZh: readString(row, 'name_zh'),
    nameEn: readString(row, 'name_en'),
    year: readNumber(row, 'year'),
    value: readNumber(row, 'value'),
    unit: readString(row, 'unit'),
    sourceTitle: readString(row, 'source_title'),
  };
}

// ---------------------------------------------------------------------------------------------------------

/** The canonical indicators: names, unit and which direction is better. */
export const DRAFT_INDICATORS_SQL = `SELECT indicator_id, name_zh, name_en, unit, direction
FROM indicators ORDER BY indicator_id`;

/** Decodes one row of {@link DRAFT_INDICATORS_SQL}. */
export function decodeIndicatorInfoRow(row: RawRow): IndicatorInfo {
  return {
    indicatorId: readString(row, 'indicator_id'),
    nameZh: readString(row, 'name_zh'),
    nameEn: readString(row, 'name_en'),
    unit: readString(row, 'unit'),
    direction: readOneOf(row, 'direction', ['higher', 'lower'] as const),
  };
}

/** Peers' targets, reported outcomes and the indicators, under the filters: what a draft is compared with. */
export async function queryDraftPeers(db: QueryRunner, filters: Filters): Promise<PeerData> {
  const params = buildFilterParams(filters);
  const [targets, outcomes, indicators] = await Promise.all([
    db.run(DRAFT_PEER_TARGETS_SQL, params),
    db.run(DRAFT_OUTCOMES_SQL, params.slice(0, 2)),
    db.run(DRAFT_INDICATORS_SQL, []),
  ]);
  return {
    targets: targets.map(decodePeerTargetRow),
    outcomes: outcomes.map(decodeReportedOutcomeRow),
    indicators: indicators.map(decodeIndicatorInfoRow),
  };
}

/**
 * The canonical indicators as the extraction reads them (wording patterns split from `;`), from the
 * decoded rows, so a draft can be read before DuckDB has started.
 */
export function calcExtractionIndicators(data: Dataset): Indicator[] {
  const split = (text: string) => text.split(';').filter((part) => part.trim() !== '');
  return data.indicators.rows.map((row) => ({
    indicator_id: row.indicator_id,
    name_zh: row.name_zh,
    name_en: row.name_en,
    domain: row.domain,
    topic: row.topic,
    unit: row.unit,
    direction: row.direction,
    wordings: split(row.wordings),
    exclude: split(row.exclude),
  }));
}

// ---------------------------------------------------------------------------------------------------------

/** The dataset's size and known gaps, for the methodology page (no filters: it describes the whole dataset). */
export const DATASET_COUNTS_SQL = `SELECT
  (SELECT count(*) FROM documents)::INTEGER AS document_count,
  (SELECT count(DISTINCT city_id) FROM documents)::INTEGER AS city_count,
  (SELECT count(*) FROM targets)::INTEGER AS record_count,
  (SELECT count(*) FROM targets WHERE comparator <> 'qualitative')::INTEGER AS quantitative_count,
  (SELECT count(*) FROM targets WHERE comparator = 'qualitative')::INTEGER AS qualitative_count,
  (SELECT count(*) FROM targets WHERE comparator <> 'qualitative' AND indicator_id IS NULL)::INTEGER
    AS unmapped_count,
  (SELECT count(*) FROM targets WHERE year_basis = 'document')::INTEGER AS document_year_count,
  (SELECT count(*) FROM targets WHERE target_year IS NULL)::INTEGER AS no_year_count,
  (SELECT count(*) FROM targets WHERE review = 'auto')::INTEGER AS auto_review_count,
  (SELECT count(*) FROM targets WHERE review = 'corrected')::INTEGER AS corrected_count,
  (SELECT count(*) FROM indicators)::INTEGER AS indicator_count,
  (SELECT count(*) FROM indicators WHERE target_count = 0)::INTEGER AS indicator_without_target_count,
  (SELECT count(*) FROM indicators WHERE city_count >= 2)::INTEGER AS shared_indicator_count,
  (SELECT count(*) FROM outcomes)::INTEGER AS outcome_count,
  (SELECT count(*) FROM outcomes WHERE match IN ('exact', 'approximate') AND period = 'annual')::INTEGER
    AS assessing_outcome_count,
  (SELECT count(*) FROM "references")::INTEGER AS reference_count,
  (SELECT min(issue_year) FROM documents) AS first_issue_year,
  (SELECT max(horizon_year) FROM documents) AS last_horizon_year`;

/** The single row of {@link DATASET_COUNTS_SQL}. */
export interface DatasetCountsRow {
  documentCount: number;
  cityCount: number;
  recordCount: number;
  quantitativeCount: number;
  qualitativeCount: number;
  /** Quantitative targets that map to no canonical indicator (not comparable across cities). */
  unmappedCount: number;
  /** Records whose target year only the document's horizon implies. */
  documentYearCount: number;
  noYearCount: number;
  /** Records no person has checked. */
  autoReviewCount: number;
  correctedCount: number;
  indicatorCount: number;
  indicatorWithoutTargetCount: number;
  /** Indicators targeted by two or more cities. */
  sharedIndicatorCount: number;
  outcomeCount: number;
  /** Annual outcomes of exact or approximate match: the only ones that assess a target. */
  assessingOutcomeCount: number;
  referenceCount: number;
  firstIssueYear: number | null;
  lastHorizonYear: number | null;
}

/** Decodes the row of {@link DATASET_COUNTS_SQL}. */
export function decodeDatasetCountsRow(row: RawRow): DatasetCountsRow {
  return {
    documentCount: readNumber(row, 'document_count'),
    cityCount: readNumber(row, 'city_count'),
    recordCount: readNumber(row, 'record_count'),
    quantitativeCount: readNumber(row, 'quantitative_count'),
    qualitativeCount: readNumber(row, 'qualitative_count'),
    unmappedCount: readNumber(row, 'unmapped_count'),
    documentYearCount: readNumber(row, 'document_year_count'),
    noYearCount: readNumber(row, 'no_year_count'),
    autoReviewCount: readNumber(row, 'auto_review_count'),
    correctedCount: readNumber(row, 'corrected_count'),
    indicatorCount: readNumber(row, 'indicator_count'),
    indicatorWithoutTargetCount: readNumber(row, 'indicator_without_target_count'),
    sharedIndicatorCount: readNumber(row, 'shared_indicator_count'),
    outcomeCount: readNumber(row, 'outcome_count'),
    assessingOutcomeCount: readNumber(row, 'assessing_outcome_count'),
    referenceCount: readNumber(row, 'reference_count'),
    firstIssueYear: readNullableNumber(row, 'first_issue_year'),
    lastHorizonYear: readNullableNumber(row, 'last_horizon_year'),
  };
}

/** The dataset's counts for the methodology page. */
export async function queryDatasetCounts(db: QueryRunner): Promise<DatasetCountsRow> {
  const [row] = await db.run(DATASET_COUNTS_SQL, []);
  if (row === undefined) throw new Error('dataset counts query returned no row');
  return decodeDatasetCountsRow(row);
}

/** The plans, for citing the dataset's sources: city and title, in issue order. */
export const DATASET_SOURCES_SQL = `SELECT d.doc_id, coalesce(c.name_zh, d.city_zh) AS city_zh,
  coalesce(c.name_en, d.city_en) AS city_en, d.title, d.issue_year
FROM documents d LEFT JOIN cities c ON c.city_id = d.city_id
ORDER BY d.issue_year NULLS LAST, d.doc_id`;

/** One plan of {@link DATASET_SOURCES_SQL}. */
export interface DatasetSourceRow {
  docId: string;
  cityZh: string;
  cityEn: string;
  title: string | null;
  issueYear: number | null;
}

/** Decodes one row of {@link DATASET_SOURCES_SQL}. */
export function decodeDatasetSourceRow(row: RawRow): DatasetSourceRow {
  return {
    docId: readString(row, 'doc_id'),
    cityZh: readString(row, 'city_zh'),
    cityEn: readString(row, 'city_en'),
    title: readNullableString(row, 'title'),
    issueYear: readNullableNumber(row, 'issue_year'),
  };
}

/** The published plans, for the methodology's citation and the export's source line. */
export async function queryDatasetSources(db: QueryRunner): Promise<DatasetSourceRow[]> {
  return (await db.run(DATASET_SOURCES_SQL, [])).map(decodeDatasetSourceRow);
}
