import { beforeAll, describe, expect, it } from 'vitest';
import { calcIndicatorGroups } from '../../../../src/lib/compare/indicator-groups.ts';
import type { Dataset } from '../../../../src/lib/data/parquet.ts';
import { calcDomainTargets, calcReferenceTargets } from '../../../../src/lib/data/rows-compare.ts';
import { NO_FILTERS } from '../../../../src/lib/state/url.ts';
import { readPublishedDataset } from '../../../published-data.ts';

let data: Dataset;

beforeAll(async () => {
  data = await readPublishedDataset();
});

describe('calcIndicatorGroups', () => {
  it('groups the product targets by indicator, most cities first, with their national references', () => {
    const groups = calcIndicatorGroups(
      calcDomainTargets(data, NO_FILTERS, 'product'),
      calcReferenceTargets(data, NO_FILTERS, { domain: 'product' }),
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
