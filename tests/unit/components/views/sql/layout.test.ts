import { describe, expect, it } from 'vitest';
import {
  calcColumnWidths,
  calcTextEms,
  formatConsoleCell,
} from '../../../../../src/components/views/sql/layout.ts';

describe('formatConsoleCell', () => {
  it.each([
    [null, ''],
    [90, '90'],
    [0.125, '0.125'],
    [true, 'true'],
    ['杭州市', '杭州市'],
  ])('writes %j as %j', (value, text) => {
    expect(formatConsoleCell(value)).toBe(text);
  });
});

describe('calcTextEms', () => {
  it('counts Chinese characters and full-width punctuation as one em, others as about half', () => {
    expect(calcTextEms('杭州市')).toBe(3);
    expect(calcTextEms('（一）')).toBe(3);
    expect(calcTextEms('abcd')).toBeCloseTo(2.32);
    expect(calcTextEms('')).toBe(0);
  });
});

describe('calcColumnWidths', () => {
  it('fits the header and the longest cell, within the bounds', () => {
    const widths = calcColumnWidths(
      ['n', 'quote', 'city_id'],
      [
        [
          1,
          '国家监督抽查合格率稳定在90%以上，重点食品监督抽查合格率达到95%以上，农产品质量安全水平持续提高',
          'hangzhou',
        ],
        [2, null, 'linxia'],
      ],
    );
    expect(widths[0]).toBe(4);
    expect(widths[1]).toBe(22);
    // The header (bold, so given an extra em) is wider than 'hangzhou' here.
    expect(widths[2]).toBeCloseTo(calcTextEms('city_id') + 1 + 1.2, 1);
  });

  it('looks only at the sampled rows', () => {
    const rows = [['a'], ['b'], ['x'.repeat(100)]];
    expect(calcColumnWidths(['c'], rows, { sample: 2 })).toEqual([4]);
  });
});
