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

function defineFinding<T>(finding: SlideFinding<T>): SlideFinding {
  return finding as unknown as SlideFinding;
}

/** The finding of every chart a slide can show. */
export const SLIDE_FINDINGS: Readonly<Record<SlideChartId, SlideFinding>> = {
  'overview.matrix': defineFinding({
    query: MATRIX_FINDING_QUERY,
    sentence: (answer, lang, format) => DECK_STRINGS[lang].matrixFinding(answer, format),
  }),
  'overview.timeline': defineFinding({
    query: TIMELINE_FINDING_QUERY,
    sentence: (answer, lang, format) => DECK_STRINGS[lang].timelineFinding(answer, format),
  }),
  'overview.specificity': defineFinding({
    query: SPECIFICITY_FINDING_QUERY,
    sentence: (answer, lang, format) => DECK_STRINGS[lang].specificityFinding(answer, format),
  }),
  'compare.indicator': defineFinding({
    query: INDICATOR_FINDING_QUERY,
    sentence: (answer, lang, format) => DECK_STRINGS[lang].indicatorFinding(answer, format),
  }),
  'indicator.chart': defineFinding({
    query: INDICATOR_FINDING_QUERY,
    sentence: (answer, lang, format) => DECK_STRINGS[lang].indicatorFinding(answer, format),
  }),
  'departments.matrix': defineFinding({
    query: DEPARTMENTS_FINDING_QUERY,
    sentence: (answer, lang, format) => DECK_STRINGS[lang].departmentsFinding(answer, format),
  }),
  'attainment.matrix': defineFinding({
    query: ATTAINMENT_FINDING_QUERY,
    sentence: (answer, lang, format) => DECK_STRINGS[lang].attainmentFinding(answer, format),
  }),
};
