import { describe, expect, it } from 'vitest';
import { calcUnitLayout } from '../../../../src/lib/chart/unit-grid.ts';

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
