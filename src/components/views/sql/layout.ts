/** How the console's result table is laid out: cell text, and column widths estimated from what the cells hold. */

import type { ConsoleValue } from '../../../lib/data/console.ts';

/** A cell's text as the table shows it; null is shown by the caller as a marked NULL. */
export function formatConsoleCell(value: ConsoleValue): string {
  return value === null ? '' : String(value);
}

/** Roughly how many ems a text takes: CJK and full-width characters one each, others a little over half. */
export function calcTextEms(text: string): number {
  let ems = 0;
  for (const char of text)
    ems +=
      /[\u1100-\u11ff\u2e80-\ua4cf\uac00-\ud7af\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(
        char,
      )
        ? 1
        : 0.58;
  return ems;
}

/**
 * A width in rem for each column: enough for its header and the longest of the first `sample` cells, within
 * `min` and `max` (longer text is cut with an ellipsis and shown whole on hover).
 */
export function calcColumnWidths(
  columns: readonly string[],
  rows: readonly (readonly ConsoleValue[])[],
  options: { sample?: number; min?: number; max?: number } = {},
): number[] {
  const { sample = 200, min = 4, max = 22 } = options;
  const padding = 1.2;
  return columns.map((column, j) => {
    let widest = calcTextEms(column) + 1;
    for (const row of rows.slice(0, sample))
      widest = Math.max(widest, calcTextEms(formatConsoleCell(row[j] ?? null)));
    return Math.round(Math.min(max, Math.max(min, widest + padding)) * 10) / 10;
  });
}
