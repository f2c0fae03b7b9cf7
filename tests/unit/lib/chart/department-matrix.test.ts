/** The department × city matrix's layout and findings, on the published plans' department counts. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  calcDepartmentFindings,
  calcDepartmentMatrix,
  calcRecordsByCity,
  type DepartmentCount,
} from '../../../../src/lib/chart/department-matrix.ts';
import { DEPARTMENT_COUNTS_QUERY } from '../../../../src/lib/data/queries/departments.ts';
import type { NodeEngine } from '../../../../scripts/lib/duckdb-node.ts';
import { buildState, openPublishedEngine, runQuery, runSql } from '../../../published-data.ts';

let engine: NodeEngine;
let counts: DepartmentCount[];
let recordsByCity: Map<string, number>;

beforeAll(async () => {
  engine = await openPublishedEngine();
  counts = await runQuery(engine, DEPARTMENT_COUNTS_QUERY, buildState());
  const rows = await runSql(engine, 'SELECT city_id, count(*) AS n FROM published.targets GROUP BY city_id');
  recordsByCity = new Map(rows.map((r) => [String(r.city_id), Number(r.n)]));
});

afterAll(() => engine.close());

/** How many records of a city name no lead department, counted in plain SQL. */
async function countWithout(cityId: string): Promise<number> {
  const [row] = await runSql(
    engine,
    `SELECT count(*) AS n FROM published.targets WHERE city_id = '${cityId}' AND coalesce(lead_department, '') = ''`,
  );
  return Number(row?.n);
}

const OPTIONS = {
  width: 1000,
  labelWidth: 240,
  rowHeight: 48,
  headerHeight: 78,
  noneGap: 18,
  minColumnWidth: 120,
  countWidth: 34,
};
const CITIES = ['hangzhou', 'linxia', 'shanwei', 'shijiazhuang', 'taiyuan'];

describe('calcDepartmentMatrix on the published plans', () => {
  it('puts departments with most records first and the records naming none last, set apart', () => {
    const layout = calcDepartmentMatrix(CITIES, counts, recordsByCity, OPTIONS);
    const totals = layout.rows.filter((r) => r.department !== null).map((r) => r.total);
    expect(totals).toEqual([...totals].sort((a, b) => b - a));
    const last = layout.rows[layout.rows.length - 1];
    const beforeLast = layout.rows[layout.rows.length - 2];
    expect(last?.department).toBeNull();
    expect((last?.y ?? 0) - (beforeLast?.y ?? 0)).toBe(OPTIONS.rowHeight + OPTIONS.noneGap);
    expect(layout.height).toBe((last?.y ?? 0) + OPTIONS.rowHeight);
  });

  it('gives every row every city, and stacks each bar by domain without gaps or overlaps', () => {
    const layout = calcDepartmentMatrix(CITIES, counts, recordsByCity, OPTIONS);
    for (const row of layout.rows) {
      expect(row.cells.map((c) => c.cityId)).toEqual(CITIES);
      expect(row.cells.reduce((n, c) => n + c.total, 0)).toBe(row.total);
      for (const cell of row.cells) {
        expect(cell.segments.reduce((n, s) => n + s.count, 0)).toBe(cell.total);
        cell.segments.forEach((s, i) => {
          expect(s.x1).toBeGreaterThan(s.x0);
          if (i > 0) expect(s.x0).toBeCloseTo(cell.segments[i - 1]?.x1 ?? 0);
        });
        expect(cell.segments[cell.segments.length - 1]?.x1 ?? 0).toBeLessThanOrEqual(
          layout.columnWidth - OPTIONS.countWidth,
        );
      }
    }
  });

  it('counts per column the records and those naming no lead department (all of Hangzhou’s)', async () => {
    const layout = calcDepartmentMatrix(CITIES, counts, recordsByCity, OPTIONS);
    const hangzhou = layout.columns.find((c) => c.cityId === 'hangzhou');
    expect(hangzhou?.records).toBeGreaterThan(0);
    expect(hangzhou?.withoutDepartment).toBe(hangzhou?.records);
    const taiyuan = layout.columns.find((c) => c.cityId === 'taiyuan');
    expect(taiyuan?.withoutDepartment).toBe(await countWithout('taiyuan'));
  });

  it('grows wider than the space given rather than squeeze columns below their minimum', () => {
    const layout = calcDepartmentMatrix(CITIES, [], new Map(), { ...OPTIONS, width: 400 });
    expect(layout.width).toBe(OPTIONS.labelWidth + CITIES.length * OPTIONS.minColumnWidth);
    expect(layout.rows).toEqual([]);
  });
});

describe('calcDepartmentFindings', () => {
  it('sorts the published plans into none named, all named and some named (Shanwei: 8 of 39 name none)', async () => {
    const findings = calcDepartmentFindings(CITIES, counts, recordsByCity);
    expect(findings.none).toEqual(['hangzhou', 'linxia', 'shijiazhuang']);
    expect(findings.all).toEqual(['taiyuan']);
    expect(findings.partial).toEqual([{ cityId: 'shanwei', without: 8, total: 39 }]);
    expect(await countWithout('shanwei')).toBe(8);
  });

  it('leaves out cities without records', () => {
    expect(calcDepartmentFindings(['nowhere'], [], new Map())).toEqual({ none: [], all: [], partial: [] });
  });
});

describe('calcRecordsByCity', () => {
  it('adds quantitative and qualitative counts over domains', () => {
    const totals = calcRecordsByCity([
      { cityId: 'taiyuan', quantitativeCount: 3, qualitativeCount: 1 },
      { cityId: 'taiyuan', quantitativeCount: 2, qualitativeCount: 0 },
      { cityId: 'linxia', quantitativeCount: 0, qualitativeCount: 4 },
    ]);
    expect([...totals]).toEqual([
      ['taiyuan', 6],
      ['linxia', 4],
    ]);
  });
});
