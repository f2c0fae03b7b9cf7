import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CELL_TARGETS_QUERY,
  readSelectedCell,
  STATUS_MATRIX_QUERY,
} from '../../../../../src/lib/data/queries/attainment.ts';
import { STATUS_ORDER } from '../../../../../src/lib/outcomes/attainment.ts';
import type { NodeEngine } from '../../../../../scripts/lib/duckdb-node.ts';
import { buildState, openPublishedEngine, runQuery, runSql } from '../../../../published-data.ts';
import { FILTER_CASES } from './filter-cases.ts';

let engine: NodeEngine;

beforeAll(async () => {
  engine = await openPublishedEngine();
});
afterAll(() => engine.close());

/** Plain SQL for a filter case, written here, independent of the app's filter SQL. */
function whereSql(filters: (typeof FILTER_CASES)[number][1]): string {
  const parts = ["comparator <> 'qualitative'"];
  if (filters.cities.length > 0) parts.push(`city_id IN (${filters.cities.map((c) => `'${c}'`).join(', ')})`);
  if (filters.domains.length > 0)
    parts.push(`domain IN (${filters.domains.map((d) => `'${d}'`).join(', ')})`);
  if (filters.yearFrom !== null) parts.push(`target_year >= ${filters.yearFrom}`);
  if (filters.yearTo !== null) parts.push(`target_year <= ${filters.yearTo}`);
  return parts.join(' AND ');
}

