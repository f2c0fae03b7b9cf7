/** The Methodology view's queries (the dataset's size and gaps, its plans for citing), on the published data, and that a person's plan leaves them unchanged. */

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DATASET_COUNTS_QUERY,
  DATASET_SOURCES_QUERY,
} from '../../../../../src/lib/data/queries/methodology.ts';
import type { NodeEngine } from '../../../../../scripts/lib/duckdb-node.ts';
import { buildState, openPublishedEngine, runQuery, runSql } from '../../../../published-data.ts';
import { FILTER_CASES } from './filter-cases.ts';
import { readGoldTargets } from './oracle.ts';
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

const gold = readGoldTargets();

describe('DATASET_COUNTS_QUERY', () => {
  it('counts what the published tables hold, as plain SQL counts it', async () => {
    const count = (from: string, where = 'TRUE') =>
      `(SELECT count(*) FROM published.${from} WHERE ${where})::INTEGER`;
    const [expected] = await runSql(
      engine,
      `SELECT ${count('documents')} AS documentCount,
        (SELECT count(DISTINCT city_id) FROM published.documents)::INTEGER AS cityCount,
        ${count('targets')} AS recordCount,
        ${count('targets', "comparator <> 'qualitative'")} AS quantitativeCount,
        ${count('targets', "comparator = 'qualitative'")} AS qualitativeCount,
        ${count('targets', "comparator <> 'qualitative' AND indicator_id IS NULL")} AS unmappedCount,
        ${count('targets', "year_basis = 'document'")} AS documentYearCount,
        ${count('targets', 'target_year IS NULL')} AS noYearCount,
        ${count('targets', "review = 'auto'")} AS autoReviewCount,
        ${count('targets', "review = 'corrected'")} AS correctedCount,
        ${count('indicators')} AS indicatorCount,
        (SELECT count(*) FROM published.indicators i
          WHERE NOT EXISTS (SELECT 1 FROM published.targets t WHERE t.indicator_id = i.indicator_id))::INTEGER
          AS indicatorWithoutTargetCount,
        (SELECT count(*) FROM (SELECT indicator_id FROM published.targets WHERE indicator_id IS NOT NULL
          GROUP BY indicator_id HAVING count(DISTINCT city_id) >= 2))::INTEGER AS sharedIndicatorCount,
        ${count('outcomes')} AS outcomeCount,
        ${count('outcomes', "match IN ('exact', 'approximate') AND period = 'annual'")} AS assessingOutcomeCount,
        ${count('"references"')} AS referenceCount,
        (SELECT min(issue_year) FROM published.documents) AS firstIssueYear,
        (SELECT max(list_max(horizon_years)) FROM published.documents) AS lastHorizonYear`,
    );
    expect(await runQuery(engine, DATASET_COUNTS_QUERY, buildState())).toEqual(expected);
  });

  it('counts the five plans of five cities, 2011 to 2020: 112 targets (the gold list, 48 without an indicator) and 52 commitments', async () => {
    expect(await runQuery(engine, DATASET_COUNTS_QUERY, buildState())).toMatchObject({
      documentCount: 5,
      cityCount: 5,
      recordCount: 164,
      quantitativeCount: gold.length,
      unmappedCount: gold.filter((t) => t.indicatorId === null).length,
      qualitativeCount: 52,
      noYearCount: 0,
      firstIssueYear: 2011,
      lastHorizonYear: 2020,
    });
    expect([gold.length, gold.filter((t) => t.indicatorId === null).length]).toEqual([112, 48]);
  });

  it.each(FILTER_CASES)(
    'describes the dataset, not a view of it: the same under %s',
    async (_name, filters) => {
      expect(await runQuery(engine, DATASET_COUNTS_QUERY, buildState(filters))).toEqual(
        await runQuery(engine, DATASET_COUNTS_QUERY, buildState()),
      );
    },
  );

  it('leaves a person’s own plan out: it describes the published dataset', async () => {
    expect(await runQuery(yours, DATASET_COUNTS_QUERY, buildState())).toEqual(
      await runQuery(engine, DATASET_COUNTS_QUERY, buildState()),
    );
  });
});

describe('DATASET_SOURCES_QUERY', () => {
  it('lists the five plans by issue year, Linxia’s outline (which gives none) last', async () => {
    const sources = await runQuery(engine, DATASET_SOURCES_QUERY, buildState());
    expect(sources.map((s) => [s.docId, s.issueYear])).toEqual([
      ['shijiazhuang-2011', 2011],
      ['hangzhou-2013', 2013],
      ['taiyuan-2014', 2014],
      ['shanwei-2017', 2017],
      ['linxia-2013', null],
    ]);
    expect(sources.find((s) => s.docId === 'linxia-2013')).toEqual({
      docId: 'linxia-2013',
      cityZh: '临夏回族自治州',
      cityEn: 'Linxia Hui Autonomous Prefecture',
      title: '临夏州质量发展纲要(2013—2020年)',
      issueYear: null,
    });
  });

  it('leaves a person’s own plan out', async () => {
    expect(await runQuery(yours, DATASET_SOURCES_QUERY, buildState())).toEqual(
      await runQuery(engine, DATASET_SOURCES_QUERY, buildState()),
    );
  });
});
