/** Axis ticks computed from a D3 scale: positions and labels, for Axis.svg.svelte to draw. */

import { utcYear, type ScaleTime } from 'd3';
import { calcTextWidth } from './text.ts';

/** One tick: where it is, and its label (empty when labels would crowd). */
export interface Tick {
  offset: number;
  label: string;
}

/**
 * One tick per year on a time scale, at 1 January. Labels are thinned to every 2nd, 5th or 10th year so
 * that they never overlap at `fontSize`.
 */
export function calcYearTicks(scale: ScaleTime<number, number>, fontSize: number): Tick[] {
  const [start, end] = scale.domain() as [Date, Date];
  const years = utcYear.range(utcYear.ceil(start), utcYear.offset(utcYear.floor(end), 1));
  if (years.length === 0) return [];
  const spacing = Math.abs(scale(years[1] ?? end) - scale(years[0] as Date));
  const labelWidth = calcTextWidth('2020', fontSize) + fontSize;
  const step = [1, 2, 5, 10, 20, 50].find((s) => s * spacing >= labelWidth) ?? 100;
  return years.map((date) => {
    const year = date.getUTCFullYear();
    return { offset: scale(date), label: year % step === 0 ? String(year) : '' };
  });
}
