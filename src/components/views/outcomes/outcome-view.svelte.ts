/**
 * The setup the three outcome views share (Target vs outcome, Attainment, Planner): the app state, the
 * view's queries (each set holds the cities and the judgement date) answered together for the URL's state,
 * and the cities' names in the language shown.
 */

import type { OUTCOME_BASE_QUERIES } from '../../../lib/data/queries/outcome-shared.ts';
import type { QuerySet } from '../../../lib/data/query.ts';
import { pickName } from '../../../lib/i18n/lang.ts';
import { getAppState, type AppState } from '../../../lib/state/app.svelte.ts';
import { ViewData } from '../../../lib/state/query.svelte.ts';

/** A query set of an outcome view: the shared queries and the view's own. */
type OutcomeQuerySet = QuerySet & typeof OUTCOME_BASE_QUERIES;

/** An outcome view's state. Create it while the view's component initialises. */
export class OutcomeView<S extends OutcomeQuerySet> {
  /** The app state (URL, filters, language, data). */
  readonly app: AppState;
  /** The view's answers: all of them settle at once. */
  readonly data: ViewData<S>;

  #names = $derived.by((): Readonly<Record<string, string>> => {
    const lang = this.app.locale.lang;
    return Object.fromEntries(
      (this.data.value?.cities ?? []).map((c) => [c.cityId, pickName(lang, c.nameZh, c.nameEn)]),
    );
  });

  /** @param queries the view's query set (`OUTCOMES_VIEW_QUERIES`, `ATTAINMENT_VIEW_QUERIES`, …) */
  constructor(queries: S) {
    this.app = getAppState();
    this.data = new ViewData(this.app, queries);
  }

  /** A city's name in the language shown; its id when the cities under the filter do not include it. */
  cityName(cityId: string): string {
    return this.#names[cityId] ?? cityId;
  }
}
