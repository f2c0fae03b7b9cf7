import type { DuckDBConnection } from '@duckdb/node-api';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  DATASET_COUNTS_SQL,
  DATASET_SOURCES_SQL,
  DRAFT_INDICATORS_SQL,
  DRAFT_OUTCOMES_SQL,
  DRAFT_PEER_TARGETS_SQL,
  calcExtractionIndicators,
  queryDatasetCounts,
  queryDatasetSources,
  queryDraftPeers,
} from '../../../../src/lib/data/queries-draft.ts';
import { buildFilterParams, type QueryRunner } from '../../../../src/lib/data/queries.ts';
import { NO_FILTERS } from '../../../../src/lib/state/url.ts';
import { createNodeRunner, openPublishedData, readPublishedDataset } from '../../../published-data.ts';
import { FILTER_CASES } from './filter-cases.ts';

let connection: DuckDBConnection;
let db: QueryRunner;

beforeAll(async () => {
  connection = await openPublishedData();
  db = createNodeRunner(connection);
});

async function count(sql: string): Promise<number> {
  const rows = (await connection.runAndReadAll(sql)).getRowObjectsJS();
  return Number(Object.values(rows[0] ?? {})[0]);
}

const ALL_FILTERS = FILTER_CASES[FILTER_CASES.length - 1]?.[1] ?? NO_FILTERS;

describe('every draft and methodology query', () => {
  it.each([
    ['DRAFT_PEER_TARGETS_SQL', DRAFT_PEER_TARGETS_SQL, 4],
    ['DRAFT_OUTCOMES_SQL', DRAFT_OUTCOMES_SQL, 2],
    ['DRAFT_INDICATORS_SQL', DRAFT_INDICATORS_SQL, 0],
    ['DATASET_COUNTS_SQL', DATASET_COUNTS_SQL, 0],
    ['DATASET_SOURCES_SQL', DATASET_SOURCES_SQL, 0],
  ])('%s binds and plans with EXPLAIN against the published tables', async (_name, sql, paramCount) => {
    const plan = await connection.runAndReadAll(
      `EXPLAIN ${sql}`,
      buildFilterParams(ALL_FILTERS).slice(0, paramCount),
    );
    expect(plan.currentRowCount).toBeGreaterThan(0);
  });
});

describe('queryDraftPeers', () => {
  it('returns every city target with a number and an indicator, and every reference target with a value', async () => {
    const peers = await queryDraftPeers(db, NO_FILTERS);
    const cityTargets = peers.targets.filter((t) => t.scope === 'city');
    expect(cityTargets.length).toBe(
      await count('SELECT count(*) FROM targets WHERE indicator_id IS NOT NULL AND value IS NOT NULL'),
    );
    expect(peers.targets.length - cityTargets.length).toBe(
      await count(`SELECT count(*) FROM "references" WHERE kind = 'target' AND value IS NOT NULL`),
    );
    expect(peers.indicators.length).toBe(await count('SELECT count(*) FROM indicators'));
  });

  it('uses only annual outcomes of exact or approximate match, and reference outcomes', async () => {
    const peers = await queryDraftPeers(db, NO_FILTERS);
    expect(peers.outcomes.filter((o) => o.scope === 'city').length).toBe(
      await count(
        `SELECT count(*) FROM outcomes WHERE period = 'annual' AND match IN ('exact', 'approximate') AND indicator_id IS NOT NULL`,
      ),
    );
    expect(peers.outcomes.filter((o) => o.scope !== 'city').length).toBe(
      await count(`SELECT count(*) FROM "references" WHERE kind = 'outcome' AND value IS NOT NULL`),
    );
  });

  it('names Hangzhou’s 90% spot-check target with its quote', async () => {
    const peers = await queryDraftPeers(db, { ...NO_FILTERS, cities: ['hangzhou'] });
    const spotCheck = peers.targets.find(
      (t) => t.scope === 'city' && t.indicatorId === 'product_spot_check_pass_rate',
    );
    expect(spotCheck).toMatchObject({ nameZh: '杭州市', nameEn: 'Hangzhou', comparator: '>=', value: 90 });
    expect(spotCheck?.quote).toContain('90%以上');
    expect(peers.targets.every((t) => t.scope !== 'city' || t.docId === 'hangzhou-2013')).toBe(true);
  });

  it.each(FILTER_CASES)('applies the filters %s to city targets', async (_name, filters) => {
    const peers = await queryDraftPeers(db, filters);
    for (const t of peers.targets.filter((p) => p.scope === 'city')) {
      if (filters.yearFrom !== null) expect(t.year).not.toBeNull();
      if (filters.yearFrom !== null) expect(t.year ?? 0).toBeGreaterThanOrEqual(filters.yearFrom);
      if (filters.yearTo !== null) expect(t.year ?? 0).toBeLessThanOrEqual(filters.yearTo);
    }
  });
});

describe('calcExtractionIndicators', () => {
  it('splits wordings and exclusions of every indicator', async () => {
    const indicators = calcExtractionIndicators(await readPublishedDataset());
    expect(indicators.length).toBe(await count('SELECT count(*) FROM indicators'));
    const spotCheck = indicators.find((i) => i.indicator_id === 'product_spot_check_pass_rate');
    expect(spotCheck?.wordings).toContain('国家监督抽查合格率');
    expect(spotCheck?.exclude).toEqual(['食品', '农产品', '药品']);
  });
});

describe('queryDatasetCounts', () => {
  it('counts documents, records and indicators as the tables hold them', async () => {
    const counts = await queryDatasetCounts(db);
    expect(counts.documentCount).toBe(await count('SELECT count(*) FROM documents'));
    expect(counts.recordCount).toBe(await count('SELECT count(*) FROM targets'));
    expect(counts.quantitativeCount + counts.qualitativeCount).toBe(counts.recordCount);
    expect(counts.indicatorCount).toBe(await count('SELECT count(*) FROM indicators'));
    expect(counts.unmappedCount).toBe(
      await count(`SELECT count(*) FROM targets WHERE comparator <> 'qualitative' AND indicator_id IS NULL`),
    );
    // Hand-checked against the five seed plans.
    expect(counts.documentCount).toBe(5);
  });
});

describe('queryDatasetSources', () => {
  it('lists every plan with its title', async () => {
    const sources = await queryDatasetSources(db);
    expect(sources.length).toBe(await count('SELECT count(*) FROM documents'));
    expect(sources.map((s) => s.title)).toContain('杭州市争创全国质量强市示范城市工作方案');
  });
});
