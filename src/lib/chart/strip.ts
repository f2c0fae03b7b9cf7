/**
 * A strip plot with one row per item, each on its own linear scale (values in different units side by side):
 * every mark kept visible and named, marks that would touch stacked above the axis, shares in per cent kept
 * within 0–100, and ticks along each axis.
 */

import { scaleLinear, type ScaleLinear } from 'd3';

/** A mark of a row: its value, and the width of the name drawn to its right. */
export interface StripMarkInput {
  value: number;
  /** Width of the mark's name, in pixels (0 for none). */
  labelWidth: number;
}

/** One row's marks, and what its scale must respect. */
export interface StripInput {
  key: string;
  marks: readonly StripMarkInput[];
  /** A share in per cent: the scale stays within 0–100. */
  isPercent?: boolean;
  /** The height the row's own label needs (several lines), in pixels. */
  minHeight?: number;
}

/** Where a mark is drawn. */
export interface StripMark {
  cx: number;
  cy: number;
  /** 0 on the axis line; each level one step above. */
  level: number;
  /** Which side of the mark its name goes: the right, unless that would run past the plot's right edge. */
  labelSide: 'left' | 'right';
}

/** Where a row is drawn and its own scale. */
export interface StripRow {
  key: string;
  /** Top of the row, in pixels. */
  y: number;
  height: number;
  /** The axis line: marks sit on it or above it, tick labels below it. */
  axisY: number;
  x: ScaleLinear<number, number>;
  /** The ends of the scale. */
  domain: [number, number];
  /** Tick values and positions along the axis (the ends among them). */
  ticks: { value: number; offset: number }[];
  /** The marks, in the order given. */
  marks: StripMark[];
}

/** The whole plot. */
export interface StripLayout {
  rows: StripRow[];
  height: number;
}

/** Sizes of a strip plot, in pixels. */
export interface StripOptions {
  /** Where the scales start (room for row labels on the left). */
  left: number;
  right: number;
  width: number;
  top?: number;
  /** Half the width of a mark. */
  markRadius: number;
  /** Vertical distance between stacked marks. */
  levelStep: number;
  /** Room below the axis for the tick labels. */
  tickSpace: number;
  /** Gap between a name and the next mark on its level. */
  gap: number;
}

/**
 * calcLabelledLevels(spans, gap) stacks marks so that no mark or its name touches another on its level: each
 * mark with its name spans [start, end] in pixels; taken by their starts, each goes on the lowest level whose
 * last span ends at least `gap` before it. Levels come back in the order given.
 */
export function calcLabelledLevels(spans: readonly (readonly [number, number])[], gap: number): number[] {
  const order = spans.map(([start], i) => ({ start, i })).sort((a, b) => a.start - b.start || a.i - b.i);
  const ends: number[] = [];
  const levels = new Array<number>(spans.length).fill(0);
  for (const { start, i } of order) {
    let level = ends.findIndex((end) => end + gap <= start);
    if (level === -1) level = ends.length;
    ends[level] = spans[i]?.[1] ?? start;
    levels[i] = level;
  }
  return levels;
}

function calcScale(input: StripInput, range: [number, number]): ScaleLinear<number, number> {
  const values = input.marks.map((m) => m.value);
  const min = Math.min(...values);
  const max = Math.max(...values);
  const spread = max - min;
  const pad = spread > 0 ? spread * 0.08 : Math.max(Math.abs(max) * 0.1, 1);
  // Counts and rates are never negative: padding must not invent a negative end; shares stop at 100%.
  const low = min >= 0 ? Math.max(0, min - pad) : min - pad;
  const high = input.isPercent === true && max <= 100 ? Math.min(100, max + pad) : max + pad;
  const x = scaleLinear().domain([low, high]).nice(4);
  if (input.isPercent === true) {
    const [d0, d1] = x.domain() as [number, number];
    x.domain([Math.max(d0, min >= 0 ? 0 : d0), max <= 100 ? Math.min(d1, 100) : d1]);
  }
  return x.range(range);
}

/**
 * calcStripLayout(inputs, options) gives each row a nice linear scale over its values with ticks, stacks its
 * marks so none hides another or its name, and makes the row as tall as its stacks (or its label) need.
 */
export function calcStripLayout(inputs: readonly StripInput[], options: StripOptions): StripLayout {
  const range: [number, number] = [options.left, Math.max(options.left + 1, options.width - options.right)];
  let y = options.top ?? 0;
  const rows = inputs.map((input): StripRow => {
    const x = calcScale(input, range);
    const [d0, d1] = x.domain() as [number, number];
    const xs = input.marks.map((m) => x(m.value));
    const r = options.markRadius;
    // A name runs to the right of its mark unless it would pass the plot's right edge (and the margin).
    const sides = input.marks.map((m, i): 'left' | 'right' =>
      (xs[i] ?? 0) + r + m.labelWidth + 4 > options.width ? 'left' : 'right',
    );
    const spans = input.marks.map((m, i): [number, number] => {
      const cx = xs[i] ?? 0;
      const name = m.labelWidth > 0 ? m.labelWidth + 4 : 0;
      return sides[i] === 'right' ? [cx - r, cx + r + name] : [cx - r - name, cx + r];
    });
    const levels = calcLabelledLevels(spans, options.gap);
    const depth = Math.max(0, ...levels) + 1;
    const stack = depth * options.levelStep + options.markRadius;
    const height = Math.max(input.minHeight ?? 0, stack + options.tickSpace + 8);
    const axisY = y + height - options.tickSpace - 4;
    const ticks = x
      .ticks(4)
      .filter((v) => v > d0 && v < d1)
      .concat([d0, d1])
      .sort((a, b) => a - b)
      .map((value) => ({ value, offset: x(value) }));
    const row: StripRow = {
      key: input.key,
      y,
      height,
      axisY,
      x,
      domain: [d0, d1],
      ticks,
      marks: xs.map((cx, i) => ({
        cx,
        cy: axisY - (levels[i] ?? 0) * options.levelStep,
        level: levels[i] ?? 0,
        labelSide: sides[i] ?? 'right',
      })),
    };
    y += height;
    return row;
  });
  return { rows, height: y };
}
