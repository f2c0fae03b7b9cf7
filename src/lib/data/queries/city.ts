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
  /** 'yours' for a plan added in this browser. */
  origin: Origin;
}

/** The open plan with its metadata and the cleaned text quote offsets refer to; null when no plan matches. */
export const PLAN_DOCUMENT_QUERY = defineQuery({
  name: 'city.document',
  sql: `WITH ${buildPickSql('$1', '$2', '$3')}
SELECT d.doc_id, d.city_id,
  coalesce(c.name_zh, d.city_zh) AS city_zh, coalesce(c.name_en, d.city_en) AS city_en,
  d.province, d.title, d.notice_title, d.issuing_body, d.doc_number, d.issue_date, d.kind,
  d.horizon_years, d.text, d.origin
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
      origin: readOrigin(row),
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

/** Plans read side by side at most. */
export const SIDE_PLAN_LIMIT = 3;

/**
 * A CTE `side(doc_id, col)`: the plans to read side by side, in columns 1–3. The plans `side` names (that
 * exist, in its order), else one plan per city (its first) among the filtered cities' plans with a record of
 * the `indicator`, else among all of them.
 */
const SIDE_SQL = `asked AS (
  SELECT a.doc_id, min(a.pos) AS pos
  FROM (SELECT unnest(string_split($1, ',')) AS doc_id, unnest(range(1, len(string_split($1, ',')) + 1)) AS pos) a
  WHERE a.doc_id IN (SELECT doc_id FROM documents)
  GROUP BY a.doc_id
), fallback AS (
  SELECT d.doc_id, row_number() OVER (ORDER BY d.city_id) + 100 AS pos
  FROM documents d
  WHERE ${buildListMatchSql('$3', 'd.city_id')}
    AND ($2 = '' OR EXISTS (SELECT 1 FROM targets t WHERE t.doc_id = d.doc_id AND t.indicator_id = $2))
  QUALIFY row_number() OVER (PARTITION BY d.city_id ORDER BY d.issue_date NULLS LAST, d.doc_id) = 1
), side AS (
  SELECT doc_id, row_number() OVER (ORDER BY pos)::INTEGER AS col
  FROM (SELECT * FROM asked UNION ALL SELECT * FROM fallback WHERE NOT EXISTS (SELECT 1 FROM asked))
  ORDER BY pos
  LIMIT ${SIDE_PLAN_LIMIT}
)`;

function bindSide({ filters, params }: ViewState): SqlParam[] {
  return [params['side'] ?? '', params['indicator'] ?? '', filters.cities.join(',')];
}

/** A plan read side by side, in its column. */
export interface SidePlanRow extends CityPlanRow {
  col: number;
}

/** The plans read side by side, by column. */
export const SIDE_PLANS_QUERY = defineQuery({
  name: 'city.sidePlans',
  sql: `WITH ${SIDE_SQL}
SELECT s.col, d.doc_id, d.city_id, coalesce(c.name_zh, d.city_zh) AS city_zh, coalesce(c.name_en, d.city_en) AS city_en,
  d.title, d.kind, d.issue_year, d.horizon_year
FROM side s JOIN documents d ON d.doc_id = s.doc_id LEFT JOIN cities c ON c.city_id = d.city_id
ORDER BY s.col`,
  bind: bindSide,
  decode: (rows) =>
    rows.map((row): SidePlanRow => ({
      col: readNumber(row, 'col'),
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

/** One record of a plan read side by side. */
export interface SideRecordRow extends TargetSummary {
  col: number;
  targetId: string;
  docId: string;
  section: string;
  indicatorId: string | null;
  /** A record of the chosen indicator: its sentence is highlighted. */
  isChosen: boolean;
}

/**
 * Every record of the plans read side by side, by domain, then column, then document order (the domain and
 * year filters do not apply: the plans are read whole).
 */
export const SIDE_RECORDS_QUERY = defineQuery({
  name: 'city.sideRecords',
  sql: `WITH ${SIDE_SQL}
SELECT s.col, t.target_id, t.doc_id, t.section, t.indicator_id, ${TARGET_SUMMARY_COLUMNS_SQL},
  coalesce(t.indicator_id = $2, false) AS is_chosen
FROM side s JOIN targets t ON t.doc_id = s.doc_id
ORDER BY list_position(${buildOrderListSql(DOMAINS)}, t.domain), s.col, t.quote_start, t.target_id`,
  bind: bindSide,
  decode: (rows) =>
    rows.map((row): SideRecordRow => ({
      ...decodeTargetSummary(row),
      col: readNumber(row, 'col'),
      targetId: readString(row, 'target_id'),
      docId: readString(row, 'doc_id'),
      section: readString(row, 'section'),
      indicatorId: readNullableString(row, 'indicator_id'),
      isChosen: readBoolean(row, 'is_chosen'),
    })),
});

/** A canonical indicator with records in the plans read side by side, for the indicator picker. */
export interface SideIndicatorRow {
  indicatorId: string;
  nameZh: string;
  nameEn: string;
  /** How many of the plans have a record of it. */
  planCount: number;
}

/** The indicators the plans read side by side state, those in more of them first. */
export const SIDE_INDICATORS_QUERY = defineQuery({
  name: 'city.sideIndicators',
  sql: `WITH ${SIDE_SQL}
SELECT i.indicator_id, i.name_zh, i.name_en, count(DISTINCT t.doc_id)::INTEGER AS plan_count
FROM side s JOIN targets t ON t.doc_id = s.doc_id JOIN indicators i ON i.indicator_id = t.indicator_id
GROUP BY i.indicator_id, i.name_zh, i.name_en, i.domain
ORDER BY plan_count DESC, list_position(${buildOrderListSql(DOMAINS)}, i.domain), i.indicator_id`,
  bind: bindSide,
  decode: (rows) =>
    rows.map((row): SideIndicatorRow => ({
      indicatorId: readString(row, 'indicator_id'),
      nameZh: readString(row, 'name_zh'),
      nameEn: readString(row, 'name_en'),
      planCount: readNumber(row, 'plan_count'),
    })),
});

/** What the side-by-side reader draws, asked together (with every plan, for the pickers). */
export const SIDE_BY_SIDE_QUERIES = {
  plans: CITY_PLANS_QUERY,
  side: SIDE_PLANS_QUERY,
  records: SIDE_RECORDS_QUERY,
  indicators: SIDE_INDICATORS_QUERY,
};
