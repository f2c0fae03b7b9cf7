/**
 * The Planner's queries. Which indicator, city and year the planner is about is decided in SQL from the URL
 * (`indicator`, else the indicator most peers' targets state a level for; `for`, else the first city with
 * an assessing outcome, else the first city; `year`, else the end of the first five-year plan after the
 * dataset's year: 2030 for a dataset of 2026), so every
 * query binds from the URL alone and all run together. Peers' levels are counted in SQL; the best outcome
 * and the chosen city's last outcome are picked in SQL; the arithmetic on them is src/lib/outcomes/planner.ts.
 */

import { COMPARATORS, type Comparator } from '../../extract/types.ts';
import type { Direction, LevelCount } from '../../outcomes/planner.ts';
import { ASSESSING_MATCHES } from '../../outcomes/types.ts';
import {
  readBoolean,
  readNullableNumber,
  readNullableString,
  readNumber,
  readOneOf,
  readString,
  type RawRow,
} from '../fields.ts';
import { defineQuery, type SqlParam, type ViewState } from '../query.ts';
import type { ReferenceRow } from '../tables.ts';
import { bindFilters, buildListMatchSql, buildOrderListSql, TARGET_FILTER_SQL } from '../sql.ts';
import {
  buildOutcomeColumnsSql,
  decodeOutcomeRecord,
  OUTCOME_BASE_QUERIES,
  type OutcomeRecord,
} from './outcome-shared.ts';

/** Peer targets listed and drawn at most (all are counted in the percentile). */
export const PEER_LIST_LIMIT = 200;

/** Reported outcomes drawn at most. */
export const REPORTED_LIST_LIMIT = 300;

/**
 * The CTEs every planner query starts from. `peers`: targets under the filters ($1–$4) that state a level;
 * `choices`: their indicators, counted; `chosen`: the indicator `$5` if it is a choice, else the most
 * compared; `reported`: annual outcomes of the chosen indicator in its unit, of the cities under the city
 * filter; `planned`: the year (`$7`, else five years after the dataset's date) and the city (`$6` if it has
 * a plan under the city filter, else the first with an assessing outcome, else the first with a plan).
 */
const PLANNER_CTES_SQL = `WITH peers AS (
  SELECT t.target_id, t.city_id, t.indicator_id, t.level FROM attainment t
  WHERE ${TARGET_FILTER_SQL} AND t.level IS NOT NULL
), choices AS (
  SELECT indicator_id, count(*)::INTEGER AS peer_count FROM peers GROUP BY indicator_id
), chosen AS MATERIALIZED (
  SELECT i.indicator_id, i.name_zh, i.name_en, i.unit, i.direction, c.peer_count
  FROM choices c JOIN indicators i ON i.indicator_id = c.indicator_id
  ORDER BY c.indicator_id = $5 DESC, c.peer_count DESC, c.indicator_id
  LIMIT 1
), reported AS (
  SELECT o.*, list_contains(${buildOrderListSql(ASSESSING_MATCHES)}, o.match) AS is_assessing
  FROM outcomes o JOIN chosen ch ON o.indicator_id = ch.indicator_id AND o.unit = ch.unit
  WHERE o.period = 'annual' AND ${buildListMatchSql('$1', 'o.city_id')}
), planned AS (
  SELECT
    -- Plans follow the five-year plans (十五五 ends in 2030): the first such end after the dataset's year.
    coalesce($7::INTEGER,
      (SELECT (CAST(left(any_value(dataset_date), 4) AS INTEGER) // 5 + 1) * 5 FROM published.attainment)) AS year,
    coalesce(
      (SELECT any_value(d.city_id) FROM documents d
        WHERE d.city_id = $6 AND ${buildListMatchSql('$1', 'd.city_id')}),
      (SELECT r.city_id FROM reported r WHERE r.is_assessing ORDER BY r.origin, r.city_id, r.year LIMIT 1),
      (SELECT min(d.city_id) FROM documents d WHERE ${buildListMatchSql('$1', 'd.city_id')})) AS for_city
)`;

function bindPlanner({ filters, params }: ViewState): SqlParam[] {
  const year = params['year'] ?? '';
  return [
    ...bindFilters(filters),
    params['indicator'] ?? '',
    params['for'] ?? '',
    /^\d{4}$/.test(year) ? Number(year) : null,
  ];
}

function readDirection(row: RawRow, column: string): Direction {
  return readOneOf(row, column, ['higher', 'lower'] as const);
}

/** What the planner is about: the single row of {@link PLANNER_CHOICE_QUERY}. */
export interface PlannerChoice {
  indicatorId: string;
  nameZh: string;
  nameEn: string;
  unit: string;
  direction: Direction;
  /** Peer targets that state a level for the indicator under the filters. */
  peerCount: number;
  /** The year the proposal is for. */
  year: number;
  /** The city whose last outcome the proposal starts from; null when no city has a plan. */
  forCity: string | null;
}

