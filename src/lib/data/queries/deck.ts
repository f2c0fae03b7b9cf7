/**
 * The deck's queries: for each chart a slide can show, the figures of its one-sentence finding and the
 * sources it draws on (the plans shown, the outcome and reference sources, the dataset's date). Findings and
 * source lines are worded from these answers; nothing about them is computed in JavaScript.
 */

import type { SlideChartId } from '../../deck/deck.ts';
import { DOMAINS, type Domain } from '../../extract/types.ts';
import {
  readNullableNumber,
  readNullableString,
  readNumber,
  readOneOf,
  readString,
  readStringList,
  type RawRow,
} from '../fields.ts';
import { defineQuery, type Query, type SqlParam, type ViewState } from '../query.ts';
import { bindFilters, buildListMatchSql, PLAN_FILTER_SQL, TARGET_FILTER_SQL } from '../sql.ts';
import { YEAR_RANGE_SQL } from './compare.ts';
import { bindChosen, CHOSEN_SQL } from './indicator.ts';

/** The plan filter without the domain (which does not apply to plans): `$1` cities, `$2` and `$3` the years. */
const PLAN_ONLY_FILTER_SQL = PLAN_FILTER_SQL.replaceAll('$3', '$2').replaceAll('$4', '$3');

function bindPlanFilters({ filters }: ViewState): SqlParam[] {
  return [filters.cities.join(','), filters.yearFrom, filters.yearTo];
}

/** The day the dataset was built, as every row of the published attainment says. */
const DATASET_DATE_SQL = `(SELECT any_value(dataset_date) FROM published.attainment)`;

/** A city's names, from `cities`, else as its plans give them. */
const CITY_NAMES_SQL = `(SELECT any_value(coalesce(c.name_zh, d.city_zh)) FROM documents d
    LEFT JOIN cities c ON c.city_id = d.city_id WHERE d.city_id = top.city_id) AS city_zh,
  (SELECT any_value(coalesce(c.name_en, d.city_en)) FROM documents d
    LEFT JOIN cities c ON c.city_id = d.city_id WHERE d.city_id = top.city_id) AS city_en`;

/** What a chart draws on: plan titles, other sources (outcomes, references) and the dataset's date. */
export interface SlideSources {
  plans: string[];
  others: string[];
  datasetDate: string | null;
}

function decodeSources(rows: readonly RawRow[]): SlideSources {
  const [row] = rows;
  if (row === undefined) return { plans: [], others: [], datasetDate: null };
  return {
    plans: readStringList(row, 'plans'),
    others: readStringList(row, 'others'),
    datasetDate: readNullableString(row, 'dataset_date'),
  };
}

/** Plan titles in the order every view lists plans: by city, then issue date. */
function buildPlanListSql(docIdsSql: string): string {
  return `(SELECT coalesce(list(coalesce(d.title, d.doc_id) ORDER BY d.city_id, d.issue_date NULLS LAST, d.doc_id), [])
  FROM documents d WHERE d.doc_id IN (${docIdsSql}))`;
}

/** The plans that have a record under all four filters (the Overview matrix, specificity, departments). */
const RECORD_SOURCES_QUERY = defineQuery({
  name: 'deck.recordSources',
  sql: `SELECT ${buildPlanListSql(`SELECT t.doc_id FROM targets t WHERE ${TARGET_FILTER_SQL}`)} AS plans,
  []::VARCHAR[] AS others, ${DATASET_DATE_SQL} AS dataset_date`,
  bind: ({ filters }) => bindFilters(filters),
  decode: decodeSources,
});

/** The plans on the timeline: the selected cities' plans whose span meets the year range. */
const PLAN_SOURCES_QUERY = defineQuery({
  name: 'deck.planSources',
  sql: `SELECT ${buildPlanListSql(`SELECT d.doc_id FROM documents d WHERE ${PLAN_ONLY_FILTER_SQL}`)} AS plans,
  []::VARCHAR[] AS others, ${DATASET_DATE_SQL} AS dataset_date`,
  bind: bindPlanFilters,
  decode: decodeSources,
});

