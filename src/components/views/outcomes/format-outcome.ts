/** How the outcome views write an outcome: its value in the indicator's unit, and when it was measured. */

import { formatTargetValue } from '../../../lib/i18n/common.ts';
import type { Formatters } from '../../../lib/i18n/format.ts';
import type { Lang } from '../../../lib/i18n/lang.ts';
import type { OutcomeRow } from '../../../lib/outcomes/types.ts';

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
export function formatOutcomeLabel(
  lang: Lang,
  format: Formatters,
  row: OutcomeRow,
  matchLabels: Readonly<Record<string, string>>,
): string {
  const base = `${formatOutcomePeriod(row)}: ${formatOutcomeValue(lang, format, row.value, row.unit)}`;
  return row.match === 'exact' ? base : `${base} (${matchLabels[row.match] ?? row.match})`;
}

/** Is this a change target (`increase_by`, `decrease_by`) whose level is unknown without its base-year outcome? */
export function isChangeWithoutBaseline(comparator: string, baseline: unknown): boolean {
  return (comparator === 'increase_by' || comparator === 'decrease_by') && baseline === null;
}
