/**
 * The City profile's queries: the plans to pick from, the open plan with its cleaned text, its records with
 * the offsets of their quotes, and its specificity summary. Which plan is open is decided in SQL from the URL
 * (`doc`, else the plan of `target`, else the first plan of the filtered cities), so every query of the view
 * binds from the URL alone and all run together.
 */

import {
  readBoolean,
  readNullableNumber,
  readNullableString,
  readNumber,
  readNumberList,
  readOneOf,
  readString,
  readStringList,
  type RawRow,
} from '../fields.ts';
import { DOMAINS } from '../../extract/types.ts';
import { STATUS_ORDER, type AttainmentStatus } from '../../outcomes/attainment.ts';
import { defineQuery, type SqlParam, type ViewState } from '../query.ts';
import type { Origin } from '../setup.ts';
import { bindFilters, buildListMatchSql, buildOrderListSql } from '../sql.ts';
import { decodePlanSummaryRow, PLANS_SQL } from './overview.ts';
import { decodeTargetSummary, readOrigin, TARGET_SUMMARY_COLUMNS_SQL, type TargetSummary } from './shared.ts';

/** One plan of {@link CITY_PLANS_QUERY}. */
export interface CityPlanRow {
  docId: string;
  cityId: string;
  cityZh: string;
  cityEn: string;
  title: string | null;
  kind: string | null;
  issueYear: number | null;
  horizonYear: number | null;
}

/** Every plan of the cities passing the city filter, for the picker: by city, then date. */
export const CITY_PLANS_QUERY = defineQuery({
  name: 'city.plans',
  sql: `SELECT d.doc_id, d.city_id,
  coalesce(c.name_zh, d.city_zh) AS city_zh, coalesce(c.name_en, d.city_en) AS city_en,
  d.title, d.kind, d.issue_year, d.horizon_year
FROM documents d LEFT JOIN cities c ON c.city_id = d.city_id
WHERE ${buildListMatchSql('$1', 'd.city_id')}
ORDER BY d.city_id, d.issue_date NULLS LAST, d.doc_id`,
  bind: ({ filters }) => [filters.cities.join(',')],
  decode: (rows) =>
    rows.map((row): CityPlanRow => ({
      docId: readString(row, 'doc_id'),
      cityId: readString(row, 'city_id'),
      cityZh: readString(row, 'city_zh'),
      cityEn: readString(row, 'city_en'),
      title: readNullableString(row, 'title'),
      kind: readNullableString(row, 'kind'),
      issueYear: readNullableNumber(row, 'issue_year'),
      horizonYear: readNullableNumber(row, 'horizon_year'),
    })),
});

/**
 * A CTE `pick(doc_id)`: the document named by the first parameter if it exists, else the document of the
 * target named by the second, else the first plan (in {@link CITY_PLANS_QUERY} order) of the cities in the
 * third. Parameters are given by name, so a query can place them after its own.
 */
function buildPickSql(doc: string, target: string, cities: string): string {
  return `pick AS (
  SELECT coalesce(
    (SELECT doc_id FROM documents WHERE doc_id = ${doc}),
    (SELECT doc_id FROM targets WHERE target_id = ${target}),
    (SELECT d.doc_id FROM documents d WHERE ${buildListMatchSql(cities, 'd.city_id')}
      ORDER BY d.city_id, d.issue_date NULLS LAST, d.doc_id LIMIT 1)
  ) AS doc_id
)`;
}

/**
 * The parameters that choose the plan. Once the URL names the plan (`doc`), the target no longer matters to
 * which plan is open, so it is left out and a click on another target of the same plan asks for exactly what
 * is already known. The city filter stays: a `doc` that names no plan opens the filtered cities' first plan.
 */
function bindPick({ filters, params }: ViewState): SqlParam[] {
  const doc = params['doc'] ?? null;
  return [doc, doc === null ? (params['target'] ?? null) : null, filters.cities.join(',')];
}

/** The open plan. */
export interface PlanDocumentRow {
  docId: string;
  cityId: string;
  cityZh: string;
  cityEn: string;
  province: string | null;
  title: string | null;
  noticeTitle: string | null;
  issuingBody: string | null;
  /** 文号, as the document writes it. */
  docNumber: string | null;
  /** `YYYY-MM-DD`, or null when the document gives none. */
  issueDate: string | null;
  kind: string | null;
  horizonYears: number[];
  /** The cleaned text: `text.slice(quote_start, quote_end)` is each record's quote. */
  text: string;
}

