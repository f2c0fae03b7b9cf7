import { describe, expect, it } from 'vitest';
import {
  NO_FILTERS,
  buildSearch,
  calcNextLocation,
  isFiltered,
  isInYearRange,
  parseAppLocation,
  type AppLocation,
} from '../../../../src/lib/state/url.ts';

const overview: AppLocation = { view: 'overview', lang: 'zh', filters: NO_FILTERS, params: {} };

describe('parseAppLocation', () => {
  it.each<[string, Partial<AppLocation>]>([
    ['', { view: 'overview', lang: null, filters: NO_FILTERS, params: {} }],
    ['?view=explorer&lang=en', { view: 'explorer', lang: 'en' }],
    ['?view=nonsense&lang=fr', { view: 'overview', lang: null }],
    ['?city=linxia,hangzhou,linxia', { filters: { ...NO_FILTERS, cities: ['hangzhou', 'linxia'] } }],
    ['?city=Hang%20zhou,,x;drop', { filters: NO_FILTERS }],
    [
      '?domain=foundation,product,weather',
      { filters: { ...NO_FILTERS, domains: ['product', 'foundation'] } },
    ],
    ['?from=2015&to=2013', { filters: { ...NO_FILTERS, yearFrom: 2013, yearTo: 2015 } }],
    ['?from=15&to=next', { filters: NO_FILTERS }],
    [
      '?view=city&doc=hangzhou-2013&target=hangzhou-2013-007',
      { params: { doc: 'hangzhou-2013', target: 'hangzhou-2013-007' } },
    ],
  ])('reads %j', (search, expected) => {
    expect(parseAppLocation(search)).toMatchObject(expected);
  });
});

describe('buildSearch', () => {
  it.each<[AppLocation, string]>([
    [overview, '?view=overview&lang=zh'],
    [{ ...overview, lang: null }, '?view=overview'],
    [
      {
        ...overview,
        filters: {
          cities: ['linxia', 'hangzhou'],
          domains: ['service', 'product'],
          yearFrom: 2013,
          yearTo: 2015,
        },
      },
      '?view=overview&lang=zh&city=hangzhou,linxia&domain=product,service&from=2013&to=2015',
    ],
    [{ ...overview, view: 'sql', params: { sql: 'SELECT 1 & 2' } }, '?view=sql&lang=zh&sql=SELECT+1+%26+2'],
    [{ ...overview, params: { view: 'explorer', city: 'x' } }, '?view=overview&lang=zh'],
    // Filters built in code are normalised as the URL would be: ids checked, sorted, de-duplicated; years
    // that are not 4-digit whole numbers dropped, a reversed range put right.
    [
      {
        ...overview,
        filters: {
          cities: ['taiyuan', 'Bad City', 'hangzhou', 'taiyuan'],
          domains: ['foundation', 'product', 'product'],
          yearFrom: 2020,
          yearTo: 2015,
        },
      },
      '?view=overview&lang=zh&city=hangzhou,taiyuan&domain=product,foundation&from=2015&to=2020',
    ],
    [{ ...overview, filters: { ...NO_FILTERS, yearFrom: 2015.5, yearTo: 20150 } }, '?view=overview&lang=zh'],
    // View params in key order, escaped, with commas left readable.
    [
      { ...overview, view: 'explorer', params: { q: '合格率 90%', comparator: '>=,<=' } },
      '?view=explorer&lang=zh&comparator=%3E%3D,%3C%3D&q=%E5%90%88%E6%A0%BC%E7%8E%87+90%25',
    ],
  ])('writes %j as %s', (location, search) => {
    expect(buildSearch(location)).toBe(search);
  });

  it.each([
    '?view=explorer&lang=en&city=hangzhou&domain=environment',
    '?view=overview&lang=zh&city=hangzhou,linxia&from=2014',
    '?view=city&lang=en&doc=linxia-2013&target=linxia-2013-012',
  ])('reads back what it wrote: %s', (search) => {
    expect(buildSearch(parseAppLocation(search))).toBe(search);
  });
});

describe('calcNextLocation', () => {
  const withParams: AppLocation = { ...overview, view: 'city', params: { doc: 'linxia-2013' } };

  it('keeps the view params while the view stays', () => {
    expect(calcNextLocation(withParams, { filters: { domains: ['product'] } }).params).toEqual({
      doc: 'linxia-2013',
    });
  });

  it('drops the view params when another view opens', () => {
    expect(calcNextLocation(withParams, { view: 'overview' }).params).toEqual({});
  });

  it('merges a partial filter change into the current filters, normalised', () => {
    const current = { ...overview, filters: { ...NO_FILTERS, yearFrom: 2014 } };
    expect(calcNextLocation(current, { filters: { cities: ['taiyuan', 'hangzhou'] } }).filters).toEqual({
      cities: ['hangzhou', 'taiyuan'],
      domains: [],
      yearFrom: 2014,
      yearTo: null,
    });
  });

  it('keeps the same filters object when the filters do not change, so queries do not rerun', () => {
    expect(calcNextLocation(overview, { lang: 'en' }).filters).toBe(overview.filters);
  });
});

describe('isInYearRange', () => {
  it.each<[number | null, number | null, number | null, boolean]>([
    [null, null, null, true],
    [2015, null, null, true],
    [null, 2013, null, false],
    [null, null, 2015, false],
    [2013, 2013, 2015, true],
    [2015, 2013, 2015, true],
    [2016, 2013, 2015, false],
    [2012, 2013, null, false],
    [2030, 2013, null, true],
    [2010, null, 2015, true],
  ])('target year %s in [%s, %s] is %s', (targetYear, yearFrom, yearTo, expected) => {
    expect(isInYearRange(targetYear, { ...NO_FILTERS, yearFrom, yearTo })).toBe(expected);
  });
});

describe('isFiltered', () => {
  it.each([
    [NO_FILTERS, false],
    [{ ...NO_FILTERS, cities: ['linxia'] }, true],
    [{ ...NO_FILTERS, yearTo: 2015 }, true],
  ])('%j is %s', (filters, expected) => {
    expect(isFiltered(filters)).toBe(expected);
  });
});

describe('presentation mode (present=1)', () => {
  it('is read from the URL only as 1', () => {
    expect(parseAppLocation('?view=overview&present=1').present).toBe(true);
    expect(parseAppLocation('?view=overview&present=yes').present).toBeUndefined();
    expect(parseAppLocation('?view=overview').present).toBeUndefined();
  });

  it('is a global key, never a view parameter', () => {
    expect(parseAppLocation('?view=check&present=1&horizon=2025').params).toEqual({ horizon: '2025' });
  });

  it('is written after the filters and round-trips', () => {
    const location = parseAppLocation('?view=overview&lang=en&city=hangzhou&present=1');
    expect(buildSearch(location)).toBe('?view=overview&lang=en&city=hangzhou&present=1');
    expect(buildSearch(parseAppLocation('?view=overview&lang=en'))).toBe('?view=overview&lang=en');
  });

  it('is kept when the view or filters change, and left with present: false', () => {
    const on = parseAppLocation('?view=overview&present=1');
    expect(calcNextLocation(on, { view: 'check' }).present).toBe(true);
    expect(calcNextLocation(on, { filters: { domains: ['product'] } }).present).toBe(true);
    expect(calcNextLocation(on, { present: false }).present).toBeUndefined();
    expect(calcNextLocation(parseAppLocation('?view=overview'), { present: true }).present).toBe(true);
  });
});
