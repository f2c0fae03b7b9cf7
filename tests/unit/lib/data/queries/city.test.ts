/** The City profile's queries: the plan picker, which plan opens for `doc` / `target` / neither / unknown ids, its text, records and score, on the published data and with a person's plan. */

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  BRIEF_ATTAINMENT_QUERY,
  BRIEF_PEERS_QUERY,
  SIDE_PLANS_QUERY,
  SIDE_RECORDS_QUERY,
  CITY_PLANS_QUERY,
  CITY_QUERIES,
  PLAN_DOCUMENT_QUERY,
  PLAN_SUMMARY_QUERY,
  PLAN_TARGETS_QUERY,
} from '../../../../../src/lib/data/queries/city.ts';
import type { Filters } from '../../../../../src/lib/state/url.ts';
import type { NodeEngine } from '../../../../../scripts/lib/duckdb-node.ts';
import { buildState, openPublishedEngine, runQuery, runSql } from '../../../../published-data.ts';
import { FILTER_CASES } from './filter-cases.ts';
import { buildInSql, buildPlansSql, buildYearSql, readColumn } from './oracle.ts';
import {
  openEngineWithYourPlan,
  YOUR_CITY_ID,
  YOUR_DOC_ID,
  YOUR_DOCUMENT,
  YOUR_TARGET_IDS,
} from './yours.ts';

let engine: NodeEngine;
let yours: NodeEngine;
let docIds: string[];

beforeAll(async () => {
  [engine, yours] = await Promise.all([openPublishedEngine(), openEngineWithYourPlan()]);
  docIds = (await readColumn(engine, 'SELECT doc_id FROM published.documents ORDER BY doc_id')).map(String);
});

afterAll(() => {
  engine.close();
  yours.close();
});

/** Every City profile query for one URL state, asked as the view asks them. */
async function askCity(db: NodeEngine, params: Record<string, string>, filters: Partial<Filters> = {}) {
  const state = buildState(filters, params);
  const [plans, plan, targets, summary] = await Promise.all([
    runQuery(db, CITY_QUERIES.plans, state),
    runQuery(db, CITY_QUERIES.plan, state),
    runQuery(db, CITY_QUERIES.targets, state),
    runQuery(db, CITY_QUERIES.summary, state),
  ]);
  return { plans, plan, targets, summary };
}

describe('CITY_PLANS_QUERY', () => {
  it.each(FILTER_CASES)(
    'lists the plans of the cities under %s, by city then date, as plain SQL does',
    async (_name, filters) => {
      const expected = await runSql(
        engine,
        `SELECT d.doc_id AS docId, d.city_id AS cityId, coalesce(c.name_zh, d.city_zh) AS cityZh,
        coalesce(c.name_en, d.city_en) AS cityEn, d.title, d.kind, d.issue_year AS issueYear,
        list_max(d.horizon_years) AS horizonYear
      FROM published.documents d LEFT JOIN published.cities c ON c.city_id = d.city_id
      WHERE ${buildInSql('d.city_id', filters.cities)} ORDER BY d.city_id, d.issue_date NULLS LAST, d.doc_id`,
      );
      expect(await runQuery(engine, CITY_PLANS_QUERY, buildState(filters))).toEqual(expected);
    },
  );

  it('adds a person’s plan, named as their plan names its city', async () => {
    const plans = await runQuery(yours, CITY_PLANS_QUERY, buildState({ cities: [YOUR_CITY_ID] }));
    expect(plans).toEqual([
      {
        docId: YOUR_DOC_ID,
        cityId: YOUR_CITY_ID,
        cityZh: '温州市',
        cityEn: 'Wenzhou',
        title: null,
        kind: null,
        issueYear: null,
        horizonYear: null,
      },
    ]);
  });
});

