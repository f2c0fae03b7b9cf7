import type { DuckDBConnection } from '@duckdb/node-api';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  CITIES_SQL,
  CITY_DOMAIN_COUNTS_SQL,
  HEADLINE_SQL,
  PLAN_RECORDS_SQL,
  PLAN_SUMMARIES_SQL,
  buildFilterParams,
  parseHorizonYears,
  queryCities,
  queryCityDomainCounts,
  queryHeadline,
  queryPlanRecords,
  queryPlanSummaries,
  type QueryRunner,
} from '../../../../src/lib/data/queries.ts';
import { createNodeRunner, openPublishedData } from '../../../published-data.ts';
import { FILTER_CASES } from './filter-cases.ts';

let connection: DuckDBConnection;
let db: QueryRunner;

beforeAll(async () => {
  connection = await openPublishedData();
  db = createNodeRunner(connection);
});

/** Runs a plain SQL string written in the test, independent of the app's queries. */
async function count(sql: string): Promise<number> {
  const rows = (await connection.runAndReadAll(sql)).getRowObjectsJS();
  return Number(Object.values(rows[0] ?? {})[0]);
}

const ALL_FILTERS = FILTER_CASES[FILTER_CASES.length - 1]?.[1];

describe('every query', () => {
  it.each([
    ['CITIES_SQL', CITIES_SQL, 1],
    ['CITY_DOMAIN_COUNTS_SQL', CITY_DOMAIN_COUNTS_SQL, 4],
    ['PLAN_SUMMARIES_SQL', PLAN_SUMMARIES_SQL, 4],
    ['PLAN_RECORDS_SQL', PLAN_RECORDS_SQL, 2],
    ['HEADLINE_SQL', HEADLINE_SQL, 4],
  ])('%s binds and plans with EXPLAIN against the published tables', async (_name, sql, paramCount) => {
    const params = ALL_FILTERS === undefined ? [] : buildFilterParams(ALL_FILTERS).slice(0, paramCount);
    const plan = await connection.runAndReadAll(`EXPLAIN ${sql}`, params);
    expect(plan.currentRowCount).toBeGreaterThan(0);
  });
});

describe('buildFilterParams', () => {
  it('joins lists with commas and leaves open years null', () => {
    expect(
      buildFilterParams({ cities: ['hangzhou', 'linxia'], domains: [], yearFrom: 2014, yearTo: null }),
    ).toEqual(['hangzhou,linxia', '', 2014, null]);
  });
});

describe('parseHorizonYears', () => {
  it.each([
    ['2015', [2015]],
    ['2015;2020', [2015, 2020]],
    ['2020; 2015', [2015, 2020]],
    ['', []],
  ])('reads %j as %j', (text, years) => {
    expect(parseHorizonYears(text)).toEqual(years);
  });
});

describe('queryCities', () => {
  it('lists every city that has a plan, once, with both names', async () => {
    const cities = await queryCities(db, { cities: [], domains: [], yearFrom: null, yearTo: null });
    expect(cities.length).toBe(await count('SELECT count(DISTINCT city_id) FROM documents'));
    for (const city of cities) {
      expect(city.nameZh).not.toBe('');
      expect(city.nameEn).not.toBe('');
    }
  });
});

describe('queryCityDomainCounts', () => {
  it('counts every quantitative target and qualitative commitment once when nothing is filtered', async () => {
    const cells = await queryCityDomainCounts(db, { cities: [], domains: [], yearFrom: null, yearTo: null });
    const quantitative = cells.reduce((sum, c) => sum + c.quantitativeCount, 0);
    const qualitative = cells.reduce((sum, c) => sum + c.qualitativeCount, 0);
    expect(quantitative).toBe(await count("SELECT count(*) FROM targets WHERE comparator <> 'qualitative'"));
    expect(qualitative).toBe(await count("SELECT count(*) FROM targets WHERE comparator = 'qualitative'"));
  });

  it('leaves out records without a target year once a year range is set', async () => {
    const cells = await queryCityDomainCounts(db, { cities: [], domains: [], yearFrom: 1900, yearTo: 2100 });
    const total = cells.reduce((sum, c) => sum + c.quantitativeCount + c.qualitativeCount, 0);
    expect(total).toBe(await count('SELECT count(*) FROM targets WHERE target_year IS NOT NULL'));
  });

  it('keeps only the selected city and domain', async () => {
    const cells = await queryCityDomainCounts(db, {
      cities: ['shanwei'],
      domains: ['foundation'],
      yearFrom: null,
      yearTo: null,
    });
    expect(cells.every((c) => c.cityId === 'shanwei' && c.domain === 'foundation')).toBe(true);
    expect(cells.reduce((sum, c) => sum + c.quantitativeCount + c.qualitativeCount, 0)).toBe(
      await count("SELECT count(*) FROM targets WHERE city_id = 'shanwei' AND domain = 'foundation'"),
    );
  });
});

