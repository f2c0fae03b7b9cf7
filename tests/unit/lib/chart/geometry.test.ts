import { scaleUtc } from 'd3';
import { describe, expect, it } from 'vitest';
import { calcYearTicks } from '../../../../src/lib/chart/axis.ts';
import { calcNextIndex } from '../../../../src/lib/chart/keyboard.ts';
import { calcMatrixRows } from '../../../../src/lib/chart/matrix.ts';
import { calcTooltipPosition } from '../../../../src/lib/chart/tooltip.ts';
import { calcUnitLayout } from '../../../../src/lib/chart/units.ts';

describe('calcYearTicks', () => {
  const scale = (width: number) =>
    scaleUtc([new Date(Date.UTC(2011, 0, 1)), new Date(Date.UTC(2021, 0, 1))], [0, width]);

  it('puts one tick on 1 January of every year in the domain', () => {
    expect(calcYearTicks(scale(1000), 14).map((t) => Math.round(t.offset))).toEqual([
      0, 100, 200, 300, 400, 500, 600, 700, 800, 900, 1000,
    ]);
  });

  it.each([
    [1000, ['2011', '2012', '2013', '2014', '2015', '2016', '2017', '2018', '2019', '2020', '2021']],
    [400, ['2012', '2014', '2016', '2018', '2020']],
    [150, ['2015', '2020']],
  ])('labels only as many years as fit in %ipx', (width, labels) => {
    expect(
      calcYearTicks(scale(width), 14)
        .map((t) => t.label)
        .filter(Boolean),
    ).toEqual(labels);
  });
});

describe('calcUnitLayout', () => {
  it.each([
    [5, 100, 10, 2, 8, 10],
    [10, 100, 10, 2, 8, 22],
    [0, 100, 10, 2, 8, 0],
    [3, 5, 10, 2, 1, 34],
  ])(
    '%i units in %ipx of %ipx squares with %ipx gaps: %i columns, %ipx tall',
    (count, width, size, gap, columns, height) => {
      const layout = calcUnitLayout(count, width, size, gap);
      expect(layout.columns).toBe(columns);
      expect(layout.height).toBe(height);
      expect(layout.positions).toHaveLength(count);
    },
  );

  it('wraps to the next row after the last column', () => {
    expect(calcUnitLayout(10, 100, 10, 2).positions[8]).toEqual({ x: 0, y: 12 });
  });
});

describe('calcNextIndex', () => {
  it.each([
    ['ArrowRight', 0, 1],
    ['ArrowRight', 9, 9],
    ['ArrowLeft', 0, 0],
    ['ArrowDown', 1, 5],
    ['ArrowDown', 6, 6],
    ['ArrowUp', 5, 1],
    ['ArrowUp', 2, 2],
    ['Home', 7, 0],
    ['End', 2, 9],
    ['Enter', 2, null],
  ])('%s from %i among 10 in rows of 4 goes to %s', (key, index, next) => {
    expect(calcNextIndex(key, index, 10, 4)).toBe(next);
  });
});

describe('calcTooltipPosition', () => {
  const container = { width: 500, height: 300 };
  const size = { width: 200, height: 80 };

  it.each([
    [{ x: 250, y: 150 }, {}, { left: 150, top: 58 }],
    [{ x: 20, y: 150 }, {}, { left: 0, top: 58 }],
    [{ x: 490, y: 150 }, {}, { left: 300, top: 58 }],
    [{ x: 250, y: 40 }, { spaceAbove: 10 }, { left: 150, top: 52 }],
    [{ x: 250, y: 40 }, { spaceAbove: 400 }, { left: 150, top: -52 }],
  ])('puts a tooltip for %j (%j) at %j', (anchor, options, position) => {
    expect(calcTooltipPosition(anchor, size, container, options)).toEqual(position);
  });
});

describe('calcMatrixRows', () => {
  const counts = [
    {
      cityId: 'hangzhou',
      domain: 'product' as const,
      quantitativeCount: 6,
      qualitativeCount: 2,
      firstTargetYear: 2015,
      lastTargetYear: 2015,
    },
    {
      cityId: 'linxia',
      domain: 'service' as const,
      quantitativeCount: 4,
      qualitativeCount: 0,
      firstTargetYear: 2015,
      lastTargetYear: 2020,
    },
  ];

  it('fills every city × domain cell, zeros where there are no records', () => {
    const rows = calcMatrixRows(['hangzhou', 'linxia'], ['product', 'service'], counts);
    expect(rows.map((r) => r.cells.map((c) => [c.quantitativeCount, c.qualitativeCount]))).toEqual([
      [
        [6, 2],
        [0, 0],
      ],
      [
        [0, 0],
        [4, 0],
      ],
    ]);
  });

  it('sizes bars against the largest cell total', () => {
    const [hangzhou, linxia] = calcMatrixRows(['hangzhou', 'linxia'], ['product', 'service'], counts);
    expect(hangzhou?.cells[0]).toMatchObject({ quantitativeShare: 0.75, qualitativeShare: 0.25 });
    expect(linxia?.cells[1]).toMatchObject({ quantitativeShare: 0.5, qualitativeShare: 0 });
  });
});
