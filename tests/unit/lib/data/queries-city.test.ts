import type { DuckDBConnection } from '@duckdb/node-api';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  CITY_PLANS_SQL,
  PLAN_DOCUMENT_SQL,
  PLAN_TARGETS_SQL,
  queryCityPlans,
  queryPlanDocument,
  queryPlanTargets,
} from '../../../../src/lib/data/queries-city.ts';
import type { QueryRunner } from '../../../../src/lib/data/queries.ts';
import { isInYearRange, NO_FILTERS } from '../../../../src/lib/state/url.ts';
import { createNodeRunner, openPublishedData } from '../../../published-data.ts';
import { FILTER_CASES } from './filter-cases.ts';

let connection: DuckDBConnection;
let db: QueryRunner;

beforeAll(async () => {
  connection = await openPublishedData();
  db = createNodeRunner(connection);
});

/** Plain SQL written in the test, independent of the app's queries. */
async function rows(sql: string): Promise<Record<string, unknown>[]> {
  return (await connection.runAndReadAll(sql)).getRowObjectsJS();
}

describe('every City profile query', () => {
  it.each([
    ['CITY_PLANS_SQL', CITY_PLANS_SQL, ['hangzhou']],
    ['PLAN_DOCUMENT_SQL', PLAN_DOCUMENT_SQL, [null, 'hangzhou-2013-002', '']],
    ['PLAN_TARGETS_SQL', PLAN_TARGETS_SQL, ['hangzhou-2013', 'product', 2014, null]],
  ])('%s binds and plans with EXPLAIN against the published tables', async (_name, sql, params) => {
    const plan = await connection.runAndReadAll(`EXPLAIN ${sql}`, params);
    expect(plan.currentRowCount).toBeGreaterThan(0);
  });
});

describe('queryCityPlans', () => {
  it.each(FILTER_CASES)('lists the plans of the filtered cities (%s), by city', async (_name, filters) => {
    const plans = await queryCityPlans(db, filters);
    const expected = await rows(`SELECT doc_id FROM documents
      ${filters.cities.length === 0 ? '' : `WHERE city_id IN (${filters.cities.map((c) => `'${c}'`).join(',')})`}`);
    expect(plans.map((p) => p.docId).sort()).toEqual(expected.map((r) => String(r.doc_id)).sort());
    const cityIds = plans.map((p) => p.cityId);
    expect(cityIds).toEqual([...cityIds].sort());
  });

  it('names each city in both languages', async () => {
    for (const plan of await queryCityPlans(db, NO_FILTERS)) {
      expect(plan.cityZh).not.toBe('');
      expect(plan.cityEn).not.toBe('');
    }
  });
});

describe('queryPlanDocument', () => {
  it.each([
    ['the doc the URL names', { docId: 'taiyuan-2014', targetId: null }, [], 'taiyuan-2014'],
    [
      'the doc even when a target of another plan is named',
      { docId: 'linxia-2013', targetId: 'hangzhou-2013-002' },
      [],
      'linxia-2013',
    ],
    [
      'the doc of the target when only a target is named',
      { docId: null, targetId: 'shanwei-2017-010' },
      [],
      'shanwei-2017',
    ],
    [
      'the doc of the target when the doc is unknown',
      { docId: 'nowhere-2000', targetId: 'taiyuan-2014-003' },
      [],
      'taiyuan-2014',
    ],
    [
      'the first plan of the filtered cities',
      { docId: null, targetId: null },
      ['shanwei', 'taiyuan'],
      'shanwei-2017',
    ],
    ['the first plan of all cities without a filter', { docId: null, targetId: null }, [], 'hangzhou-2013'],
  ])('opens %s', async (_name, ids, cities, docId) => {
    const plan = await queryPlanDocument(db, { ...ids, filters: { ...NO_FILTERS, cities } });
    expect(plan?.docId).toBe(docId);
  });

  it('gives nothing when nothing matches', async () => {
    const plan = await queryPlanDocument(db, {
      docId: 'nowhere-2000',
      targetId: 'nowhere-2000-001',
      filters: { ...NO_FILTERS, cities: ['nowhere'] },
    });
    expect(plan).toBeNull();
  });

  it('returns Hangzhou’s plan with its 文号, issuing body, date, horizon and the cleaned text', async () => {
    const plan = await queryPlanDocument(db, { docId: 'hangzhou-2013', targetId: null, filters: NO_FILTERS });
    expect(plan).toMatchObject({
      cityZh: '杭州市',
      title: '杭州市争创全国质量强市示范城市工作方案',
      issuingBody: '杭州市人民政府办公厅',
      docNumber: '杭政办函〔2013〕98号',
      issueDate: '2013-05-24',
      horizonYears: [2015],
    });
    const [expected] = await rows(`SELECT text FROM documents WHERE doc_id = 'hangzhou-2013'`);
    expect(plan?.text).toBe(expected?.text);
  });
});

describe('queryPlanTargets', () => {
  it('returns nothing when no plan is open', async () => {
    expect(await queryPlanTargets(db, { docId: null, filters: NO_FILTERS })).toEqual([]);
  });

  it.each(FILTER_CASES)(
    'returns every record of each plan and flags those passing the filters (%s)',
    async (_name, filters) => {
      for (const doc of await rows('SELECT doc_id, text FROM documents')) {
        const docId = String(doc.doc_id);
        const targets = await queryPlanTargets(db, { docId, filters });
        const [count] = await rows(`SELECT count(*)::INTEGER AS n FROM targets WHERE doc_id = '${docId}'`);
        expect(targets.length).toBe(Number(count?.n));
        for (const t of targets) {
          expect(String(doc.text).slice(t.quoteStart, t.quoteEnd)).toBe(t.quote);
          const passes =
            (filters.domains.length === 0 || filters.domains.includes(t.domain)) &&
            isInYearRange(t.targetYear, filters);
          expect(t.isSelected, t.targetId).toBe(passes);
        }
        const starts = targets.map((t) => t.quoteStart);
        expect(starts).toEqual([...starts].sort((a, b) => a - b));
      }
    },
  );

  it('reads Hangzhou’s product spot-check target: 90% 以上 by 2015, under 三、主要目标 › (一)产品质量', async () => {
    const targets = await queryPlanTargets(db, { docId: 'hangzhou-2013', filters: NO_FILTERS });
    expect(targets.find((t) => t.targetId === 'hangzhou-2013-002')).toMatchObject({
      comparator: '>=',
      value: 90,
      unit: '%',
      targetYear: 2015,
      quote: '国家监督抽查合格率稳定在90%以上',
      section: '三、主要目标 › (一)产品质量',
    });
  });
});