describe('queryPlanSummaries', () => {
  it('scores specificity as records with a number, a target year and a lead department over all records', async () => {
    const plans = await queryPlanSummaries(db, { cities: [], domains: [], yearFrom: null, yearTo: null });
    expect(plans.length).toBe(await count('SELECT count(*) FROM documents'));
    for (const plan of plans) {
      const where = `doc_id = '${plan.docId}'`;
      expect(plan.recordCount).toBe(await count(`SELECT count(*) FROM targets WHERE ${where}`));
      expect(plan.specificCount).toBe(
        await count(
          `SELECT count(*) FROM targets WHERE ${where} AND value IS NOT NULL AND target_year IS NOT NULL AND coalesce(lead_department, '') <> ''`,
        ),
      );
    }
  });

  it('starts a plan without an issue date at its issue year, else its first horizon year', async () => {
    const plans = await queryPlanSummaries(db, { cities: [], domains: [], yearFrom: null, yearTo: null });
    for (const plan of plans) {
      const expected =
        plan.issueYear ?? (plan.issueDate !== null ? Number(plan.issueDate.slice(0, 4)) : null);
      expect(plan.startYear).toBe(expected ?? Math.min(...plan.horizonYears));
    }
  });

  it('orders plans by when they start', async () => {
    const plans = await queryPlanSummaries(db, { cities: [], domains: [], yearFrom: null, yearTo: null });
    const starts = plans.map((p) => p.startYear);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });
});

describe('queryPlanRecords', () => {
  it('returns every record of the selected domains whatever the year range, specific ones first per plan', async () => {
    const records = await queryPlanRecords(db, {
      cities: [],
      domains: ['environment'],
      yearFrom: 2030,
      yearTo: 2030,
    });
    expect(records.length).toBe(await count("SELECT count(*) FROM targets WHERE domain = 'environment'"));
    for (const docId of new Set(records.map((r) => r.docId))) {
      const flags = records.filter((r) => r.docId === docId).map((r) => r.isSpecific);
      expect(flags).toEqual([...flags].sort((a, b) => Number(b) - Number(a)));
    }
  });
});

describe('queryPlanRecords flags', () => {
  it('calls a record specific exactly when it has a number, a target year and a lead department', async () => {
    const records = await queryPlanRecords(db, { cities: [], domains: [], yearFrom: null, yearTo: null });
    for (const r of records) expect(r.isSpecific).toBe(r.hasNumber && r.hasTargetYear && r.hasLeadDepartment);
    expect(records.filter((r) => r.isSpecific).length).toBe(
      await count(
        "SELECT count(*) FROM targets WHERE value IS NOT NULL AND target_year IS NOT NULL AND coalesce(lead_department, '') <> ''",
      ),
    );
  });
});

describe('queryHeadline', () => {
  it.each(FILTER_CASES)('agrees with the matrix and the timeline under %s', async (_name, filters) => {
    const [headline, cells, plans] = await Promise.all([
      queryHeadline(db, filters),
      queryCityDomainCounts(db, filters),
      queryPlanSummaries(db, filters),
    ]);
    expect(headline.quantitativeCount).toBe(cells.reduce((sum, c) => sum + c.quantitativeCount, 0));
    expect(headline.qualitativeCount).toBe(cells.reduce((sum, c) => sum + c.qualitativeCount, 0));
    expect(headline.planCount).toBe(plans.length);
    expect(headline.cityCount).toBe(new Set(plans.map((p) => p.cityId)).size);
  });
});