describe('which plan the City profile opens', () => {
  it.each<[string, Record<string, string>, Partial<Filters>, string | null]>([
    ['the plan `doc` names', { doc: 'taiyuan-2014' }, {}, 'taiyuan-2014'],
    [
      'the plan `doc` names, even when `target` is a record of another plan',
      { doc: 'linxia-2013', target: 'hangzhou-2013-002' },
      {},
      'linxia-2013',
    ],
    [
      'the plan `doc` names, even when the city filter leaves its city out',
      { doc: 'taiyuan-2014' },
      { cities: ['hangzhou'] },
      'taiyuan-2014',
    ],
    [
      'the plan of the record `target` names, when there is no `doc`',
      { target: 'shanwei-2017-010' },
      {},
      'shanwei-2017',
    ],
    [
      'the first plan of the filtered cities, by city id, when neither is given',
      {},
      { cities: ['shanwei', 'taiyuan'] },
      'shanwei-2017',
    ],
    ['Hangzhou’s plan, the first by city id, without any filter', {}, {}, 'hangzhou-2013'],
    [
      'the first plan of the filtered cities when `doc` names no plan',
      { doc: 'nowhere-2000' },
      { cities: ['taiyuan'] },
      'taiyuan-2014',
    ],
    [
      'the first plan of the filtered cities when `target` names no record',
      { target: 'nowhere-2000-001' },
      { cities: ['linxia'] },
      'linxia-2013',
    ],
    [
      'no plan when `doc` and `target` name nothing and no filtered city has a plan',
      { doc: 'nowhere-2000', target: 'nowhere-2000-001' },
      { cities: ['nowhere'] },
      null,
    ],
    ['no plan when no filtered city has one', {}, { cities: ['nowhere'] }, null],
  ])('is %s, and every query of the view agrees', async (_name, params, filters, docId) => {
    const { plan, targets, summary } = await askCity(engine, params, filters);
    expect(plan?.docId ?? null).toBe(docId);
    expect(summary?.docId ?? null).toBe(docId);
    expect(new Set(targets.map((t) => t.docId))).toEqual(new Set(docId === null ? [] : [docId]));
    expect(targets.length).toBe(
      docId === null
        ? 0
        : Number(
            (await readColumn(engine, `SELECT count(*) FROM published.targets WHERE doc_id = '${docId}'`))[0],
          ),
    );
  });

  it('binds the same parameters for every record of the open plan, so a click on one asks nothing new', () => {
    const first = buildState({}, { doc: 'hangzhou-2013', target: 'hangzhou-2013-002' });
    const second = buildState({}, { doc: 'hangzhou-2013', target: 'hangzhou-2013-007' });
    for (const query of [PLAN_DOCUMENT_QUERY, PLAN_TARGETS_QUERY, PLAN_SUMMARY_QUERY]) {
      expect(query.bind(second), query.name).toEqual(query.bind(first));
    }
  });
});

describe('PLAN_DOCUMENT_QUERY', () => {
  it('gives Hangzhou’s plan with its notice, 文号, issuing body, date, horizon and cleaned text, and no province (it names none)', async () => {
    const plan = await runQuery(engine, PLAN_DOCUMENT_QUERY, buildState({}, { doc: 'hangzhou-2013' }));
    const [text] = await readColumn(
      engine,
      `SELECT text FROM published.documents WHERE doc_id = 'hangzhou-2013'`,
    );
    expect(plan).toEqual({
      docId: 'hangzhou-2013',
      cityId: 'hangzhou',
      cityZh: '杭州市',
      cityEn: 'Hangzhou',
      province: null,
      title: '杭州市争创全国质量强市示范城市工作方案',
      noticeTitle: '杭州市人民政府办公厅关于印发杭州市争创全国质量强市示范城市工作方案的通知',
      issuingBody: '杭州市人民政府办公厅',
      docNumber: '杭政办函〔2013〕98号',
      issueDate: '2013-05-24',
      kind: 'work plan',
      horizonYears: [2015],
      text,
      origin: 'published',
    });
  });

  it('names Linxia as cities.csv does and keeps its two horizons, 2015 and 2020', async () => {
    const plan = await runQuery(engine, PLAN_DOCUMENT_QUERY, buildState({}, { doc: 'linxia-2013' }));
    expect(plan).toMatchObject({ cityZh: '临夏回族自治州', issueDate: null, horizonYears: [2015, 2020] });
  });

  it('opens a person’s plan with what it gives and nulls for what it does not', async () => {
    const plan = await runQuery(yours, PLAN_DOCUMENT_QUERY, buildState({}, { doc: YOUR_DOC_ID }));
    expect(plan).toEqual({
      docId: YOUR_DOC_ID,
      cityId: YOUR_CITY_ID,
      cityZh: '温州市',
      cityEn: 'Wenzhou',
      province: null,
      title: null,
      noticeTitle: null,
      issuingBody: null,
      docNumber: null,
      issueDate: null,
      kind: null,
      horizonYears: [],
      text: YOUR_DOCUMENT.text,
      origin: 'yours',
    });
  });
});

