import { beforeAll, describe, expect, it } from 'vitest';
import type { Dataset } from '../../../../src/lib/data/parquet.ts';
import type { QueryRunner } from '../../../../src/lib/data/queries.ts';
import {
  queryDatasetCounts,
  queryDatasetSources,
  queryDraftPeers,
} from '../../../../src/lib/data/queries-draft.ts';
import { calcDatasetCounts, calcDatasetSources, calcDraftPeers } from '../../../../src/lib/data/rows-draft.ts';
import { createNodeRunner, openPublishedData, readPublishedDataset } from '../../../published-data.ts';
import { FILTER_CASES } from './filter-cases.ts';

let data: Dataset;
let db: QueryRunner;

beforeAll(async () => {
  data = await readPublishedDataset();
  db = createNodeRunner(await openPublishedData());
});

describe('calcDraftPeers', () => {
  it.each(FILTER_CASES)('answers exactly as its SQL twin with %s', async (_name, filters) => {
    const fromSql = await queryDraftPeers(db, filters);
    const fromRows = calcDraftPeers(data, filters);
    expect(fromRows.targets).toEqual(fromSql.targets);
    expect(fromRows.outcomes).toEqual(fromSql.outcomes);
    expect(fromRows.indicators).toEqual(fromSql.indicators);
  });
});

describe('calcDatasetCounts and calcDatasetSources', () => {
  it('answer exactly as their SQL twins', async () => {
    expect(calcDatasetCounts(data)).toEqual(await queryDatasetCounts(db));
    expect(calcDatasetSources(data)).toEqual(await queryDatasetSources(db));
  });
});
