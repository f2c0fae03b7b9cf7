import { describe, expect, it } from 'vitest';
import {
  calcFacetValues,
  calcSignedValue,
  calcTargetFacets,
  calcTargetKind,
  calcTargetMarkShape,
  calcValueScale,
  type PlottedTarget,
} from '../../../../src/lib/chart/target-marks.ts';

/** The brand-product targets of the five plans, as the published data has them. */
const BRANDS: (PlottedTarget & { id: string })[] = [
  { id: 'hangzhou-2013-008', comparator: '=', value: 900, valueMax: null, unit: 'count', isNewCount: false },
  { id: 'linxia-2013-010', comparator: '>=', value: 30, valueMax: null, unit: 'count', isNewCount: false },
  { id: 'shanwei-2017-036', comparator: '=', value: 1, valueMax: null, unit: 'count', isNewCount: true },
  {
    id: 'shijiazhuang-2011-009',
    comparator: '>=',
    value: 140,
    valueMax: null,
    unit: 'count',
    isNewCount: false,
  },
  {
    id: 'taiyuan-2014-011',
    comparator: 'increase_by',
    value: 10,
    valueMax: null,
    unit: '%',
    isNewCount: false,
  },
];

describe('calcTargetKind', () => {
  it.each([
    ['>=', false, 'level'],
    ['range', false, 'level'],
    ['=', true, 'addition'],
    ['increase_by', false, 'change'],
    ['decrease_by', true, 'change'],
  ] as const)('calls %s (new count %s) a %s', (comparator, isNewCount, kind) => {
    expect(calcTargetKind({ comparator, isNewCount })).toBe(kind);
  });
});

describe('calcTargetFacets', () => {
  it('never puts a count, an addition and a growth rate of one indicator on one axis', () => {
    const facets = calcTargetFacets(BRANDS);
    expect(facets.map((f) => [f.key, f.targets.map((t) => t.id)])).toEqual([
      ['level|count', ['hangzhou-2013-008', 'linxia-2013-010', 'shijiazhuang-2011-009']],
      ['addition|count', ['shanwei-2017-036']],
      ['change|%', ['taiyuan-2014-011']],
    ]);
  });

  it('draws a reference only beside levels of its unit', () => {
    const facets = calcTargetFacets(
      [{ comparator: '~', value: 30, valueMax: null, unit: 'μg/m³', isNewCount: false }],
      [
        { comparator: 'decrease_by', value: 3, valueMax: null, unit: '%' },
        { comparator: '=', value: 59, valueMax: null, unit: 'μg/m³' },
      ],
    );
    expect(facets).toHaveLength(1);
    expect(facets[0]?.references.map((r) => r.value)).toEqual([59]);
  });

  it("puts Shanxi's PM2.5 decrease by 3% beside Taiyuan's decrease by 5%, not beside Shanwei's 30 μg/m³", () => {
    const facets = calcTargetFacets(
      [
        { comparator: '~', value: 30, valueMax: null, unit: 'μg/m³', isNewCount: false },
        { comparator: 'decrease_by', value: 5, valueMax: null, unit: '%', isNewCount: false },
      ],
      [{ comparator: 'decrease_by', value: 3, valueMax: null, unit: '%' }],
    );
    expect(facets.map((f) => [f.key, f.references.map((r) => r.value)])).toEqual([
      ['level|μg/m³', []],
      ['change|%', [3]],
    ]);
  });

  it('leaves out qualitative commitments', () => {
    expect(
      calcTargetFacets([
        { comparator: 'qualitative', value: null, valueMax: null, unit: null, isNewCount: false },
      ]),
    ).toEqual([]);
  });
});

describe('calcFacetValues and calcSignedValue', () => {
  it('puts a decrease below zero and includes zero for changes', () => {
    expect(calcSignedValue('decrease_by', 5)).toBe(-5);
    expect(
      calcFacetValues({
        kind: 'change',
        targets: [{ comparator: 'decrease_by', value: 5, valueMax: null, unit: '%', isNewCount: false }],
        references: [],
      }),
    ).toEqual([0, -5]);
  });

  it('includes both ends of a range', () => {
    expect(
      calcFacetValues({
        kind: 'level',
        targets: [{ comparator: 'range', value: 30, valueMax: 32, unit: 'count', isNewCount: false }],
        references: [],
      }),
    ).toEqual([30, 32]);
  });
});

describe('calcValueScale', () => {
  it.each([
    ['spot-check rates 85–95% with a national 90%', [85, 95, 90], '%', [84, 96]],
    ['acceptance rates all 100%', [100, 100], '%', [90, 100]],
    ['brand counts 30 to 900', [900, 30, 140], 'count', [0, 1000]],
  ])('fits %s', (_name, values, unit, expected) => {
    const scale = calcValueScale(values, [0, 500], { unit, kind: 'level' });
    const [lo, hi] = scale.domain() as [number, number];
    expect(lo).toBeLessThanOrEqual(Math.min(...values));
    expect(hi).toBeGreaterThanOrEqual(Math.max(...values));
    expect([lo, hi]).toEqual(expected);
  });

  it('keeps a percentage of levels within 0–100', () => {
    const [lo, hi] = calcValueScale([2, 100], [0, 500], { unit: '%', kind: 'level' }).domain() as [
      number,
      number,
    ];
    expect(lo).toBe(0);
    expect(hi).toBe(100);
  });
});

describe('calcTargetMarkShape', () => {
  const at = { at: 100, to: 0, across: 50 };
  it('points ≥ towards higher values and ≤ towards lower ones, on either axis', () => {
    expect(calcTargetMarkShape({ ...at, comparator: '>=', horizontal: true }).arrow).toMatch(
      /^M100,50L120,50/,
    );
    expect(calcTargetMarkShape({ ...at, comparator: '<=', horizontal: true }).arrow).toMatch(
      /^M100,50L80,50/,
    );
    expect(calcTargetMarkShape({ ...at, comparator: '>=', horizontal: false }).arrow).toMatch(
      /^M50,100L50,80/,
    );
  });

  it('draws = as a dot alone, ~ as a dot in a band, a range as a bar', () => {
    expect(calcTargetMarkShape({ ...at, comparator: '=', horizontal: true })).toEqual({
      dot: { cx: 100, cy: 50 },
      arrow: null,
      bar: null,
      band: null,
    });
    const about = calcTargetMarkShape({ ...at, comparator: '~', horizontal: true });
    expect(about.dot).not.toBeNull();
    expect(about.band).toMatchObject({ x: 90, width: 20 });
    expect(
      calcTargetMarkShape({ comparator: 'range', at: 30, to: 60, across: 10, horizontal: true }).bar,
    ).toEqual({
      x: 30,
      y: 6,
      width: 30,
      height: 8,
    });
  });

  it('draws a change as an arrow from zero', () => {
    const shape = calcTargetMarkShape({
      comparator: 'decrease_by',
      at: 40,
      to: 100,
      across: 5,
      horizontal: true,
    });
    expect(shape.dot).toBeNull();
    expect(shape.arrow).toMatch(/^M100,5L40,5/);
  });
});
