import { describe, expect, it } from 'vitest';
import {
  calcAmbitionPercentile,
  calcBestOutcomeGap,
  calcRequiredChange,
  calcTargetLevel,
  type PlannerTargetInput,
} from '../../../../src/lib/outcomes/planner.ts';

const target = (over: Partial<PlannerTargetInput>): PlannerTargetInput => ({
  comparator: '>=',
  value: 90,
  valueMax: null,
  isNewCount: false,
  ...over,
});

describe('calcTargetLevel', () => {
  it.each([
    ['Hangzhou 2013: 产品质量国家监督抽查合格率稳定在90%以上', target({}), 'higher', 90],
    [
      'Shanwei 2017: PM2.5 年均浓度控制在30微克/立方米左右',
      target({ comparator: '~', value: 30 }),
      'lower',
      30,
    ],
    [
      'Shijiazhuang 2011: 中国驰名商标达到30-32件 (higher is better: the top)',
      target({ comparator: 'range', value: 30, valueMax: 32 }),
      'higher',
      32,
    ],
    [
      'a range where lower is better: the bottom',
      target({ comparator: 'range', value: 30, valueMax: 35 }),
      'lower',
      30,
    ],
    [
      'Taiyuan 2014: PM2.5 下降5% states no level',
      target({ comparator: 'decrease_by', value: 5 }),
      'lower',
      null,
    ],
    [
      'Shanwei 2017: 新增省著名商标5件 is an additional count',
      target({ comparator: '=', value: 5, isNewCount: true }),
      'higher',
      null,
    ],
    ['a qualitative commitment', target({ comparator: 'qualitative', value: null }), 'higher', null],
  ] as const)('%s → %s', (_label, input, direction, level) => {
    expect(calcTargetLevel(input, direction)).toBe(level);
  });
});

describe('calcAmbitionPercentile', () => {
  // Spot-check pass-rate targets (higher is better): Shijiazhuang 85, Hangzhou 90, Linxia 95.
  it.each([
    [92, 2, 2 / 3],
    [90, 2, 2 / 3],
    [80, 0, 0],
    [99, 3, 1],
  ])('proposing %s%% is at least as ambitious as %s of 3 spot-check targets', (proposed, count, share) => {
    const result = calcAmbitionPercentile(proposed, [85, 90, 95], 'higher');
    expect(result.atLeastAsAmbitious).toBe(count);
    expect(result.peerCount).toBe(3);
    expect(result.share).toBeCloseTo(share);
  });
  it.each([
    [25, 2],
    [30, 2],
    [32, 1],
    [40, 0],
  ])('when lower is better, proposing %s μg/m³ against 30 and 35 beats %s', (proposed, count) => {
    expect(calcAmbitionPercentile(proposed, [30, 35], 'lower').atLeastAsAmbitious).toBe(count);
  });
  it('has no share without peers', () => {
    expect(calcAmbitionPercentile(90, [], 'higher')).toEqual({
      atLeastAsAmbitious: 0,
      peerCount: 0,
      share: null,
    });
  });
});

describe('calcBestOutcomeGap', () => {
  // Shanwei's PM2.5: 21 μg/m³ in 2019, 18 in 2020; Taiyuan 59 in 2018.
  const pm25 = [
    { cityId: 'shanwei', year: 2019, value: 21 },
    { cityId: 'shanwei', year: 2020, value: 18 },
    { cityId: 'taiyuan', year: 2018, value: 59 },
  ];
  it('takes the lowest value when lower is better; a proposal above it asks for less (negative gap)', () => {
    const result = calcBestOutcomeGap(30, pm25, 'lower');
    expect(result?.best).toEqual({ cityId: 'shanwei', year: 2020, value: 18 });
    expect(result?.gap).toBe(-12);
  });
  it('takes the highest value when higher is better; beyond it the gap is positive', () => {
    const result = calcBestOutcomeGap(
      100,
      [
        { cityId: 'taiyuan', year: 2018, value: 47.75 },
        { cityId: 'x', year: 2016, value: 98.1 },
      ],
      'higher',
    );
    expect(result?.best.value).toBe(98.1);
    expect(result?.gap).toBeCloseTo(1.9);
  });
  it('prefers the latest year on ties, and is null with no outcomes', () => {
    const ties = [
      { cityId: 'taiyuan', year: 2014, value: 100 },
      { cityId: 'taiyuan', year: 2018, value: 100 },
    ];
    expect(calcBestOutcomeGap(100, ties, 'higher')?.best.year).toBe(2018);
    expect(calcBestOutcomeGap(100, [], 'higher')).toBeNull();
  });
});

describe('calcRequiredChange', () => {
  it('goes from the last outcome before the year: Taiyuan PM2.5 59 (2018) to 35 by 2025', () => {
    const result = calcRequiredChange(35, 2025, [
      { cityId: 'taiyuan', year: 2018, value: 59 },
      { cityId: 'taiyuan', year: 2026, value: 40 },
    ]);
    expect(result?.from.year).toBe(2018);
    expect(result?.years).toBe(7);
    expect(result?.perYear).toBeCloseTo(-24 / 7);
    expect(result?.annualRate).toBeCloseTo((35 / 59) ** (1 / 7) - 1);
  });
  it('is null with no earlier outcome, and gives no rate from 0', () => {
    expect(calcRequiredChange(35, 2018, [{ cityId: 'taiyuan', year: 2018, value: 59 }])).toBeNull();
    expect(calcRequiredChange(5, 2020, [{ cityId: 'x', year: 2015, value: 0 }])?.annualRate).toBeNull();
  });
});
