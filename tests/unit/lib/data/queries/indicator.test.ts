/** Indicator detail's queries (the indicator list, which indicator is shown, its records and reference targets) under every filter case, and with a person's plan. */

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  INDICATOR_LIST_QUERY,
  INDICATOR_REFERENCES_QUERY,
  INDICATOR_TARGETS_QUERY,
  type IndicatorListRow,
} from '../../../../../src/lib/data/queries/indicator.ts';
import type { Filters } from '../../../../../src/lib/state/url.ts';
import type { NodeEngine } from '../../../../../scripts/lib/duckdb-node.ts';
import { buildState, openPublishedEngine, runQuery, runSql } from '../../../../published-data.ts';
import { FILTER_CASES } from './filter-cases.ts';
import { buildInSql, buildYearSql, DOMAIN_ORDER_SQL, readColumn } from './oracle.ts';
import { openEngineWithYourPlan, YOUR_CITY_ID } from './yours.ts';

let engine: NodeEngine;
let yours: NodeEngine;
let indicatorIds: string[];

beforeAll(async () => {
  [engine, yours] = await Promise.all([openPublishedEngine(), openEngineWithYourPlan()]);
  indicatorIds = (await readColumn(engine, 'SELECT indicator_id FROM published.indicators ORDER BY 1')).map(
    String,
  );
});

afterAll(() => {
  engine.close();
  yours.close();
});

/** Every indicator with its records and cities under the city and year filters, in list order, in plain SQL. */
async function readExpectedList(
  db: NodeEngine,
  filters: Filters,
  targets = 'published.targets',
): Promise<IndicatorListRow[]> {
  const records = `FROM ${targets} t WHERE t.indicator_id = i.indicator_id
    AND ${buildInSql('t.city_id', filters.cities)} AND ${buildYearSql('t.target_year', filters)}`;
  return (await runSql(
    db,
    `SELECT i.indicator_id AS indicatorId, i.name_zh AS nameZh, i.name_en AS nameEn, i.domain, i.unit, i.direction,
      (SELECT count(*) ${records})::INTEGER AS targetCount,
      (SELECT count(DISTINCT t.city_id) ${records})::INTEGER AS cityCount
    FROM published.indicators i
    ORDER BY ${DOMAIN_ORDER_SQL}, cityCount DESC, targetCount DESC, indicatorId`,
  )) as unknown as IndicatorListRow[];
}

/** The indicator shown when the URL names none: the first listed with records in the filtered domains, else the first. */
function pickExpected(list: readonly IndicatorListRow[], filters: Filters): string | null {
  const inDomains = (row: IndicatorListRow) =>
    filters.domains.length === 0 || filters.domains.includes(row.domain);
  return (list.find((row) => row.targetCount > 0 && inDomains(row)) ?? list[0])?.indicatorId ?? null;
}

describe('INDICATOR_LIST_QUERY', () => {
  it.each(FILTER_CASES)(
    'lists every indicator with its records and cities under %s, by domain then cities, as plain SQL does',
    async (_name, filters) => {
      const expected = await readExpectedList(engine, filters);
      const { indicators, chosenId } = await runQuery(engine, INDICATOR_LIST_QUERY, buildState(filters));
      expect(indicators).toEqual(expected);
      expect(chosenId).toBe(pickExpected(expected, filters));
    },
  );

  it('counts a person’s records: their 农业类名牌产品 target makes three cities and four records', async () => {
    const { indicators } = await runQuery(yours, INDICATOR_LIST_QUERY, buildState());
    expect(indicators.find((i) => i.indicatorId === 'agri_brand_products')).toMatchObject({
      targetCount: 4,
      cityCount: 3,
    });
    expect(indicators).toEqual(await readExpectedList(yours, buildState().filters, 'targets'));
  });
});

describe('which indicator Indicator detail shows', () => {
  it.each<[string, Record<string, string>, Partial<Filters>, string]>([
    ['the one the URL names', { indicator: 'pm25_concentration' }, {}, 'pm25_concentration'],
    [
      'the one the URL names, even outside the domain filter',
      { indicator: 'pm25_concentration' },
      { domains: ['product'] },
      'pm25_concentration',
    ],
    [
      'brand products when the URL names none: the first product indicator, set by all five plans',
      {},
      {},
      'brand_products',
    ],
    [
      'drinking-water sources (three plans), the first environment indicator, when the filter names environment',
      {},
      { domains: ['environment'] },
      'drinking_water_source_compliance',
    ],
    [
      'customer satisfaction when the filter names service and foundation: service comes first',
      {},
      { domains: ['foundation', 'service'] },
      'customer_satisfaction',
    ],
    [
      'brand products when the URL names an indicator that does not exist',
      { indicator: 'no_such_indicator' },
      {},
      'brand_products',
    ],
    [
      'the first of the list, by id, when no filtered city has a plan',
      {},
      { cities: ['nowhere'] },
      'agri_brand_products',
    ],
    [
      'the first of the whole list when no indicator of the filtered domain has records: Hangzhou’s one environment record is a commitment, so 农业标准化生产普及率 (first by id of its product indicators, one record each)',
      {},
      { cities: ['hangzhou'], domains: ['environment'] },
      'agri_standardized_production_rate',
    ],
  ])('is %s, and its records and references follow it', async (_name, params, filters, indicatorId) => {
    const state = buildState(filters, params);
    const { chosenId } = await runQuery(engine, INDICATOR_LIST_QUERY, state);
    expect(chosenId).toBe(indicatorId);
    const targets = await runQuery(engine, INDICATOR_TARGETS_QUERY, state);
    const references = await runQuery(engine, INDICATOR_REFERENCES_QUERY, state);
    expect(targets.every((t) => t.indicatorId === indicatorId)).toBe(true);
    expect(references.every((r) => r.indicatorId === indicatorId)).toBe(true);
  });
});

