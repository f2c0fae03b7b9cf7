/** The Overview's queries (headline, city × domain counts, plans, plan records) under every filter case, on the published data and with a person's plan. */

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CITY_DOMAIN_COUNTS_QUERY,
  HEADLINE_QUERY,
  PLAN_RECORDS_QUERY,
  PLANS_QUERY,
  SPECIFICITY_QUERY,
} from '../../../../../src/lib/data/queries/overview.ts';
import { NO_FILTERS, type Filters } from '../../../../../src/lib/state/url.ts';
import type { NodeEngine } from '../../../../../scripts/lib/duckdb-node.ts';
import { buildState, openPublishedEngine, runQuery, runSql } from '../../../../published-data.ts';
import { FILTER_CASES } from './filter-cases.ts';
import {
  buildInSql,
  buildIsSpecificSql,
  buildPlansSql,
  buildPlanWhereSql,
  buildTargetWhereSql,
  DOMAIN_ORDER_SQL,
  isGoldPassing,
  readColumn,
  readGoldTargets,
} from './oracle.ts';
import { openEngineWithYourPlan, YOUR_CITY_ID, YOUR_DOC_ID } from './yours.ts';

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

describe('HEADLINE_QUERY', () => {
  it.each(FILTER_CASES)(
    'counts plans, cities and records under %s as plain SQL does',
    async (_name, filters) => {
      const plans = buildPlanWhereSql(filters);
      const records = buildTargetWhereSql(filters);
      const [expected] = await runSql(
        engine,
        `SELECT
        (SELECT count(*) FROM published.documents WHERE ${plans})::INTEGER AS planCount,
        (SELECT count(DISTINCT city_id) FROM published.documents WHERE ${plans})::INTEGER AS cityCount,
        (SELECT count(*) FROM published.targets WHERE ${records} AND comparator <> 'qualitative')::INTEGER
          AS quantitativeCount,
        (SELECT count(*) FROM published.targets WHERE ${records} AND comparator = 'qualitative')::INTEGER
          AS qualitativeCount,
        (SELECT min(target_year) FROM published.targets WHERE ${records}) AS firstTargetYear,
        (SELECT max(target_year) FROM published.targets WHERE ${records}) AS lastTargetYear`,
      );
      const headline = await runQuery(engine, HEADLINE_QUERY, buildState(filters));
      expect(headline).toEqual(expected);
      expect(headline.quantitativeCount).toBe(gold.filter((t) => isGoldPassing(t, filters)).length);
    },
  );

  it.each<[string, Partial<Filters>, object]>([
    [
      'the five plans: 112 targets (the gold list), 52 commitments, 2014 to 2020',
      {},
      {
        planCount: 5,
        cityCount: 5,
        quantitativeCount: 112,
        qualitativeCount: 52,
        firstTargetYear: 2014,
        lastTargetYear: 2020,
      },
    ],
    [
      'Hangzhou’s one plan: 20 targets and 3 commitments, all for 2015',
      { cities: ['hangzhou'] },
      {
        planCount: 1,
        quantitativeCount: 20,
        qualitativeCount: 3,
        firstTargetYear: 2015,
        lastTargetYear: 2015,
      },
    ],
    [
      'the four plans that run into 2014–2015 (not Shanwei’s 2017 plan)',
      { yearFrom: 2014, yearTo: 2015 },
      { planCount: 4, cityCount: 4, firstTargetYear: 2014, lastTargetYear: 2015 },
    ],
    [
      'nothing for a city no plan has, and no years',
      { cities: ['nowhere'] },
      { planCount: 0, cityCount: 0, quantitativeCount: 0, qualitativeCount: 0, firstTargetYear: null },
    ],
  ])('counts %s', async (_name, filters, expected) => {
    expect(await runQuery(engine, HEADLINE_QUERY, buildState(filters))).toMatchObject(expected);
  });

  it('counts a person’s plan and its records, and drops the plan (which has no years) once a year range is set', async () => {
    expect(await runQuery(yours, HEADLINE_QUERY, buildState({ cities: [YOUR_CITY_ID] }))).toEqual({
      planCount: 1,
      cityCount: 1,
      quantitativeCount: 4,
      qualitativeCount: 1,
      firstTargetYear: 2014,
      lastTargetYear: 2025,
    });
    expect(
      await runQuery(yours, HEADLINE_QUERY, buildState({ cities: [YOUR_CITY_ID], yearFrom: 2014 })),
    ).toMatchObject({ planCount: 0, quantitativeCount: 2, qualitativeCount: 1 });
  });
});

