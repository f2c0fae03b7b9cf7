/** The app's shared state, created once by App.svelte and handed to every view through Svelte context. */

import { getContext, setContext } from 'svelte';
import { DataState } from './data.svelte.ts';
import { DeckState } from './deck.svelte.ts';
import { FilterState } from './filters.svelte.ts';
import { LocaleState } from './locale.svelte.ts';
import { UrlState } from './router.svelte.ts';

/** What every view can read: the URL, the global filters, the language, the data and the deck. */
export interface AppState {
  url: UrlState;
  filters: FilterState;
  locale: LocaleState;
  data: DataState;
  /** The slides a person has chosen for a briefing (the URL's `deck`). */
  deck: DeckState;
}

const KEY = Symbol('app-state');

/** Creates the state for one page; `baseUrl` is where the data files are served from. */
export function createAppState(baseUrl: string): AppState {
  const url = new UrlState();
  return {
    url,
    filters: new FilterState(url),
    locale: new LocaleState(url),
    data: new DataState(baseUrl),
    deck: new DeckState(url),
  };
}

/** Makes the state available to the component tree (call in App.svelte). */
export function setAppState(state: AppState): void {
  setContext(KEY, state);
}

/** Reads the app state in a view or component. */
export function getAppState(): AppState {
  const state = getContext<AppState | undefined>(KEY);
  if (state === undefined) throw new Error('getAppState() called outside App');
  return state;
}
