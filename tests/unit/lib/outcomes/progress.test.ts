import { describe, expect, it } from 'vitest';
import {
  PROGRESS_LABELS,
  PROGRESS_THRESHOLDS,
  calcGrowthRate,
  calcLimitCoefficient,
  calcProgress,
  type ProgressPoint,
} from '../../../../src/lib/outcomes';

// 产品质量国家监督抽查合格率 2012–2016 (data/references.csv, 质检总局 2017-01-22).
const NATIONAL_SPOT_CHECK: ProgressPoint[] = [
  { year: 2012, value: 89.8 },
  { year: 2013, value: 88.9 },
  { year: 2014, value: 92.3 },
  { year: 2015, value: 91.1 },
  { year: 2016, value: 91.6 },
];
// Hebei provincial spot-check pass rate 2014–2018 (data/references.csv).
const HEBEI_PROVINCIAL: ProgressPoint[] = [
  { year: 2014, value: 88.8 },
  { year: 2015, value: 92.8 },
  { year: 2016, value: 94.9 },
  { year: 2017, value: 95.8 },
  { year: 2018, value: 95.8 },
];

describe('calcProgress with a target (Open SDG: R = observed / required CAGR)', () => {
  it('national spot checks 2015→2016 against the 十三五 target ≥ 92 by 2020 are on track', () => {
    const p = calcProgress({
      points: NATIONAL_SPOT_CHECK,
      direction: 'higher',
      baseYear: 2015,
      target: { value: 92, year: 2020 },
    })!;
    expect(p).toMatchObject({
      method: 'target',
      baseYear: 2015,
      currentYear: 2016,
      status: 'substantial_progress',
    });
    expect(p.observedRate).toBeCloseTo(91.6 / 91.1 - 1, 12);
    expect(p.requiredRate).toBeCloseTo((92 / 91.1) ** (1 / 5) - 1, 12);
    expect(p.progressValue).toBeCloseTo(2.7887, 4);
  });

  it('national spot checks 2012→2013 against ≥ 90 by 2015 deteriorate', () => {
    const points = NATIONAL_SPOT_CHECK.slice(0, 2);
    const p = calcProgress({ points, direction: 'higher', target: { value: 90, year: 2015 } })!;
    expect(p.status).toBe('deterioration');
    expect(p.progressValue).toBeLessThan(0);
  });

  it('a series that already reaches the target is "target achieved" whatever its trend', () => {
    const points = NATIONAL_SPOT_CHECK.slice(0, 3);
    expect(calcProgress({ points, direction: 'higher', target: { value: 90, year: 2015 } })?.status).toBe(
      'target_achieved',
    );
  });

  // Base 100 in 2010, target 110 in 2020; the 2011 value is set so that R takes the given value.
  it.each([
    [1.5, 'substantial_progress'],
    [0.96, 'substantial_progress'],
    [0.94, 'moderate_progress'],
    [0.61, 'moderate_progress'],
    [0.59, 'limited_progress'],
    [0.01, 'limited_progress'],
    [-0.01, 'deterioration'],
  ])('R = %f is %s', (r, status) => {
    const required = calcGrowthRate(110, 100, 10);
    const points = [
      { year: 2010, value: 100 },
      { year: 2011, value: 100 * (1 + r * required) },
    ];
    const p = calcProgress({ points, direction: 'higher', target: { value: 110, year: 2020 } })!;
    expect(p.progressValue).toBeCloseTo(r, 9);
    expect(p.status).toBe(status);
  });

  it.each([
    // Shanwei PM2.5 (lower is better): 21 → 18 μg/m³ from 2019 to 2020 (data/outcomes/city-outcomes.csv)
    [15, 2025, 'substantial_progress'],
    [17, 2020, 'moderate_progress'],
    [10, 2021, 'limited_progress'],
  ])('for "lower is better" a fall is progress: target %f by %i is %s', (value, year, status) => {
    const points = [
      { year: 2019, value: 21 },
      { year: 2020, value: 18 },
    ];
    expect(calcProgress({ points, direction: 'lower', target: { value, year } })?.status).toBe(status);
  });

  it('a base already at the target that moved away deteriorates (R undefined)', () => {
    const points = [
      { year: 2013, value: 100 },
      { year: 2014, value: 99 },
    ];
    const p = calcProgress({ points, direction: 'higher', target: { value: 100, year: 2015 } })!;
    expect(p).toMatchObject({ status: 'deterioration', progressValue: null, requiredRate: 0 });
  });
});

