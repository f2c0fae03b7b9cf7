/** How a draft plan's target stands against peers' published targets and reported outcomes: pure and direction-aware. */

import type { Comparator } from '../extract/types.ts';

/** Whether a higher or a lower value of an indicator is better. */
export type Direction = 'higher' | 'lower';

/**
 * Where a draft target's level sits: against the peers' targets (one of the first four) and, separately,
 * beyond every reported outcome. Positions are literal (above/below); {@link calcAmbition} says what they
 * mean for the indicator's direction.
 */
export type DraftFlag =
  | 'below_every_peer'
  | 'within_peer_range'
  | 'above_every_peer'
  | 'no_peer_data'
  | 'above_any_outcome'
  | 'below_any_outcome';

/** The parts of a target (draft or published) that a comparison reads. */
export interface ComparableTarget {
  comparator: Comparator;
  value: number | null;
  valueMax: number | null;
  unit: string | null;
  /** Additional counts (新增) are compared only with additional counts. */
  isNewCount: boolean;
}

/** A reported value (a city outcome or a national or provincial figure). */
export interface ComparableOutcome {
  value: number;
  unit: string;
}

/**
 * What a target commits to: a level to reach or hold (达到, 以上, 左右, a range), a change (提高, 降低 by) or an
 * addition (新增 so many). Only targets of one kind can be compared: a change of 5% is no level of 5%.
 */
export type TargetKind = 'level' | 'change' | 'addition';

/** calcTargetKind(target) is what a target commits to; null for a qualitative commitment or no number. */
export function calcTargetKind(target: ComparableTarget): TargetKind | null {
  if (target.value === null || target.comparator === 'qualitative') return null;
  if (target.isNewCount) return 'addition';
  if (target.comparator === 'increase_by' || target.comparator === 'decrease_by') return 'change';
  return 'level';
}

/**
 * calcAmbitionDirection(target, direction) says which way a target's number is more ambitious: the
 * indicator's own direction for levels and additions; for a change, a larger change when it goes the better
 * way (提高 where higher is better, 降低 where lower is), a smaller one otherwise.
 */
export function calcAmbitionDirection(target: ComparableTarget, direction: Direction): Direction {
  if (calcTargetKind(target) !== 'change') return direction;
  return (target.comparator === 'increase_by') === (direction === 'higher') ? 'higher' : 'lower';
}

/** What a comparison found. */
export interface DraftComparison {
  /**
   * The number compared: a level (for a range, its more ambitious end), the size of a change or of an
   * addition; null when the target has none.
   */
  level: number | null;
  /** One peer-position flag, then an outcome flag when the level lies beyond every reported outcome. */
  flags: DraftFlag[];
  /** The peers' levels that were compared (same unit and kind of count), ascending. */
  peerLevels: number[];
  /** The reported outcomes that were compared (same unit), ascending. */
  outcomeValues: number[];
}

/** Two levels closer than this are equal (values are read from text, at most a few decimals). */
const EPSILON = 1e-9;

/**
 * calcTargetLevel(target, direction) is the number a target commits to, compared only with targets of its
 * kind: its value, or for a range the end a city must reach to meet all of it (the higher end when the
 * number is better higher). For a change, its size; for an addition, the count added. Null for qualitative
 * commitments and targets without a number.
 */
export function calcTargetLevel(target: ComparableTarget, direction: Direction): number | null {
  if (calcTargetKind(target) === null || target.value === null) return null;
  if (target.comparator === 'range' && target.valueMax !== null) {
    return direction === 'higher'
      ? Math.max(target.value, target.valueMax)
      : Math.min(target.value, target.valueMax);
  }
  return target.value;
}

/**
 * Can two targets be compared: the same kind (a level, a change or an addition; changes in the same sense),
 * in the same unit.
 */
export function isComparable(a: ComparableTarget, b: ComparableTarget): boolean {
  const kind = calcTargetKind(a);
  if (kind === null || kind !== calcTargetKind(b) || a.unit !== b.unit) return false;
  return kind !== 'change' || a.comparator === b.comparator;
}

/**
 * calcDraftComparison(draft, direction, peers, outcomes) places a draft target among the peers' targets of
 * its kind for the same indicator (below every one, within their range, above every one, or no peer data),
 * and flags a level beyond every reported outcome (above all of them when higher is better, below all when
 * lower is). Outcomes are levels: changes and additions are never set beside them. `direction` is which way
 * the draft's number is more ambitious ({@link calcAmbitionDirection}).
 */
export function calcDraftComparison(
  draft: ComparableTarget,
  direction: Direction,
  peers: readonly ComparableTarget[],
  outcomes: readonly ComparableOutcome[],
): DraftComparison {
  const level = calcTargetLevel(draft, direction);
  const peerLevels = peers
    .filter((peer) => isComparable(draft, peer))
    .map((peer) => calcTargetLevel(peer, direction))
    .filter((v): v is number => v !== null)
    .sort((a, b) => a - b);
  const outcomeValues =
    calcTargetKind(draft) !== 'level'
      ? []
      : outcomes
          .filter((o) => o.unit === draft.unit)
          .map((o) => o.value)
          .sort((a, b) => a - b);
  if (level === null) return { level, flags: ['no_peer_data'], peerLevels: [], outcomeValues: [] };

  const flags: DraftFlag[] = [];
  const low = peerLevels[0];
  const high = peerLevels[peerLevels.length - 1];
  if (low === undefined || high === undefined) flags.push('no_peer_data');
  else if (level < low - EPSILON) flags.push('below_every_peer');
  else if (level > high + EPSILON) flags.push('above_every_peer');
  else flags.push('within_peer_range');

  const lowest = outcomeValues[0];
  const highest = outcomeValues[outcomeValues.length - 1];
  if (direction === 'higher' && highest !== undefined && level > highest + EPSILON)
    flags.push('above_any_outcome');
  if (direction === 'lower' && lowest !== undefined && level < lowest - EPSILON)
    flags.push('below_any_outcome');
  return { level, flags, peerLevels, outcomeValues };
}

/** What a flag means for ambition: below every peer is more ambitious when lower is better. */
export type Ambition = 'more_ambitious' | 'less_ambitious' | 'within' | 'unknown';

/** calcAmbition(flag, direction) reads a positional flag as more or less ambitious for the indicator's direction. */
export function calcAmbition(flag: DraftFlag, direction: Direction): Ambition {
  switch (flag) {
    case 'above_every_peer':
    case 'above_any_outcome':
      return direction === 'higher' ? 'more_ambitious' : 'less_ambitious';
    case 'below_every_peer':
    case 'below_any_outcome':
      return direction === 'lower' ? 'more_ambitious' : 'less_ambitious';
    case 'within_peer_range':
      return 'within';
    case 'no_peer_data':
      return 'unknown';
  }
}
