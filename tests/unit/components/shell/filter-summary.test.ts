/** The filters in force in words: the collapsed bar's line, the phone's count and an export's file name. */

import { describe, expect, it } from 'vitest';
import {
  countActiveFilters,
  describeFilters,
  listActiveFilters,
} from '../../../../src/components/shell/filter-summary.ts';
import { NO_FILTERS, type Filters } from '../../../../src/lib/state/url.ts';

const NAMES: Record<string, Record<string, string>> = {
  zh: { hangzhou: '杭州市', taiyuan: '太原市' },
  en: { hangzhou: 'Hangzhou', taiyuan: 'Taiyuan' },
};

function filters(partial: Partial<Filters>): Filters {
  return { ...NO_FILTERS, ...partial };
}

describe('listActiveFilters', () => {
  it.each<[string, 'zh' | 'en', Partial<Filters>, string[]]>([
    ['no filter', 'en', {}, []],
    [
      'a city, a domain and both years',
      'en',
      { cities: ['hangzhou'], domains: ['product'], yearFrom: 2014, yearTo: 2020 },
      ['Hangzhou', 'Products', '2014–2020'],
    ],
    [
      'two cities and an open year range, in Chinese',
      'zh',
      { cities: ['hangzhou', 'taiyuan'], yearFrom: 2015 },
      ['杭州市+太原市', '2015–'],
    ],
    ['only an end year', 'zh', { yearTo: 2020 }, ['–2020']],
  ])('%s', (_name, lang, partial, expected) => {
    const names = NAMES[lang] ?? {};
    expect(listActiveFilters(lang, filters(partial), (id) => names[id] ?? id)).toEqual(expected);
  });
});

describe('describeFilters and countActiveFilters', () => {
  it('say only the filters a view follows', () => {
    const set = filters({ cities: ['taiyuan'], domains: ['product'], yearFrom: 2014, yearTo: 2015 });
    const names = NAMES['zh'] ?? {};
    const parts = describeFilters('zh', set, ['cities', 'years'], (id) => names[id] ?? id);
    expect(parts).toHaveLength(2);
    expect(parts[0]).toBe('太原市');
    expect(parts[1]).toContain('2014');
    expect(countActiveFilters(set, ['cities', 'years'])).toBe(2);
    expect(countActiveFilters(set, [])).toBe(0);
    expect(countActiveFilters(NO_FILTERS, ['cities', 'domains', 'years'])).toBe(0);
  });
});
