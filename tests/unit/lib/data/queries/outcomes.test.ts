import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { QueryCoordinator } from '../../../../../src/lib/data/coordinator.ts';
import {
  CONTEXT_ROWS_PER_LINE,
  LINE_COUNTS_QUERY,
  LINE_OUTCOMES_QUERY,
  LINE_PAGE_SIZE,
  LINES_QUERY,
  readLineLimit,
} from '../../../../../src/lib/data/queries/outcomes.ts';
import { judgeUserOutcomes } from '../../../../../src/lib/data/queries/user-attainment.ts';
import { bindQuery } from '../../../../../src/lib/data/query.ts';
import type { OutcomeRow } from '../../../../../src/lib/outcomes/types.ts';
import type { NodeEngine } from '../../../../../scripts/lib/duckdb-node.ts';
import { buildState, openPublishedEngine, runQuery, runSql } from '../../../../published-data.ts';
import { FILTER_CASES } from './filter-cases.ts';
import { readOutcomeFixture, writeUserOutcomes, writeUserRows } from './user-rows.ts';

let engine: NodeEngine;
let good: OutcomeRow[];

beforeAll(async () => {
  engine = await openPublishedEngine();
  good = await readOutcomeFixture(engine, 'good-outcomes.csv');
});
afterEach(async () => {
  await writeUserRows(engine, 'attainment', []);
  await writeUserRows(engine, 'outcomes', []);
});
afterAll(() => engine.close());

/**
 * Plain SQL for the lines a filter case shows, written here: quantitative targets with any outcome row of
 * their city filed under their indicator or target_id, or with a canonical indicator and a status other than
 * "cannot be assessed"; by city, those with outcome rows first, then by id.
 */
function buildCandidatesSql(filters: (typeof FILTER_CASES)[number][1]): string {
  const where = ["t.comparator <> 'qualitative'"];
  if (filters.cities.length > 0)
    where.push(`t.city_id IN (${filters.cities.map((c) => `'${c}'`).join(', ')})`);
  if (filters.domains.length > 0)
    where.push(`t.domain IN (${filters.domains.map((d) => `'${d}'`).join(', ')})`);
  if (filters.yearFrom !== null) where.push(`t.target_year >= ${filters.yearFrom}`);
  if (filters.yearTo !== null) where.push(`t.target_year <= ${filters.yearTo}`);
  return `WITH candidates AS (
    SELECT t.target_id, t.city_id, t.indicator_id, a.status,
      EXISTS (SELECT 1 FROM published.outcomes o WHERE o.city_id = t.city_id
        AND (o.indicator_id = t.indicator_id OR o.target_id = t.target_id)) AS has_rows
    FROM published.targets t JOIN published.attainment a USING (target_id)
    WHERE ${where.join(' AND ')}
  )`;
}

function buildExpectedLinesSql(filters: (typeof FILTER_CASES)[number][1]): string {
  return `${buildCandidatesSql(filters)}
  SELECT target_id, city_id, has_rows FROM candidates
  WHERE has_rows OR (indicator_id IS NOT NULL AND status <> 'not_assessable')
  ORDER BY city_id, has_rows DESC, target_id`;
}

async function targetIdOf(cityId: string, indicatorId: string): Promise<string> {
  const [row] = await runSql(
    engine,
    `SELECT target_id FROM published.targets WHERE city_id = '${cityId}' AND indicator_id = '${indicatorId}'
    AND comparator <> 'qualitative'`,
  );
  return String(row?.target_id);
}