describe('calcProgress without a target (Open SDG: CAGR against 1.5 %, 0.5 %, 0)', () => {
  it.each([
    ['higher', 1.016, 'substantial_progress'],
    ['higher', 1.014, 'moderate_progress'],
    ['higher', 1.004, 'limited_progress'],
    ['higher', 1, 'limited_progress'],
    ['higher', 0.999, 'deterioration'],
    ['lower', 0.984, 'substantial_progress'],
    ['lower', 1.001, 'deterioration'],
  ] as const)('direction %s, one-year ratio %f: %s', (direction, ratio, status) => {
    const points = [
      { year: 2015, value: 50 },
      { year: 2016, value: 50 * ratio },
    ];
    expect(calcProgress({ points, direction })?.status).toBe(status);
  });

  it('Hebei provincial spot checks 2014→2018 near the 100 % limit: thresholds scaled by C', () => {
    const p = calcProgress({ points: HEBEI_PROVINCIAL, direction: 'higher', limit: 100 })!;
    const c = 1 - 0.888 ** 4.44;
    expect(p.thresholds.high).toBeCloseTo(0.015 * c, 12);
    expect(p.thresholds.med).toBeCloseTo(0.005 * c, 12);
    expect(p.progressValue).toBeCloseTo((95.8 / 88.8) ** (1 / 4) - 1, 12);
    expect(p.status).toBe('substantial_progress');
  });

  it('a share held at its 100 % limit is on track (C = 0, Taiyuan drinking water "持续保持100%")', () => {
    const points = [
      { year: 2017, value: 100 },
      { year: 2018, value: 100 },
    ];
    expect(calcProgress({ points, direction: 'higher', limit: 100 })).toMatchObject({
      status: 'substantial_progress',
      thresholds: { high: 0, med: 0, low: 0 },
    });
  });

  it('a target due before the base year falls back to the trend method', () => {
    const p = calcProgress({
      points: HEBEI_PROVINCIAL,
      direction: 'higher',
      target: { value: 90, year: 2014 },
    })!;
    expect(p.method).toBe('trend');
  });
});

describe('calcProgress cannot assess', () => {
  it.each([
    ['one point', [{ year: 2016, value: 91.6 }], null],
    ['no point from the base year on', NATIONAL_SPOT_CHECK, 2017],
    [
      'values of both signs',
      [
        { year: 2015, value: -1 },
        { year: 2016, value: 2 },
      ],
      null,
    ],
  ])('%s', (_, points, baseYear) => {
    expect(calcProgress({ points, direction: 'higher', baseYear })).toBeNull();
  });

  it('replaces a zero base by 0.001, as Open SDG does', () => {
    const p = calcProgress({
      points: [
        { year: 2015, value: 0 },
        { year: 2016, value: 1 },
      ],
      direction: 'higher',
    })!;
    expect(p.observedRate).toBeCloseTo(999, 9);
    expect(p.baseValue).toBe(0);
  });
});

describe('calcLimitCoefficient', () => {
  it.each([
    [0, 100, 1],
    [50, 100, 1 - 0.5 ** 4.44],
    [88.8, 100, 1 - 0.888 ** 4.44],
    [100, 100, 0],
    [150, 100, 1 - 0.5 ** 4.44],
    [250, 100, 1],
  ])('base %f, limit %f → %f', (base, limit, expected) => {
    expect(calcLimitCoefficient(base, limit)).toBeCloseTo(expected, 12);
  });
});

it('labels and thresholds are the published ones', () => {
  expect(PROGRESS_THRESHOLDS).toEqual({
    withTarget: { high: 0.95, med: 0.6, low: 0 },
    withoutTarget: { high: 0.015, med: 0.005, low: 0 },
  });
  expect(PROGRESS_LABELS.moderate_progress).toBe('Progress made but acceleration needed');
});
