import { describe, expect, it } from 'vitest';
import { createFormatters } from '../../../../src/lib/i18n/format.ts';
import type { Lang } from '../../../../src/lib/i18n/lang.ts';

describe('createFormatters', () => {
  it.each<[Lang, string, string, string]>([
    ['en', '12,345', '43%', '2013–2015'],
    ['zh', '12,345', '43%', '2013–2015'],
  ])('in %s writes counts %s, shares %s, spans %s', (lang, count, percent, span) => {
    const format = createFormatters(lang);
    expect(format.count(12345)).toBe(count);
    expect(format.percent(0.4321)).toBe(percent);
    expect(format.yearSpan(2013, 2015)).toBe(span);
    expect(format.yearSpan(2015, 2015)).toBe('2015');
    expect(format.year(2015)).toBe('2015');
  });
});

describe('createFormatters, asked the same value again', () => {
  it.each<[string, (lang: Lang) => (value: number) => string, number[], string[]]>([
    [
      'number',
      (lang) => createFormatters(lang).number,
      [0.5, 1200, 0.5, 1200],
      ['0.5', '1,200', '0.5', '1,200'],
    ],
    ['count', (lang) => createFormatters(lang).count, [-0, 0, -0], ['-0', '0', '-0']],
    ['percent', (lang) => createFormatters(lang).percent, [0.95, 0.95], ['95%', '95%']],
  ])('%s writes the same text each time, -0 apart from 0', (_name, pick, values, expected) => {
    const format = pick('en');
    expect(values.map((v) => format(v))).toEqual(expected);
  });

  it('keeps answering after it has written more values than it remembers', () => {
    const format = createFormatters('en');
    for (let i = 0; i < 2500; i += 1) expect(format.count(i)).toBe(i.toLocaleString('en-US'));
    expect(format.count(3)).toBe('3');
  });
});