describe('PLAN_TARGETS_QUERY', () => {
  it.each(FILTER_CASES)(
    'gives every record of each plan in document order, flagging those the domain and year filters pass under %s',
    async (_name, filters) => {
      for (const docId of docIds) {
        const expected = await runSql(
          engine,
          `SELECT target_id AS targetId,
            (${buildInSql('domain', filters.domains)} AND ${buildYearSql('target_year', filters)}) IS TRUE AS isSelected
          FROM published.targets WHERE doc_id = '${docId}' ORDER BY quote_start, target_id`,
        );
        const targets = await runQuery(engine, PLAN_TARGETS_QUERY, buildState(filters, { doc: docId }));
        expect(
          targets.map(({ targetId, isSelected }) => ({ targetId, isSelected })),
          docId,
        ).toEqual(expected);
        const [text] = await readColumn(
          engine,
          `SELECT text FROM published.documents WHERE doc_id = '${docId}'`,
        );
        for (const t of targets)
          expect(String(text).slice(t.quoteStart, t.quoteEnd), t.targetId).toBe(t.quote);
      }
    },
  );

  it('reads Hangzhou’s spot-check target: 90% 以上 by 2015, from its section 三、主要目标 › (一)产品质量', async () => {
    const targets = await runQuery(engine, PLAN_TARGETS_QUERY, buildState({}, { doc: 'hangzhou-2013' }));
    expect(targets.find((t) => t.targetId === 'hangzhou-2013-002')).toMatchObject({
      topic: 'manufacturing spot-check',
      comparator: '>=',
      value: 90,
      unit: '%',
      targetYear: 2015,
      yearBasis: 'section',
      quote: '国家监督抽查合格率稳定在90%以上',
      section: '三、主要目标 › (一)产品质量',
      origin: 'published',
      isSelected: true,
    });
  });

  it('gives a person’s records as theirs; those without a target year are not selected once a year range is set', async () => {
    const targets = await runQuery(
      yours,
      PLAN_TARGETS_QUERY,
      buildState({ yearFrom: 2014, yearTo: 2020 }, { doc: YOUR_DOC_ID }),
    );
    expect(targets.map((t) => [t.targetId, t.origin, t.targetYear, t.isSelected])).toEqual([
      [YOUR_TARGET_IDS[0], 'yours', null, false],
      [YOUR_TARGET_IDS[1], 'yours', null, false],
      [YOUR_TARGET_IDS[2], 'yours', 2014, true],
      [YOUR_TARGET_IDS[3], 'yours', 2014, true],
      [YOUR_TARGET_IDS[4], 'yours', 2025, false],
    ]);
    for (const t of targets) expect(YOUR_DOCUMENT.text.slice(t.quoteStart, t.quoteEnd)).toBe(t.quote);
  });
});

describe('PLAN_SUMMARY_QUERY', () => {
  it.each(FILTER_CASES)(
    'scores the open plan as the Overview does, over its records in the domains under %s, whatever the cities and years',
    async (_name, filters) => {
      const expected = await runSql(
        engine,
        buildPlansSql({ cities: [], domains: filters.domains, yearFrom: null, yearTo: null }),
      );
      for (const docId of docIds) {
        const summary = await runQuery(engine, PLAN_SUMMARY_QUERY, buildState(filters, { doc: docId }));
        expect(summary, docId).toEqual(expected.find((row) => row.docId === docId));
      }
    },
  );

  it('scores a person’s plan: 2 of its 5 records are specific, and it has no start year', async () => {
    const { summary } = await askCity(yours, {}, { cities: [YOUR_CITY_ID] });
    expect(summary).toMatchObject({
      docId: YOUR_DOC_ID,
      recordCount: 5,
      quantitativeCount: 4,
      qualitativeCount: 1,
      specificCount: 2,
      startYear: null,
    });
  });
});

