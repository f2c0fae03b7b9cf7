/** Names of the performance marks and events the app sets, which scripts/bench-ui.ts and the e2e tests read. */

/** Marked when the first chart of the first view is in the DOM. */
export const FIRST_CHART_MARK = 'cqt:first-chart';

/** Marked when DuckDB has attached the published database and answers queries. */
export const ENGINE_READY_MARK = 'cqt:engine-ready';

/** Fired on `window` when every pending query has its answer drawn. */
export const DRAWN_EVENT = 'cqt:drawn';

/** The median of some measurements (the mean of the middle two for an even count); NaN for none. */
export function calcMedian(values: readonly number[]): number {
  return calcPercentile(values, 50);
}

/**
 * A percentile by linear interpolation between the closest ranks (as numpy's default): `p` from 0 to 100.
 * NaN for no values.
 */
export function calcPercentile(values: readonly number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = (Math.min(100, Math.max(0, p)) / 100) * (sorted.length - 1);
  const low = Math.floor(rank);
  const high = Math.ceil(rank);
  return (sorted[low] as number) + ((sorted[high] as number) - (sorted[low] as number)) * (rank - low);
}
