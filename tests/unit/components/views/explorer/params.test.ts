import { describe, expect, it } from 'vitest';
import {
  NO_EXPLORER_PARAMS,
  buildExplorerParams,
  calcNextSort,
  hasViewFilters,
  parseExplorerParams,
} from '../../../../../src/components/views/explorer/params.ts';

describe('parseExplorerParams', () => {
  it.each([
    [{}, NO_EXPLORER_PARAMS],
    [
      { q: '抽查 合格率', topic: 'brands', comparator: '>=', canonical: 'with', kind: 'quantitative' },
      {
        ...NO_EXPLORER_PARAMS,
        search: '抽查 合格率',
        topic: 'brands',
        comparator: '>=',
        canonical: 'with',
        kind: 'quantitative',
      },
    ],
    [{ indicator: 'agrifood_pass_rate' }, { ...NO_EXPLORER_PARAMS, indicatorId: 'agrifood_pass_rate' }],
    [
      { sort: 'value', dir: 'desc' },
      { ...NO_EXPLORER_PARAMS, sort: 'value', descending: true },
    ],
    [{ sort: 'year' }, { ...NO_EXPLORER_PARAMS, sort: 'year' }],
    // Invalid values are ignored, never guessed at.
    [{ comparator: 'gte', canonical: 'maybe', kind: 'all', sort: 'quote', dir: 'desc' }, NO_EXPLORER_PARAMS],
    [{ topic: ' ', indicator: '' }, NO_EXPLORER_PARAMS],
  ])('reads %j', (params, expected) => {
    expect(parseExplorerParams(params)).toEqual(expected);
  });
});

describe('buildExplorerParams', () => {
  it('writes nothing for the default state', () => {
    expect(buildExplorerParams(NO_EXPLORER_PARAMS)).toEqual({});
  });

  it.each<Record<string, string>>([
    { q: '合格率' },
    { topic: 'agri-food safety', comparator: 'range' },
    { canonical: 'without', kind: 'qualitative' },
    { indicator: 'pm25_concentration', sort: 'department', dir: 'desc' },
    { sort: 'city' },
  ])('round-trips %j', (params) => {
    expect(buildExplorerParams(parseExplorerParams(params))).toEqual(params);
  });
});

describe('calcNextSort', () => {
  it('sorts a new column ascending and flips the same column', () => {
    expect(calcNextSort(NO_EXPLORER_PARAMS, 'value')).toEqual({ sort: 'value', descending: false });
    const byValue = { ...NO_EXPLORER_PARAMS, sort: 'value' as const };
    expect(calcNextSort(byValue, 'value')).toEqual({ sort: 'value', descending: true });
    expect(calcNextSort({ ...byValue, descending: true }, 'value')).toEqual({
      sort: 'value',
      descending: false,
    });
    expect(calcNextSort({ ...byValue, descending: true }, 'year')).toEqual({
      sort: 'year',
      descending: false,
    });
  });
});

describe('hasViewFilters', () => {
  it('counts search and filters but not the sort', () => {
    expect(hasViewFilters(NO_EXPLORER_PARAMS)).toBe(false);
    expect(hasViewFilters({ ...NO_EXPLORER_PARAMS, sort: 'value' })).toBe(false);
    expect(hasViewFilters({ ...NO_EXPLORER_PARAMS, search: '  ' })).toBe(false);
    expect(hasViewFilters({ ...NO_EXPLORER_PARAMS, search: '率' })).toBe(true);
    expect(hasViewFilters({ ...NO_EXPLORER_PARAMS, kind: 'qualitative' })).toBe(true);
  });
});
