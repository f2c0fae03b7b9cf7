/** The queries many views share (cities with plans, plan titles), on the published data and with a person's plan. */

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CITIES_QUERY, PLAN_TITLES_QUERY } from '../../../../../src/lib/data/queries/shared.ts';
import type { NodeEngine } from '../../../../../scripts/lib/duckdb-node.ts';
import { buildState, openPublishedEngine, runQuery, runSql } from '../../../../published-data.ts';
import { FILTER_CASES } from './filter-cases.ts';
import { buildInSql } from './oracle.ts';
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

describe('CITIES_QUERY', () => {
  it.each(FILTER_CASES)(
    'lists the cities with a plan under %s, by id, named as cities.csv names them',
    async (_name, filters) => {
      const expected = await runSql(
        engine,
        `SELECT DISTINCT d.city_id AS cityId, c.name_zh AS nameZh, c.name_en AS nameEn
       FROM published.documents d JOIN published.cities c ON c.city_id = d.city_id
       WHERE ${buildInSql('d.city_id', filters.cities)} ORDER BY d.city_id`,
      );
      expect(await runQuery(engine, CITIES_QUERY, buildState(filters))).toEqual(expected);
    },
  );

  it('names Linxia as cities.csv does (临夏回族自治州), not as its plan shortens it (临夏州)', async () => {
    const cities = await runQuery(engine, CITIES_QUERY, buildState({ cities: ['linxia'] }));
    expect(cities).toEqual([
      { cityId: 'linxia', nameZh: '临夏回族自治州', nameEn: 'Linxia Hui Autonomous Prefecture' },
    ]);
  });

  it('adds the city of a person’s own plan, named as their plan names it, in id order', async () => {
    const cities = await runQuery(yours, CITIES_QUERY, buildState());
    expect(cities.map((c) => c.cityId)).toEqual([
      'hangzhou',
      'linxia',
      'shanwei',
      'shijiazhuang',
      'taiyuan',
      'wenzhou',
    ]);
    expect(cities.find((c) => c.cityId === YOUR_CITY_ID)).toEqual({
      cityId: YOUR_CITY_ID,
      nameZh: '温州市',
      nameEn: 'Wenzhou',
    });
  });
});

describe('PLAN_TITLES_QUERY', () => {
  it.each(FILTER_CASES)(
    'gives the title of each plan of the cities under %s, by city then date',
    async (_name, filters) => {
      const expected = await runSql(
        engine,
        `SELECT doc_id AS docId, title FROM published.documents WHERE ${buildInSql('city_id', filters.cities)}
       ORDER BY city_id, issue_date NULLS LAST, doc_id`,
      );
      expect(await runQuery(engine, PLAN_TITLES_QUERY, buildState(filters))).toEqual(expected);
    },
  );

  it('gives Hangzhou’s plan its title as the document writes it', async () => {
    expect(await runQuery(engine, PLAN_TITLES_QUERY, buildState({ cities: ['hangzhou'] }))).toEqual([
      { docId: 'hangzhou-2013', title: '杭州市争创全国质量强市示范城市工作方案' },
    ]);
  });

  it('names a person’s plan without a title by its id', async () => {
    expect(await runQuery(yours, PLAN_TITLES_QUERY, buildState({ cities: [YOUR_CITY_ID] }))).toEqual([
      { docId: YOUR_DOC_ID, title: YOUR_DOC_ID },
    ]);
  });
});