describe('CITY_DOMAIN_COUNTS_QUERY', () => {
  it.each(FILTER_CASES)(
    'counts each city × domain under %s as plain SQL does, by city and domain',
    async (_name, filters) => {
      const expected = await runSql(
        engine,
        `SELECT city_id AS cityId, domain,
        count(*) FILTER (WHERE comparator <> 'qualitative')::INTEGER AS quantitativeCount,
        count(*) FILTER (WHERE comparator = 'qualitative')::INTEGER AS qualitativeCount,
        min(target_year) AS firstTargetYear, max(target_year) AS lastTargetYear
      FROM published.targets WHERE ${buildTargetWhereSql(filters)}
      GROUP BY city_id, domain ORDER BY city_id, domain`,
      );
      const cells = await runQuery(engine, CITY_DOMAIN_COUNTS_QUERY, buildState(filters));
      expect(cells).toEqual(expected);
      for (const cell of cells) {
        const inGold = gold.filter(
          (t) => t.cityId === cell.cityId && t.domain === cell.domain && isGoldPassing(t, filters),
        );
        expect(cell.quantitativeCount, `${cell.cityId} ${cell.domain}`).toBe(inGold.length);
      }
    },
  );

  it('gives Taiyuan’s environment cell 5 targets and 1 commitment (市区空气质量持续好转), for 2014', async () => {
    const cells = await runQuery(engine, CITY_DOMAIN_COUNTS_QUERY, buildState({ cities: ['taiyuan'] }));
    expect(cells.find((c) => c.domain === 'environment')).toEqual({
      cityId: 'taiyuan',
      domain: 'environment',
      quantitativeCount: 5,
      qualitativeCount: 1,
      firstTargetYear: 2014,
      lastTargetYear: 2014,
    });
  });

  it('adds a person’s records, and their records without a target year leave the year bounds alone', async () => {
    const cells = await runQuery(yours, CITY_DOMAIN_COUNTS_QUERY, buildState({ cities: [YOUR_CITY_ID] }));
    expect(cells).toEqual([
      {
        cityId: YOUR_CITY_ID,
        domain: 'environment',
        quantitativeCount: 1,
        qualitativeCount: 1,
        firstTargetYear: 2014,
        lastTargetYear: 2014,
      },
      {
        cityId: YOUR_CITY_ID,
        domain: 'product',
        quantitativeCount: 3,
        qualitativeCount: 0,
        firstTargetYear: 2025,
        lastTargetYear: 2025,
      },
    ]);
  });
});

