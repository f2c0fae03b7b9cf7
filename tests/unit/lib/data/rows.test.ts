import { beforeAll, describe, expect, it } from 'vitest';
import type { Dataset } from '../../../../src/lib/data/parquet.ts';
import {
  queryCities,
  queryCityDomainCounts,
  queryHeadline,
  queryPlanRecords,
  queryPlanSummaries,
  type QueryRunner,
} from '../../../../src/lib/data/queries.ts';
import {
  calcCities,
  calcCityDomainCounts,
  calcHeadline,
  calcPlanRecords,
  calcPlanSummaries,
} from '../../../../src/lib/data/rows.ts';
import type { Filters } from '../../../../src/lib/state/url.ts';
import { createNodeRunner, openPublishedData, readPublishedDataset } from '../../../published-data.ts';
import { FILTER_CASES } from './filter-cases.ts';

let db: QueryRunner;
let data: Dataset;

beforeAll(async () => {
  db = createNodeRunner(await openPublishedData());
  data = await readPublishedDataset();
});

// The first view draws from these functions and later views from SQL: the two must never disagree.
const TWINS: [
  string,
  (d: Dataset, f: Filters) => unknown,
  (db: QueryRunner, f: Filters) => Promise<unknown>,
][] = [
  ['calcCities', calcCities, queryCities],
  ['calcCityDomainCounts', calcCityDomainCounts, queryCityDomainCounts],
  ['calcPlanSummaries', calcPlanSummaries, queryPlanSummaries],
  ['calcPlanRecords', calcPlanRecords, queryPlanRecords],
  ['calcHeadline', calcHeadline, queryHeadline],
];

describe.each(TWINS)('%s', (_name, calc, query) => {
  it.each(FILTER_CASES)('returns what its SQL twin returns, under %s', async (_case, filters) => {
    expect(calc(data, filters)).toEqual(await query(db, filters));
  });
});
