/** How the outcome views write an outcome: its value in the indicator's unit, and when it was measured. */

import { formatTargetValue } from '../../../lib/i18n/common.ts';
import type { Formatters } from '../../../lib/i18n/format.ts';
import type { Lang } from '../../../lib/i18n/lang.ts';
import type { OutcomeRecord } from '../../../lib/data/queries/outcome-shared.ts';
import type { OutcomeRow } from '../../../lib/outcomes/types.ts';
import { MATCH_LABELS } from '../../../lib/outcomes/words.ts';

/** A value in a unit, as a target's value is written (`94.97%`, `59 μg/m³`, `7`). */
export function formatOutcomeValue(
  lang: Lang,
  format: Formatters,
  value: number,
  unit: string | null,
): string {
  return formatTargetValue(lang, format, { comparator: '=', value, valueMax: null, unit, unitZh: null });
}

/** When a figure was measured: the year, or the month or quarter for sub-annual figures (`2017-08`). */
export function formatOutcomePeriod(row: Pick<OutcomeRow, 'year' | 'period'>): string {
  return row.period === 'annual' ? String(row.year) : row.period.replace(/^\w+ /, '');
}

/** A short label, `2018: 59 μg/m³`, with how it matches when it is not exact. */
export function formatOutcomeLabel(lang: Lang, format: Formatters, row: OutcomeRow): string {
  const separator = lang === 'zh' ? '：' : ': ';
  const base = `${formatOutcomePeriod(row)}${separator}${formatOutcomeValue(lang, format, row.value, row.unit)}`;
  if (row.match === 'exact') return base;
  const match = MATCH_LABELS[lang][row.match];
  return lang === 'zh' ? `${base}（${match}）` : `${base} (${match})`;
}

/** Is this a change target (`increase_by`, `decrease_by`) whose level is unknown without its base-year outcome? */
export function isChangeWithoutBaseline(comparator: string, baseline: unknown): boolean {
  return (comparator === 'increase_by' || comparator === 'decrease_by') && baseline === null;
}

/** One of the curators' remarks about an outcome, as the interface shows it. */
export interface OutcomeRemark {
  /** What is shown. */
  text: string;
  /** The original wording, shown on demand, when `text` is a translation of it. */
  original: string | null;
  /** True when `text` is the curators' original wording in another language, left untranslated. */
  isUntranslated: boolean;
}

/** The words about an outcome in the interface language: its source's title, the mapping notes and the caveat. */
export interface OutcomeWords {
  title: string;
  notes: OutcomeRemark | null;
  caveat: OutcomeRemark | null;
}

function pickRemark(
  lang: Lang,
  original: string | null,
  zh: string | null,
  isYours: boolean,
): OutcomeRemark | null {
  if (original === null) return null;
  // A researcher's own rows are shown as they wrote them; the published remarks are the curators' English.
  if (lang === 'en' || isYours) return { text: original, original: null, isUntranslated: false };
  if (zh !== null) return { text: zh, original, isUntranslated: false };
  return { text: original, original: null, isUntranslated: true };
}

/**
 * pickOutcomeWords(lang, row) says an outcome's source and remarks in the interface language: the Chinese
 * translation where the data has one (with the English on demand), else the original marked as untranslated.
 */
export function pickOutcomeWords(lang: Lang, row: OutcomeRecord): OutcomeWords {
  const isYours = row.origin === 'yours';
  return {
    title: lang === 'zh' && row.source_title_zh !== null ? row.source_title_zh : row.source_title,
    notes: pickRemark(lang, row.notes, row.notes_zh, isYours),
    caveat: pickRemark(lang, row.caveat, row.caveat_zh, isYours),
  };
}
