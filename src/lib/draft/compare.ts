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

/** What a comparison found. */
export interface DraftComparison {
  /** The level compared: the value, or for a range its more ambitious end; null when the target has no level. */
  level: number | null;
  /** One peer-position flag, then an outcome flag when the level lies beyond every reported outcome. */
  flags: DraftFlag[];
  /** The peers' levels that were compared (same unit and kind of count), ascending. */
  peerLevels: number[];
  /** The reported outcomes that were compared (same unit), ascending. */
  outcomeValues: number[];
}

/** Comparators that state a level a quantity must reach or stay within; changes (提高, 下降) do not. */
const LEVEL_COMPARATORS: readonly Comparator[] = ['>=', '=', '<=', '~', 'range'];

/** Two levels closer than this are equal (values are read from text, at most a few decimals). */
const EPSILON = 1e-9;

/**
 * calcTargetLevel(target, direction) is the level a target commits to: its value, or for a range the end a
 * city must reach to meet all of it (the higher end when higher is better). Null for changes, qualitative
 * commitments and targets without a number.
 */
export function calcTargetLevel(target: ComparableTarget, direction: Direction): number | null {
  if (target.value === null || !LEVEL_COMPARATORS.includes(target.comparator)) return null;
  if (target.comparator === 'range' && target.valueMax !== null) {
    return direction === 'higher'
      ? Math.max(target.value, target.valueMax)
      : Math.min(target.value, target.valueMax);
  }
  return target.value;
}

/** Can two targets be compared: both have a level, in the same unit, and both are (or are not) additional counts. */
export function isComparable(a: ComparableTarget, b: ComparableTarget): boolean {
  return a.unit === b.unit && a.isNewCount === b.isNewCount;
}

/**
 * calcDraftComparison(draft, direction, peers, outcomes) places a draft target among the peers' targets
 * for the same indicator (below every one, within their range, above every one, or no peer data), and flags
 * a level beyond every reported outcome (above all of them when higher is better, below all when lower is).
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
  const outcomeValues = draft.isNewCount
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
