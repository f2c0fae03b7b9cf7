import { describe, expect, it } from 'vitest';
import {
  calcAmbitionPercentile,
  calcBestOutcomeGap,
  calcMostAmbitiousGap,
  calcPlannerAnswer,
  calcRequiredChange,
  calcTargetLevel,
  isOutdatedTarget,
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
  const spotChecks = [
    { level: 85, count: 1 },
    { level: 90, count: 1 },
    { level: 95, count: 1 },
  ];
  it.each([
    [92, 2, 2 / 3],
    [90, 2, 2 / 3],
    [80, 0, 0],
    [99, 3, 1],
  ])('proposing %s%% is at least as ambitious as %s of 3 spot-check targets', (proposed, count, share) => {
    const result = calcAmbitionPercentile(proposed, spotChecks, 'higher');
    expect(result.atLeastAsAmbitious).toBe(count);
    expect(result.peerCount).toBe(3);
    expect(result.share).toBeCloseTo(share);
  });
  it.each([
    [25, 3],
    [30, 3],
    [32, 1],
    [40, 0],
  ])('when lower is better, proposing %s μg/m³ against 30 (twice) and 35 beats %s', (proposed, count) => {
    const levels = [
      { level: 30, count: 2 },
      { level: 35, count: 1 },
    ];
    expect(calcAmbitionPercentile(proposed, levels, 'lower').atLeastAsAmbitious).toBe(count);
  });
  it('counts a level stated by several targets once per target', () => {
    expect(calcAmbitionPercentile(90, [{ level: 90, count: 4 }], 'higher')).toEqual({
      atLeastAsAmbitious: 4,
      peerCount: 4,
      share: 1,
    });
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
  it.each([
    // proposal, best outcome, direction, gap (positive: asks for more than the best reported)
    ["30 μg/m³ against Shanwei's 18 (2020), lower is better", 30, 18, 'lower', -12],
    ['15 μg/m³ against 18, lower is better', 15, 18, 'lower', 3],
    ['100% against 98.1%, higher is better', 100, 98.1, 'higher', 1.9],
    ['95% against 98.1%, higher is better', 95, 98.1, 'higher', -3.1],
    ['equal to the best', 7, 7, 'higher', 0],
  ] as const)('%s', (_label, proposed, value, direction, gap) => {
    const best = { cityId: 'shanwei', year: 2020, value };
    const result = calcBestOutcomeGap(proposed, best, direction);
    expect(result?.best).toBe(best);
    expect(result?.gap).toBeCloseTo(gap);
  });
  it('is null with no outcome', () => {
    expect(calcBestOutcomeGap(100, null, 'higher')).toBeNull();
  });
});

describe('calcRequiredChange', () => {
  it('goes from the last outcome before the year: Taiyuan PM2.5 59 (2018) to 35 by 2025', () => {
    const result = calcRequiredChange(35, 2025, { cityId: 'taiyuan', year: 2018, value: 59 });
    expect(result?.from.year).toBe(2018);
    expect(result?.years).toBe(7);
    expect(result?.perYear).toBeCloseTo(-24 / 7);
    expect(result?.annualRate).toBeCloseTo((35 / 59) ** (1 / 7) - 1);
  });
  it.each([
    ['no outcome', 35, 2025, null],
    ['an outcome of the same year', 35, 2018, { cityId: 'taiyuan', year: 2018, value: 59 }],
    ['an outcome of a later year', 35, 2016, { cityId: 'taiyuan', year: 2018, value: 59 }],
  ] as const)('is null with %s', (_label, proposed, year, from) => {
    expect(calcRequiredChange(proposed, year, from)).toBeNull();
  });
  it.each([
    ['from 0', 5, { cityId: 'x', year: 2015, value: 0 }],
    ['across a change of sign', -5, { cityId: 'x', year: 2015, value: 3 }],
  ] as const)('gives a change per year but no compound rate %s', (_label, proposed, from) => {
    const result = calcRequiredChange(proposed, 2020, from);
    expect(result?.perYear).toBeCloseTo((proposed - from.value) / 5);
    expect(result?.annualRate).toBeNull();
  });
});

describe('isOutdatedTarget', () => {
  it.each([
    [2015, 2030, true],
    [2020, 2030, true],
    [2021, 2030, false],
    [null, 2030, false],
  ] as const)('a peer target for %s beside a proposal for %s: %s', (year, proposal, outdated) => {
    expect(isOutdatedTarget(year, proposal)).toBe(outdated);
  });
});

describe('calcMostAmbitiousGap', () => {
  it.each([
    ['higher is better: the top level', 'higher', 96, { level: 100, gap: -4 }],
    ['lower is better: the lowest level', 'lower', 30, { level: 25, gap: -5 }],
  ] as const)('%s', (_label, direction, proposed, expected) => {
    const levels = direction === 'higher' ? [95, 96, 100] : [25, 30, 35];
    expect(
      calcMostAmbitiousGap(
        proposed,
        levels.map((level) => ({ level, count: 1 })),
        direction,
      ),
    ).toEqual(expected);
  });
});

describe('calcPlannerAnswer', () => {
  const pm25 = {
    year: 2025,
    direction: 'lower' as const,
    levels: [{ level: 30, count: 1 }],
    best: { cityId: 'shanwei', year: 2020, value: 18 },
    last: { cityId: 'taiyuan', year: 2018, value: 59 },
  };
  it('says nothing until a value is proposed', () => {
    expect(calcPlannerAnswer({ ...pm25, proposal: null })).toBeNull();
  });
  it('answers Taiyuan proposing 35 μg/m³ by 2025: percentile, gap to the best, change from its last outcome', () => {
    const answer = calcPlannerAnswer({ ...pm25, proposal: 35 });
    expect(answer?.percentile).toEqual({ atLeastAsAmbitious: 0, peerCount: 1, share: 0 });
    expect(answer?.best?.gap).toBe(-17);
    expect(answer?.change?.perYear).toBeCloseTo(-24 / 7);
  });
  it('answers a city the data does not hold from the latest value a planner typed', () => {
    // A planner types their city's 2024 PM2.5 of 42 μg/m³ and proposes 30 by 2030.
    const answer = calcPlannerAnswer({
      ...pm25,
      year: 2030,
      last: { cityId: '', year: 2024, value: 42 },
      reference: { cityId: 'national', year: 2020, value: 37 },
      proposal: 30,
    });
    expect(answer?.change?.perYear).toBeCloseTo(-2);
    expect(answer?.change?.years).toBe(6);
    expect(answer?.mostAmbitious).toEqual({ level: 30, gap: 0 });
    expect(answer?.reference?.gap).toBe(7);
  });
  it('answers without peers, best or last outcome', () => {
    expect(calcPlannerAnswer({ ...pm25, levels: [], best: null, last: null, proposal: 35 })).toEqual({
      percentile: { atLeastAsAmbitious: 0, peerCount: 0, share: null },
      mostAmbitious: null,
      best: null,
      reference: null,
      change: null,
    });
  });
});
