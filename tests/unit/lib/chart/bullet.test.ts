import { describe, expect, it } from 'vitest';
import { calcBulletLayout, calcBulletLevel, type BulletTarget } from '../../../../src/lib/chart/bullet.ts';

const target = (over: Partial<BulletTarget>): BulletTarget => ({
  comparator: '>=',
  value: 90,
  valueMax: null,
  direction: 'higher',
  baseline: null,
  isRelativeChange: false,
  ...over,
});

describe('calcBulletLevel', () => {
  it.each([
    ['Hangzhou: 抽查合格率 90% 以上', target({}), 90],
    [
      'Shijiazhuang: 驰名商标 30-32 件 (higher is better: 32)',
      target({ comparator: 'range', value: 30, valueMax: 32 }),
      32,
    ],
    [
      'Taiyuan: PM2.5 下降5% from 60 (relative)',
      target({
        comparator: 'decrease_by',
        value: 5,
        baseline: 60,
        isRelativeChange: true,
        direction: 'lower',
      }),
      57,
    ],
    ['a change with no baseline has no level', target({ comparator: 'increase_by', value: 5 }), null],
    ['a qualitative commitment has none', target({ comparator: 'qualitative', value: null }), null],
  ])('%s → %s', (_label, input, level) => {
    expect(calcBulletLevel(input)).toBe(level);
  });
});

describe('calcBulletLayout', () => {
  it('puts a ≥ target band from its level to the end of the scale, with every value inside the scale', () => {
    const layout = calcBulletLayout(target({}), [93.64, 94.97], [0, 300]);
    const [min, max] = layout.x.domain() as [number, number];
    expect(min).toBeLessThan(90);
    expect(max).toBeGreaterThan(94.97);
    expect(layout.band).toEqual({ from: 90, to: max });
  });

  it('puts a "30 左右" PM2.5 band (lower is better) up to 5% above 30', () => {
    const layout = calcBulletLayout(
      target({ comparator: '~', value: 30, direction: 'lower' }),
      [16, 20],
      [0, 300],
    );
    expect(layout.band?.to).toBeCloseTo(31.5);
    expect(layout.band?.from).toBe(layout.x.domain()[0]);
  });

  it('splits a range into the part that meets it and the part that partly meets it', () => {
    const layout = calcBulletLayout(target({ comparator: 'range', value: 30, valueMax: 32 }), [44], [0, 300]);
    expect(layout.partBand).toEqual({ from: 30, to: 32 });
    expect(layout.band?.from).toBe(32);
  });

  it('ends a share at 100% when no value passes it', () => {
    const layout = calcBulletLayout(target({ comparator: '=', value: 100 }), [100], [0, 300], 100);
    expect(layout.x.domain()[1]).toBe(100);
    expect(calcBulletLayout(target({}), [93], [0, 300], 100).x.domain()[1]).toBeLessThanOrEqual(100);
  });

  it('draws no band for "=" without a direction, and a scale even with no values', () => {
    const layout = calcBulletLayout(target({ comparator: '=', value: 5, direction: null }), [], [0, 100]);
    expect(layout.band).toBeNull();
    expect(layout.x(5)).toBeGreaterThan(0);
    expect(layout.x(5)).toBeLessThan(100);
  });
});