describe('the printable brief', () => {
  it('lists exactly the plan’s targets that an outcome speaks to, with their status', async () => {
    const engine = await openPublishedEngine();
    try {
      for (const doc of ['hangzhou-2013', 'linxia-2013']) {
        const expected = await runSql(
          engine,
          `SELECT a.target_id, a.status FROM published.attainment a JOIN published.targets t USING (target_id)
           WHERE t.doc_id = '${doc}' AND a.outcome_key IS NOT NULL ORDER BY t.quote_start, a.target_id`,
        );
        const rows = await runQuery(engine, BRIEF_ATTAINMENT_QUERY, buildState({}, { doc }));
        expect(rows.map((r) => [r.targetId, r.status])).toEqual(
          expected.map((r) => [r['target_id'], r['status']]),
        );
      }
    } finally {
      engine.close();
    }
  });

  it('puts the plan’s level beside each other city’s most ambitious level on the shared indicators', async () => {
    const engine = await openPublishedEngine();
    try {
      const rows = await runQuery(engine, BRIEF_PEERS_QUERY, buildState({}, { doc: 'hangzhou-2013' }));
      expect(rows.length).toBeGreaterThan(0);
      for (const row of rows) {
        const peers = await runSql(
          engine,
          `SELECT a.city_id, CASE WHEN i.direction = 'lower' THEN min(a.level) ELSE max(a.level) END AS level
           FROM published.attainment a JOIN published.indicators i USING (indicator_id)
           WHERE a.indicator_id = '${row.indicatorId}' AND a.level IS NOT NULL AND a.city_id <> 'hangzhou'
           GROUP BY a.city_id, i.direction ORDER BY level, a.city_id`,
        );
        expect(row.peers.map((p) => p.level)).toEqual(peers.map((p) => p['level']));
      }
    } finally {
      engine.close();
    }
  });
});

describe('plans side by side', () => {
  it.each([
    [
      'the plans named, in order, unknown and repeated ones left out',
      { side: 'taiyuan-2014,nowhere,hangzhou-2013,taiyuan-2014' },
    ],
    ['at most three', { side: 'hangzhou-2013,linxia-2013,shanwei-2017,taiyuan-2014' }],
  ])('reads %s', async (_name, params) => {
    const engine = await openPublishedEngine();
    try {
      const plans = await runQuery(engine, SIDE_PLANS_QUERY, buildState({}, params));
      const known = (await runSql(engine, 'SELECT doc_id FROM published.documents')).map((r) => r['doc_id']);
      const asked = [...new Set(params.side.split(','))].filter((id) => known.includes(id)).slice(0, 3);
      expect(plans.map((p) => [p.col, p.docId])).toEqual(asked.map((id, i) => [i + 1, id]));
    } finally {
      engine.close();
    }
  });

  it('with none named, reads one plan per city among those that set the indicator, its sentences chosen', async () => {
    const engine = await openPublishedEngine();
    try {
      const [first] = await runSql(
        engine,
        `SELECT indicator_id FROM published.targets WHERE indicator_id IS NOT NULL
         GROUP BY indicator_id ORDER BY count(DISTINCT city_id) DESC, indicator_id LIMIT 1`,
      );
      const indicator = String(first?.['indicator_id']);
      const state = buildState({}, { side: '', indicator });
      const plans = await runQuery(engine, SIDE_PLANS_QUERY, state);
      const cities = await runSql(
        engine,
        `SELECT DISTINCT city_id FROM published.targets WHERE indicator_id = '${indicator}' ORDER BY city_id LIMIT 3`,
      );
      expect(plans.map((p) => p.cityId)).toEqual(cities.map((c) => c['city_id']));
      const records = await runQuery(engine, SIDE_RECORDS_QUERY, state);
      const [chosen] = await runSql(
        engine,
        `SELECT count(*)::INTEGER AS n FROM published.targets WHERE indicator_id = '${indicator}'
         AND doc_id IN (${plans.map((p) => `'${p.docId}'`).join(', ')})`,
      );
      expect(records.filter((r) => r.isChosen)).toHaveLength(Number(chosen?.['n']));
      expect(new Set(records.map((r) => r.docId))).toEqual(new Set(plans.map((p) => p.docId)));
    } finally {
      engine.close();
    }
  });
});
