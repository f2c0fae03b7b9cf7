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

/** How many peer targets commit to one level (peers' levels are counted in SQL, not sent one by one). */
export interface LevelCount {
  level: number;
  count: number;
}

/** Where a proposed value sits among peers' target levels. */
export interface PercentileResult {
  /** Peer targets the proposal is at least as ambitious as (ties count). */
  atLeastAsAmbitious: number;
  /** Peer targets compared. */
  peerCount: number;
  /** atLeastAsAmbitious / peerCount, 0–1; null with no peers. */
  share: number | null;
}

/**
 * calcAmbitionPercentile(proposed, levels, direction) counts the peer targets the proposal is at least as
 * ambitious as: levels ≤ proposed when higher is better, ≥ proposed when lower is better.
 */
export function calcAmbitionPercentile(
  proposed: number,
  levels: readonly LevelCount[],
  direction: Direction,
): PercentileResult {
  let atLeastAsAmbitious = 0;
  let peerCount = 0;
  for (const { level, count } of levels) {
    peerCount += count;
    if (direction === 'higher' ? level <= proposed : level >= proposed) atLeastAsAmbitious += count;
  }
  return { atLeastAsAmbitious, peerCount, share: peerCount === 0 ? null : atLeastAsAmbitious / peerCount };
}

/** An outcome as the planner reads it. */
export interface PlannerOutcomeInput {
  cityId: string;
  year: number;
  value: number;
}

/**
 * Peer targets set for a year this many years or more before the proposal's are flagged: a target for 2015
 * says little about what is ambitious for 2030.
 */
export const OUTDATED_TARGET_YEARS = 10;

/** isOutdatedTarget(targetYear, proposalYear) is true for a peer target set OUTDATED_TARGET_YEARS or more before. */
export function isOutdatedTarget(targetYear: number | null, proposalYear: number): boolean {
  return targetYear !== null && proposalYear - targetYear >= OUTDATED_TARGET_YEARS;
}

/**
 * calcGap(proposed, value, direction) is proposed − value, signed so that a positive gap means the proposal
 * asks for more (higher when higher is better, lower when lower is better).
 */
export function calcGap(proposed: number, value: number, direction: Direction): number {
  // + 0 writes -0 (an equal value when lower is better) as 0.
  return round((direction === 'higher' ? 1 : -1) * (proposed - value)) + 0;
}

/** The most ambitious level among peers' targets and the proposal's gap to it. */
export interface PeerLevelGap {
  /** The highest level when higher is better, the lowest when lower is. */
  level: number;
  /** {@link calcGap} of the proposal to it. */
  gap: number;
}

/** calcMostAmbitiousGap(proposed, levels, direction) compares a proposal with the most ambitious peer target. */
export function calcMostAmbitiousGap(
  proposed: number,
  levels: readonly LevelCount[],
  direction: Direction,
): PeerLevelGap | null {
  if (levels.length === 0) return null;
  const values = levels.map((l) => l.level);
  const level = direction === 'higher' ? Math.max(...values) : Math.min(...values);
  return { level, gap: calcGap(proposed, level, direction) };
}

/** The gap between a proposal and the best reported outcome. */
export interface BestOutcomeGap<T extends PlannerOutcomeInput> {
  /** The best outcome by the indicator's direction (chosen by the planner's query). */
  best: T;
  /**
   * proposed − best, signed so that a positive gap means the proposal asks for more than the best
   * city has reported (higher when higher is better, lower when lower is better).
   */
  gap: number;
}

/** calcBestOutcomeGap(proposed, best, direction) compares a proposal with the best reported outcome. */
export function calcBestOutcomeGap<T extends PlannerOutcomeInput>(
  proposed: number,
  best: T | null,
  direction: Direction,
): BestOutcomeGap<T> | null {
  if (best === null) return null;
  return { best, gap: calcGap(proposed, best.value, direction) };
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
 * calcRequiredChange(proposed, year, from) is the annual change needed to go from the city's latest outcome
 * `from` (an earlier year) to `proposed` in `year`; null without an earlier outcome.
 */
export function calcRequiredChange<T extends PlannerOutcomeInput>(
  proposed: number,
  year: number,
  from: T | null,
): RequiredChange<T> | null {
  if (from === null || from.year >= year) return null;
  const years = year - from.year;
  const sameSign = (from.value > 0 && proposed >= 0) || (from.value < 0 && proposed <= 0);
  return {
    from,
    years,
    perYear: round((proposed - from.value) / years),
    annualRate: from.value !== 0 && sameSign ? round(calcGrowthRate(proposed, from.value, years)) : null,
  };
}

/** What the planner answers for a proposal. */
export interface PlannerAnswer<T extends PlannerOutcomeInput, R extends PlannerOutcomeInput = T> {
  percentile: PercentileResult;
  /** The gap to the most ambitious peer target. */
  mostAmbitious: PeerLevelGap | null;
  best: BestOutcomeGap<T> | null;
  /** The gap to the latest national reference, when there is one. */
  reference: BestOutcomeGap<R> | null;
  change: RequiredChange<T> | null;
}

/** What {@link calcPlannerAnswer} reads: the proposal and the planner's query answers. */
export interface PlannerAnswerInput<T extends PlannerOutcomeInput, R extends PlannerOutcomeInput = T> {
  /** The proposed value; null until one is typed. */
  proposal: number | null;
  /** The year the proposal is for. */
  year: number;
  direction: Direction;
  /** Peers' target levels, counted. */
  levels: readonly LevelCount[];
  /** The best assessing outcome of any city, if any. */
  best: T | null;
  /**
   * Where the city starts from: its latest assessing outcome before `year`, or the latest value a planner
   * typed for a city the data does not hold; null if neither.
   */
  last: T | null;
  /** The latest national reference of the indicator (a target or an outcome), if any. */
  reference?: R | null;
}

/**
 * calcPlannerAnswer(input) is everything the planner says about a proposal: its percentile among peers'
 * targets and its gap to the most ambitious one, its gap to the best reported outcome and to the latest
 * national reference, and the change it asks of the city. Null until a value is proposed.
 */
export function calcPlannerAnswer<T extends PlannerOutcomeInput, R extends PlannerOutcomeInput = T>(
  input: PlannerAnswerInput<T, R>,
): PlannerAnswer<T, R> | null {
  const { proposal, direction } = input;
  if (proposal === null) return null;
  return {
    percentile: calcAmbitionPercentile(proposal, input.levels, direction),
    mostAmbitious: calcMostAmbitiousGap(proposal, input.levels, direction),
    best: calcBestOutcomeGap(proposal, input.best, direction),
    reference: calcBestOutcomeGap(proposal, input.reference ?? null, direction),
    change: calcRequiredChange(proposal, input.year, input.last),
  };
}

function round(x: number): number {
  return Math.round(x * 1e10) / 1e10;
}
