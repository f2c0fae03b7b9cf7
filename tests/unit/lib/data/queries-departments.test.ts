import type { DuckDBConnection } from '@duckdb/node-api';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  DEPARTMENT_COUNTS_SQL,
  DEPARTMENT_TARGETS_SQL,
  queryDepartmentCounts,
  queryDepartmentTargets,
} from '../../../../src/lib/data/queries-departments.ts';
import { buildFilterParams, type QueryRunner } from '../../../../src/lib/data/queries.ts';
import { NO_FILTERS, type Filters } from '../../../../src/lib/state/url.ts';
import { createNodeRunner, openPublishedData } from '../../../published-data.ts';
import { FILTER_CASES } from './filter-cases.ts';

let connection: DuckDBConnection;
let db: QueryRunner;

beforeAll(async () => {
  connection = await openPublishedData();
  db = createNodeRunner(connection);
});

/** The filtered records, read in plain SQL and split into departments in TypeScript, as a person would. */
async function readRecords(filters: Filters) {
  const where = ['true'];
  if (filters.cities.length > 0) where.push(`city_id IN (${filters.cities.map((c) => `'${c}'`).join(',')})`);
  if (filters.domains.length > 0) where.push(`domain IN (${filters.domains.map((d) => `'${d}'`).join(',')})`);
  if (filters.yearFrom !== null) where.push(`target_year >= ${filters.yearFrom}`);
  if (filters.yearTo !== null) where.push(`target_year <= ${filters.yearTo}`);
  const result = await connection.runAndReadAll(
    `SELECT target_id, city_id, domain, lead_department FROM targets WHERE ${where.join(' AND ')}`,
  );
  return result.getRowObjectsJS().map((r) => ({
    targetId: String(r.target_id),
    cityId: String(r.city_id),
    domain: String(r.domain),
    departments: String(r.lead_department ?? '')
      .split(/[、，,;；]/)
      .map((d) => d.trim())
      .filter((d) => d !== ''),
  }));
}

describe('every Departments query', () => {
  it.each([
    ['DEPARTMENT_COUNTS_SQL', DEPARTMENT_COUNTS_SQL, buildFilterParams(NO_FILTERS)],
    [
      'DEPARTMENT_TARGETS_SQL',
      DEPARTMENT_TARGETS_SQL,
      [...buildFilterParams(NO_FILTERS), '市质监局', 'taiyuan'],
    ],
  ])('%s binds and plans with EXPLAIN against the published tables', async (_name, sql, params) => {
    const plan = await connection.runAndReadAll(`EXPLAIN ${sql}`, params);
    expect(plan.currentRowCount).toBeGreaterThan(0);
  });
});

describe('queryDepartmentCounts', () => {
  it.each(FILTER_CASES)(
    'counts each record once per department it names, or once as none (%s)',
    async (_name, filters) => {
      const expected = new Map<string, number>();
      for (const record of await readRecords(filters)) {
        for (const department of record.departments.length === 0 ? [null] : record.departments) {
          const key = `${department ?? '∅'}|${record.cityId}|${record.domain}`;
          expected.set(key, (expected.get(key) ?? 0) + 1);
        }
      }
      const counts = await queryDepartmentCounts(db, filters);
      const actual = new Map(
        counts.map((c) => [`${c.department ?? '∅'}|${c.cityId}|${c.domain}`, c.recordCount]),
      );
      expect(actual).toEqual(expected);
      for (const c of counts) expect(c.qualitativeCount).toBeLessThanOrEqual(c.recordCount);
    },
  );

  it('finds 市质监局 leading records in Taiyuan, and plans that name no lead department at all', async () => {
    const counts = await queryDepartmentCounts(db, NO_FILTERS);
    const taiyuan = counts.filter((c) => c.cityId === 'taiyuan' && c.department === '市质监局');
    expect(taiyuan.reduce((n, c) => n + c.recordCount, 0)).toBeGreaterThan(0);
    // Hangzhou's 2013 work plan names no 牵头部门 for any of its targets.
    const hangzhou = counts.filter((c) => c.cityId === 'hangzhou');
    expect(hangzhou.length).toBeGreaterThan(0);
    expect(hangzhou.every((c) => c.department === null)).toBe(true);
  });

  it('orders departments by name with "none" last', async () => {
    const departments = (await queryDepartmentCounts(db, NO_FILTERS)).map((c) => c.department);
    expect(departments[departments.length - 1]).toBeNull();
  });
});

describe('queryDepartmentTargets', () => {
  it('lists nothing when no cell is chosen', async () => {
    expect(await queryDepartmentTargets(db, { filters: NO_FILTERS, cell: null })).toEqual([]);
  });

  it.each(FILTER_CASES)('lists exactly the records each cell counts (%s)', async (_name, filters) => {
    const records = await readRecords(filters);
    const counts = await queryDepartmentCounts(db, filters);
    const cells = new Set(counts.map((c) => JSON.stringify([c.department, c.cityId])));
    for (const cell of cells) {
      const [department, cityId] = JSON.parse(cell) as [string | null, string];
      const listed = await queryDepartmentTargets(db, { filters, cell: { department, cityId } });
      const expected = records.filter(
        (r) =>
          r.cityId === cityId &&
          (department === null ? r.departments.length === 0 : r.departments.includes(department)),
      );
      expect(listed.map((t) => t.targetId).sort()).toEqual(expected.map((r) => r.targetId).sort());
      const counted = counts
        .filter((c) => c.department === department && c.cityId === cityId)
        .reduce((n, c) => n + c.recordCount, 0);
      expect(listed.length).toBe(counted);
    }
  });

  it('lists a department across every city when no city is given', async () => {
    const all = await queryDepartmentTargets(db, {
      filters: NO_FILTERS,
      cell: { department: '市质监局', cityId: null },
    });
    const cities = new Set(all.map((t) => t.cityId));
    expect(cities.size).toBeGreaterThan(1);
    expect(all.every((t) => (t.leadDepartment ?? '').includes('市质监局'))).toBe(true);
  });
});