/** The open plan with its metadata and the cleaned text quote offsets refer to; null when no plan matches. */
export const PLAN_DOCUMENT_QUERY = defineQuery({
  name: 'city.document',
  sql: `WITH ${buildPickSql('$1', '$2', '$3')}
SELECT d.doc_id, d.city_id,
  coalesce(c.name_zh, d.city_zh) AS city_zh, coalesce(c.name_en, d.city_en) AS city_en,
  d.province, d.title, d.notice_title, d.issuing_body, d.doc_number, d.issue_date, d.kind,
  d.horizon_years, d.text
FROM pick JOIN documents d ON d.doc_id = pick.doc_id
LEFT JOIN cities c ON c.city_id = d.city_id`,
  bind: bindPick,
  decode: (rows): PlanDocumentRow | null => {
    const [row] = rows;
    if (row === undefined) return null;
    return {
      docId: readString(row, 'doc_id'),
      cityId: readString(row, 'city_id'),
      cityZh: readString(row, 'city_zh'),
      cityEn: readString(row, 'city_en'),
      province: readNullableString(row, 'province'),
      title: readNullableString(row, 'title'),
      noticeTitle: readNullableString(row, 'notice_title'),
      issuingBody: readNullableString(row, 'issuing_body'),
      docNumber: readNullableString(row, 'doc_number'),
      issueDate: readNullableString(row, 'issue_date'),
      kind: readNullableString(row, 'kind'),
      horizonYears: readNumberList(row, 'horizon_years'),
      text: readString(row, 'text'),
    };
  },
});

/** One record of {@link PLAN_TARGETS_QUERY}. */
export interface PlanTargetRow extends TargetSummary {
  targetId: string;
  docId: string;
  topic: string;
  yearBasis: string;
  quoteStart: number;
  quoteEnd: number;
  /** The heading path, `三、主要目标 › (一)产品质量`. */
  section: string;
  /** Passes the domain and target-year filters. */
  isSelected: boolean;
  /** 'yours' for a person's own record. */
  origin: Origin;
}

/**
 * Every record of the open plan, in document order, with its quote offsets and section, and whether it passes
 * the domain and target-year filters: the reader highlights them all, the list shows those that pass.
 */
export const PLAN_TARGETS_QUERY = defineQuery({
  name: 'city.targets',
  sql: `WITH ${buildPickSql('$1', '$2', '$3')}
SELECT t.target_id, t.doc_id, t.topic, ${TARGET_SUMMARY_COLUMNS_SQL}, t.year_basis,
  t.quote_start, t.quote_end, t.section, t.origin,
  (${buildListMatchSql('$4', 't.domain')}
    AND ($5::INTEGER IS NULL OR t.target_year >= $5::INTEGER)
    AND ($6::INTEGER IS NULL OR t.target_year <= $6::INTEGER)) IS TRUE AS is_selected
FROM targets t
WHERE t.doc_id = (SELECT doc_id FROM pick)
ORDER BY t.quote_start, t.target_id`,
  bind: (state) => [...bindPick(state), ...bindFilters(state.filters).slice(1)],
  decode: (rows) =>
    rows.map((row: RawRow): PlanTargetRow => ({
      ...decodeTargetSummary(row),
      targetId: readString(row, 'target_id'),
      docId: readString(row, 'doc_id'),
      topic: readString(row, 'topic'),
      yearBasis: readString(row, 'year_basis'),
      quoteStart: readNumber(row, 'quote_start'),
      quoteEnd: readNumber(row, 'quote_end'),
      section: readString(row, 'section'),
      isSelected: readBoolean(row, 'is_selected'),
      origin: readOrigin(row),
    })),
});

/**
 * The open plan's counts and specificity: the Overview's own plan query (every city, the selected domains,
 * no year range), kept to this plan, so the two views always agree.
 */
export const PLAN_SUMMARY_QUERY = defineQuery({
  name: 'city.summary',
  sql: `WITH ${buildPickSql('$5', '$6', '$7')}
SELECT p.* FROM (${PLANS_SQL}) p WHERE p.doc_id = (SELECT doc_id FROM pick)`,
  bind: (state) => ['', state.filters.domains.join(','), null, null, ...bindPick(state)],
  decode: (rows) => (rows[0] === undefined ? null : decodePlanSummaryRow(rows[0])),
});

/** Everything the City profile draws, asked together. */
export const CITY_QUERIES = {
  plans: CITY_PLANS_QUERY,
  plan: PLAN_DOCUMENT_QUERY,
  targets: PLAN_TARGETS_QUERY,
  summary: PLAN_SUMMARY_QUERY,
};

/** One quantitative target of the open plan that an outcome speaks to, for the printable brief. */
export interface BriefAttainmentRow extends TargetSummary {
  targetId: string;
  status: AttainmentStatus;
  outcomeYear: number | null;
  outcomeValue: number | null;
  outcomeUnit: string | null;
  sourceTitle: string | null;
  sourceUrl: string | null;
}

/**
 * The open plan's quantitative targets judged against an outcome (met, partly met or missed, or with an
 * outcome that could not yet judge them), with the outcome and its source; in document order.
 */
