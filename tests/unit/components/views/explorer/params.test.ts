/** Writing the explorer's state back to the URL (read by src/lib/data/queries/explorer.ts), and its sort and filter helpers. */
import { describe, expect, it } from 'vitest';
import {
  buildExplorerParams,
  calcNextSort,
  hasViewFilters,
} from '../../../../../src/components/views/explorer/params.ts';
import { NO_EXPLORER_PARAMS, parseExplorerParams } from '../../../../../src/lib/data/queries/explorer.ts';

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
