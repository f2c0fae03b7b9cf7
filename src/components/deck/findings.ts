/** Each slide chart's finding: the query that answers it (`deck.ts`) and the sentence that words the answer. */

import {
  ATTAINMENT_FINDING_QUERY,
  DEPARTMENTS_FINDING_QUERY,
  INDICATOR_FINDING_QUERY,
  MATRIX_FINDING_QUERY,
  SPECIFICITY_FINDING_QUERY,
  TIMELINE_FINDING_QUERY,
} from '../../lib/data/queries/deck.ts';
import type { Query } from '../../lib/data/query.ts';
import type { SlideChartId } from '../../lib/deck/deck.ts';
import type { Formatters } from '../../lib/i18n/format.ts';
import type { Lang } from '../../lib/i18n/lang.ts';
import { DECK_STRINGS } from './strings.ts';

/** A finding: its query, and its sentence in a language. */
export interface SlideFinding<T = unknown> {
  query: Query<T>;
  sentence(answer: T, lang: Lang, format: Formatters): string;
}

type DeckStrings = (typeof DECK_STRINGS)[Lang];

/** The sentences of the deck's dictionary that word a finding (`…Finding`), each from its query's answer. */
type FindingSentences = {
  [
    K in keyof DeckStrings as K extends `${string}Finding`
      ? DeckStrings[K] extends (answer: never, format: Formatters) => string
        ? K
        : never
      : never
  ]: DeckStrings[K];
};

/** A finding whose query answers what its sentence (a key of `DECK_STRINGS`) words. */
function defineFinding<K extends keyof FindingSentences>(
  query: Query<Parameters<FindingSentences[K]>[0]>,
  key: K,
): SlideFinding {
  return {
    query,
    sentence: (answer, lang, format) =>
      (DECK_STRINGS[lang][key] as (answer: unknown, format: Formatters) => string)(answer, format),
  };
}

// Compare's dot plot and Indicator detail's chart by year show the same targets: one finding serves both.
const INDICATOR_FINDING = defineFinding(INDICATOR_FINDING_QUERY, 'indicatorFinding');

/** The finding of every chart a slide can show. */
export const SLIDE_FINDINGS: Readonly<Record<SlideChartId, SlideFinding>> = {
  'overview.matrix': defineFinding(MATRIX_FINDING_QUERY, 'matrixFinding'),
  'overview.timeline': defineFinding(TIMELINE_FINDING_QUERY, 'timelineFinding'),
  'overview.specificity': defineFinding(SPECIFICITY_FINDING_QUERY, 'specificityFinding'),
  'compare.indicator': INDICATOR_FINDING,
  'indicator.chart': INDICATOR_FINDING,
  'departments.matrix': defineFinding(DEPARTMENTS_FINDING_QUERY, 'departmentsFinding'),
  'attainment.matrix': defineFinding(ATTAINMENT_FINDING_QUERY, 'attainmentFinding'),
};