/** The chosen indicator, year and city; null when no target under the filters states a level. */
export const PLANNER_CHOICE_QUERY = defineQuery({
  name: 'planner.choice',
  sql: `${PLANNER_CTES_SQL}
SELECT ch.*, pl.year, pl.for_city FROM chosen ch CROSS JOIN planned pl`,
  bind: bindPlanner,
  decode: (rows): PlannerChoice | null => {
    const [row] = rows;
    if (row === undefined) return null;
    return {
      indicatorId: readString(row, 'indicator_id'),
      nameZh: readString(row, 'name_zh'),
      nameEn: readString(row, 'name_en'),
      unit: readString(row, 'unit'),
      direction: readDirection(row, 'direction'),
      peerCount: readNumber(row, 'peer_count'),
      year: readNumber(row, 'year'),
      forCity: readNullableString(row, 'for_city'),
    };
  },
});

/** An indicator the planner can be about. */
export interface PlannerIndicatorRow {
  indicatorId: string;
  nameZh: string;
  nameEn: string;
  peerCount: number;
}

/** Indicators with at least one peer target level under the filters, most compared first. */
export const PLANNER_INDICATORS_QUERY = defineQuery({
  name: 'planner.indicators',
  sql: `${PLANNER_CTES_SQL}
SELECT i.indicator_id, i.name_zh, i.name_en, c.peer_count
FROM choices c JOIN indicators i ON i.indicator_id = c.indicator_id
ORDER BY c.peer_count DESC, c.indicator_id`,
  bind: bindPlanner,
  decode: (rows) =>
    rows.map((row): PlannerIndicatorRow => ({
      indicatorId: readString(row, 'indicator_id'),
      nameZh: readString(row, 'name_zh'),
      nameEn: readString(row, 'name_en'),
      peerCount: readNumber(row, 'peer_count'),
    })),
});

/** The chosen indicator's peer levels, each with how many targets state it, ascending. */
export const PEER_LEVELS_QUERY = defineQuery({
  name: 'planner.levels',
  sql: `${PLANNER_CTES_SQL}
SELECT p.level, count(*)::INTEGER AS target_count
FROM peers p JOIN chosen ch ON ch.indicator_id = p.indicator_id
GROUP BY p.level
ORDER BY p.level`,
  bind: bindPlanner,
  decode: (rows) =>
    rows.map((row): LevelCount => ({
      level: readNumber(row, 'level'),
      count: readNumber(row, 'target_count'),
    })),
});

/** One peer target of {@link PEER_TARGETS_QUERY}. */
export interface PeerTargetRow {
  targetId: string;
  docId: string;
  cityId: string;
  /** The level it commits to (planner.ts `calcTargetLevel`, published in `attainment.level`). */
  level: number;
  comparator: Comparator;
  value: number | null;
  valueMax: number | null;
  unit: string | null;
  unitZh: string | null;
  targetYear: number | null;
  quote: string;
}

/** The chosen indicator's peer targets, by target_id, the first {@link PEER_LIST_LIMIT}. */
export const PEER_TARGETS_QUERY = defineQuery({
  name: 'planner.peers',
  sql: `${PLANNER_CTES_SQL}
SELECT p.target_id, t.doc_id, p.city_id, p.level, t.comparator, t.value, t.value_max, t.unit, t.unit_zh,
  t.target_year, t.quote
FROM peers p
JOIN chosen ch ON ch.indicator_id = p.indicator_id
JOIN targets t ON t.target_id = p.target_id
ORDER BY p.target_id
LIMIT ${PEER_LIST_LIMIT}`,
  bind: bindPlanner,
  decode: (rows) =>
    rows.map((row): PeerTargetRow => ({
      targetId: readString(row, 'target_id'),
      docId: readString(row, 'doc_id'),
      cityId: readString(row, 'city_id'),
      level: readNumber(row, 'level'),
      comparator: readOneOf(row, 'comparator', COMPARATORS),
      value: readNullableNumber(row, 'value'),
      valueMax: readNullableNumber(row, 'value_max'),
      unit: readNullableString(row, 'unit'),
      unitZh: readNullableString(row, 'unit_zh'),
      targetYear: readNullableNumber(row, 'target_year'),
      quote: readString(row, 'quote'),
    })),
});

/** An annual outcome of the chosen indicator, and whether it may assess a target. */
export interface ReportedOutcome extends OutcomeRecord {
  isAssessing: boolean;
}

function decodeReported(row: RawRow): ReportedOutcome {
  return { ...decodeOutcomeRecord(row), isAssessing: readBoolean(row, 'is_assessing') };
}

const REPORTED_COLUMNS_SQL = `${buildOutcomeColumnsSql('r')}, r.is_assessing`;

/** The answer of {@link REPORTED_OUTCOMES_QUERY}. */
export interface ReportedOutcomes {
  /** The first {@link REPORTED_LIST_LIMIT}. */
  rows: ReportedOutcome[];
  /** How many there are. */
  count: number;
}

