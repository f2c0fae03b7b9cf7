import type { DuckDBConnection } from '@duckdb/node-api';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  DOMAIN_TARGETS_SQL,
  INDICATOR_LIST_SQL,
  INDICATOR_TARGETS_SQL,
  REFERENCE_TARGETS_SQL,
  queryDomainTargets,
  queryIndicatorList,
  queryIndicatorTargets,
  queryReferenceTargets,
} from '../../../../src/lib/data/queries-compare.ts';
import type { QueryRunner } from '../../../../src/lib/data/queries.ts';
import { DOMAINS } from '../../../../src/lib/extract/types.ts';
import { NO_FILTERS } from '../../../../src/lib/state/url.ts';
import { createNodeRunner, openPublishedData } from '../../../published-data.ts';
import { FILTER_CASES } from './filter-cases.ts';

let connection: DuckDBConnection;
let db: QueryRunner;

beforeAll(async () => {
  connection = await openPublishedData();
  db = createNodeRunner(connection);
});

/** Runs a plain SQL string written in the test, independent of the app's queries. */
async function rows(sql: string): Promise<Record<string, unknown>[]> {
  return (await connection.runAndReadAll(sql)).getRowObjectsJS();
}

async function count(sql: string): Promise<number> {
  return Number(Object.values((await rows(sql))[0] ?? {})[0]);
}

function yearSql(filters: { yearFrom: number | null; yearTo: number | null }): string {
  return [
    filters.yearFrom === null ? 'true' : `target_year >= ${filters.yearFrom}`,
    filters.yearTo === null ? 'true' : `target_year <= ${filters.yearTo}`,
  ].join(' AND ');
}

function citySql(cities: readonly string[]): string {
  return cities.length === 0 ? 'true' : `city_id IN (${cities.map((c) => `'${c}'`).join(',')})`;
}

describe('every comparison query', () => {
  it.each([
    ['DOMAIN_TARGETS_SQL', DOMAIN_TARGETS_SQL, ['hangzhou,linxia', 'product', 2014, 2020]],
    ['INDICATOR_TARGETS_SQL', INDICATOR_TARGETS_SQL, ['', 'agrifood_pass_rate', null, null]],
    ['INDICATOR_LIST_SQL', INDICATOR_LIST_SQL, ['taiyuan', 2014, null]],
    ['REFERENCE_TARGETS_SQL', REFERENCE_TARGETS_SQL, ['product', '', null, 2020]],
  ])('%s binds and plans with EXPLAIN against the published tables', async (_name, sql, params) => {
    const plan = await connection.runAndReadAll(`EXPLAIN ${sql}`, params);
    expect(plan.currentRowCount).toBeGreaterThan(0);
  });
});

describe('queryDomainTargets', () => {
  it.each(FILTER_CASES)(
    'returns every quantitative target of each domain under %s, once',
    async (_name, filters) => {
      for (const domain of DOMAINS) {
        const targets = await queryDomainTargets(db, filters, domain);
        expect(targets.length).toBe(
          await count(`SELECT count(*) FROM targets WHERE domain = '${domain}' AND comparator <> 'qualitative'
            AND ${citySql(filters.cities)} AND ${yearSql(filters)}`),
        );
        expect(new Set(targets.map((t) => t.targetId)).size).toBe(targets.length);
      }
    },
  );

  it('puts indicators set by more cities first, and targets without an indicator last', async () => {
    const targets = await queryDomainTargets(db, NO_FILTERS, 'product');
    const mapped = targets.filter((t) => t.indicatorId !== null);
    const firstUnmapped = targets.findIndex((t) => t.indicatorId === null);
    expect(firstUnmapped).toBe(mapped.length);
    const cityCounts: number[] = [];
    for (const target of mapped) {
      if (target === mapped.find((t) => t.indicatorId === target.indicatorId)) {
        cityCounts.push(
          new Set(mapped.filter((t) => t.indicatorId === target.indicatorId).map((t) => t.cityId)).size,
        );
      }
    }
    expect(cityCounts).toEqual([...cityCounts].sort((a, b) => b - a));
    // Provincial-or-higher brand products: named by all five plans.
    expect(mapped[0]?.indicatorId).toBe('brand_products');
  });

  it("holds Hangzhou's product spot-check target: 90% 以上 by 2015, with its sentence", async () => {
    const targets = await queryDomainTargets(db, { ...NO_FILTERS, cities: ['hangzhou'] }, 'product');
    const spotCheck = targets.find((t) => t.indicatorId === 'product_spot_check_pass_rate');
    expect(spotCheck).toMatchObject({
      cityZh: '杭州市',
      comparator: '>=',
      value: 90,
      unit: '%',
      targetYear: 2015,
      indicatorNameZh: '产品质量监督抽查合格率',
      indicatorUnit: '%',
    });
    expect(spotCheck?.quote).toContain('90%以上');
  });
});

