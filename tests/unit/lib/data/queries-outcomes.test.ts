import type { DuckDBConnection } from '@duckdb/node-api';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Dataset } from '../../../../src/lib/data/parquet.ts';
import type { QueryRunner } from '../../../../src/lib/data/queries.ts';
import {
  ALL_OUTCOMES_SQL,
  ASSESSED_TARGETS_SQL,
  DELETE_USER_OUTCOMES_SQL,
  INDICATORS_SQL,
  INSERT_USER_OUTCOME_SQL,
  NUMERIC_REFERENCES_SQL,
  USER_OUTCOMES_SETUP_SQL,
  calcOutcomeInputs,
  queryOutcomeInputs,
  syncUserOutcomes,
} from '../../../../src/lib/data/queries-outcomes.ts';
import { parseOutcomesCsv } from '../../../../src/lib/outcomes/parse.ts';
import type { OutcomeRow } from '../../../../src/lib/outcomes/types.ts';
import { ROOT, createNodeRunner, openPublishedData, readPublishedDataset } from '../../../published-data.ts';
import { FILTER_CASES } from './filter-cases.ts';

let connection: DuckDBConnection;
let db: QueryRunner;
let data: Dataset;
let yours: OutcomeRow[];

beforeAll(async () => {
  connection = await openPublishedData();
  for (const sql of USER_OUTCOMES_SETUP_SQL) await connection.run(sql);
  db = createNodeRunner(connection);
  data = await readPublishedDataset();
  const file = 'good-outcomes.csv';
  const text = readFileSync(path.join(ROOT, 'tests/fixtures/outcomes', file), 'utf8');
  const catalog = { cities: data.cities.rows, indicators: data.indicators.rows, targets: data.targets.rows };
  const parsed = parseOutcomesCsv(text, { file, catalog });
  expect(parsed.issues).toEqual([]);
  yours = parsed.rows;
});

async function scalar(sql: string): Promise<number> {
  const rows = (await connection.runAndReadAll(sql)).getRowObjectsJS();
  return Number(Object.values(rows[0] ?? {})[0]);
}

describe('every outcome query', () => {
  it.each([
    ['ASSESSED_TARGETS_SQL', ASSESSED_TARGETS_SQL, ['', '', null, null]],
    ['ALL_OUTCOMES_SQL', ALL_OUTCOMES_SQL, ['']],
    ['INDICATORS_SQL', INDICATORS_SQL, []],
    ['NUMERIC_REFERENCES_SQL', NUMERIC_REFERENCES_SQL, []],
    ['DELETE_USER_OUTCOMES_SQL', DELETE_USER_OUTCOMES_SQL, []],
    [
      'INSERT_USER_OUTCOME_SQL',
      INSERT_USER_OUTCOME_SQL,
      [
        'hangzhou',
        'x',
        null,
        null,
        null,
        2015,
        'annual',
        1,
        '%',
        null,
        't',
        null,
        'q',
        null,
        null,
        null,
        'exact',
        'f',
        2,
      ],
    ],
  ] as const)('%s binds and plans with EXPLAIN against the published tables', async (_name, sql, params) => {
    const plan = await connection.runAndReadAll(`EXPLAIN ${sql}`, [...params]);
    expect(plan.currentRowCount).toBeGreaterThan(0);
  });
});

describe('queryOutcomeInputs', () => {
  it('returns every quantitative target and every published outcome without filters', async () => {
    const inputs = await queryOutcomeInputs(db, {
      filters: { cities: [], domains: [], yearFrom: null, yearTo: null },
      userOutcomes: [],
    });
    expect(inputs.targets.length).toBe(
      await scalar("SELECT count(*) FROM targets WHERE comparator <> 'qualitative'"),
    );
    expect(inputs.outcomes.length).toBe(await scalar('SELECT count(*) FROM outcomes'));
    expect(inputs.outcomes.every((o) => o.origin === 'published')).toBe(true);
    expect(inputs.indicators.length).toBe(await scalar('SELECT count(*) FROM indicators'));
    expect(inputs.references.length).toBe(
      await scalar('SELECT count(*) FROM "references" WHERE indicator_id IS NOT NULL AND value IS NOT NULL'),
    );
    // A hand-checked fact: Hangzhou promises a product spot-check pass rate of 90% "以上" by 2015.
    const hangzhou = inputs.targets.find(
      (t) => t.city_id === 'hangzhou' && t.indicator_id === 'product_spot_check_pass_rate',
    );
    expect(hangzhou).toMatchObject({ comparator: '>=', value: 90, unit: '%', target_year: 2015 });
  });

  it("joins the researcher's rows as 'yours', after the published ones, and drops them when removed", async () => {
    const filters = { cities: ['hangzhou'], domains: [], yearFrom: null, yearTo: null };
    const withYours = await queryOutcomeInputs(db, { filters, userOutcomes: yours });
    expect(withYours.outcomes.filter((o) => o.origin === 'yours')).toHaveLength(yours.length);
    expect(withYours.outcomes.at(-1)?.origin).toBe('yours');
    expect(await scalar('SELECT count(*) FROM user_outcomes')).toBe(yours.length);
    const without = await queryOutcomeInputs(db, { filters, userOutcomes: [] });
    expect(without.outcomes.some((o) => o.origin === 'yours')).toBe(false);
    expect(await scalar('SELECT count(*) FROM user_outcomes')).toBe(0);
  });

  it('writes the same rows once, and writes one after another', async () => {
    await Promise.all([syncUserOutcomes(db, yours), syncUserOutcomes(db, yours), syncUserOutcomes(db, [])]);
    expect(await scalar('SELECT count(*) FROM user_outcomes')).toBe(0);
    await syncUserOutcomes(db, yours);
    expect(await scalar('SELECT count(*) FROM user_outcomes')).toBe(yours.length);
    await syncUserOutcomes(db, []);
  });
});

describe('calcOutcomeInputs', () => {
  it.each(FILTER_CASES)('answers as the SQL does: %s', async (_name, filters) => {
    for (const userOutcomes of [[], yours]) {
      const fromSql = await queryOutcomeInputs(db, { filters, userOutcomes });
      expect(calcOutcomeInputs(data, { filters, userOutcomes })).toEqual(fromSql);
    }
  });
});
