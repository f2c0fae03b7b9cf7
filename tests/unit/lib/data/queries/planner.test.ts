import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { PLANNER_VIEW_QUERIES } from '../../../../../src/lib/data/queries/planner.ts';
import type { ViewState } from '../../../../../src/lib/data/query.ts';
import type { NodeEngine } from '../../../../../scripts/lib/duckdb-node.ts';
import { buildState, openPublishedEngine, runQuery, runSql } from '../../../../published-data.ts';
import { readOutcomeFixture, writeUserOutcomes, writeUserRows } from './user-rows.ts';

let engine: NodeEngine;

beforeAll(async () => {
  engine = await openPublishedEngine();
});
afterEach(async () => {
  await writeUserRows(engine, 'outcomes', []);
});
afterAll(() => engine.close());

const Q = PLANNER_VIEW_QUERIES;

/** Peer levels of an indicator, in plain SQL written here (a range counts by its top when higher is better). */
async function peerLevels(indicatorId: string, where = 'true'): Promise<number[]> {
  const rows = await runSql(
    engine,
    `SELECT CASE WHEN t.comparator = 'range' THEN
        (CASE WHEN i.direction = 'higher' THEN greatest(t.value, t.value_max) ELSE least(t.value, t.value_max) END)
      ELSE t.value END AS level
    FROM published.targets t JOIN published.indicators i USING (indicator_id)
    WHERE t.indicator_id = '${indicatorId}' AND t.value IS NOT NULL AND NOT t.is_new_count
      AND t.comparator NOT IN ('qualitative', 'increase_by', 'decrease_by') AND ${where}
    ORDER BY level`,
  );
  return rows.map((r) => Number(r.level));
}

async function answer(state: ViewState) {
  return {
    choice: await runQuery(engine, Q.choice, state),
    indicators: await runQuery(engine, Q.indicators, state),
    levels: await runQuery(engine, Q.levels, state),
    peers: await runQuery(engine, Q.peers, state),
    outcomes: await runQuery(engine, Q.outcomes, state),
    best: await runQuery(engine, Q.best, state),
    last: await runQuery(engine, Q.last, state),
    references: await runQuery(engine, Q.references, state),
    national: await runQuery(engine, Q.national, state),
  };
}

describe('the planner’s choice of indicator, city and year', () => {
  it('without parameters: the indicator most peers state a level for, by the end of the next five-year plan', async () => {
    const counts = await runSql(
      engine,
      `SELECT indicator_id, count(*) AS n FROM published.targets
      WHERE indicator_id IS NOT NULL AND value IS NOT NULL AND NOT is_new_count
        AND comparator NOT IN ('qualitative', 'increase_by', 'decrease_by')
      GROUP BY ALL ORDER BY n DESC, indicator_id`,
    );
    const [date] = await runSql(engine, 'SELECT any_value(dataset_date) AS d FROM published.attainment');
    const { choice, indicators } = await answer(buildState());
    expect(indicators.map((i) => [i.indicatorId, i.peerCount])).toEqual(
      counts.map((r) => [r.indicator_id, Number(r.n)]),
    );
    expect(choice).toMatchObject({
      indicatorId: counts[0]?.indicator_id,
      peerCount: Number(counts[0]?.n),
      // Built in 2026: the 十五五 plan ends in 2030 (built in 2030, the next ends in 2035).
      year: Math.ceil((Number(String(date?.d).slice(0, 4)) + 1) / 5) * 5,
    });
  });

  it.each([
    ['an indicator no peer states a level for', { indicator: 'scenic_5a_nowhere' }],
    ['a city with no plan', { for: 'beijing' }],
    ['a year that is not one', { year: '20x5' }],
  ])('falls back from %s', async (_label, params) => {
    const fallback = await runQuery(engine, Q.choice, buildState());
    expect(await runQuery(engine, Q.choice, buildState({}, params))).toEqual(fallback);
  });

  it('chooses the first city with an assessing outcome of the indicator when none is named: Shanwei for PM2.5', async () => {
    const choice = await runQuery(engine, Q.choice, buildState({}, { indicator: 'pm25_concentration' }));
    expect(choice).toMatchObject({
      indicatorId: 'pm25_concentration',
      direction: 'lower',
      forCity: 'shanwei',
    });
  });

  it('keeps to the filters: only Hangzhou’s targets are peers when the filter says Hangzhou', async () => {
    const state = buildState({ cities: ['hangzhou'] }, { indicator: 'product_spot_check_pass_rate' });
    const { choice, levels, peers } = await answer(state);
    expect(choice?.peerCount).toBe(1);
    expect(levels).toEqual([{ level: 90, count: 1 }]);
    expect(peers.map((p) => p.cityId)).toEqual(['hangzhou']);
  });
});

