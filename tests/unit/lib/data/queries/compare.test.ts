/** The "Compare by domain" queries (the domain's quantitative targets, its reference targets) under every filter case, against the gold list and plain SQL, and with a person's plan. */

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DOMAIN_REFERENCES_QUERY,
  DOMAIN_TARGETS_QUERY,
  pickComparedDomain,
} from '../../../../../src/lib/data/queries/compare.ts';
import { DOMAINS, type Domain } from '../../../../../src/lib/extract/types.ts';
import type { Filters } from '../../../../../src/lib/state/url.ts';
import type { NodeEngine } from '../../../../../scripts/lib/duckdb-node.ts';
import { buildState, openPublishedEngine, runQuery, runSql } from '../../../../published-data.ts';
import { FILTER_CASES } from './filter-cases.ts';
import {
  buildGoldKey,
  buildInSql,
  buildYearSql,
  isGoldPassing,
  readColumn,
  readGoldTargets,
  sortKeys,
} from './oracle.ts';
import { openEngineWithYourPlan, YOUR_CITY_ID } from './yours.ts';

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

/** The filter case with `domain` named first, so Compare shows it. */
function withDomainFirst(filters: Filters, domain: Domain): Filters {
  return { ...filters, domains: [domain, ...filters.domains.filter((d) => d !== domain)] };
}

interface OrderFields {
  targetId: string;
  indicatorId: string | null;
  cityId: string;
  targetYear: number | null;
}

/**
 * The order Compare draws: targets with a canonical indicator first, indicators set by more cities first,
 * then by more targets, then by id; inside each, by target year (none last), city and record; worked out here
 * in TypeScript from the rows.
 */