describe('the published attainment table', () => {
  it('has one row per quantitative target, with the target’s city, domain, indicator and year', async () => {
    const [row] = await runSql(
      engine,
      `SELECT
        (SELECT count(*) FROM published.targets WHERE comparator <> 'qualitative') AS targets,
        (SELECT count(*) FROM published.attainment) AS rows,
        (SELECT count(DISTINCT target_id) FROM published.attainment) AS ids,
        (SELECT count(*) FROM published.attainment a JOIN published.targets t USING (target_id)
          WHERE a.city_id = t.city_id AND a.domain = t.domain AND a.target_year IS NOT DISTINCT FROM t.target_year
            AND a.indicator_id IS NOT DISTINCT FROM t.indicator_id AND t.comparator <> 'qualitative') AS matching`,
    );
    expect(Number(row?.targets)).toBeGreaterThan(100);
    expect([Number(row?.rows), Number(row?.ids), Number(row?.matching)]).toEqual(
      Array(3).fill(Number(row?.targets)),
    );
  });

  it('agrees with plain SQL wherever plain SQL can decide a status', async () => {
    // Three rules re-derived here from data/outcomes/README.md, independent of src/lib/outcomes.
    const [checks] = await runSql(
      engine,
      `WITH a AS (SELECT * FROM published.attainment),
      t AS (SELECT * FROM published.targets WHERE comparator <> 'qualitative'),
      assessing AS (
        SELECT * FROM published.outcomes WHERE period = 'annual' AND match IN ('exact', 'approximate')
      ),
      judged AS (
        SELECT t.target_id, t.comparator, t.value, t.is_new_count, t.target_year, a.status, a.latest_outcome_year,
          i.unit AS indicator_unit, i.direction, t.unit,
          (SELECT max(o.value) FROM assessing o WHERE o.city_id = t.city_id AND o.indicator_id = t.indicator_id
            AND o.year = t.target_year AND o.unit = i.unit) AS outcome
        FROM t JOIN a USING (target_id) LEFT JOIN published.indicators i ON i.indicator_id = t.indicator_id
      ),
      decided AS (
        SELECT target_id, status, CASE
          WHEN is_new_count THEN 'not_assessable'
          WHEN target_year <= latest_outcome_year AND indicator_unit = unit
            AND comparator NOT IN ('increase_by', 'decrease_by') AND outcome IS NULL THEN 'no_outcome'
          WHEN target_year <= latest_outcome_year AND indicator_unit = unit
            AND (comparator = '>=' OR (comparator = '=' AND direction = 'higher')) AND outcome IS NOT NULL
            THEN CASE WHEN outcome >= value THEN 'met' ELSE 'missed' END
        END AS expected
        FROM judged
      )
      SELECT count(expected) AS decided, count(*) FILTER (WHERE expected <> status) AS disagreeing,
        coalesce(list(target_id) FILTER (WHERE expected <> status), []) AS which,
        count(*) FILTER (WHERE expected = 'not_assessable') AS new_counts,
        count(*) FILTER (WHERE expected = 'no_outcome') AS without_outcome,
        count(*) FILTER (WHERE expected = 'met') AS met
      FROM decided`,
    );
    expect(checks?.which).toEqual([]);
    expect(Number(checks?.disagreeing)).toBe(0);
    // Each rule decided some targets, so the check can fail: Shanwei's 新增 counts, the many targets whose
    // year has no published figure, and Linxia's 7 attractions of 4A and above (met).
    expect(Number(checks?.new_counts)).toBeGreaterThan(0);
    expect(Number(checks?.without_outcome)).toBeGreaterThan(30);
    expect(Number(checks?.met)).toBe(1);
  });

  it('is judged as of the dataset’s date: the year before it is the latest an outcome could exist', async () => {
    const rows = await runSql(
      engine,
      'SELECT DISTINCT dataset_date, latest_outcome_year FROM published.attainment',
    );
    expect(rows).toHaveLength(1);
    const date = String(rows[0]?.dataset_date);
    expect(date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(Number(rows[0]?.latest_outcome_year)).toBe(Number(date.slice(0, 4)) - 1);
  });
});

describe('attainment.matrix', () => {
  it.each(FILTER_CASES)('counts every quantitative target once, by status: %s', async (_name, filters) => {
    const matrix = await runQuery(engine, STATUS_MATRIX_QUERY, buildState(filters));
    const totals = await runSql(
      engine,
      `SELECT city_id, domain, count(*) AS n FROM published.targets WHERE ${whereSql(filters)}
      GROUP BY ALL ORDER BY city_id, domain`,
    );
    expect(matrix.map((cell) => [cell.cityId, cell.domain, cell.total])).toEqual(
      totals.map((r) => [r.city_id, r.domain, Number(r.n)]),
    );
    const statuses = await runSql(
      engine,
      `SELECT t.city_id, t.domain, a.status, count(*) AS n
      FROM published.targets t JOIN published.attainment a USING (target_id)
      WHERE ${whereSql(filters).replace(/\b(city_id|domain|target_year)\b/g, 't.$1')}
      GROUP BY ALL`,
    );
    for (const cell of matrix) {
      for (const status of STATUS_ORDER) {
        const n = statuses.find(
          (r) => r.city_id === cell.cityId && r.domain === cell.domain && r.status === status,
        );
        expect(cell.counts[status], `${cell.cityId} ${cell.domain} ${status}`).toBe(Number(n?.n ?? 0));
      }
    }
  });

  it.each([
    // Linxia's plan: 4A级以上旅游景区7个 by 2020, and 7 were reported in 2020.
    ['linxia', 'service', 'met', 1],
    // Taiyuan's 2014 environment targets: its only published figures are for 2018.
    ['taiyuan', 'environment', 'no_outcome', 4],
    ['taiyuan', 'environment', 'met', 0],
    // Hangzhou's spot-check rates pool other checks than the plan's 国家监督抽查: never its outcome.
    ['hangzhou', 'product', 'met', 0],
  ] as const)('hand-checked: %s %s has %s × %s', async (cityId, domain, status, n) => {
    const matrix = await runQuery(engine, STATUS_MATRIX_QUERY, buildState());
    expect(matrix.find((c) => c.cityId === cityId && c.domain === domain)?.counts[status]).toBe(n);
  });
});

describe('attainment.cell', () => {
  it('lists the quantitative targets of Linxia in services, by id, with the outcome each rests on', async () => {
    const rows = await runQuery(engine, CELL_TARGETS_QUERY, buildState({}, { cell: 'linxia.service' }));
    const expected = await runSql(
      engine,
      `SELECT target_id FROM published.targets
      WHERE city_id = 'linxia' AND domain = 'service' AND comparator <> 'qualitative' ORDER BY target_id`,
    );
    expect(rows.map((r) => r.targetId)).toEqual(expected.map((r) => r.target_id));
    expect(rows.every((r) => r.cellCount === expected.length)).toBe(true);
    // Hand-checked: 7 attractions of 4A and above by 2020; 7 reported (as of 2020-11-27).
    const met = rows.filter((r) => r.status === 'met');
    expect(met).toHaveLength(1);
    expect(met[0]).toMatchObject({
      comparator: '=',
      value: 7,
      targetYear: 2020,
      outcome: { year: 2020, period: 'annual', value: 7, unit: 'count', origin: 'published' },
    });
    expect(rows.filter((r) => r.status !== 'met').every((r) => r.outcome === null)).toBe(true);
  });

  it('applies the filters: no Linxia service target is due by 2015', async () => {
    const rows = await runQuery(
      engine,
      CELL_TARGETS_QUERY,
      buildState({ yearTo: 2015 }, { cell: 'linxia.service' }),
    );
    expect(rows).toEqual([]);
  });

  it.each([
    ['no cell', {}],
    ['a malformed cell', { cell: 'linxia' }],
    ['an unknown domain', { cell: 'linxia.sport' }],
  ])('lists nothing for %s', async (_name, params) => {
    expect(await runQuery(engine, CELL_TARGETS_QUERY, buildState({}, params))).toEqual([]);
  });
});

describe('readSelectedCell', () => {
  it.each([
    ['linxia.service', { cityId: 'linxia', domain: 'service' }],
    ['linxia', null],
    ['linxia.sport', null],
    ['.service', null],
    ['a.b.service', null],
  ])('%s → %j', (cell, expected) => {
    expect(readSelectedCell({ cell })).toEqual(expected);
  });
});
