import { describe, expect, it } from 'vitest';
import { calcMedian, calcPercentile } from '../../../src/lib/perf.ts';

describe('calcPercentile', () => {
  it.each([
    [[5], 95, 5],
    [[1, 2, 3, 4], 50, 2.5],
    [[4, 1, 3, 2], 0, 1],
    [[4, 1, 3, 2], 100, 4],
    [[10, 20, 30, 40, 50, 60, 70, 80, 90, 100], 95, 95.5],
  ])('of %j at %i is %d', (values, p, expected) => {
    expect(calcPercentile(values, p)).toBeCloseTo(expected, 9);
  });

  it('is NaN for no values', () => {
    expect(calcPercentile([], 50)).toBeNaN();
  });
});

describe('calcMedian', () => {
  it.each([
    [[3, 1, 2], 2],
    [[3, 1, 2, 10], 2.5],
  ])('of %j is %d', (values, expected) => {
    expect(calcMedian(values)).toBe(expected);
  });
});