/** Annual outcomes of the chosen indicator in its unit (published first, then yours), by city and year. */
export const REPORTED_OUTCOMES_QUERY = defineQuery({
  name: 'planner.outcomes',
  sql: `${PLANNER_CTES_SQL}
SELECT ${REPORTED_COLUMNS_SQL}, count(*) OVER ()::INTEGER AS reported_count
FROM reported r
ORDER BY r.origin, r.city_id, r.year, r.file, r.line
LIMIT ${REPORTED_LIST_LIMIT}`,
  bind: bindPlanner,
  decode: (rows): ReportedOutcomes => ({
    rows: rows.map(decodeReported),
    count: rows[0] === undefined ? 0 : readNumber(rows[0], 'reported_count'),
  }),
});

/** The best assessing outcome of any city under the city filter (by direction; the latest on ties). */
export const BEST_OUTCOME_QUERY = defineQuery({
  name: 'planner.best',
  sql: `${PLANNER_CTES_SQL}
SELECT ${REPORTED_COLUMNS_SQL}
FROM reported r CROSS JOIN chosen ch
WHERE r.is_assessing
ORDER BY CASE WHEN ch.direction = 'higher' THEN -r.value ELSE r.value END, r.year DESC, r.origin DESC, r.city_id
LIMIT 1`,
  bind: bindPlanner,
  decode: (rows): ReportedOutcome | null => (rows[0] === undefined ? null : decodeReported(rows[0])),
});

/** The planned city's latest assessing outcome before the planned year (yours first on a tie). */
export const LAST_OUTCOME_QUERY = defineQuery({
  name: 'planner.last',
  sql: `${PLANNER_CTES_SQL}
SELECT ${REPORTED_COLUMNS_SQL}
FROM reported r CROSS JOIN planned pl
WHERE r.is_assessing AND r.city_id = pl.for_city AND r.year < pl.year
ORDER BY r.year DESC, r.origin DESC
LIMIT 1`,
  bind: bindPlanner,
  decode: (rows): ReportedOutcome | null => (rows[0] === undefined ? null : decodeReported(rows[0])),
});

function decodeReference(row: RawRow): ReferenceRow {
  return {
    reference_id: readString(row, 'reference_id'),
    indicator_id: readNullableString(row, 'indicator_id'),
    scope: readOneOf(row, 'scope', ['national', 'provincial'] as const),
    region_zh: readString(row, 'region_zh'),
    region_en: readString(row, 'region_en'),
    kind: readOneOf(row, 'kind', ['target', 'outcome'] as const),
    comparator: readOneOf(row, 'comparator', COMPARATORS),
    value: readNullableNumber(row, 'value'),
    value_max: readNullableNumber(row, 'value_max'),
    unit: readNullableString(row, 'unit'),
    year: readNumber(row, 'year'),
    quote: readString(row, 'quote'),
    source_title: readString(row, 'source_title'),
    source_url: readString(row, 'source_url'),
    source_note: readNullableString(row, 'source_note'),
  };
}

/** National and provincial references of the chosen indicator with a number in its unit (no changes). */
export const PLANNER_REFERENCES_QUERY = defineQuery({
  name: 'planner.references',
  sql: `${PLANNER_CTES_SQL}
SELECT r.* FROM "references" r JOIN chosen ch ON r.indicator_id = ch.indicator_id AND r.unit = ch.unit
WHERE r.value IS NOT NULL AND r.comparator NOT IN ('increase_by', 'decrease_by')
ORDER BY r.reference_id`,
  bind: bindPlanner,
  decode: (rows) => rows.map(decodeReference),
});

/**
 * The latest national reference of the chosen indicator with a number in its unit (no changes): the one the
 * summary compares a proposal with. On a year with both, the target.
 */
export const PLANNER_NATIONAL_QUERY = defineQuery({
  name: 'planner.national',
  sql: `${PLANNER_CTES_SQL}
SELECT r.* FROM "references" r JOIN chosen ch ON r.indicator_id = ch.indicator_id AND r.unit = ch.unit
WHERE r.scope = 'national' AND r.value IS NOT NULL AND r.comparator NOT IN ('increase_by', 'decrease_by')
ORDER BY r.year DESC, r.kind = 'target' DESC, r.reference_id
LIMIT 1`,
  bind: bindPlanner,
  decode: (rows) => (rows[0] === undefined ? null : decodeReference(rows[0])),
});

/** Everything the Planner draws, asked together. */
export const PLANNER_VIEW_QUERIES = {
  ...OUTCOME_BASE_QUERIES,
  choice: PLANNER_CHOICE_QUERY,
  indicators: PLANNER_INDICATORS_QUERY,
  levels: PEER_LEVELS_QUERY,
  peers: PEER_TARGETS_QUERY,
  outcomes: REPORTED_OUTCOMES_QUERY,
  best: BEST_OUTCOME_QUERY,
  last: LAST_OUTCOME_QUERY,
  references: PLANNER_REFERENCES_QUERY,
  national: PLANNER_NATIONAL_QUERY,
};
