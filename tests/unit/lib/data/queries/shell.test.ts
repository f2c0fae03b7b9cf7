/** The filter bar's query (the span of target years), on the published data and with a person's plan. */

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { YEAR_SPAN_QUERY } from '../../../../../src/lib/data/queries/shell.ts';
import type { NodeEngine } from '../../../../../scripts/lib/duckdb-node.ts';
import { buildState, openPublishedEngine, runQuery } from '../../../../published-data.ts';
import { FILTER_CASES } from './filter-cases.ts';
import { openEngineWithYourPlan } from './yours.ts';

let engine: NodeEngine;
let yours: NodeEngine;

beforeAll(async () => {
  [engine, yours] = await Promise.all([openPublishedEngine(), openEngineWithYourPlan()]);
});

afterAll(() => {
  engine.close();
  yours.close();
});

describe('YEAR_SPAN_QUERY', () => {
  it.each(FILTER_CASES)(
    'spans 2014 (Taiyuan’s action plan) to 2020 (Linxia’s outline) whatever the filters, here %s',
    async (_name, filters) => {
      expect(await runQuery(engine, YEAR_SPAN_QUERY, buildState(filters))).toEqual({
        firstTargetYear: 2014,
        lastTargetYear: 2020,
      });
    },
  );

  it('reaches 2025 with a person’s record for 2025, and ignores their records without a target year', async () => {
    expect(await runQuery(yours, YEAR_SPAN_QUERY, buildState())).toEqual({
      firstTargetYear: 2014,
      lastTargetYear: 2025,
    });
  });
});
