/** Compare's grouping of a domain's targets by canonical indicator, on the published product targets. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { calcIndicatorGroups } from '../../../../src/lib/compare/indicator-groups.ts';
import { COMPARE_QUERIES } from '../../../../src/lib/data/queries/compare.ts';
import type { NodeEngine } from '../../../../scripts/lib/duckdb-node.ts';
import { buildState, openPublishedEngine, runQuery } from '../../../published-data.ts';

let engine: NodeEngine;

beforeAll(async () => {
  engine = await openPublishedEngine();
});

afterAll(() => engine.close());

describe('calcIndicatorGroups', () => {
  it('groups the product targets by indicator, most cities first, with their national references', async () => {
    const state = buildState({ domains: ['product'] });
    const groups = calcIndicatorGroups(
      await runQuery(engine, COMPARE_QUERIES.targets, state),
      await runQuery(engine, COMPARE_QUERIES.references, state),
    );
    expect(groups[0]).toMatchObject({ indicatorId: 'brand_products', cityCount: 5 });
    const cityCounts = groups.map((g) => g.cityCount);
    expect(cityCounts).toEqual([...cityCounts].sort((a, b) => b - a));
    const spotCheck = groups.find((g) => g.indicatorId === 'product_spot_check_pass_rate');
    expect(spotCheck?.targets.map((t) => t.cityId).sort()).toEqual(['hangzhou', 'linxia', 'shijiazhuang']);
    expect(spotCheck?.references.map((r) => r.value)).toEqual([90, 92]);
    expect(groups.every((g) => g.targets.every((t) => t.indicatorId === g.indicatorId))).toBe(true);
  });
});
