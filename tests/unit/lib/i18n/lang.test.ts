import { describe, expect, it } from 'vitest';
import { calcPreferredLang, pickName, type Lang } from '../../../../src/lib/i18n/lang.ts';

describe('calcPreferredLang', () => {
  it.each<[string[], Lang]>([
    [['zh-CN', 'en'], 'zh'],
    [['zh-TW'], 'zh'],
    [['en-US', 'zh-CN'], 'en'],
    [['fr-FR', 'zh-CN'], 'zh'],
    [['fr-FR'], 'en'],
    [[], 'en'],
  ])('prefers %j as %s', (languages, lang) => {
    expect(calcPreferredLang(languages)).toBe(lang);
  });
});

describe('pickName', () => {
  it.each<[Lang, string | null, string | null, string]>([
    ['zh', '杭州市', 'Hangzhou', '杭州市'],
    ['en', '杭州市', 'Hangzhou', 'Hangzhou'],
    ['en', '杭州市', '', '杭州市'],
    ['zh', null, 'Hangzhou', 'Hangzhou'],
  ])('in %s picks from %s / %s: %s', (lang, zh, en, name) => {
    expect(pickName(lang, zh, en)).toBe(name);
  });
});
