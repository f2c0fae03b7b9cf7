/** Layout of one target-against-outcome line: a shared value scale, the band that meets the target, and each outcome's position. */

import { scaleLinear, type ScaleLinear } from 'd3';
import type { Comparator } from '../extract/types.ts';
import { APPROX_TOLERANCE } from '../outcomes/attainment.ts';

/** What the line needs to know about the target. */
export interface BulletTarget {
  comparator: Comparator;
  value: number | null;
  valueMax: number | null;
  /** The indicator's direction; null when no indicator says which way is better. */
  direction: 'higher' | 'lower' | null;
  /** For `increase_by`/`decrease_by`: the base-year outcome, without which the level is unknown. */
  baseline: number | null;
  /** True when the target's unit is `%` for a change (relative), false for an absolute change. */
  isRelativeChange: boolean;
}

/** A value range in data units. */
export interface Band {
  from: number;
  to: number;
}

/** The line in pixels. */
export interface BulletLayout {
  x: ScaleLinear<number, number>;
  /** The level the target commits to, or null (a change without its baseline). */
  level: number | null;
  /** Values that meet the target, or null when the line cannot say. */
  band: Band | null;
  /** For ranges: values inside the range that only partly meet it. */
  partBand: Band | null;
}

/** calcBulletLevel(target) is the level a target commits to (for a change, from its baseline). */
export function calcBulletLevel(target: BulletTarget): number | null {
  const { comparator, value, baseline } = target;
  if (value === null || comparator === 'qualitative') return null;
  if (comparator === 'increase_by' || comparator === 'decrease_by') {
    if (baseline === null) return null;
    const sign = comparator === 'increase_by' ? 1 : -1;
    return target.isRelativeChange ? baseline * (1 + (sign * value) / 100) : baseline + sign * value;
  }
  if (comparator === 'range') {
    const other = target.valueMax ?? value;
    return target.direction === 'lower' ? Math.min(value, other) : Math.max(value, other);
  }
  return value;
}

/**
 * calcBulletLayout(target, values, range) fits a linear scale to the target's level and every value shown
 * (outcomes of all years), padded so that no mark sits on the edge (except at a natural limit such as 100%),
 * and works out the band that meets it.
 */
export function calcBulletLayout(
  target: BulletTarget,
  values: readonly number[],
  range: [number, number],
  /** A natural upper limit (100 for a share), kept as the scale's end when no value passes it. */
  limit: number | null = null,
): BulletLayout {
  const level = calcBulletLevel(target);
  const all = [...values, ...(level === null ? [] : [level])];
  if (target.comparator === 'range' && target.value !== null)
    all.push(target.value, target.valueMax ?? target.value);
  const lo = all.length === 0 ? 0 : Math.min(...all);
  const hi = all.length === 0 ? 1 : Math.max(...all);
  const pad = hi === lo ? Math.max(1, Math.abs(hi) * 0.1) : (hi - lo) * 0.12;
  const x = scaleLinear()
    .domain([lo - pad, hi + pad])
    .nice()
    .range(range);
  const [niceMin, niceMax] = x.domain() as [number, number];
  if (limit !== null && hi <= limit && niceMax > limit) x.domain([niceMin, limit]);
  const [min, max] = x.domain() as [number, number];
  return { x, level, ...calcBands(target, level, min, max) };
}

function calcBands(
  target: BulletTarget,
  level: number | null,
  min: number,
  max: number,
): { band: Band | null; partBand: Band | null } {
  const { comparator, direction } = target;
  if (level === null) return { band: null, partBand: null };
  const atLeast = { band: { from: level, to: max }, partBand: null };
  const atMost = { band: { from: min, to: level }, partBand: null };
  switch (comparator) {
    case '>=':
    case 'increase_by':
      return atLeast;
    case '<=':
    case 'decrease_by':
      return atMost;
    case '=':
      return direction === 'higher'
        ? atLeast
        : direction === 'lower'
          ? atMost
          : { band: null, partBand: null };
    case '~': {
      const tolerance = APPROX_TOLERANCE * Math.abs(level);
      if (direction === 'higher') return { band: { from: level - tolerance, to: max }, partBand: null };
      if (direction === 'lower') return { band: { from: min, to: level + tolerance }, partBand: null };
      return { band: { from: level - tolerance, to: level + tolerance }, partBand: null };
    }
    case 'range': {
      const value = target.value ?? level;
      const other = target.valueMax ?? value;
      const part = { from: Math.min(value, other), to: Math.max(value, other) };
      if (direction === 'lower') return { band: { from: min, to: part.from }, partBand: part };
      if (direction === 'higher') return { band: { from: part.to, to: max }, partBand: part };
      return { band: null, partBand: part };
    }
    default:
      return { band: null, partBand: null };
  }
}