/** One indicator's chart: the plans with a record of it, and the reference targets drawn beside them. */
const INDICATOR_SOURCES_QUERY = defineQuery({
  name: 'deck.indicatorSources',
  sql: `WITH ${CHOSEN_SQL}
SELECT ${buildPlanListSql(`SELECT t.doc_id FROM targets t
  WHERE t.indicator_id = (SELECT indicator_id FROM chosen) AND ${buildListMatchSql('$1', 't.city_id')}
    AND ${YEAR_RANGE_SQL}`)} AS plans,
  (SELECT coalesce(list(DISTINCT r.source_title ORDER BY r.source_title), []) FROM "references" r
    WHERE r.kind = 'target' AND r.value IS NOT NULL AND r.indicator_id = (SELECT indicator_id FROM chosen)
      AND ($3::INTEGER IS NULL OR r.year >= $3::INTEGER) AND ($4::INTEGER IS NULL OR r.year <= $4::INTEGER)
  ) AS others,
  ${DATASET_DATE_SQL} AS dataset_date`,
  bind: bindChosen,
  decode: decodeSources,
});

/** The attainment matrix: the plans judged, and the sources of the outcomes the statuses rest on. */
const ATTAINMENT_SOURCES_QUERY = defineQuery({
  name: 'deck.attainmentSources',
  sql: `WITH judged AS (SELECT t.target_id, t.outcome_key FROM attainment t WHERE ${TARGET_FILTER_SQL})
SELECT ${buildPlanListSql(`SELECT x.doc_id FROM targets x WHERE x.target_id IN (SELECT target_id FROM judged)`)} AS plans,
  (SELECT coalesce(list(DISTINCT o.source_title ORDER BY o.source_title), []) FROM outcomes o
    WHERE o.outcome_key IN (SELECT outcome_key FROM judged WHERE outcome_key IS NOT NULL)) AS others,
  ${DATASET_DATE_SQL} AS dataset_date`,
  bind: ({ filters }) => bindFilters(filters),
  decode: decodeSources,
});

/** The sources query of each chart a slide can show (and that its downloads name). */
export const SLIDE_SOURCES: Readonly<Record<SlideChartId, Query<SlideSources>>> = {
  'overview.matrix': RECORD_SOURCES_QUERY,
  'overview.timeline': PLAN_SOURCES_QUERY,
  'overview.specificity': RECORD_SOURCES_QUERY,
  'compare.indicator': INDICATOR_SOURCES_QUERY,
  'indicator.chart': INDICATOR_SOURCES_QUERY,
  'departments.matrix': RECORD_SOURCES_QUERY,
  'attainment.matrix': ATTAINMENT_SOURCES_QUERY,
};

/** The largest city × domain cell of the Overview matrix (quantitative targets), and how many share it. */
export interface MatrixFinding {
  cityId: string;
  cityZh: string;
  cityEn: string;
  domain: Domain;
  quantitativeCount: number;
  /** Cities with any record under the filters. */
  cityCount: number;
}

/** The finding of the Overview matrix: which city sets the most quantitative targets in one domain. */
export const MATRIX_FINDING_QUERY = defineQuery({
  name: 'deck.matrixFinding',
  sql: `WITH cells AS (
  SELECT t.city_id, t.domain, count(*) FILTER (WHERE t.comparator <> 'qualitative') AS n
  FROM targets t WHERE ${TARGET_FILTER_SQL} GROUP BY t.city_id, t.domain
), top AS (SELECT * FROM cells WHERE n > 0 ORDER BY n DESC, city_id, domain LIMIT 1)
SELECT top.city_id, top.domain, top.n::INTEGER AS quantitative_count, ${CITY_NAMES_SQL},
  (SELECT count(DISTINCT city_id) FROM cells)::INTEGER AS city_count
FROM top`,
  bind: ({ filters }) => bindFilters(filters),
  decode: (rows): MatrixFinding | null => {
    const [row] = rows;
    if (row === undefined) return null;
    return {
      cityId: readString(row, 'city_id'),
      cityZh: readString(row, 'city_zh'),
      cityEn: readString(row, 'city_en'),
      domain: readOneOf(row, 'domain', DOMAINS),
      quantitativeCount: readNumber(row, 'quantitative_count'),
      cityCount: readNumber(row, 'city_count'),
    };
  },
});