describe('PLANS_QUERY', () => {
  it.each(FILTER_CASES)(
    'lists the plans under %s with their counts as plain SQL does, by start year',
    async (_name, filters) => {
      const expected = await runSql(engine, buildPlansSql(filters));
      expect(await runQuery(engine, PLANS_QUERY, buildState(filters))).toEqual(expected);
    },
  );

  it.each<[string, Partial<Filters>, string[]]>([
    [
      'every plan, Shijiazhuang’s 2011 opinion first and Shanwei’s 2017 action plan last',
      {},
      ['shijiazhuang-2011', 'hangzhou-2013', 'taiyuan-2014', 'linxia-2013', 'shanwei-2017'],
    ],
    [
      'the plans running into 2014–2015, Linxia’s (2015–2020) included',
      { yearFrom: 2014, yearTo: 2015 },
      ['shijiazhuang-2011', 'hangzhou-2013', 'taiyuan-2014', 'linxia-2013'],
    ],
    [
      'the plans running past 2015: Linxia’s and Shanwei’s',
      { yearFrom: 2016 },
      ['linxia-2013', 'shanwei-2017'],
    ],
    ['the plans started by 2014', { yearTo: 2014 }, ['shijiazhuang-2011', 'hangzhou-2013', 'taiyuan-2014']],
    ['no plan for a city no plan has', { cities: ['nowhere'] }, []],
  ])('lists %s', async (_name, filters, docIds) => {
    const plans = await runQuery(engine, PLANS_QUERY, buildState(filters));
    expect(plans.map((p) => p.docId)).toEqual(docIds);
  });

  it('starts Linxia’s outline, which gives no issue date, at its first horizon (2015), ending 2020', async () => {
    const [linxia] = await runQuery(engine, PLANS_QUERY, buildState({ cities: ['linxia'] }));
    expect(linxia).toMatchObject({
      issueDate: null,
      issueYear: null,
      horizonYears: [2015, 2020],
      horizonYear: 2020,
      startYear: 2015,
    });
  });

  it.each([
    ['Hangzhou’s plan names no lead department, so none of its 23 records is specific', 'hangzhou', 23, 0],
    ['Taiyuan’s action plan names one for every record: 9 of its 11 records are specific', 'taiyuan', 11, 9],
  ])('scores specificity: %s', async (_name, city, records, specific) => {
    const [plan] = await runQuery(engine, PLANS_QUERY, buildState({ cities: [city] }));
    expect([plan?.recordCount, plan?.specificCount]).toEqual([records, specific]);
  });

  it('counts records in the selected domains only, whatever the year range', async () => {
    const [plan] = await runQuery(
      engine,
      PLANS_QUERY,
      buildState({ cities: ['taiyuan'], domains: ['environment'], yearFrom: 2014, yearTo: 2014 }),
    );
    expect(plan).toMatchObject({
      recordCount: 6,
      quantitativeCount: 5,
      qualitativeCount: 1,
      specificCount: 5,
    });
  });

  it('lists a person’s plan, which has no years, after the others, with no start year', async () => {
    const plans = await runQuery(yours, PLANS_QUERY, buildState());
    expect(plans.map((p) => p.docId).slice(-1)).toEqual([YOUR_DOC_ID]);
    expect(plans.at(-1)).toEqual({
      docId: YOUR_DOC_ID,
      cityId: YOUR_CITY_ID,
      cityZh: '温州市',
      cityEn: 'Wenzhou',
      title: null,
      kind: null,
      issueDate: null,
      issueYear: null,
      horizonYears: [],
      horizonYear: null,
      startYear: null,
      recordCount: 5,
      quantitativeCount: 4,
      qualitativeCount: 1,
      specificCount: 2,
      numberCount: 4,
      yearCount: 3,
      departmentCount: 3,
    });
  });
});

describe('SPECIFICITY_QUERY', () => {
  it.each(FILTER_CASES)(
    'gives the plans under %s most specific first, then by records, as plain SQL does',
    async (_name, filters) => {
      const expected = await runSql(
        engine,
        `SELECT * FROM (${buildPlansSql(filters)}) p
        ORDER BY CASE WHEN p.recordCount = 0 THEN NULL ELSE p.specificCount / p.recordCount END DESC NULLS LAST,
          p.recordCount DESC, p.docId`,
      );
      expect(await runQuery(engine, SPECIFICITY_QUERY, buildState(filters))).toEqual(expected);
    },
  );

  it.each([
    ['Taiyuan’s action plan states all three for 9 of its 11 records', 'taiyuan', [11, 9]],
    ['Hangzhou’s plan names no lead department for any of its 23 records', 'hangzhou', [23, 0]],
  ] as const)('counts each part of the score: %s', async (_name, city, [records, specific]) => {
    const [plan] = await runQuery(engine, SPECIFICITY_QUERY, buildState({ cities: [city] }));
    expect([plan?.recordCount, plan?.specificCount]).toEqual([records, specific]);
    expect(plan?.specificCount).toBeLessThanOrEqual(
      Math.min(plan?.numberCount ?? 0, plan?.yearCount ?? 0, plan?.departmentCount ?? 0),
    );
    if (city === 'hangzhou') expect(plan?.departmentCount).toBe(0);
  });
});