describe('INDICATOR_TARGETS_QUERY', () => {
  it.each(FILTER_CASES)(
    'gives every record of each indicator under %s (whatever the domain filter), by year, city and document order',
    async (_name, filters) => {
      for (const indicatorId of indicatorIds) {
        const expected = await readColumn(
          engine,
          `SELECT target_id FROM published.targets WHERE indicator_id = '${indicatorId}'
            AND ${buildInSql('city_id', filters.cities)} AND ${buildYearSql('target_year', filters)}
          ORDER BY target_year NULLS LAST, city_id, target_id`,
        );
        const targets = await runQuery(
          engine,
          INDICATOR_TARGETS_QUERY,
          buildState(filters, { indicator: indicatorId }),
        );
        expect(
          targets.map((t) => t.targetId),
          indicatorId,
        ).toEqual(expected);
      }
    },
  );

  it('keeps the qualitative commitments of customer satisfaction, with no value', async () => {
    const targets = await runQuery(
      engine,
      INDICATOR_TARGETS_QUERY,
      buildState({}, { indicator: 'customer_satisfaction' }),
    );
    expect(targets.filter((t) => t.comparator === 'qualitative').map((t) => t.value)).toEqual([null, null]);
  });

  it('gives Hangzhou’s 90% spot-check target under a product-only domain filter too', async () => {
    const targets = await runQuery(
      engine,
      INDICATOR_TARGETS_QUERY,
      buildState({ domains: ['environment'] }, { indicator: 'product_spot_check_pass_rate' }),
    );
    expect(targets.find((t) => t.cityId === 'hangzhou')).toMatchObject({
      value: 90,
      comparator: '>=',
      targetYear: 2015,
      quote: '国家监督抽查合格率稳定在90%以上',
    });
  });

  it('gives a person’s spot-check target as theirs, after the published ones (it has no target year)', async () => {
    const targets = await runQuery(
      yours,
      INDICATOR_TARGETS_QUERY,
      buildState({}, { indicator: 'product_spot_check_pass_rate' }),
    );
    expect(targets.map((t) => [t.cityId, t.targetYear, t.origin])).toEqual([
      ['hangzhou', 2015, 'published'],
      ['shijiazhuang', 2015, 'published'],
      ['linxia', 2020, 'published'],
      [YOUR_CITY_ID, null, 'yours'],
    ]);
  });
});

describe('INDICATOR_REFERENCES_QUERY', () => {
  it.each(FILTER_CASES)(
    'gives each indicator’s reference targets in the years under %s, national first',
    async (_name, filters) => {
      for (const indicatorId of indicatorIds) {
        const expected = await readColumn(
          engine,
          `SELECT reference_id FROM published."references"
        WHERE kind = 'target' AND value IS NOT NULL AND indicator_id = '${indicatorId}' AND ${buildYearSql('year', filters)}
        ORDER BY CASE scope WHEN 'national' THEN 0 ELSE 1 END, year, region_en, reference_id`,
        );
        const references = await runQuery(
          engine,
          INDICATOR_REFERENCES_QUERY,
          buildState(filters, { indicator: indicatorId }),
        );
        expect(
          references.map((r) => r.referenceId),
          indicatorId,
        ).toEqual(expected);
      }
    },
  );

  it('gives the national spot-check targets, 90% 以上 by 2015 and 92% 以上 by 2020, quoted from their source', async () => {
    const references = await runQuery(
      engine,
      INDICATOR_REFERENCES_QUERY,
      buildState({}, { indicator: 'product_spot_check_pass_rate' }),
    );
    expect(references.map((r) => [r.scope, r.year, r.comparator, r.value])).toEqual([
      ['national', 2015, '>=', 90],
      ['national', 2020, '>=', 92],
    ]);
    for (const r of references) expect(r.quote).not.toBe('');
  });
});