function calcComparedOrder(rows: readonly OrderFields[]): string[] {
  const cities = new Map<string, Set<string>>();
  const counts = new Map<string, number>();
  for (const row of rows) {
    const id = row.indicatorId ?? '';
    cities.set(id, (cities.get(id) ?? new Set()).add(row.cityId));
    counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  const text = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return [...rows]
    .sort((a, b) => {
      const ia = a.indicatorId ?? '';
      const ib = b.indicatorId ?? '';
      return (
        Number(a.indicatorId === null) - Number(b.indicatorId === null) ||
        (a.indicatorId === null ? 0 : (cities.get(ib)?.size ?? 0) - (cities.get(ia)?.size ?? 0)) ||
        (a.indicatorId === null ? 0 : (counts.get(ib) ?? 0) - (counts.get(ia) ?? 0)) ||
        text(ia, ib) ||
        (a.targetYear ?? Infinity) - (b.targetYear ?? Infinity) ||
        text(a.cityId, b.cityId) ||
        text(a.targetId, b.targetId)
      );
    })
    .map((row) => row.targetId);
}

describe('pickComparedDomain', () => {
  it.each<[string, Domain[], Domain]>([
    ['the first domain, product, when the filter names none', [], 'product'],
    ['the one domain the filter names', ['environment'], 'environment'],
    ['the first of the domains the filter names', ['service', 'foundation'], 'service'],
  ])('shows %s', (_name, domains, shown) => {
    expect(pickComparedDomain(buildState({ domains }))).toBe(shown);
  });
});

describe('DOMAIN_TARGETS_QUERY', () => {
  it.each(FILTER_CASES)(
    'gives each domain’s quantitative targets under %s exactly as the gold list has them',
    async (_name, filters) => {
      for (const domain of DOMAINS) {
        const shown = withDomainFirst(filters, domain);
        const targets = await runQuery(engine, DOMAIN_TARGETS_QUERY, buildState(shown));
        const expected = gold.filter(
          (t) => t.domain === domain && isGoldPassing(t, { ...filters, domains: [] }),
        );
        expect(sortKeys(targets, buildGoldKey), domain).toEqual(sortKeys(expected, buildGoldKey));
        expect(targets.every((t) => t.domain === domain && t.comparator !== 'qualitative')).toBe(true);
      }
    },
  );

  it.each(FILTER_CASES)(
    'orders each domain’s targets under %s by indicator, then year and city',
    async (_name, filters) => {
      for (const domain of DOMAINS) {
        const rows = await runSql(
          engine,
          `SELECT target_id AS targetId, indicator_id AS indicatorId, city_id AS cityId, target_year AS targetYear
        FROM published.targets WHERE comparator <> 'qualitative' AND domain = '${domain}'
          AND ${buildInSql('city_id', filters.cities)} AND ${buildYearSql('target_year', filters)}`,
        );
        const targets = await runQuery(
          engine,
          DOMAIN_TARGETS_QUERY,
          buildState(withDomainFirst(filters, domain)),
        );
        expect(
          targets.map((t) => t.targetId),
          domain,
        ).toEqual(calcComparedOrder(rows as unknown as OrderFields[]));
      }
    },
  );

  it('draws brand products first among products: all five plans set a number for them', async () => {
    const targets = await runQuery(engine, DOMAIN_TARGETS_QUERY, buildState());
    const first = targets.slice(0, 5);
    expect(first.map((t) => t.indicatorId)).toEqual(Array(5).fill('brand_products'));
    expect(first.map((t) => t.cityId).sort()).toEqual([
      'hangzhou',
      'linxia',
      'shanwei',
      'shijiazhuang',
      'taiyuan',
    ]);
  });

  it('holds Hangzhou’s spot-check target, 90% 以上 by 2015, with its indicator and sentence', async () => {
    const targets = await runQuery(engine, DOMAIN_TARGETS_QUERY, buildState({ cities: ['hangzhou'] }));
    expect(targets.find((t) => t.targetId === 'hangzhou-2013-002')).toEqual({
      targetId: 'hangzhou-2013-002',
      docId: 'hangzhou-2013',
      cityId: 'hangzhou',
      cityZh: '杭州市',
      cityEn: 'Hangzhou',
      domain: 'product',
      indicatorId: 'product_spot_check_pass_rate',
      indicatorNameZh: '产品质量监督抽查合格率',
      indicatorNameEn: expect.any(String),
      indicatorUnit: '%',
      indicatorZh: '国家监督抽查合格率',
      indicatorEn: 'Product quality supervisory spot-check pass rate',
      comparator: '>=',
      value: 90,
      valueMax: null,
      unit: '%',
      unitZh: '%',
      isNewCount: false,
      targetYear: 2015,
      yearBasis: 'section',
      leadDepartment: null,
      quote: '国家监督抽查合格率稳定在90%以上',
      origin: 'published',
    });
  });

  it('adds a person’s quantitative targets as theirs, named by their plan’s city, and not their commitment', async () => {
    const targets = await runQuery(yours, DOMAIN_TARGETS_QUERY, buildState({ cities: [YOUR_CITY_ID] }));
    expect(targets.map((t) => [t.targetId, t.origin, t.cityZh, t.indicatorId])).toEqual([
      ['wenzhou-draft-005', 'yours', '温州市', 'agri_brand_products'],
      ['wenzhou-draft-001', 'yours', '温州市', 'product_spot_check_pass_rate'],
      ['wenzhou-draft-002', 'yours', '温州市', null],
    ]);
    const environment = await runQuery(
      yours,
      DOMAIN_TARGETS_QUERY,
      buildState({ cities: [YOUR_CITY_ID], domains: ['environment'] }),
    );
    expect(environment.map((t) => t.targetId)).toEqual(['wenzhou-draft-004']);
  });

  it('leaves out a person’s targets without a target year once a year range is set', async () => {
    const targets = await runQuery(
      yours,
      DOMAIN_TARGETS_QUERY,
      buildState({ cities: [YOUR_CITY_ID], yearFrom: 2014, yearTo: 2030 }),
    );
    expect(targets.map((t) => t.targetId)).toEqual(['wenzhou-draft-005']);
  });
});

describe('DOMAIN_REFERENCES_QUERY', () => {
  it.each(FILTER_CASES)(
    'gives the reference targets with a number for the domain shown under %s, national first, by year',
    async (_name, filters) => {
      const domain = pickComparedDomain(buildState(filters));
      const expected = await readColumn(
        engine,
        `SELECT r.reference_id FROM published."references" r
        JOIN published.indicators i ON i.indicator_id = r.indicator_id
        WHERE r.kind = 'target' AND r.value IS NOT NULL AND i.domain = '${domain}' AND ${buildYearSql('r.year', filters)}
        ORDER BY r.indicator_id, CASE r.scope WHEN 'national' THEN 0 ELSE 1 END, r.year, r.region_en, r.reference_id`,
      );
      const references = await runQuery(engine, DOMAIN_REFERENCES_QUERY, buildState(filters));
      expect(references.map((r) => r.referenceId)).toEqual(expected);
    },
  );

  it('gives the national spot-check targets for products: 90% 以上 by 2015 and 92% 以上 by 2020', async () => {
    const references = await runQuery(engine, DOMAIN_REFERENCES_QUERY, buildState());
    const spotCheck = references.filter((r) => r.indicatorId === 'product_spot_check_pass_rate');
    expect(spotCheck.map((r) => [r.scope, r.regionEn, r.year, r.comparator, r.value])).toEqual([
      ['national', 'China', 2015, '>=', 90],
      ['national', 'China', 2020, '>=', 92],
    ]);
  });

  it('keeps only the reference years in the year range, whatever the cities', async () => {
    const references = await runQuery(
      engine,
      DOMAIN_REFERENCES_QUERY,
      buildState({ cities: ['nowhere'], yearFrom: 2016, yearTo: 2020 }),
    );
    const spotCheck = references.filter((r) => r.indicatorId === 'product_spot_check_pass_rate');
    expect(spotCheck.map((r) => r.year)).toEqual([2020]);
  });
});