/** How many plans the timeline shows, when the first was issued and the last horizon. */
export interface TimelineFinding {
  planCount: number;
  firstIssueYear: number | null;
  lastIssueYear: number | null;
  lastHorizonYear: number | null;
}

/** The finding of the plan timeline. */
export const TIMELINE_FINDING_QUERY = defineQuery({
  name: 'deck.timelineFinding',
  sql: `SELECT count(*)::INTEGER AS plan_count, min(d.start_year) AS first_issue_year,
  max(d.start_year) AS last_issue_year, max(d.horizon_year) AS last_horizon_year
FROM documents d WHERE ${PLAN_ONLY_FILTER_SQL}`,
  bind: bindPlanFilters,
  decode: (rows): TimelineFinding => {
    const [row] = rows;
    if (row === undefined) throw new Error('the timeline finding returned no row');
    return {
      planCount: readNumber(row, 'plan_count'),
      firstIssueYear: readNullableNumber(row, 'first_issue_year'),
      lastIssueYear: readNullableNumber(row, 'last_issue_year'),
      lastHorizonYear: readNullableNumber(row, 'last_horizon_year'),
    };
  },
});

/** The most and least specific plans (share of records with a number, a target year and a lead department). */
export interface SpecificityFinding {
  top: { cityZh: string; cityEn: string; share: number; specificCount: number; recordCount: number };
  bottom: { cityZh: string; cityEn: string; share: number } | null;
}

/** The finding of the specificity chart, on the Overview's own plan counts (domain filter; no year range). */
export const SPECIFICITY_FINDING_QUERY = defineQuery({
  name: 'deck.specificityFinding',
  sql: `WITH plans AS (
  SELECT d.doc_id, any_value(coalesce(c.name_zh, d.city_zh)) AS city_zh, any_value(coalesce(c.name_en, d.city_en)) AS city_en,
    count(t.target_id) AS record_count, count(t.target_id) FILTER (WHERE t.is_specific) AS specific_count
  FROM documents d
  LEFT JOIN cities c ON c.city_id = d.city_id
  LEFT JOIN targets t ON t.doc_id = d.doc_id AND ${buildListMatchSql('$2', 't.domain')}
  WHERE ${PLAN_FILTER_SQL}
  GROUP BY d.doc_id
  HAVING count(t.target_id) > 0
), ranked AS (
  SELECT *, specific_count / record_count AS share,
    row_number() OVER (ORDER BY specific_count / record_count DESC, doc_id) AS from_top,
    row_number() OVER (ORDER BY specific_count / record_count, doc_id) AS from_bottom,
    count(*) OVER () AS plan_count
  FROM plans
)
SELECT city_zh, city_en, share, specific_count::INTEGER AS specific_count, record_count::INTEGER AS record_count,
  from_top = 1 AS is_top
FROM ranked WHERE from_top = 1 OR (from_bottom = 1 AND plan_count > 1)
ORDER BY from_top`,
  bind: ({ filters }) => bindFilters(filters),
  decode: (rows): SpecificityFinding | null => {
    const top = rows.find((row) => row['is_top'] === true);
    const bottom = rows.find((row) => row['is_top'] !== true);
    if (top === undefined) return null;
    return {
      top: {
        cityZh: readString(top, 'city_zh'),
        cityEn: readString(top, 'city_en'),
        share: readNumber(top, 'share'),
        specificCount: readNumber(top, 'specific_count'),
        recordCount: readNumber(top, 'record_count'),
      },
      bottom:
        bottom === undefined
          ? null
          : {
              cityZh: readString(bottom, 'city_zh'),
              cityEn: readString(bottom, 'city_en'),
              share: readNumber(bottom, 'share'),
            },
    };
  },
});

/** A level target of one indicator, with its distance from the national target of the same year and unit. */
export interface IndicatorFinding {
  indicatorZh: string;
  indicatorEn: string;
  unit: string;
  /** Cities that set a level for the indicator. */
  cityCount: number;
  /** The lowest and highest levels set, with their cities. */
  lowest: { value: number; cityZh: string; cityEn: string } | null;
  highest: { value: number; cityZh: string; cityEn: string } | null;
  /** The city target furthest from the national target, where there is one. */
  furthest: {
    cityZh: string;
    cityEn: string;
    value: number;
    targetYear: number | null;
    referenceValue: number;
    referenceYear: number | null;
    /** The city's level minus the national one, in the indicator's unit. */
    difference: number;
  } | null;
}

