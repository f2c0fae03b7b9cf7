/** The department × city matrix: D3 bands place rows and columns; each cell's bar is stacked by domain. */

import { scaleBand, scaleLinear } from 'd3';
import { DOMAINS, type Domain } from '../extract/types.ts';

/** Records of one department, city and domain (department null: records that name no lead department). */
export interface DepartmentCount {
  department: string | null;
  cityId: string;
  domain: Domain;
  recordCount: number;
  qualitativeCount: number;
}

/** One domain's part of a cell's bar, in pixels from the cell's left edge. */
export interface DomainSegment {
  domain: Domain;
  count: number;
  x0: number;
  x1: number;
}

/** One department × city cell; empty cells are kept so every row has every city. */
export interface DepartmentCell {
  department: string | null;
  cityId: string;
  x: number;
  y: number;
  total: number;
  qualitative: number;
  segments: DomainSegment[];
}

/** One row: a department (or, last, the records that name none) and its total over the cities shown. */
export interface DepartmentRow {
  department: string | null;
  y: number;
  total: number;
  cells: DepartmentCell[];
}

/** A city column: where it is, its records and how many of them name no lead department. */
export interface CityColumn {
  cityId: string;
  x: number;
  records: number;
  withoutDepartment: number;
}

/** Sizes of the chart, in pixels. */
export interface DepartmentMatrixOptions {
  width: number;
  labelWidth: number;
  rowHeight: number;
  headerHeight: number;
  /** Space before the "no lead department" row, which is set apart. */
  noneGap: number;
  /** Narrowest a city column may get; the chart grows wider (and scrolls) rather than squeeze it. */
  minColumnWidth: number;
  /** Room at the right of each bar for its count. */
  countWidth: number;
}

/** The laid-out matrix. */
export interface DepartmentMatrixLayout {
  width: number;
  height: number;
  columnWidth: number;
  barHeight: number;
  columns: CityColumn[];
  rows: DepartmentRow[];
}

/**
 * Lays out departments (rows, most records first, then by name; "none" last and set apart) against the
 * given cities (columns, in order). Bar length is on one linear scale for the whole matrix, so bars
 * compare across cells; a record that names two departments is counted in both rows, but once per city
 * in the column totals, which come from `records` (records per city, with and without a department).
 */
export function calcDepartmentMatrix(
  cityIds: readonly string[],
  counts: readonly DepartmentCount[],
  recordsByCity: ReadonlyMap<string, number>,
  options: DepartmentMatrixOptions,
): DepartmentMatrixLayout {
  const totals = new Map<string | null, number>();
  for (const c of counts) totals.set(c.department, (totals.get(c.department) ?? 0) + c.recordCount);
  const named = [...totals.keys()]
    .filter((d): d is string => d !== null)
    .sort((a, b) => (totals.get(b) ?? 0) - (totals.get(a) ?? 0) || (a < b ? -1 : a > b ? 1 : 0));
  const departments: (string | null)[] = totals.has(null) ? [...named, null] : named;

  const width = Math.max(options.width, options.labelWidth + cityIds.length * options.minColumnWidth);
  const x = scaleBand<string>().domain(cityIds).range([options.labelWidth, width]).paddingInner(0.08);
  const columnWidth = x.bandwidth();
  const namedHeight = named.length * options.rowHeight;
  const height =
    options.headerHeight + namedHeight + (totals.has(null) ? options.noneGap + options.rowHeight : 0);
  const y = (index: number, department: string | null) =>
    options.headerHeight + index * options.rowHeight + (department === null ? options.noneGap : 0);

  const cellTotals = new Map<string, number>();
  for (const c of counts) {
    const key = `${c.department ?? ''}\u0000${c.cityId}`;
    cellTotals.set(key, (cellTotals.get(key) ?? 0) + c.recordCount);
  }
  const max = Math.max(1, ...cellTotals.values());
  const length = scaleLinear()
    .domain([0, max])
    .range([0, Math.max(8, columnWidth - options.countWidth - 8)]);

  const rows = departments.map((department, index) => {
    const rowY = y(index, department);
    const cells = cityIds.map((cityId) => {
      const parts = counts.filter((c) => c.department === department && c.cityId === cityId);
      let offset = 0;
      const segments: DomainSegment[] = [];
      for (const domain of DOMAINS) {
        const count = parts.filter((p) => p.domain === domain).reduce((n, p) => n + p.recordCount, 0);
        if (count === 0) continue;
        const x0 = length(offset);
        offset += count;
        segments.push({ domain, count, x0, x1: length(offset) });
      }
      return {
        department,
        cityId,
        x: x(cityId) ?? 0,
        y: rowY,
        total: offset,
        qualitative: parts.reduce((n, p) => n + p.qualitativeCount, 0),
        segments,
      };
    });
    return { department, y: rowY, total: totals.get(department) ?? 0, cells };
  });

  return {
    width,
    height,
    columnWidth,
    barHeight: Math.min(16, options.rowHeight * 0.35),
    columns: cityIds.map((cityId) => ({
      cityId,
      x: x(cityId) ?? 0,
      records: recordsByCity.get(cityId) ?? 0,
      withoutDepartment: cellTotals.get(`\u0000${cityId}`) ?? 0,
    })),
    rows,
  };
}

/** Records per city from per-domain counts (each record once, whatever departments it names). */
export function calcRecordsByCity(
  counts: readonly { cityId: string; quantitativeCount: number; qualitativeCount: number }[],
): Map<string, number> {
  const totals = new Map<string, number>();
  for (const c of counts) {
    totals.set(c.cityId, (totals.get(c.cityId) ?? 0) + c.quantitativeCount + c.qualitativeCount);
  }
  return totals;
}

/** Which cities name no lead department for any record, which name one for every record, and the rest. */
export interface DepartmentFindings {
  none: string[];
  all: string[];
  partial: { cityId: string; without: number; total: number }[];
}

/** Sorts the cities (in the order given) by how many of their records name no lead department. */
export function calcDepartmentFindings(
  cityIds: readonly string[],
  counts: readonly DepartmentCount[],
  recordsByCity: ReadonlyMap<string, number>,
): DepartmentFindings {
  const findings: DepartmentFindings = { none: [], all: [], partial: [] };
  for (const cityId of cityIds) {
    const total = recordsByCity.get(cityId) ?? 0;
    const without = counts
      .filter((c) => c.department === null && c.cityId === cityId)
      .reduce((n, c) => n + c.recordCount, 0);
    if (total === 0) continue;
    if (without === total) findings.none.push(cityId);
    else if (without === 0) findings.all.push(cityId);
    else findings.partial.push({ cityId, without, total });
  }
  return findings;
}
