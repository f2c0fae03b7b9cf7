/** The planner's arithmetic: where a proposed target sits among peers' targets and outcomes, and what it asks for. */

import type { Comparator } from '../extract/types';
import { calcGrowthRate } from './progress';

/** Which way is better for an indicator. */
export type Direction = 'higher' | 'lower';

/** A target as the planner reads it: its comparator and value(s). */
export interface PlannerTargetInput {
  comparator: Comparator;
  value: number | null;
  valueMax: number | null;
  isNewCount: boolean;
}

/**
 * calcTargetLevel(target, direction) is the level a target commits to, comparable with other cities'
 * levels: the value for `>=`, `<=`, `=`, `~`; for a range, the end that meets it (the top when higher is
 * better). Null for changes (`increase_by`, `decrease_by`), additional counts and qualitative records,
 * which state no level.
 */
export function calcTargetLevel(target: PlannerTargetInput, direction: Direction): number | null {
  const { comparator, value } = target;
  if (value === null || target.isNewCount) return null;
  if (comparator === 'qualitative' || comparator === 'increase_by' || comparator === 'decrease_by')
    return null;
  if (comparator === 'range') {
    const other = target.valueMax ?? value;
    return direction === 'higher' ? Math.max(value, other) : Math.min(value, other);
  }
  return value;
}

/** Where a proposed value sits among peers' target levels. */
export interface PercentileResult {
  /** Peer levels the proposal is at least as ambitious as (ties count). */
  atLeastAsAmbitious: number;
  /** Peer levels compared. */
  peerCount: number;
  /** atLeastAsAmbitious / peerCount, 0–1; null with no peers. */
  share: number | null;
}

/**
 * calcAmbitionPercentile(proposed, levels, direction) counts the peer levels the proposal is at least
 * as ambitious as: levels ≤ proposed when higher is better, ≥ proposed when lower is better.
 */
export function calcAmbitionPercentile(
  proposed: number,
  levels: readonly number[],
  direction: Direction,
): PercentileResult {
  const atLeastAsAmbitious = levels.filter((level) =>
    direction === 'higher' ? level <= proposed : level >= proposed,
  ).length;
  return {
    atLeastAsAmbitious,
    peerCount: levels.length,
    share: levels.length === 0 ? null : atLeastAsAmbitious / levels.length,
  };
}

/** An outcome as the planner reads it. */
export interface PlannerOutcomeInput {
  cityId: string;
  year: number;
  value: number;
}

/** The gap between a proposal and the best reported outcome. */
export interface BestOutcomeGap<T extends PlannerOutcomeInput> {
  /** The best outcome by the indicator's direction (the latest year on ties). */
  best: T;
  /**
   * proposed − best, signed so that a positive gap means the proposal asks for more than the best
   * city has reported (higher when higher is better, lower when lower is better).
   */
  gap: number;
}

/** calcBestOutcomeGap(proposed, outcomes, direction) compares a proposal with the best reported outcome. */
export function calcBestOutcomeGap<T extends PlannerOutcomeInput>(
  proposed: number,
  outcomes: readonly T[],
  direction: Direction,
): BestOutcomeGap<T> | null {
  let best: T | null = null;
  for (const outcome of outcomes) {
    if (
      best === null ||
      (direction === 'higher' ? outcome.value > best.value : outcome.value < best.value) ||
      (outcome.value === best.value && outcome.year > best.year)
    )
      best = outcome;
  }
  if (best === null) return null;
  const sign = direction === 'higher' ? 1 : -1;
  return { best, gap: round(sign * (proposed - best.value)) };
}

/** What a proposal asks of a city, from its last outcome. */
export interface RequiredChange<T extends PlannerOutcomeInput> {
  /** The city's latest outcome before the proposal's year. */
  from: T;
  years: number;
  /** (proposed − last) / years, in the indicator's unit per year. */
  perYear: number;
  /** Compound annual growth rate, (proposed / last)^(1/years) − 1; null when the last value is 0 or signs differ. */
  annualRate: number | null;
}

/**
 * calcRequiredChange(proposed, year, outcomes) is the annual change needed to go from the latest of
 * `outcomes` before `year` to `proposed` in `year`; null when there is no earlier outcome.
 */
export function calcRequiredChange<T extends PlannerOutcomeInput>(
  proposed: number,
  year: number,
  outcomes: readonly T[],
): RequiredChange<T> | null {
  const earlier = outcomes.filter((o) => o.year < year);
  if (earlier.length === 0) return null;
  const from = earlier.reduce((latest, o) => (o.year > latest.year ? o : latest));
  const years = year - from.year;
  const sameSign = (from.value > 0 && proposed >= 0) || (from.value < 0 && proposed <= 0);
  return {
    from,
    years,
    perYear: round((proposed - from.value) / years),
    annualRate: from.value !== 0 && sameSign ? round(calcGrowthRate(proposed, from.value, years)) : null,
  };
}

function round(x: number): number {
  return Math.round(x * 1e10) / 1e10;
}