describe('outcomes.lines', () => {
  it.each(FILTER_CASES)('shows every target an outcome can speak to, by city: %s', async (_name, filters) => {
    const state = buildState(filters);
    const lines = await runQuery(engine, LINES_QUERY, state);
    const expected = await runSql(engine, buildExpectedLinesSql(filters));
    expect(lines.map((l) => l.targetId)).toEqual(expected.map((r) => r.target_id));
    for (const line of lines) {
      expect(line.groupKey).toBe(line.cityId);
      expect(line.groupCount).toBe(expected.filter((r) => r.city_id === line.cityId).length);
    }
    const counts = await runQuery(engine, LINE_COUNTS_QUERY, state);
    expect(counts.lineCount).toBe(expected.length);
    const [all] = await runSql(engine, `${buildCandidatesSql(filters)} SELECT count(*) AS n FROM candidates`);
    expect(counts.otherCount).toBe(Number(all?.n) - expected.length);
  });

  it('draws what the line needs: Hangzhou’s “产品质量国家监督抽查合格率稳定在90%以上” by 2015', async () => {
    const id = await targetIdOf('hangzhou', 'product_spot_check_pass_rate');
    const line = (await runQuery(engine, LINES_QUERY, buildState({}, {}, 'en'))).find(
      (l) => l.targetId === id,
    );
    expect(line).toMatchObject({
      cityNameEn: 'Hangzhou',
      groupNameEn: 'Hangzhou',
      target: { comparator: '>=', value: 90, unit: '%', targetYear: 2015 },
      direction: 'higher',
      comparedUnit: '%',
      status: 'no_outcome',
      outcomeCount: 3,
      origin: 'published',
    });
  });

  it('groups by indicator with ?by=indicator: every PM2.5 target in one group, named for the indicator', async () => {
    const lines = await runQuery(engine, LINES_QUERY, buildState({}, { by: 'indicator' }));
    const pm25 = await runSql(
      engine,
      `SELECT target_id FROM published.targets WHERE indicator_id = 'pm25_concentration'
      AND comparator <> 'qualitative' ORDER BY target_id`,
    );
    const group = lines.filter((l) => l.groupKey === 'pm25_concentration');
    expect(group.map((l) => l.targetId).sort()).toEqual(pm25.map((r) => r.target_id));
    expect(
      group.every((l) => l.groupCount === pm25.length && l.groupNameEn === 'PM2.5 annual mean concentration'),
    ).toBe(true);
    // A group's lines are drawn together, and groups whose first line has outcome rows come first.
    const keys = lines.map((l) => l.groupKey);
    expect(new Set(keys).size).toBe(keys.filter((k, i) => k !== keys[i - 1]).length);
    const order = keys.filter((k, i) => k !== keys[i - 1]);
    const hasRows = order.map((key) => lines.some((l) => l.groupKey === key && l.outcomeCount > 0));
    expect(hasRows).toEqual([...hasRows].sort((a, b) => Number(b) - Number(a)));
    expect(hasRows).toContain(true);
    expect(hasRows).toContain(false);
  });

  it('binds the page size from ?lines= and the SQL takes only that many, in the same order', async () => {
    const state = buildState();
    const all = await runQuery(engine, LINES_QUERY, state);
    const { sql, params } = bindQuery(LINES_QUERY, state);
    expect(params.at(-1)).toBe(LINE_PAGE_SIZE);
    const ten = await engine.run(sql, [...params.slice(0, -1), 10]);
    expect(ten.map((r) => r.target_id)).toEqual(all.slice(0, 10).map((l) => l.targetId));
    // Group sizes still count the lines beyond the page.
    expect(ten.map((r) => r.group_count)).toEqual(all.slice(0, 10).map((l) => l.groupCount));
  });
});

describe('readLineLimit', () => {
  it.each([
    [undefined, LINE_PAGE_SIZE],
    ['', LINE_PAGE_SIZE],
    ['20', LINE_PAGE_SIZE],
    [String(2 * LINE_PAGE_SIZE), 2 * LINE_PAGE_SIZE],
    [String(2 * LINE_PAGE_SIZE + 1), 3 * LINE_PAGE_SIZE],
    ['many', LINE_PAGE_SIZE],
  ])('?lines=%s → %s', (lines, limit) => {
    expect(readLineLimit(lines === undefined ? {} : { lines })).toBe(limit);
  });
});

