/** A slide's data: its chart's queries with the finding and sources added, asked with the slide's own filters and parameters. */

import { SLIDE_SOURCES, type SlideSources } from '../../lib/data/queries/deck.ts';
import type { Query, QuerySet } from '../../lib/data/query.ts';
import { calcSlideState, type SlideChartId, type SlideRef } from '../../lib/deck/deck.ts';
import { getAppState } from '../../lib/state/app.svelte.ts';
import type { LocaleState } from '../../lib/state/locale.svelte.ts';
import { ViewData } from '../../lib/state/query.svelte.ts';
import { SLIDE_FINDINGS } from './findings.ts';

/** A chart's queries with the two every slide adds: its finding and its sources. */
export type SlideQueries<S extends QuerySet> = S & { finding: Query<unknown>; sources: Query<SlideSources> };

/**
 * The answers a slide draws: its chart's queries, its finding and its sources, asked with the slide's own
 * filters and parameters in the interface language. Create it while the slide component initialises:
 * `const data = new SlideData('overview.matrix', () => slide, { cities: CITIES_QUERY })`; `SlideFrame` reads
 * the finding, the sources and any error from it.
 */
export class SlideData<S extends QuerySet> extends ViewData<SlideQueries<S>> {
  readonly #chart: SlideChartId;
  readonly #locale: LocaleState;

  /**
   * @param chart the chart whose finding and sources are asked
   * @param slide the slide, read again whenever it changes
   * @param queries the chart's own queries, by name
   */
  constructor(chart: SlideChartId, slide: () => SlideRef, queries: S) {
    const app = getAppState();
    super(app, { ...queries, finding: SLIDE_FINDINGS[chart].query, sources: SLIDE_SOURCES[chart] }, () =>
      calcSlideState(slide(), app.locale.lang),
    );
    this.#chart = chart;
    this.#locale = app.locale;
  }

  /** The finding worded in the interface language; undefined while the answers are on their way. */
  get finding(): string | undefined {
    const { value } = this;
    if (value === undefined) return undefined;
    return SLIDE_FINDINGS[this.#chart].sentence(value.finding, this.#locale.lang, this.#locale.format);
  }
}