export const BRIEF_ATTAINMENT_QUERY = defineQuery({
  name: 'city.briefAttainment',
  sql: `WITH ${buildPickSql('$1', '$2', '$3')}
SELECT t.target_id, ${TARGET_SUMMARY_COLUMNS_SQL}, a.status,
  o.year AS outcome_year, o.value AS outcome_value, o.unit AS outcome_unit, o.source_title, o.source_url
FROM targets t
JOIN attainment a ON a.target_id = t.target_id
LEFT JOIN outcomes o ON o.outcome_key = a.outcome_key
WHERE t.doc_id = (SELECT doc_id FROM pick) AND a.outcome_key IS NOT NULL
ORDER BY t.quote_start, t.target_id`,
  bind: bindPick,
  decode: (rows) =>
    rows.map((row): BriefAttainmentRow => ({
      ...decodeTargetSummary(row),
      targetId: readString(row, 'target_id'),
      status: readOneOf(row, 'status', STATUS_ORDER),
      outcomeYear: readNullableNumber(row, 'outcome_year'),
      outcomeValue: readNullableNumber(row, 'outcome_value'),
      outcomeUnit: readNullableString(row, 'outcome_unit'),
      sourceTitle: readNullableString(row, 'source_title'),
      sourceUrl: readNullableString(row, 'source_url'),
    })),
});

/** One canonical indicator the open plan commits to a level of, beside the levels other cities set. */
export interface BriefPeerRow {
  indicatorId: string;
  nameZh: string;
  nameEn: string;
  unit: string;
  direction: 'higher' | 'lower';
  /** The plan's level (the highest it sets for the indicator when higher is better, else the lowest). */
  level: number;
  targetYear: number | null;
  /** Each other city's level, its name in both languages. */
  peers: { cityZh: string; cityEn: string; level: number }[];
}

/**
 * The city beside its peers on the indicators they share: for every canonical indicator the open plan sets a
 * comparable level for (`attainment.level`), that level and each other city's (one per city: its most
 * ambitious), for the brief's strip charts. Indicators no other city sets are left out.
 */
export const BRIEF_PEERS_QUERY = defineQuery({
  name: 'city.briefPeers',
  sql: `WITH ${buildPickSql('$1', '$2', '$3')},
levels AS (
  SELECT a.indicator_id, a.city_id, t.doc_id, a.level, a.target_year, i.direction
  FROM attainment a JOIN targets t ON t.target_id = a.target_id JOIN indicators i ON i.indicator_id = a.indicator_id
  WHERE a.level IS NOT NULL
), mine AS (
  SELECT indicator_id, any_value(direction) AS direction,
    CASE WHEN any_value(direction) = 'lower' THEN min(level) ELSE max(level) END AS level,
    max(target_year) AS target_year
  FROM levels WHERE doc_id = (SELECT doc_id FROM pick) GROUP BY indicator_id
), peers AS (
  SELECT l.indicator_id, l.city_id,
    CASE WHEN any_value(l.direction) = 'lower' THEN min(l.level) ELSE max(l.level) END AS level
  FROM levels l
  WHERE l.city_id <> (SELECT city_id FROM documents WHERE doc_id = (SELECT doc_id FROM pick))
  GROUP BY l.indicator_id, l.city_id
)
SELECT m.indicator_id, i.name_zh, i.name_en, i.unit, m.direction, m.level, m.target_year,
  list(coalesce(c.name_zh, p.city_id) ORDER BY p.level, p.city_id) AS peer_zh,
  list(coalesce(c.name_en, p.city_id) ORDER BY p.level, p.city_id) AS peer_en,
  list(p.level ORDER BY p.level, p.city_id) AS peer_levels
FROM mine m
JOIN peers p ON p.indicator_id = m.indicator_id
JOIN indicators i ON i.indicator_id = m.indicator_id
LEFT JOIN cities c ON c.city_id = p.city_id
GROUP BY m.indicator_id, i.name_zh, i.name_en, i.unit, m.direction, m.level, m.target_year, i.domain
ORDER BY list_position(${buildOrderListSql(DOMAINS)}, i.domain), m.indicator_id`,
  bind: bindPick,
  decode: (rows) =>
    rows.map((row): BriefPeerRow => {
      const names = readStringList(row, 'peer_en');
      const levels = readNumberList(row, 'peer_levels');
      return {
        indicatorId: readString(row, 'indicator_id'),
        nameZh: readString(row, 'name_zh'),
        nameEn: readString(row, 'name_en'),
        unit: readString(row, 'unit'),
        direction: readOneOf(row, 'direction', ['higher', 'lower'] as const),
        level: readNumber(row, 'level'),
        targetYear: readNullableNumber(row, 'target_year'),
        peers: readStringList(row, 'peer_zh').map((cityZh, i) => ({
          cityZh,
          cityEn: names[i] ?? cityZh,
          level: levels[i] ?? Number.NaN,
        })),
      };
    }),
});

/** What the printable city brief draws, asked together. */
export const CITY_BRIEF_QUERIES = {
  plan: PLAN_DOCUMENT_QUERY,
  targets: PLAN_TARGETS_QUERY,
  summary: PLAN_SUMMARY_QUERY,
  attainment: BRIEF_ATTAINMENT_QUERY,
  peers: BRIEF_PEERS_QUERY,
};