describe('queryIndicatorTargets', () => {
  it.each(FILTER_CASES)('returns every record of each indicator under %s', async (_name, filters) => {
    const indicators = await rows('SELECT indicator_id FROM indicators');
    for (const { indicator_id: id } of indicators) {
      const targets = await queryIndicatorTargets(db, filters, String(id));
      expect(targets.length).toBe(
        await count(`SELECT count(*) FROM targets WHERE indicator_id = '${String(id)}'
          AND ${citySql(filters.cities)} AND ${yearSql(filters)}`),
      );
      expect(targets.every((t) => t.indicatorId === id)).toBe(true);
    }
  });

  it('keeps qualitative commitments of the indicator, with no value', async () => {
    const targets = await queryIndicatorTargets(db, NO_FILTERS, 'customer_satisfaction');
    const qualitative = await count(
      "SELECT count(*) FROM targets WHERE indicator_id = 'customer_satisfaction' AND comparator = 'qualitative'",
    );
    expect(targets.filter((t) => t.comparator === 'qualitative' && t.value === null).length).toBe(
      qualitative,
    );
  });
});

describe('queryIndicatorList', () => {
  it.each(FILTER_CASES)(
    'lists every indicator with its record and city counts under %s',
    async (_name, filters) => {
      const list = await queryIndicatorList(db, filters);
      expect(list.length).toBe(await count('SELECT count(*) FROM indicators'));
      const expected = await rows(`SELECT indicator_id, count(*) AS n, count(DISTINCT city_id) AS cities
      FROM targets WHERE indicator_id IS NOT NULL AND ${citySql(filters.cities)} AND ${yearSql(filters)}
      GROUP BY indicator_id`);
      for (const indicator of list) {
        const fact = expected.find((r) => r.indicator_id === indicator.indicatorId);
        expect(indicator.targetCount).toBe(Number(fact?.n ?? 0));
        expect(indicator.cityCount).toBe(Number(fact?.cities ?? 0));
      }
      const order = list.map((i) => DOMAINS.indexOf(i.domain));
      expect(order).toEqual([...order].sort((a, b) => a - b));
    },
  );
});

describe('queryReferenceTargets', () => {
  it('gives the national spot-check targets of 2015 (90%) and 2020 (92%) for the product domain', async () => {
    const references = await queryReferenceTargets(db, NO_FILTERS, { domain: 'product' });
    const spotCheck = references.filter(
      (r) => r.indicatorId === 'product_spot_check_pass_rate' && r.scope === 'national',
    );
    expect(spotCheck.map((r) => [r.year, r.comparator, r.value])).toEqual([
      [2015, '>=', 90],
      [2020, '>=', 92],
    ]);
  });

  it('returns only numeric targets, and only those of the indicator asked for', async () => {
    const references = await queryReferenceTargets(db, NO_FILTERS, { indicatorId: 'agrifood_pass_rate' });
    expect(references.length).toBe(
      await count(`SELECT count(*) FROM "references" WHERE indicator_id = 'agrifood_pass_rate'
        AND kind = 'target' AND value IS NOT NULL`),
    );
    expect(references.every((r) => r.indicatorId === 'agrifood_pass_rate')).toBe(true);
  });

  it('applies the target-year range to the reference year', async () => {
    const references = await queryReferenceTargets(
      db,
      { ...NO_FILTERS, yearFrom: 2016, yearTo: 2020 },
      { domain: 'product' },
    );
    expect(references.length).toBeGreaterThan(0);
    expect(references.every((r) => r.year !== null && r.year >= 2016 && r.year <= 2020)).toBe(true);
  });
});
