/**
 * Layout of target charts: which targets may share an axis (facets by kind and unit), the value scale of a
 * facet, and the shape that encodes each comparator (≥ an arrow, ≤ the other way, a range a bar, ~ a band,
 * = a dot).
 */

import { scaleLinear, type ScaleLinear } from 'd3';
import type { Comparator } from '../extract/types.ts';

/**
 * What a number promises: a `level` to reach or hold, an `addition` (新增: a count added, not a total), or
 * a `change` (提高/降低 by). Only targets of one kind and one unit can share an axis.
 */
export type TargetKind = 'level' | 'addition' | 'change';

/** The kinds in the order facets are drawn. */
export const TARGET_KINDS: readonly TargetKind[] = ['level', 'addition', 'change'];

/** The fields of a target that decide where and how it is drawn. */
export interface PlottedTarget {
  comparator: Comparator;
  value: number | null;
  valueMax: number | null;
  unit: string | null;
  isNewCount: boolean;
}

/** The fields of a reference target that decide where it is drawn. */
export interface PlottedReference {
  comparator: Comparator;
  value: number;
  valueMax: number | null;
  unit: string | null;
}

/** Is this target a change by an amount (提高/降低) rather than a level? */
export function isChange(comparator: Comparator): boolean {
  return comparator === 'increase_by' || comparator === 'decrease_by';
}

/** The kind of a target; a change counts as a change even when it is also an addition. */
export function calcTargetKind(target: Pick<PlottedTarget, 'comparator' | 'isNewCount'>): TargetKind {
  if (isChange(target.comparator)) return 'change';
  return target.isNewCount ? 'addition' : 'level';
}

/** The position of a target on its axis: a decrease is drawn below zero, everything else as written. */
export function calcSignedValue(comparator: Comparator, value: number): number {
  return comparator === 'decrease_by' ? -value : value;
}

/** Targets of one kind and one unit, with the references that can be read on the same axis. */
export interface TargetFacet<T, R> {
  /** `kind|unit`, stable across redraws. */
  key: string;
  kind: TargetKind;
  unit: string | null;
  targets: T[];
  references: R[];
}

/**
 * Splits targets into facets that may share an axis: one per kind and unit, levels first, then additions,
 * then changes (within a kind, the facet with more targets first). Targets without a number are left out.
 * A reference joins the facet of its kind (level or change) and unit; a reference with no such facet is
 * not drawn, since there is nothing to read it against.
 */
export function calcTargetFacets<T extends PlottedTarget, R extends PlottedReference>(
  targets: readonly T[],
  references: readonly R[] = [],
): TargetFacet<T, R>[] {
  const facets = new Map<string, TargetFacet<T, R>>();
  for (const target of targets) {
    if (target.value === null || target.comparator === 'qualitative') continue;
    const kind = calcTargetKind(target);
    const key = `${kind}|${target.unit ?? ''}`;
    let facet = facets.get(key);
    if (facet === undefined) {
      facet = { key, kind, unit: target.unit, targets: [], references: [] };
      facets.set(key, facet);
    }
    facet.targets.push(target);
  }
  for (const reference of references) {
    if (reference.comparator === 'qualitative') continue;
    const kind: TargetKind = isChange(reference.comparator) ? 'change' : 'level';
    facets.get(`${kind}|${reference.unit ?? ''}`)?.references.push(reference);
  }
  return [...facets.values()].sort(
    (a, b) =>
      TARGET_KINDS.indexOf(a.kind) - TARGET_KINDS.indexOf(b.kind) || b.targets.length - a.targets.length,
  );
}

/** Every number a facet draws, on its axis (decreases negative, and zero for changes). */
export function calcFacetValues(
  facet: Pick<TargetFacet<PlottedTarget, PlottedReference>, 'kind' | 'targets' | 'references'>,
): number[] {
  const values: number[] = facet.kind === 'change' ? [0] : [];
  for (const item of [...facet.targets, ...facet.references]) {
    if (item.value === null) continue;
    values.push(calcSignedValue(item.comparator, item.value));
    if (item.valueMax !== null) values.push(calcSignedValue(item.comparator, item.valueMax));
  }
  return values;
}

/**
 * A linear scale over the values with some room on each side, rounded to nice ticks. A percentage of
 * levels stays within 0–100 when its values do, so a 100% target sits at the end of the axis.
 */
