/**
 * Target vs outcome's queries: one page of lines (a target an outcome can speak to, with its attainment),
 * the outcome rows of those lines (the target-year outcome, the base-year outcome, context), and how many
 * targets the page leaves out. Which lines, in which groups and order, is decided in SQL over `attainment`.
 */

import type { AttainmentStatus } from '../../outcomes/attainment.ts';
import type { ProgressStatus } from '../../outcomes/progress.ts';
import {
  readNullableNumber,
  readNullableString,
  readNumber,
  readOneOf,
  readString,
  type RawRow,
} from '../fields.ts';
import { defineQuery, type SqlParam, type ViewState } from '../query.ts';
import { bindFilters, TARGET_FILTER_SQL } from '../sql.ts';
import {
  decodeOutcomeRecord,
  ORIGINS,
  OUTCOME_BASE_QUERIES,
  buildOutcomeColumnsSql,
  PROGRESS_STATUSES,
  readStatus,
  type Origin,
  type OutcomeRecord,
} from './outcome-shared.ts';
import { decodeTargetSummary, TARGET_SUMMARY_COLUMNS_SQL, type TargetSummary } from './shared.ts';

/** Lines shown at first; `?lines=` asks for more, in steps of this many. */
export const LINE_PAGE_SIZE = 100;

/** Context rows drawn per line at most (a target's monthly series can be long); the rest are counted. */
export const CONTEXT_ROWS_PER_LINE = 24;

/** How the lines are grouped: by city (each line names its indicator) or by indicator (each names its city). */
export type LineGrouping = 'city' | 'indicator';

/** `?by=indicator` groups by indicator; by city otherwise. */
export function readLineGrouping(params: Readonly<Record<string, string>>): LineGrouping {
  return params['by'] === 'indicator' ? 'indicator' : 'city';
}

/** `?lines=N`: how many lines to show, a positive multiple of {@link LINE_PAGE_SIZE}. */
export function readLineLimit(params: Readonly<Record<string, string>>): number {
  const asked = Number(params['lines']);
  if (!Number.isInteger(asked) || asked <= LINE_PAGE_SIZE) return LINE_PAGE_SIZE;
  return Math.ceil(asked / LINE_PAGE_SIZE) * LINE_PAGE_SIZE;
}

/**
 * A target an outcome can speak to: one with any outcome row (of any year, period or match), or with a
 * canonical indicator and a status other than "cannot be assessed". Over `attainment t`.
 */
const IS_LINE_SQL = `(t.outcome_count > 0 OR (t.indicator_id IS NOT NULL AND t.status <> 'not_assessable'))`;

/**
 * The page of lines for the filters ($1–$4), the grouping and the limit ($5): groups by city (in city_id
 * order) or by indicator (a target without one is its own group; groups whose first line has outcome rows
 * first, in the order of their first line); inside a group, lines with outcome rows first, then by target_id.
 */
function buildPageSql(by: LineGrouping): string {
  const key = by === 'city' ? 't.city_id' : 'coalesce(t.indicator_id, t.target_id)';
  // A group's rank: its key (by city), or its first line, lines with outcome rows before those without.
  const rank =
    by === 'city' ? 'group_key' : `min(CASE WHEN outcome_count > 0 THEN '0' ELSE '1' END || target_id)`;
  // Group sizes and ranks are aggregated once, not windowed over every line; the page is a top-N sort,
  // materialised because the outcome rows' query reads it twice.
  return `lines AS (
  SELECT t.target_id, t.city_id, t.indicator_id, t.status, t.base_year, t.gap, t.gap_unit, t.gap_closed_share,
    t.outcome_count, t.outcome_key, t.outcome_origin, t.baseline_key, t.baseline_origin, t.progress_status,
    t.progress_method, t.progress_value, t.origin, ${key} AS group_key
  FROM attainment t
  WHERE ${TARGET_FILTER_SQL} AND ${IS_LINE_SQL}
), line_groups AS (
  SELECT group_key, count(*)::INTEGER AS group_count, ${rank} AS group_rank FROM lines GROUP BY group_key
), page AS MATERIALIZED (
  SELECT l.*, g.group_count, g.group_rank FROM lines l JOIN line_groups g ON g.group_key = l.group_key
  ORDER BY g.group_rank, l.group_key, l.outcome_count = 0, l.target_id
  LIMIT $5
)`;
}

