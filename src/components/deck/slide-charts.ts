/** Which component draws each chart a slide can show, and which charts a view presents when the deck is empty. */

import type { Component } from 'svelte';
import type { Slide, SlideChartId } from '../../lib/deck/deck.ts';
import type { AppLocation, ViewId } from '../../lib/state/url.ts';
import AttainmentSlide from './slides/AttainmentSlide.svelte';
import DepartmentsSlide from './slides/DepartmentsSlide.svelte';
import IndicatorSlide from './slides/IndicatorSlide.svelte';
import OverviewMatrixSlide from './slides/OverviewMatrixSlide.svelte';
import OverviewSpecificitySlide from './slides/OverviewSpecificitySlide.svelte';
import OverviewTimelineSlide from './slides/OverviewTimelineSlide.svelte';

/** What a slide component receives: the slide, its 1-based number and the deck's length. */
export interface SlideProps {
  slide: Slide;
  number: number;
  total: number;
}

/** The component that draws each chart as a slide. */
export const SLIDE_COMPONENTS: Readonly<Record<SlideChartId, Component<SlideProps>>> = {
  'overview.matrix': OverviewMatrixSlide,
  'overview.timeline': OverviewTimelineSlide,
  'overview.specificity': OverviewSpecificitySlide,
  'compare.indicator': IndicatorSlide,
  'indicator.chart': IndicatorSlide,
  'departments.matrix': DepartmentsSlide,
  'attainment.matrix': AttainmentSlide,
};

/** The charts each view shows, in order: what `present=1` presents when the deck is empty. */
const VIEW_SLIDES: Partial<Record<ViewId, readonly SlideChartId[]>> = {
  overview: ['overview.matrix', 'overview.timeline', 'overview.specificity'],
  compare: ['compare.indicator'],
  indicator: ['indicator.chart'],
  departments: ['departments.matrix'],
  attainment: ['attainment.matrix'],
};

/** The current view's charts as slides, under the URL's filters (the indicator shown, where it names one). */
export function listViewSlides(location: AppLocation): Slide[] {
  const indicator = location.params['indicator'];
  const params: Record<string, string> = indicator === undefined ? {} : { indicator };
  return (VIEW_SLIDES[location.view] ?? []).map((chart) => ({ chart, filters: location.filters, params }));
}