/**
 * The finding of an indicator's chart (Compare, Indicator detail): the range of levels the cities set and the
 * target furthest from the national target for the same unit (the national target of the nearest year).
 */
export const INDICATOR_FINDING_QUERY = defineQuery({
  name: 'deck.indicatorFinding',
  sql: `WITH ${CHOSEN_SQL},
levels AS (
  SELECT t.target_id, t.city_id, t.value, t.target_year,
    (SELECT any_value(coalesce(c.name_zh, d.city_zh)) FROM documents d LEFT JOIN cities c ON c.city_id = d.city_id
      WHERE d.city_id = t.city_id) AS city_zh,
    (SELECT any_value(coalesce(c.name_en, d.city_en)) FROM documents d LEFT JOIN cities c ON c.city_id = d.city_id
      WHERE d.city_id = t.city_id) AS city_en
  FROM targets t JOIN indicators i ON i.indicator_id = t.indicator_id
  WHERE t.indicator_id = (SELECT indicator_id FROM chosen) AND t.value IS NOT NULL AND NOT t.is_new_count
    AND t.comparator IN ('>=', '=', '<=', '~') AND t.unit = i.unit
    AND ${buildListMatchSql('$1', 't.city_id')} AND ${YEAR_RANGE_SQL}
), national AS (
  SELECT r.value, r.year FROM "references" r JOIN indicators i ON i.indicator_id = r.indicator_id
  WHERE r.indicator_id = (SELECT indicator_id FROM chosen) AND r.scope = 'national' AND r.kind = 'target'
    AND r.value IS NOT NULL AND r.comparator IN ('>=', '=', '<=', '~') AND r.unit = i.unit
), distances AS (
  SELECT l.*, n.value AS reference_value, n.year AS reference_year, l.value - n.value AS difference,
    row_number() OVER (PARTITION BY l.target_id ORDER BY abs(coalesce(n.year, 0) - coalesce(l.target_year, 0)), n.year) AS nearest
  FROM levels l JOIN national n ON true
), furthest AS (
  SELECT * FROM distances WHERE nearest = 1 ORDER BY abs(difference) DESC, target_id LIMIT 1
)
SELECT i.name_zh AS indicator_zh, i.name_en AS indicator_en, i.unit,
  (SELECT count(DISTINCT city_id) FROM levels)::INTEGER AS city_count,
  (SELECT value FROM levels ORDER BY value, target_id LIMIT 1) AS lowest_value,
  (SELECT city_zh FROM levels ORDER BY value, target_id LIMIT 1) AS lowest_city_zh,
  (SELECT city_en FROM levels ORDER BY value, target_id LIMIT 1) AS lowest_city_en,
  (SELECT value FROM levels ORDER BY value DESC, target_id LIMIT 1) AS highest_value,
  (SELECT city_zh FROM levels ORDER BY value DESC, target_id LIMIT 1) AS highest_city_zh,
  (SELECT city_en FROM levels ORDER BY value DESC, target_id LIMIT 1) AS highest_city_en,
  f.city_zh AS furthest_city_zh, f.city_en AS furthest_city_en, f.value AS furthest_value,
  f.target_year AS furthest_year, f.reference_value, f.reference_year, f.difference
FROM indicators i LEFT JOIN furthest f ON true
WHERE i.indicator_id = (SELECT indicator_id FROM chosen)`,
  bind: bindChosen,
  decode: (rows): IndicatorFinding | null => {
    const [row] = rows;
    if (row === undefined) return null;
    const lowest = readNullableNumber(row, 'lowest_value');
    const highest = readNullableNumber(row, 'highest_value');
    const furthestValue = readNullableNumber(row, 'furthest_value');
    return {
      indicatorZh: readString(row, 'indicator_zh'),
      indicatorEn: readString(row, 'indicator_en'),
      unit: readString(row, 'unit'),
      cityCount: readNumber(row, 'city_count'),
      lowest:
        lowest === null
          ? null
          : {
              value: lowest,
              cityZh: readString(row, 'lowest_city_zh'),
              cityEn: readString(row, 'lowest_city_en'),
            },
      highest:
        highest === null
          ? null
          : {
              value: highest,
              cityZh: readString(row, 'highest_city_zh'),
              cityEn: readString(row, 'highest_city_en'),
            },
      furthest:
        furthestValue === null
          ? null
          : {
              cityZh: readString(row, 'furthest_city_zh'),
              cityEn: readString(row, 'furthest_city_en'),
              value: furthestValue,
              targetYear: readNullableNumber(row, 'furthest_year'),
              referenceValue: readNumber(row, 'reference_value'),
              referenceYear: readNullableNumber(row, 'reference_year'),
              difference: readNumber(row, 'difference'),
            },
    };
  },
});

