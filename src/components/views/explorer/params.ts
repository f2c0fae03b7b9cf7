/**
 * The explorer's URL parameters are read in the data layer (src/lib/data/queries/explorer.ts), where its
 * queries bind them; here they are written back, and the sort and filter helpers the view needs.
 */

import { type ExplorerParams, type ExplorerSortKey } from '../../../lib/data/queries/explorer.ts';

/** Writes the explorer's parameters, leaving out what is unset so one state has one URL. */
export function buildExplorerParams(state: ExplorerParams): Record<string, string> {
  const params: Record<string, string> = {};
  if (state.search !== '') params.q = state.search;
  if (state.topic !== null) params.topic = state.topic;
  if (state.comparator !== null) params.comparator = state.comparator;
  if (state.canonical !== null) params.canonical = state.canonical;
  if (state.indicatorId !== null) params.indicator = state.indicatorId;
  if (state.kind !== null) params.kind = state.kind;
  if (state.sort !== null) {
    params.sort = state.sort;
    if (state.descending) params.dir = 'desc';
  }
  return params;
}

/** The sort after a click on a column header: a new column sorts ascending, the same one flips. */
export function calcNextSort(
  state: ExplorerParams,
  key: ExplorerSortKey,
): Pick<ExplorerParams, 'sort' | 'descending'> {
  return state.sort === key ? { sort: key, descending: !state.descending } : { sort: key, descending: false };
}

/** Does the explorer narrow the records beyond the global filters? */
export function hasViewFilters(state: ExplorerParams): boolean {
  return (
    state.search.trim() !== '' ||
    state.topic !== null ||
    state.comparator !== null ||
    state.canonical !== null ||
    state.indicatorId !== null ||
    state.kind !== null
  );
}
