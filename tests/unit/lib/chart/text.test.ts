import { describe, expect, it } from 'vitest';
import {
  calcFittedText,
  calcTextWidth,
  calcWrappedText,
  isWideChar,
} from '../../../../src/lib/chart/text.ts';

describe('isWideChar', () => {
  it.each([
    ['杭', true],
    ['（', true],
    ['、', true],
    ['a', false],
    ['5', false],
    ['·', false],
  ])('%s is wide: %s', (char, wide) => {
    expect(isWideChar(char)).toBe(wide);
  });
});

describe('calcTextWidth', () => {
  it.each([
    ['临夏回族自治州', 14, 7 * 14],
    ['', 14, 0],
  ])('%j at %ipx is %ipx', (text, size, width) => {
    expect(calcTextWidth(text, size)).toBe(width);
  });

  it('measures CJK characters a full em, wider than Latin letters', () => {
    expect(calcTextWidth('杭州', 10)).toBeGreaterThan(calcTextWidth('Hz', 10));
  });
});

describe('calcFittedText', () => {
  it.each([
    ['杭州市', 100, 14, '杭州市', false],
    ['临夏州质量发展纲要(2013—2020年)', 100, 14, '临夏州质量发…', true],
    ['Shijiazhuang', 40, 14, 'Shij…', true],
    ['abc', 0, 14, '…', true],
  ])('fits %j into %ipx at %ipx as %j', (text, maxWidth, size, fitted, truncated) => {
    expect(calcFittedText(text, maxWidth, size)).toEqual({ text: fitted, truncated });
  });

  it('never returns text wider than the room it was given, unless the room is narrower than an ellipsis', () => {
    for (const width of [30, 60, 90, 150]) {
      const { text } = calcFittedText('石家庄市大力实施质量兴市战略的意见 Shijiazhuang', width, 15);
      expect(calcTextWidth(text, 15)).toBeLessThanOrEqual(width);
    }
  });
});

describe('calcWrappedText', () => {
  it.each([
    [
      'Product quality supervisory spot-check pass rate',
      200,
      3,
      ['Product quality', 'supervisory spot-check', 'pass rate'],
    ],
    ['主要农产品质量安全抽检合格率', 5 * 14, 3, ['主要农产品', '质量安全抽', '检合格率']],
    ['Agricultural product quality and safety pass rate', 120, 2, null],
  ] as const)('wraps “%s” to fit %d px in %d lines at most', (text, width, lines, expected) => {
    const wrapped = calcWrappedText(text, width, 14, lines);
    expect(wrapped.lines.length).toBeLessThanOrEqual(lines);
    for (const line of wrapped.lines) expect(calcTextWidth(line, 14)).toBeLessThanOrEqual(width);
    if (expected !== null) expect(wrapped.lines).toEqual(expected);
    else expect(wrapped.truncated).toBe(true);
  });

  it('leaves a label that fits on one line', () => {
    expect(calcWrappedText('PM2.5', 100, 14, 3)).toEqual({ lines: ['PM2.5'], truncated: false });
  });
});
