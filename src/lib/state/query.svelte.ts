/**
 * What a view declares to get its data: a set of queries answered together for the view's state (the URL's
 * filters and view parameters). The answers of one change settle at once, so the view draws once; until
 * they arrive the view keeps its last drawing, marked as updating; answers to an older state are dropped.
 */

import { tick } from 'svelte';
import { StaleQueryError } from '../data/coordinator.ts';
import type { AnswersOf, QuerySet, ViewState } from '../data/query.ts';
import { DRAWN_EVENT } from '../perf.ts';
import type { AppState } from './app.svelte.ts';
import { isDeepEqual } from './share.ts';

let pending = 0;

function beginQuery(): void {
  pending += 1;
}

async function endQuery(): Promise<void> {
  pending -= 1;
  if (pending > 0) return;
  await tick();
  if (pending === 0) window.dispatchEvent(new Event(DRAWN_EVENT));
}

/** The state most views ask with: the URL's filters and the current view's parameters. */
export function readViewState(app: AppState): ViewState {
  return { filters: app.filters.current, params: app.url.location.params, lang: app.locale.lang };
}

/**
 * The answers to a set of queries for a reactive view state. Create it while a component initialises:
 * `const data = new ViewData(app, OVERVIEW_QUERIES)`; draw `data.value?.headline`.
 */
export class ViewData<S extends QuerySet> {
  /** The answers for the latest state that has them all; undefined until the first. */
  value = $state.raw<AnswersOf<S> | undefined>(undefined);
  /** True while the answers for the current state are on their way (the view still shows `value`). */
  updating = $state(false);
  /** Why the latest state has no answers, if it failed. */
  error = $state.raw<Error | null>(null);

  #version = 0;
  #abort: AbortController | null = null;
  #keys: readonly string[];

  /**
   * @param app the app state (the coordinator, and the URL for the build's answers)
   * @param queries the queries, by name
   * @param state the state to ask with; by default the URL's filters and the view's parameters
   */
  constructor(app: AppState, queries: S, state: () => ViewState = () => readViewState(app)) {
    const { data, url } = app;
    const entries = Object.entries(queries);
    this.#keys = entries.map(([key]) => key);
    data.seed(url.location.view, Object.values(queries));
    $effect(() => {
      const current = state();
      // Asked again when a person's rows change, and when the engine comes up (after a failure, a retry).
      void data.userRowsVersion;
      void data.engineStatus;
      const version = ++this.#version;
      this.#abort?.abort();
      const coordinator = data.coordinator;
      // Answers already known (cached, or worked out by the build) are drawn in this same update.
      const known = entries.map(([, query]) => coordinator.peek(query, current));
      if (known.every((answer) => answer !== undefined)) {
        this.#settle(version, known);
        return;
      }
      const abort = new AbortController();
      this.#abort = abort;
      this.updating = true;
      beginQuery();
      Promise.all(entries.map(([, query]) => coordinator.ask(query, current, abort.signal)))
        .then(
          (answers) => this.#settle(version, answers),
          (error: unknown) => {
            if (error instanceof StaleQueryError || version !== this.#version) return;
            this.error = error instanceof Error ? error : new Error(String(error));
            this.updating = false;
          },
        )
        .finally(() => void endQuery());
    });
  }

  #settle(version: number, answers: readonly unknown[]): void {
    if (version !== this.#version) return;
    // Each answer equal to the last keeps its identity, so nothing that draws it runs again; when every
    // answer is unchanged, so is the value.
    const previous = this.value as Record<string, unknown> | undefined;
    let isChanged = previous === undefined;
    const value = Object.fromEntries(
      this.#keys.map((key, i) => {
        const next = answers[i];
        if (previous !== undefined && isDeepEqual(previous[key], next)) return [key, previous[key]];
        isChanged = true;
        return [key, next];
      }),
    ) as AnswersOf<S>;
    if (isChanged) this.value = value;
    this.updating = false;
    this.error = null;
  }
}
