/** The Methodology view's queries: the dataset's size and known gaps, and its plans for citing it. */

import { readNullableNumber, readNullableString, readNumber, readString, type RawRow } from '../fields.ts';
import { defineQuery } from '../query.ts';

/** The published dataset's size and known gaps (no filters, and not a person's own rows: it describes the dataset). */
const DATASET_COUNTS_SQL = `SELECT
  (SELECT count(*) FROM published.documents)::INTEGER AS document_count,
  (SELECT count(DISTINCT city_id) FROM published.documents)::INTEGER AS city_count,
  (SELECT count(*) FROM published.targets)::INTEGER AS record_count,
  (SELECT count(*) FROM published.targets WHERE comparator <> 'qualitative')::INTEGER AS quantitative_count,
  (SELECT count(*) FROM published.targets WHERE comparator = 'qualitative')::INTEGER AS qualitative_count,
  (SELECT count(*) FROM published.targets WHERE comparator <> 'qualitative' AND indicator_id IS NULL)::INTEGER
    AS unmapped_count,
  (SELECT count(*) FROM published.targets WHERE year_basis = 'document')::INTEGER AS document_year_count,
  (SELECT count(*) FROM published.targets WHERE target_year IS NULL)::INTEGER AS no_year_count,
  (SELECT count(*) FROM published.targets WHERE review = 'auto')::INTEGER AS auto_review_count,
  (SELECT count(*) FROM published.targets WHERE review = 'corrected')::INTEGER AS corrected_count,
  (SELECT count(*) FROM published.indicators)::INTEGER AS indicator_count,
  (SELECT count(*) FROM published.indicators WHERE target_count = 0)::INTEGER AS indicator_without_target_count,
  (SELECT count(*) FROM published.indicators WHERE city_count >= 2)::INTEGER AS shared_indicator_count,
  (SELECT count(*) FROM published.outcomes)::INTEGER AS outcome_count,
  (SELECT count(*) FROM published.outcomes WHERE match IN ('exact', 'approximate') AND period = 'annual')::INTEGER
    AS assessing_outcome_count,
  (SELECT count(*) FROM published."references")::INTEGER AS reference_count,
  (SELECT min(issue_year) FROM published.documents) AS first_issue_year,
  (SELECT max(horizon_year) FROM published.documents) AS last_horizon_year`;

/** The single row of {@link DATASET_COUNTS_QUERY}. */
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

function decodeDatasetCountsRow(row: RawRow): DatasetCountsRow {
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

/** The dataset's counts. */
export const DATASET_COUNTS_QUERY = defineQuery({
  name: 'methodology.counts',
  sql: DATASET_COUNTS_SQL,
  bind: () => [],
  decode: (rows) => {
    if (rows[0] === undefined) throw new Error('the dataset counts query returned no row');
    return decodeDatasetCountsRow(rows[0]);
  },
});

/** The published plans, for citing the dataset's sources: city and title, in issue order. */
const DATASET_SOURCES_SQL = `SELECT d.doc_id, coalesce(c.name_zh, d.city_zh) AS city_zh,
  coalesce(c.name_en, d.city_en) AS city_en, d.title, d.issue_year
FROM published.documents d LEFT JOIN cities c ON c.city_id = d.city_id
ORDER BY d.issue_year NULLS LAST, d.doc_id`;

/** One plan of {@link DATASET_SOURCES_QUERY}. */
export interface DatasetSourceRow {
  docId: string;
  cityZh: string;
  cityEn: string;
  title: string | null;
  issueYear: number | null;
}

function decodeDatasetSourceRow(row: RawRow): DatasetSourceRow {
  return {
    docId: readString(row, 'doc_id'),
    cityZh: readString(row, 'city_zh'),
    cityEn: readString(row, 'city_en'),
    title: readNullableString(row, 'title'),
    issueYear: readNullableNumber(row, 'issue_year'),
  };
}

/** The published plans, for the citation and for the source line of exported charts. */
export const DATASET_SOURCES_QUERY = defineQuery({
  name: 'methodology.sources',
  sql: DATASET_SOURCES_SQL,
  bind: () => [],
  decode: (rows) => rows.map(decodeDatasetSourceRow),
});

/** Everything the Methodology view draws, asked together. */
export const METHODOLOGY_QUERIES = {
  counts: DATASET_COUNTS_QUERY,
  sources: DATASET_SOURCES_QUERY,
};