describe('PLAN_RECORDS_QUERY', () => {
  it.each(FILTER_CASES)(
    'gives every record of the cities and domains under %s, specific ones first in each plan, as plain SQL does',
    async (_name, filters) => {
      const expected = await runSql(
        engine,
        `SELECT target_id AS targetId, doc_id AS docId, value IS NOT NULL AS hasNumber,
          target_year IS NOT NULL AS hasTargetYear, trim(coalesce(lead_department, '')) <> '' AS hasLeadDepartment,
          ${buildIsSpecificSql()} AS isSpecific
        FROM published.targets
        WHERE ${buildInSql('city_id', filters.cities)} AND ${buildInSql('domain', filters.domains)}
        ORDER BY doc_id, isSpecific DESC, ${DOMAIN_ORDER_SQL}, target_id`,
      );
      const records = await runQuery(engine, PLAN_RECORDS_QUERY, buildState(filters));
      expect(
        records.map(({ targetId, docId, hasNumber, hasTargetYear, hasLeadDepartment, isSpecific }) => ({
          targetId,
          docId,
          hasNumber,
          hasTargetYear,
          hasLeadDepartment,
          isSpecific,
        })),
      ).toEqual(expected);
    },
  );

  it('keeps every record whatever the year range: the score counts records without a year too', async () => {
    const all = await runQuery(engine, PLAN_RECORDS_QUERY, buildState({ domains: ['environment'] }));
    const outside = await runQuery(
      engine,
      PLAN_RECORDS_QUERY,
      buildState({ domains: ['environment'], yearFrom: 2030, yearTo: 2030 }),
    );
    expect(outside).toEqual(all);
    expect(all).toHaveLength(34);
  });

  it('carries what a tooltip shows: Taiyuan’s PM2.5 target, down 5% by 2014, led by 市发改委', async () => {
    const records = await runQuery(engine, PLAN_RECORDS_QUERY, buildState({ cities: ['taiyuan'] }));
    expect(records.find((r) => r.targetId === 'taiyuan-2014-003')).toEqual({
      targetId: 'taiyuan-2014-003',
      docId: 'taiyuan-2014',
      domain: 'environment',
      indicatorZh: 'PM2.5年均浓度值',
      indicatorEn: 'PM2.5 annual mean concentration',
      comparator: 'decrease_by',
      value: 5,
      valueMax: null,
      unit: '%',
      unitZh: '%',
      isNewCount: false,
      targetYear: 2014,
      leadDepartment: '市发改委',
      quote: 'PM2.5年均浓度值下降5%',
      origin: 'published',
      hasNumber: true,
      hasTargetYear: true,
      hasLeadDepartment: true,
      isSpecific: true,
    });
  });

  it('gives a person’s records as theirs, specific ones first, then by domain', async () => {
    const records = await runQuery(yours, PLAN_RECORDS_QUERY, buildState({ cities: [YOUR_CITY_ID] }));
    expect(records.map((r) => [r.targetId, r.origin, r.isSpecific])).toEqual([
      ['wenzhou-draft-005', 'yours', true],
      ['wenzhou-draft-004', 'yours', true],
      ['wenzhou-draft-001', 'yours', false],
      ['wenzhou-draft-002', 'yours', false],
      ['wenzhou-draft-003', 'yours', false],
    ]);
    const published = await runQuery(yours, PLAN_RECORDS_QUERY, buildState(NO_FILTERS));
    expect(published.filter((r) => r.origin === 'published').map((r) => r.targetId)).toEqual(
      await readColumn(
        engine,
        `SELECT target_id FROM published.targets ORDER BY doc_id, ${buildIsSpecificSql()} DESC, ${DOMAIN_ORDER_SQL}, target_id`,
      ),
    );
  });
});