function bindLines({ filters, params }: ViewState): SqlParam[] {
  return [...bindFilters(filters), readLineLimit(params)];
}

/** One line of {@link LINES_QUERY}: a target, its group, and its attainment. */
export interface OutcomeLine {
  targetId: string;
  docId: string;
  cityId: string;
  /** The group's key (city_id, indicator_id, or the target_id of a target without one), name and size. */
  groupKey: string;
  groupNameZh: string;
  groupNameEn: string;
  groupCount: number;
  cityNameZh: string;
  cityNameEn: string;
  /** The canonical indicator's name, else the target's own wording. */
  indicatorNameZh: string;
  indicatorNameEn: string;
  target: TargetSummary;
  /** Which way is better (from the canonical indicator); null without one. */
  direction: 'higher' | 'lower' | null;
  /** The unit outcomes are compared in: the indicator's, else the target's. */
  comparedUnit: string | null;
  status: AttainmentStatus;
  baseYear: number | null;
  gap: number | null;
  gapUnit: string | null;
  gapClosedShare: number | null;
  /** Outcome rows of the target of any kind (the line draws at most the target-year, base-year and 24 more). */
  outcomeCount: number;
  progress: { status: ProgressStatus; method: 'target' | 'trend'; value: number | null } | null;
  /** Judged with the published outcomes, or again with yours. */
  origin: Origin;
}

function decodeLine(row: RawRow): OutcomeLine {
  const progressStatus = readNullableString(row, 'progress_status');
  return {
    targetId: readString(row, 'target_id'),
    docId: readString(row, 'doc_id'),
    cityId: readString(row, 'city_id'),
    groupKey: readString(row, 'group_key'),
    groupNameZh: readString(row, 'group_name_zh'),
    groupNameEn: readString(row, 'group_name_en'),
    groupCount: readNumber(row, 'group_count'),
    cityNameZh: readString(row, 'city_name_zh'),
    cityNameEn: readString(row, 'city_name_en'),
    indicatorNameZh: readString(row, 'indicator_name_zh'),
    indicatorNameEn: readString(row, 'indicator_name_en'),
    target: decodeTargetSummary(row),
    direction:
      readNullableString(row, 'direction') === null
        ? null
        : readOneOf(row, 'direction', ['higher', 'lower'] as const),
    comparedUnit: readNullableString(row, 'compared_unit'),
    status: readStatus(row, 'status'),
    baseYear: readNullableNumber(row, 'base_year'),
    gap: readNullableNumber(row, 'gap'),
    gapUnit: readNullableString(row, 'gap_unit'),
    gapClosedShare: readNullableNumber(row, 'gap_closed_share'),
    outcomeCount: readNumber(row, 'outcome_count'),
    progress:
      progressStatus === null
        ? null
        : {
            status: readOneOf(row, 'progress_status', PROGRESS_STATUSES),
            method: readOneOf(row, 'progress_method', ['target', 'trend'] as const),
            value: readNullableNumber(row, 'progress_value'),
          },
    origin: readOneOf(row, 'origin', ORIGINS),
  };
}

function buildLinesSql(by: LineGrouping): string {
  return `WITH ${buildPageSql(by)}
SELECT p.target_id, t.doc_id, p.city_id, p.group_key, p.group_count,
  ${TARGET_SUMMARY_COLUMNS_SQL},
  coalesce(c.name_zh, p.city_id) AS city_name_zh, coalesce(c.name_en, p.city_id) AS city_name_en,
  coalesce(i.name_zh, t.indicator_zh) AS indicator_name_zh,
  coalesce(i.name_en, t.indicator_en) AS indicator_name_en,
  ${by === 'city' ? 'city_name_zh' : 'indicator_name_zh'} AS group_name_zh,
  ${by === 'city' ? 'city_name_en' : 'indicator_name_en'} AS group_name_en,
  i.direction, coalesce(i.unit, t.unit) AS compared_unit,
  p.status, p.base_year, p.gap, p.gap_unit, p.gap_closed_share, p.outcome_count,
  p.progress_status, p.progress_method, p.progress_value, p.origin
FROM page p
JOIN targets t ON t.target_id = p.target_id
LEFT JOIN indicators i ON i.indicator_id = p.indicator_id
LEFT JOIN cities c ON c.city_id = p.city_id
ORDER BY p.group_rank, p.group_key, p.outcome_count = 0, p.target_id`;
}

