import { describe, expect, it } from 'vitest';
import { calcStripLayout } from '../../../../src/lib/chart/strip.ts';

const OPTIONS = { left: 200, right: 20, width: 820, rowHeight: 40, top: 10 };

describe('calcStripLayout', () => {
  it('stacks rows from the top, one row height apart', () => {
    const layout = calcStripLayout(
      [
        { key: 'spot-check', values: [85, 90, 95, 98] },
        { key: 'pm25', values: [30, 18, 21, 59] },
      ],
      OPTIONS,
    );
    expect(layout.rows.map((r) => r.y)).toEqual([10, 50]);
    expect(layout.height).toBe(90);
  });

  it.each([
    ['spot-check targets 85–98%', [85, 90, 95, 98]],
    ['PM2.5 18–59 μg/m³', [30, 18, 21, 59]],
    ['brand counts 30–900', [30, 140, 900]],
  ])('keeps every value of %s inside the plotting area', (_name, values) => {
    const [row] = calcStripLayout([{ key: 'k', values }], OPTIONS).rows;
    for (const v of values) {
      expect(row?.x(v)).toBeGreaterThan(OPTIONS.left);
      expect(row?.x(v)).toBeLessThan(OPTIONS.width - OPTIONS.right);
    }
  });

  it('centres a row whose values are all equal (100% acceptance rates)', () => {
    const [row] = calcStripLayout([{ key: 'k', values: [100, 100] }], OPTIONS).rows;
    expect(row?.x(100)).toBeCloseTo((OPTIONS.left + OPTIONS.width - OPTIONS.right) / 2, 0);
  });
});

describe('calcStripLayout with counts', () => {
  it('does not pad non-negative values below zero (standards drafted: 5 and 300)', () => {
    const [row] = calcStripLayout([{ key: 'k', values: [5, 300] }], OPTIONS).rows;
    expect(row?.domain[0]).toBe(0);
  });
});
