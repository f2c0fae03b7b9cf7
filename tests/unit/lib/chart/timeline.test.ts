import { describe, expect, it } from 'vitest';
import { calcHorizonEnd, calcPlanStart, calcTimelineLayout } from '../../../../src/lib/chart/timeline.ts';

const options = { width: 1100, rowHeight: 50, left: 100, right: 0, top: 30, bottom: 10 };

describe('calcPlanStart', () => {
  it.each([
    [{ id: 'a', issueDate: '2013-05-24', startYear: 2013, horizonYears: [2015] }, '2013-05-24', false],
    [{ id: 'b', issueDate: null, startYear: 2013, horizonYears: [2015, 2020] }, '2013-01-01', true],
    [{ id: 'c', issueDate: 'May 2013', startYear: 2013, horizonYears: [2015] }, '2013-01-01', true],
  ])('starts %j on %s (estimated: %s)', (plan, date, isEstimated) => {
    const start = calcPlanStart(plan);
    expect(start.date.toISOString().slice(0, 10)).toBe(date);
    expect(start.isEstimated).toBe(isEstimated);
  });
});

describe('calcHorizonEnd', () => {
  it('ends a horizon year on its last millisecond', () => {
    expect(calcHorizonEnd(2015).toISOString()).toBe('2015-12-31T23:59:59.999Z');
  });
});

describe('calcTimelineLayout', () => {
  const plans = [
    { id: 'shijiazhuang-2011', issueDate: '2011-02-26', startYear: 2011, horizonYears: [2015] },
    { id: 'linxia-2013', issueDate: null, startYear: 2013, horizonYears: [2015, 2020] },
  ];
  const layout = calcTimelineLayout(plans, options);

  it('spans whole years from the first start to the last horizon', () => {
    expect(layout.x.domain().map((d) => d.toISOString().slice(0, 10))).toEqual(['2011-01-01', '2021-01-01']);
  });

  it('stacks one row per plan below the axis space', () => {
    expect(layout.rows.map((r) => r.y)).toEqual([30, 80]);
    expect(layout.height).toBe(30 + 2 * 50 + 10);
  });

  it('draws a bar from the start to the end of the last horizon year, with a mark at each horizon', () => {
    const [, linxia] = layout.rows;
    expect(linxia?.x0).toBeCloseTo(100 + 200, 0);
    expect(linxia?.x1).toBeCloseTo(1100, 0);
    expect(linxia?.horizonXs.map((x) => Math.round(x))).toEqual([600, 1100]);
    expect(linxia?.isStartEstimated).toBe(true);
  });
});