const LINES_SQL: Readonly<Record<LineGrouping, string>> = {
  city: buildLinesSql('city'),
  indicator: buildLinesSql('indicator'),
};

/** The lines of the page, in the order drawn. */
export const LINES_QUERY = defineQuery({
  name: 'outcomes.lines',
  sql: ({ params }) => LINES_SQL[readLineGrouping(params)],
  bind: bindLines,
  decode: (rows) => rows.map(decodeLine),
});

/** What an outcome row is to its line. */
export type OutcomeRole = 'outcome' | 'baseline' | 'context';

/** One row of {@link LINE_OUTCOMES_QUERY}: an outcome row of a line's target, and its role there. */
export interface LineOutcome extends OutcomeRecord {
  targetId: string;
  role: OutcomeRole;
}

function buildLineOutcomesSql(by: LineGrouping): string {
  // Two equi-joins (by indicator, by target_id) rather than one join on an OR, which cannot be hashed.
  const matched = (column: string) => `SELECT p.target_id AS line_target_id,
    CASE
      WHEN o.outcome_key = p.outcome_key AND o.origin = p.outcome_origin THEN 'outcome'
      WHEN o.outcome_key = p.baseline_key AND o.origin = p.baseline_origin THEN 'baseline'
      ELSE 'context'
    END AS role,
    ${buildOutcomeColumnsSql('o')}
  FROM page p JOIN outcomes o ON o.city_id = p.city_id AND o.${column} = p.${column}`;
  return `WITH ${buildPageSql(by)}, line_rows AS (
  ${matched('indicator_id')}
  UNION
  ${matched('target_id')}
)
SELECT * FROM line_rows
QUALIFY role <> 'context'
  OR row_number() OVER (PARTITION BY line_target_id, role ORDER BY year DESC, period DESC, origin DESC) <= ${CONTEXT_ROWS_PER_LINE}
ORDER BY line_target_id, year, period, origin DESC, file, line`;
}

const LINE_OUTCOMES_SQL: Readonly<Record<LineGrouping, string>> = {
  city: buildLineOutcomesSql('city'),
  indicator: buildLineOutcomesSql('indicator'),
};

/**
 * The outcome rows of the page's lines, by target and then by year and period (a researcher's row before a
 * published row of the same year and period); the latest {@link CONTEXT_ROWS_PER_LINE} context rows per line.
 */
export const LINE_OUTCOMES_QUERY = defineQuery({
  name: 'outcomes.lineOutcomes',
  sql: ({ params }) => LINE_OUTCOMES_SQL[readLineGrouping(params)],
  bind: bindLines,
  decode: (rows) =>
    rows.map((row): LineOutcome => ({
      ...decodeOutcomeRecord(row),
      targetId: readString(row, 'line_target_id'),
      role: readOneOf(row, 'role', ['outcome', 'baseline', 'context'] as const),
    })),
});

/** The single row of {@link LINE_COUNTS_QUERY}. */
export interface LineCountsRow {
  /** Lines under the filters (the page shows the first of them). */
  lineCount: number;
  /** Quantitative targets under the filters that no outcome can speak to (no line). */
  otherCount: number;
}

/** How many lines there are, and how many quantitative targets have none. */
export const LINE_COUNTS_QUERY = defineQuery({
  name: 'outcomes.lineCounts',
  sql: `SELECT count(*) FILTER (WHERE ${IS_LINE_SQL})::INTEGER AS line_count,
  count(*) FILTER (WHERE NOT ${IS_LINE_SQL})::INTEGER AS other_count
FROM attainment t
WHERE ${TARGET_FILTER_SQL}`,
  bind: ({ filters }) => bindFilters(filters),
  decode: (rows): LineCountsRow => {
    const [row] = rows;
    if (row === undefined) throw new Error('the line counts query returned no row');
    return {
      lineCount: readNumber(row, 'line_count'),
      otherCount: readNumber(row, 'other_count'),
    };
  },
});

/** Everything Target vs outcome draws, asked together. */
export const OUTCOMES_VIEW_QUERIES = {
  ...OUTCOME_BASE_QUERIES,
  lines: LINES_QUERY,
  lineOutcomes: LINE_OUTCOMES_QUERY,
  lineCounts: LINE_COUNTS_QUERY,
};