describe('outcomes.lineOutcomes', () => {
  it('gives each line its rows and their roles (hand-checked from data/outcomes/city-outcomes.csv)', async () => {
    const rows = await runQuery(engine, LINE_OUTCOMES_QUERY, buildState());
    const of = async (cityId: string, indicatorId: string) => {
      const id = await targetIdOf(cityId, indicatorId);
      return rows.filter((r) => r.targetId === id).map((r) => [r.role, r.period, r.value, r.match]);
    };
    // Hangzhou's pooled spot-check rates: a different definition, context only.
    expect(await of('hangzhou', 'product_spot_check_pass_rate')).toEqual([
      ['context', 'annual', 93.64, 'different_definition'],
      ['context', 'annual', 94.97, 'different_definition'],
      ['context', 'annual', 95.67, 'different_definition'],
    ]);
    // Shanwei's PM2.5 "30左右" by 2017: monthly 2017 values and annual 2019, 2020, none of 2017.
    expect(await of('shanwei', 'pm25_concentration')).toEqual([
      ['context', 'monthly 2017-08', 16, 'context'],
      ['context', 'monthly 2017-09', 20, 'context'],
      ['context', 'annual', 21, 'exact'],
      ['context', 'annual', 18, 'exact'],
    ]);
    // Linxia's 7 attractions of 4A and above in 2020: the outcome.
    expect(await of('linxia', 'scenic_4a_plus')).toEqual([['outcome', 'annual', 7, 'approximate']]);
  });

  it(`keeps the latest ${CONTEXT_ROWS_PER_LINE} context rows of a line`, async () => {
    // HYPOTHETICAL monthly rows written straight into the engine (36 months), to reach the cap.
    const [published] = good;
    const monthly = Array.from({ length: 36 }, (_, i) => ({
      ...published,
      year: 2013 + Math.floor(i / 12),
      period: `monthly ${2013 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`,
      value: 90 + i / 10,
      line: i + 2,
    })) as OutcomeRow[];
    await writeUserOutcomes(engine, monthly);
    const id = await targetIdOf('hangzhou', 'product_spot_check_pass_rate');
    const rows = (await runQuery(engine, LINE_OUTCOMES_QUERY, buildState())).filter((r) => r.targetId === id);
    const mine = rows.filter((r) => r.origin === 'yours');
    expect(rows.filter((r) => r.role === 'context')).toHaveLength(CONTEXT_ROWS_PER_LINE);
    expect(mine.map((r) => r.period)).toEqual(monthly.slice(-mine.length).map((r) => r.period));
    // The latest 24: 2016 (published), 2015's twelve months and its published annual row, 2014-12 to 2014-03.
    expect(mine[0]?.period).toBe('monthly 2014-03');
  });
});

describe('a researcher’s file, re-judged and written as the browser writes it', () => {
  it('turns Hangzhou’s spot-check line to met by your 2015 row; the published 2015 row stays context', async () => {
    const c = new QueryCoordinator();
    c.connect(engine);
    await writeUserRows(engine, 'attainment', await judgeUserOutcomes(c, good));
    await writeUserOutcomes(engine, good);
    const id = await targetIdOf('hangzhou', 'product_spot_check_pass_rate');
    const state = buildState({ cities: ['hangzhou'] });
    const line = (await runQuery(engine, LINES_QUERY, state)).find((l) => l.targetId === id);
    expect(line).toMatchObject({ status: 'met', origin: 'yours', outcomeCount: 5 });
    // Two of your annual rows from the base year on: a progress status.
    expect(line?.progress).not.toBeNull();
    const rows = (await runQuery(engine, LINE_OUTCOMES_QUERY, state)).filter((r) => r.targetId === id);
    expect(rows.map((r) => [r.role, r.year, r.value, r.origin])).toEqual([
      ['context', 2014, 93.64, 'yours'],
      ['context', 2014, 93.64, 'published'],
      ['outcome', 2015, 94.97, 'yours'],
      ['context', 2015, 94.97, 'published'],
      ['context', 2016, 95.67, 'published'],
    ]);
  });
});