export function calcValueScale(
  values: readonly number[],
  range: [number, number],
  options: { unit?: string | null; kind?: TargetKind } = {},
): ScaleLinear<number, number> {
  const present = values.length === 0 ? [0] : values;
  let lo = Math.min(...present);
  let hi = Math.max(...present);
  const span = hi - lo;
  const pad = span === 0 ? Math.max(1, Math.abs(hi) * 0.1) : span * 0.1;
  const isPercentLevel = options.unit === '%' && options.kind !== 'change';
  const floor = lo >= 0 ? 0 : -Infinity;
  const ceiling = isPercentLevel && hi <= 100 ? 100 : Infinity;
  lo = Math.max(floor, lo - pad);
  hi = Math.min(ceiling, hi + pad);
  if (hi <= lo) hi = lo + 1;
  const scale = scaleLinear().domain([lo, hi]).nice(6);
  const [niceLo, niceHi] = scale.domain() as [number, number];
  return scale.domain([Math.max(floor, niceLo), Math.min(ceiling, niceHi)]).range(range);
}

/** The parts of a mark, in pixels; absent parts are null. */
export interface TargetMarkShape {
  /** The dot at the value. */
  dot: { cx: number; cy: number } | null;
  /** A line with an arrowhead: ≥ and ≤ bounds, and changes (from zero to the change). */
  arrow: string | null;
  /** A range from value to value_max, as a rounded bar. */
  bar: { x: number; y: number; width: number; height: number } | null;
  /** An "about" band around the value. */
  band: { x: number; y: number; width: number; height: number } | null;
}

/** Where a mark sits: `at` and `to` along the value axis, `across` on the other axis. */
export interface TargetMarkPosition {
  comparator: Comparator;
  /** Pixel of the value (signed for changes). */
  at: number;
  /** Pixel of value_max for a range, of zero for a change; else ignored. */
  to: number;
  /** Pixel on the cross axis (the row's middle). */
  across: number;
  /** True when the value axis runs left to right, false when it runs bottom to top. */
  horizontal: boolean;
}

const ARROW_LENGTH = 20;
const HEAD = 5;
const THICKNESS = 8;
const BAND_HALF = 10;

/**
 * The shape of one target: `=` a dot; `≥` a dot with an arrow towards higher values, `≤` towards lower;
 * `range` a bar between the two values; `~` a dot in a band; a change an arrow from zero to the change.
 */
export function calcTargetMarkShape(position: TargetMarkPosition): TargetMarkShape {
  const { comparator, at, to, across, horizontal } = position;
  // Higher values are to the right on a horizontal axis and upwards (smaller pixel) on a vertical one.
  const higher = horizontal ? 1 : -1;
  const point = (along: number, off: number): string =>
    horizontal ? `${along},${across + off}` : `${across + off},${along}`;
  const arrowPath = (from: number, tip: number): string => {
    const sign = Math.sign(tip - from) || higher;
    const back = tip - sign * HEAD * 1.6;
    return `M${point(from, 0)}L${point(tip, 0)}M${point(back, -HEAD)}L${point(tip, 0)}L${point(back, HEAD)}`;
  };
  const rect = (a: number, b: number, half: number) => {
    const lo = Math.min(a, b);
    const length = Math.max(Math.abs(b - a), 2);
    return horizontal
      ? { x: lo, y: across - half, width: length, height: half * 2 }
      : { x: across - half, y: lo, width: half * 2, height: length };
  };
  const dot = horizontal ? { cx: at, cy: across } : { cx: across, cy: at };
  switch (comparator) {
    case '>=':
      return { dot, arrow: arrowPath(at, at + higher * ARROW_LENGTH), bar: null, band: null };
    case '<=':
      return { dot, arrow: arrowPath(at, at - higher * ARROW_LENGTH), bar: null, band: null };
    case 'range':
      return { dot: null, arrow: null, bar: rect(at, to, THICKNESS / 2), band: null };
    case '~':
      return { dot, arrow: null, bar: null, band: rect(at - BAND_HALF, at + BAND_HALF, THICKNESS) };
    case 'increase_by':
    case 'decrease_by':
      return { dot: null, arrow: arrowPath(to, at), bar: null, band: null };
    default:
      return { dot, arrow: null, bar: null, band: null };
  }
}
