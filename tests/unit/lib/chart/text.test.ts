import { describe, expect, it } from 'vitest';
import { calcFittedText, calcTextWidth, isWideChar } from '../../../../src/lib/chart/text.ts';

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
