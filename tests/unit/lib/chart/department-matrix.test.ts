import { beforeAll, describe, expect, it } from 'vitest';
import {
  calcDepartmentFindings,
  calcDepartmentMatrix,
  calcRecordsByCity,
} from '../../../../src/lib/chart/department-matrix.ts';
import type { Dataset } from '../../../../src/lib/data/parquet.ts';
import { calcDepartmentCounts } from '../../../../src/lib/data/rows-city.ts';
import { NO_FILTERS } from '../../../../src/lib/state/url.ts';
import { readPublishedDataset } from '../../../published-data.ts';

let data: Dataset;

beforeAll(async () => {
  data = await readPublishedDataset();
});

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

function recordsByCity(): Map<string, number> {
  const totals = new Map<string, number>();
  for (const t of data.targets.rows) totals.set(t.city_id, (totals.get(t.city_id) ?? 0) + 1);
  return totals;
}

describe('calcDepartmentMatrix on the published plans', () => {
  it('puts departments with most records first and the records naming none last, set apart', () => {
    const layout = calcDepartmentMatrix(
      CITIES,
      calcDepartmentCounts(data, NO_FILTERS),
      recordsByCity(),
      OPTIONS,
    );
    const totals = layout.rows.filter((r) => r.department !== null).map((r) => r.total);
    expect(totals).toEqual([...totals].sort((a, b) => b - a));
    const last = layout.rows[layout.rows.length - 1];
    const beforeLast = layout.rows[layout.rows.length - 2];
    expect(last?.department).toBeNull();
    expect((last?.y ?? 0) - (beforeLast?.y ?? 0)).toBe(OPTIONS.rowHeight + OPTIONS.noneGap);
    expect(layout.height).toBe((last?.y ?? 0) + OPTIONS.rowHeight);
  });

  it('gives every row every city, and stacks each bar by domain without gaps or overlaps', () => {
    const layout = calcDepartmentMatrix(
      CITIES,
      calcDepartmentCounts(data, NO_FILTERS),
      recordsByCity(),
      OPTIONS,
    );
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

  it('counts per column the records and those naming no lead department (all of Hangzhou’s)', () => {
    const layout = calcDepartmentMatrix(
      CITIES,
      calcDepartmentCounts(data, NO_FILTERS),
      recordsByCity(),
      OPTIONS,
    );
    const hangzhou = layout.columns.find((c) => c.cityId === 'hangzhou');
    expect(hangzhou?.records).toBeGreaterThan(0);
    expect(hangzhou?.withoutDepartment).toBe(hangzhou?.records);
    const taiyuan = layout.columns.find((c) => c.cityId === 'taiyuan');
    expect(taiyuan?.withoutDepartment).toBe(
      data.targets.rows.filter((t) => t.city_id === 'taiyuan' && !t.lead_department).length,
    );
  });

  it('grows wider than the space given rather than squeeze columns below their minimum', () => {
    const layout = calcDepartmentMatrix(CITIES, [], new Map(), { ...OPTIONS, width: 400 });
    expect(layout.width).toBe(OPTIONS.labelWidth + CITIES.length * OPTIONS.minColumnWidth);
    expect(layout.rows).toEqual([]);
  });
});

describe('calcDepartmentFindings', () => {
  it('sorts the published plans into none named, all named and some named', () => {
    const counts = calcDepartmentCounts(data, NO_FILTERS);
    const findings = calcDepartmentFindings(CITIES, counts, recordsByCity());
    expect(findings.none).toEqual(['hangzhou', 'linxia', 'shijiazhuang']);
    expect(findings.all).toEqual(['taiyuan']);
    const shanwei = data.targets.rows.filter((t) => t.city_id === 'shanwei');
    expect(findings.partial).toEqual([
      { cityId: 'shanwei', without: shanwei.filter((t) => !t.lead_department).length, total: shanwei.length },
    ]);
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
