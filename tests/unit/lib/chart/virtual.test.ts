import { describe, expect, it } from 'vitest';
import { calcVirtualWindow } from '../../../../src/lib/chart/virtual.ts';

describe('calcVirtualWindow', () => {
  it.each([
    [
      'all rows of a short list',
      { scrollTop: 0, viewportHeight: 600, rowHeight: 40, rowCount: 12 },
      [0, 12, 0, 0],
    ],
    [
      'the top of a long list',
      { scrollTop: 0, viewportHeight: 600, rowHeight: 40, rowCount: 10000 },
      [0, 19, 0, 399240],
    ],
    [
      'the middle of a long list',
      { scrollTop: 40000, viewportHeight: 600, rowHeight: 40, rowCount: 10000 },
      [996, 1019, 39840, 359240],
    ],
    [
      'the end of a long list',
      { scrollTop: 399400, viewportHeight: 600, rowHeight: 40, rowCount: 10000 },
      [9981, 10000, 399240, 0],
    ],
    [
      'before the viewport is measured',
      { scrollTop: 0, viewportHeight: 0, rowHeight: 40, rowCount: 10000 },
      [0, 34, 0, 398640],
    ],
    ['an empty list', { scrollTop: 0, viewportHeight: 600, rowHeight: 40, rowCount: 0 }, [0, 0, 0, 0]],
    [
      'a list scrolled past its new end',
      { scrollTop: 8000, viewportHeight: 600, rowHeight: 40, rowCount: 20 },
      [1, 20, 40, 0],
    ],
  ] as const)('draws %s', (_case, options, [start, end, paddingTop, paddingBottom]) => {
    expect(calcVirtualWindow(options)).toEqual({ start, end, paddingTop, paddingBottom });
  });

  it('keeps the total height whatever the scroll position', () => {
    for (const scrollTop of [0, 123, 5000, 39990]) {
      const w = calcVirtualWindow({ scrollTop, viewportHeight: 500, rowHeight: 40, rowCount: 1000 });
      expect(w.paddingTop + (w.end - w.start) * 40 + w.paddingBottom).toBe(40000);
    }
  });
});
