import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { QueryCoordinator } from '../../../../../src/lib/data/coordinator.ts';
import {
  buildTouchState,
  judgeUserOutcomes,
  TOUCHED_OUTCOMES_QUERY,
  TOUCHED_TARGETS_QUERY,
} from '../../../../../src/lib/data/queries/user-attainment.ts';
import { JUDGEMENT_QUERY } from '../../../../../src/lib/data/queries/outcome-shared.ts';
import type { OutcomeRow } from '../../../../../src/lib/outcomes/types.ts';
import type { NodeEngine } from '../../../../../scripts/lib/duckdb-node.ts';
import { buildState, openPublishedEngine, runQuery, runSql } from '../../../../published-data.ts';
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

function coordinator(): QueryCoordinator {
  const c = new QueryCoordinator();
  c.connect(engine);
  return c;
}

describe('the targets a researcher’s rows touch', () => {
  it('are the quantitative targets of the rows’ city and indicator: Hangzhou’s spot-check target', async () => {
    const state = buildTouchState(['hangzhou|i:product_spot_check_pass_rate']);
    const targets = await runQuery(engine, TOUCHED_TARGETS_QUERY, state);
    const expected = await runSql(
      engine,
      `SELECT target_id FROM published.targets WHERE city_id = 'hangzhou'
      AND indicator_id = 'product_spot_check_pass_rate' AND comparator <> 'qualitative' ORDER BY target_id`,
    );
    expect(targets.map((t) => t.target_id)).toEqual(expected.map((r) => r.target_id));
    // Hand-checked: 产品质量国家监督抽查合格率稳定在90%以上, by 2015.
    expect(targets[0]).toMatchObject({ comparator: '>=', value: 90, unit: '%', target_year: 2015 });
    // Its published outcomes, in file order: the pooled rates of 2015, 2014 and 2016 (city-outcomes.csv).
    const outcomes = await runQuery(engine, TOUCHED_OUTCOMES_QUERY, state);
    expect(outcomes.map((o) => [o.year, o.value, o.match, o.origin])).toEqual([
      [2015, 94.97, 'different_definition', 'published'],
      [2014, 93.64, 'different_definition', 'published'],
      [2016, 95.67, 'different_definition', 'published'],
    ]);
  });

  it('include a target named by its target_id, and nothing for a key no target has', async () => {
    const [linxia] = await runSql(
      engine,
      "SELECT target_id FROM published.targets WHERE city_id = 'linxia' AND indicator_id = 'scenic_4a_plus'",
    );
    const id = String(linxia?.target_id);
    const targets = await runQuery(
      engine,
      TOUCHED_TARGETS_QUERY,
      buildTouchState([`linxia|t:${id}`, 'taiyuan|i:scenic_4a_plus']),
    );
    expect(targets.map((t) => t.target_id)).toEqual([id]);
  });
});

describe('judgeUserOutcomes', () => {
  it('re-judges only Hangzhou’s spot-check target with the good file: met by your 94.97% of 2015', async () => {
    const judged = await judgeUserOutcomes(coordinator(), good);
    expect(judged).toHaveLength(1);
    expect(judged[0]).toMatchObject({
      city_id: 'hangzhou',
      indicator_id: 'product_spot_check_pass_rate',
      status: 'met',
      outcome_key: 'hangzhou|product_spot_check_pass_rate|2015|annual',
      outcome_origin: 'yours',
      // Your 2014 and 2015 rows and the three published ones.
      outcome_count: 5,
    });
    const [date] = await runSql(engine, 'SELECT any_value(dataset_date) AS d FROM published.attainment');
    expect(judged[0]?.dataset_date).toBe(date?.d);
  });

  it('re-judges nothing without rows, and asks the engine nothing', async () => {
    const c = coordinator();
    expect(await judgeUserOutcomes(c, [])).toEqual([]);
    expect(c.sent.statements).toBe(0);
  });

  it('written with the rows, makes `attainment` show yours for that target and the published row elsewhere', async () => {
    const judged = await judgeUserOutcomes(coordinator(), good);
    await writeUserOutcomes(engine, good);
    await writeUserRows(engine, 'attainment', judged);
    const rows = await runSql(
      engine,
      `SELECT origin, status, count(*) AS n FROM attainment GROUP BY ALL ORDER BY origin, status`,
    );
    const published = await runSql(
      engine,
      'SELECT status, count(*) AS n FROM published.attainment GROUP BY ALL ORDER BY status',
    );
    const n = (status: string) => Number(published.find((r) => r.status === status)?.n ?? 0);
    expect(rows.map((r) => [r.origin, r.status, Number(r.n)])).toEqual(
      [
        ['published', 'met', n('met')],
        ['published', 'no_outcome', n('no_outcome') - 1],
        ['published', 'not_assessable', n('not_assessable')],
        ['yours', 'met', 1],
      ].filter(([, , count]) => Number(count) > 0),
    );
    const judgement = await runQuery(engine, JUDGEMENT_QUERY, buildState());
    expect(judgement.datasetDate).toBe(judged[0]?.dataset_date);
  });
});
