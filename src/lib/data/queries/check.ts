/**
 * The queries of "Check a draft": what a draft's targets are set beside (peers' targets and reported
 * outcomes per canonical indicator, under the filters), the canonical indicators the extraction maps to, and
 * an example paragraph taken from the data.
 */

import { COMPARATORS, DOMAINS, type Indicator } from '../../extract/types.ts';
import type { IndicatorInfo, PeerScope, PeerTarget, ReportedOutcome } from '../../draft/check.ts';
import {
  readBoolean,
  readNullableNumber,
  readNullableString,
  readNumber,
  readOneOf,
  readString,
  readStringList,
  type RawRow,
} from '../fields.ts';
import { defineQuery } from '../query.ts';
import { bindFilters, buildListMatchSql } from '../sql.ts';
import { readOrigin } from './shared.ts';

const SCOPES: readonly PeerScope[] = ['city', 'national', 'provincial'];

/**
 * Every published target with a level for a canonical indicator: cities' targets under the filters ($1
 * cities, $2 domains, $3–$4 target years), and national and provincial reference targets in the selected
 * domains and years.
 */
const DRAFT_PEER_TARGETS_SQL = `SELECT 'city' AS scope, 0 AS scope_order, t.indicator_id, t.target_id AS source_id,
  t.doc_id, coalesce(c.name_zh, d.city_zh) AS name_zh, coalesce(c.name_en, d.city_en) AS name_en,
  t.comparator, t.value, t.value_max, t.unit, t.is_new_count, t.target_year AS year, t.quote,
  d.title AS source_title, t.origin
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
  r.quote, r.source_title, 'published' AS origin
FROM "references" r
JOIN indicators i ON i.indicator_id = r.indicator_id
WHERE r.kind = 'target' AND r.value IS NOT NULL AND ${buildListMatchSql('$2', 'i.domain')}
  AND ($3::INTEGER IS NULL OR r.year >= $3::INTEGER)
  AND ($4::INTEGER IS NULL OR r.year <= $4::INTEGER)
ORDER BY indicator_id, scope_order, name_en, year, source_id`;

/** Decodes one row of {@link DRAFT_PEER_TARGETS_SQL}. */
function decodePeerTargetRow(row: RawRow): PeerTarget {
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
    origin: readOrigin(row),
  };
}

/** Peers' targets: what a draft target is set beside. */
export const PEER_TARGETS_QUERY = defineQuery({
  name: 'check.peerTargets',
  sql: DRAFT_PEER_TARGETS_SQL,
  bind: ({ filters }) => bindFilters(filters),
  decode: (rows) => rows.map(decodePeerTargetRow),
});

/**
 * Every reported outcome that can stand for a level reached: cities' annual outcomes of exact or
 * approximate match (the selected cities, $1) and national and provincial reference outcomes, in the
 * selected domains ($2). Outcomes are not filtered by target year.
 */
const DRAFT_OUTCOMES_SQL = `SELECT 'city' AS scope, 0 AS scope_order, o.indicator_id,
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
function decodeReportedOutcomeRow(row: RawRow): ReportedOutcome {
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

/** Reported outcomes: the levels peers reached. */
export const PEER_OUTCOMES_QUERY = defineQuery({
  name: 'check.peerOutcomes',
  sql: DRAFT_OUTCOMES_SQL,
  bind: ({ filters }) => bindFilters(filters).slice(0, 2),
  decode: (rows) => rows.map(decodeReportedOutcomeRow),
});

function decodeIndicatorInfoRow(row: RawRow): IndicatorInfo {
  return {
    indicatorId: readString(row, 'indicator_id'),
    nameZh: readString(row, 'name_zh'),
    nameEn: readString(row, 'name_en'),
    unit: readString(row, 'unit'),
    direction: readOneOf(row, 'direction', ['higher', 'lower'] as const),
  };
}

/** The canonical indicators as the extraction reads them (wording patterns as lists) and as results name them. */
export const EXTRACTION_INDICATORS_QUERY = defineQuery({
  name: 'check.indicators',
  sql: `SELECT indicator_id, name_zh, name_en, domain, topic, unit, direction, wordings, exclude
FROM indicators ORDER BY indicator_id`,
  bind: () => [],
  decode: (rows) => ({
    forExtraction: rows.map((row): Indicator => ({
      indicator_id: readString(row, 'indicator_id'),
      name_zh: readString(row, 'name_zh'),
      name_en: readString(row, 'name_en'),
      domain: readOneOf(row, 'domain', DOMAINS),
      topic: readString(row, 'topic'),
      unit: readString(row, 'unit'),
      direction: readOneOf(row, 'direction', ['higher', 'lower'] as const),
      wordings: readStringList(row, 'wordings'),
      exclude: readStringList(row, 'exclude'),
    })),
    info: rows.map(decodeIndicatorInfoRow),
  }),
});

/** A paragraph of a published plan to try the check with. */
export interface DraftExample {
  title: string | null;
  text: string;
}

/**
 * The example a person can try: the paragraph that opens the section with the most quantitative targets that
 * map to a canonical indicator (so the check has peers to show), in whatever plans the dataset holds.
 */
export const DRAFT_EXAMPLE_QUERY = defineQuery({
  name: 'check.example',
  sql: `WITH best AS (
  SELECT t.doc_id, t.section, count(*) AS target_count, min(t.quote_start) AS first_start
  FROM targets t
  WHERE t.comparator <> 'qualitative' AND t.indicator_id IS NOT NULL
  GROUP BY t.doc_id, t.section
  ORDER BY target_count DESC, t.doc_id, t.section
  LIMIT 1
)
SELECT d.title, b.first_start - greatest(0, b.first_start - 2000) AS offset,
  substr(d.text, greatest(0, b.first_start - 2000) + 1, 4000) AS around
FROM best b JOIN documents d ON d.doc_id = b.doc_id`,
  bind: () => [],
  decode: (rows): DraftExample | null => {
    const [row] = rows;
    if (row === undefined) return null;
    // SQL sends the text around the first target; the paragraph is cut at its line breaks here, because
    // SQL counts characters where quote offsets count UTF-16 code units (they differ past U+FFFF).
    const text = readString(row, 'around');
    const start = readNumber(row, 'offset');
    const from = text.lastIndexOf('\n', start - 1) + 1;
    const to = text.indexOf('\n', start);
    return { title: readNullableString(row, 'title'), text: text.slice(from, to === -1 ? undefined : to) };
  },
});

/** Everything "Check a draft" compares with, asked together. */
export const CHECK_QUERIES = {
  peerTargets: PEER_TARGETS_QUERY,
  peerOutcomes: PEER_OUTCOMES_QUERY,
  indicators: EXTRACTION_INDICATORS_QUERY,
  example: DRAFT_EXAMPLE_QUERY,
};
