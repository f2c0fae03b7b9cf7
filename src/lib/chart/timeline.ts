/** Layout of the plan timeline: one row per plan, a bar from its start to its last horizon. */

import { scaleUtc, type ScaleTime } from 'd3';

/** A plan's span as the timeline draws it. */
export interface PlanSpanInput {
  id: string;
  /** `YYYY-MM-DD` or null. */
  issueDate: string | null;
  /** Used when there is no issue date: the timeline then starts on 1 January of this year. */
  startYear: number;
  horizonYears: readonly number[];
}

/** One row of the timeline, in pixels. */
export interface TimelineRow {
  id: string;
  y: number;
  x0: number;
  x1: number;
  /** True when the plan gives no issue date, so the start is 1 January of a year, not a day. */
  isStartEstimated: boolean;
  /** The end of each horizon year. */
  horizonXs: number[];
}

/** The whole timeline: its scale, rows, and size. */
export interface TimelineLayout {
  x: ScaleTime<number, number>;
  rows: TimelineRow[];
  height: number;
}

/** Options for {@link calcTimelineLayout}; all in pixels. */
export interface TimelineOptions {
  width: number;
  rowHeight: number;
  /** Space left of the plot for row labels. */
  left: number;
  right: number;
  /** Space above the first row, for the axis. */
  top: number;
  bottom: number;
}

function parseIssueDate(value: string | null): Date | null {
  const match = value === null ? null : /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  return match === null ? null : new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
}

/** When a plan starts on the timeline and whether that date is estimated from a year. */
export function calcPlanStart(plan: PlanSpanInput): { date: Date; isEstimated: boolean } {
  const issued = parseIssueDate(plan.issueDate);
  return issued === null
    ? { date: new Date(Date.UTC(plan.startYear, 0, 1)), isEstimated: true }
    : { date: issued, isEstimated: false };
}

/** The last moment of a horizon year: a plan "to 2015" runs to the end of 2015. */
export function calcHorizonEnd(year: number): Date {
  return new Date(Date.UTC(year + 1, 0, 1) - 1);
}

/** Lays out plans on a shared time axis covering whole years from the first start to the last horizon. */
export function calcTimelineLayout(
  plans: readonly PlanSpanInput[],
  options: TimelineOptions,
): TimelineLayout {
  const starts = plans.map(calcPlanStart);
  const ends = plans.map((p) => calcHorizonEnd(Math.max(p.startYear, ...p.horizonYears)));
  const firstYear = Math.min(...starts.map((s) => s.date.getUTCFullYear()));
  const lastYear = Math.max(...ends.map((e) => e.getUTCFullYear()));
  const x = scaleUtc()
    .domain(
      plans.length === 0
        ? [new Date(0), new Date(1)]
        : [new Date(Date.UTC(firstYear, 0, 1)), new Date(Date.UTC(lastYear + 1, 0, 1))],
    )
    .range([options.left, Math.max(options.left + 1, options.width - options.right)]);
  const rows = plans.map((plan, i) => ({
    id: plan.id,
    y: options.top + i * options.rowHeight,
    x0: x((starts[i] as { date: Date }).date),
    x1: x(ends[i] as Date),
    isStartEstimated: (starts[i] as { isEstimated: boolean }).isEstimated,
    horizonXs: plan.horizonYears.map((year) => x(calcHorizonEnd(year))),
  }));
  return { x, rows, height: options.top + plans.length * options.rowHeight + options.bottom };
}
