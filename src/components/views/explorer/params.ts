/**
 * The explorer's URL parameters: `q` (search), `topic`, `comparator`, `canonical` (`with`/`without`),
 * `indicator` (an `indicators.indicator_id`), `kind` (`quantitative`/`qualitative`), `sort` (a column) and
 * `dir` (`desc`). Values that are not valid are ignored, never guessed at.
 */

import {
  CANONICAL_CHOICES,
  EXPLORER_SORT_KEYS,
  KIND_CHOICES,
  type CanonicalChoice,
  type ExplorerSortKey,
  type KindChoice,
} from '../../../lib/data/queries-explorer.ts';
import { COMPARATORS, type Comparator } from '../../../lib/extract/types.ts';

/** What the explorer's URL says, beyond the global filters. */
export interface ExplorerParams {
  search: string;
  topic: string | null;
  comparator: Comparator | null;
  canonical: CanonicalChoice | null;
  indicatorId: string | null;
  kind: KindChoice | null;
  sort: ExplorerSortKey | null;
  descending: boolean;
}

/** No search, no view filter, document order. */
export const NO_EXPLORER_PARAMS: ExplorerParams = {
  search: '',
  topic: null,
  comparator: null,
  canonical: null,
  indicatorId: null,
  kind: null,
  sort: null,
  descending: false,
};

/** One of the allowed values, or null for anything else (an empty menu choice, a mistyped URL). */
export function parseChoice<T extends string>(value: string | undefined, allowed: readonly T[]): T | null {
  return value !== undefined && (allowed as readonly string[]).includes(value) ? (value as T) : null;
}

function nonEmpty(value: string | undefined): string | null {
  return value === undefined || value.trim() === '' ? null : value;
}

/** Reads the explorer's parameters from the view's URL parameters. */
export function parseExplorerParams(params: Readonly<Record<string, string>>): ExplorerParams {
  const sort = parseChoice(params.sort, EXPLORER_SORT_KEYS);
  return {
    search: params.q ?? '',
    topic: nonEmpty(params.topic),
    comparator: parseChoice(params.comparator, COMPARATORS),
    canonical: parseChoice(params.canonical, CANONICAL_CHOICES),
    indicatorId: nonEmpty(params.indicator),
    kind: parseChoice(params.kind, KIND_CHOICES),
    sort,
    descending: sort !== null && params.dir === 'desc',
  };
}

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