/** The department that leads the most records, and how many records name none. */
export interface DepartmentsFinding {
  department: string | null;
  departmentCount: number;
  recordCount: number;
  noneCount: number;
}

/** The finding of the Departments matrix. */
export const DEPARTMENTS_FINDING_QUERY = defineQuery({
  name: 'deck.departmentsFinding',
  sql: `WITH records AS (SELECT t.target_id, t.lead_departments FROM targets t WHERE ${TARGET_FILTER_SQL}),
led AS (
  SELECT u.department, count(*) AS n FROM records, unnest(records.lead_departments) AS u(department)
  GROUP BY u.department ORDER BY n DESC, u.department LIMIT 1
)
SELECT (SELECT department FROM led) AS department, coalesce((SELECT n FROM led), 0)::INTEGER AS department_count,
  (SELECT count(*) FROM records)::INTEGER AS record_count,
  (SELECT count(*) FROM records WHERE len(lead_departments) = 0)::INTEGER AS none_count`,
  bind: ({ filters }) => bindFilters(filters),
  decode: (rows): DepartmentsFinding => {
    const [row] = rows;
    if (row === undefined) throw new Error('the departments finding returned no row');
    return {
      department: readNullableString(row, 'department'),
      departmentCount: readNumber(row, 'department_count'),
      recordCount: readNumber(row, 'record_count'),
      noneCount: readNumber(row, 'none_count'),
    };
  },
});

/** Targets judged met, partly met or missed, and the city that met the most. */
export interface AttainmentFinding {
  judgedCount: number;
  metCount: number;
  partlyMetCount: number;
  missedCount: number;
  quantitativeCount: number;
  top: { cityZh: string; cityEn: string; metCount: number } | null;
}

/** The finding of the Attainment matrix. */
export const ATTAINMENT_FINDING_QUERY = defineQuery({
  name: 'deck.attainmentFinding',
  sql: `WITH judged AS (SELECT t.city_id, t.status FROM attainment t WHERE ${TARGET_FILTER_SQL}),
top AS (
  SELECT city_id, count(*) AS n FROM judged WHERE status = 'met' GROUP BY city_id ORDER BY n DESC, city_id LIMIT 1
)
SELECT (SELECT count(*) FROM judged)::INTEGER AS quantitative_count,
  (SELECT count(*) FROM judged WHERE status IN ('met', 'partly_met', 'missed'))::INTEGER AS judged_count,
  (SELECT count(*) FROM judged WHERE status = 'met')::INTEGER AS met_count,
  (SELECT count(*) FROM judged WHERE status = 'partly_met')::INTEGER AS partly_met_count,
  (SELECT count(*) FROM judged WHERE status = 'missed')::INTEGER AS missed_count,
  top.n::INTEGER AS top_met_count, ${CITY_NAMES_SQL}
FROM (SELECT 1) LEFT JOIN top ON true`,
  bind: ({ filters }) => bindFilters(filters),
  decode: (rows): AttainmentFinding => {
    const [row] = rows;
    if (row === undefined) throw new Error('the attainment finding returned no row');
    const topMet = readNullableNumber(row, 'top_met_count');
    return {
      quantitativeCount: readNumber(row, 'quantitative_count'),
      judgedCount: readNumber(row, 'judged_count'),
      metCount: readNumber(row, 'met_count'),
      partlyMetCount: readNumber(row, 'partly_met_count'),
      missedCount: readNumber(row, 'missed_count'),
      top:
        topMet === null
          ? null
          : { cityZh: readString(row, 'city_zh'), cityEn: readString(row, 'city_en'), metCount: topMet },
    };
  },
});