describe('PM2.5 (lower is better) for Taiyuan by 2025', () => {
  const state = buildState({}, { indicator: 'pm25_concentration', for: 'taiyuan', year: '2025' });

  it('the best reported outcome is Shanwei’s 18 μg/m³ of 2020; Taiyuan’s last is 59 μg/m³ of 2018', async () => {
    const { choice, best, last } = await answer(state);
    expect(choice).toMatchObject({ forCity: 'taiyuan', year: 2025, unit: 'μg/m³' });
    expect([best?.city_id, best?.year, best?.value, best?.origin]).toEqual([
      'shanwei',
      2020,
      18,
      'published',
    ]);
    expect([last?.city_id, last?.year, last?.value]).toEqual(['taiyuan', 2018, 59]);
  });

  it('draws the annual outcomes in the indicator’s unit, never the monthly ones', async () => {
    const { outcomes } = await answer(state);
    expect(outcomes.rows.map((o) => [o.city_id, o.year, o.value, o.isAssessing])).toEqual([
      ['shanwei', 2019, 21, true],
      ['shanwei', 2020, 18, true],
      ['taiyuan', 2018, 59, true],
    ]);
    expect(outcomes.count).toBe(3);
  });

  it('peers state one level: Shanwei’s “30左右”; Taiyuan’s “下降5%” states none', async () => {
    const { levels, peers } = await answer(state);
    expect(levels).toEqual([{ level: 30, count: 1 }]);
    expect(peers.map((p) => [p.cityId, p.comparator, p.level])).toEqual([['shanwei', '~', 30]]);
  });

  it('references: Shanxi’s 2017 outcome of 59 μg/m³, not its relative −3% goal', async () => {
    const { references } = await answer(state);
    expect(references.map((r) => [r.reference_id, r.value])).toEqual([['sx-2017-outcome-pm25', 59]]);
  });

  it('your own later row becomes Taiyuan’s last outcome before the year', async () => {
    const [published] = await readOutcomeFixture(engine, 'good-outcomes.csv');
    // HYPOTHETICAL: a researcher's 2020 Taiyuan value, written straight into the engine.
    await writeUserOutcomes(engine, [
      {
        ...published!,
        city_id: 'taiyuan',
        indicator_id: 'pm25_concentration',
        year: 2020,
        value: 45,
        unit: 'μg/m³',
        match: 'exact',
      },
    ]);
    const { last, outcomes } = await answer(state);
    expect([last?.year, last?.value, last?.origin]).toEqual([2020, 45, 'yours']);
    expect(outcomes.rows.at(-1)?.origin).toBe('yours');
  });
});

describe('the product spot-check pass rate (higher is better)', () => {
  const state = buildState({}, { indicator: 'product_spot_check_pass_rate' });

  it('counts every peer level, as plain SQL does; Hangzhou’s 90%以上 among them', async () => {
    const expected = await peerLevels('product_spot_check_pass_rate');
    expect(expected).toContain(90);
    const { levels, peers } = await answer(state);
    expect(levels.flatMap((l) => Array<number>(l.count).fill(l.level))).toEqual(expected);
    expect(peers.map((p) => p.level).sort((a, b) => a - b)).toEqual(expected);
  });

  it('draws the national 2020 target of ≥ 92% among the references', async () => {
    const { references } = await answer(state);
    expect(references.find((r) => r.reference_id === 'cn-2020-target-product-spot-check')).toMatchObject({
      comparator: '>=',
      value: 92,
      year: 2020,
      kind: 'target',
    });
  });

  it('compares with the latest national reference: the 2020 target of ≥ 92%', async () => {
    const [latest] = await runSql(
      engine,
      `SELECT reference_id FROM published."references"
      WHERE indicator_id = 'product_spot_check_pass_rate' AND scope = 'national' AND value IS NOT NULL
      ORDER BY year DESC, kind = 'target' DESC LIMIT 1`,
    );
    const { national } = await answer(state);
    expect(national?.reference_id).toBe(latest?.reference_id);
    expect(national).toMatchObject({ scope: 'national', kind: 'target', year: 2020, value: 92 });
  });

  it('has no best outcome: Hangzhou’s published rates are a different definition', async () => {
    const { best, outcomes } = await answer(state);
    expect(best).toBeNull();
    expect(outcomes.rows.every((o) => !o.isAssessing)).toBe(true);
    expect(outcomes.count).toBe(3);
  });
});
