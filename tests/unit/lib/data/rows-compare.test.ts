import { beforeAll, describe, expect, it } from 'vitest';
import type { Dataset } from '../../../../src/lib/data/parquet.ts';
import {
  queryDomainTargets,
  queryIndicatorList,
  queryIndicatorTargets,
  queryReferenceTargets,
} from '../../../../src/lib/data/queries-compare.ts';
import type { QueryRunner } from '../../../../src/lib/data/queries.ts';
import {
  calcDomainTargets,
  calcIndicatorList,
  calcIndicatorTargets,
  calcReferenceTargets,
} from '../../../../src/lib/data/rows-compare.ts';
import { DOMAINS } from '../../../../src/lib/extract/types.ts';
import { createNodeRunner, openPublishedData, readPublishedDataset } from '../../../published-data.ts';
import { FILTER_CASES } from './filter-cases.ts';

let db: QueryRunner;
let data: Dataset;

beforeAll(async () => {
  db = createNodeRunner(await openPublishedData());
  data = await readPublishedDataset();
});

// The comparison views draw from these functions until DuckDB is ready, then from SQL: they must agree.
describe.each(FILTER_CASES)('under %s', (_case, filters) => {
  it.each(DOMAINS)('calcDomainTargets returns what its SQL twin returns for %s', async (domain) => {
    expect(calcDomainTargets(data, filters, domain)).toEqual(await queryDomainTargets(db, filters, domain));
  });

  it('calcIndicatorTargets returns what its SQL twin returns for every indicator', async () => {
    for (const { indicator_id: id } of data.indicators.rows) {
      expect(calcIndicatorTargets(data, filters, id)).toEqual(await queryIndicatorTargets(db, filters, id));
    }
  });

  it('calcIndicatorList returns what its SQL twin returns', async () => {
    expect(calcIndicatorList(data, filters)).toEqual(await queryIndicatorList(db, filters));
  });

  it('calcReferenceTargets returns what its SQL twin returns, by domain and by indicator', async () => {
    for (const domain of DOMAINS) {
      expect(calcReferenceTargets(data, filters, { domain })).toEqual(
        await queryReferenceTargets(db, filters, { domain }),
      );
    }
    for (const { indicator_id: indicatorId } of data.indicators.rows) {
      expect(calcReferenceTargets(data, filters, { indicatorId })).toEqual(
        await queryReferenceTargets(db, filters, { indicatorId }),
      );
    }
  });
});
