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
