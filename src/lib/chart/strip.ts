/** A strip plot with one row per item, each on its own linear scale: for values in different units side by side. */

import { scaleLinear, type ScaleLinear } from 'd3';

/** One row's values (every mark it will draw). */
export interface StripInput {
  key: string;
  values: readonly number[];
}

/** Where a row is drawn and its own scale. */
export interface StripRow {
  key: string;
  /** Top of the row, in pixels. */
  y: number;
  x: ScaleLinear<number, number>;
  /** The ends of the scale, labelled at each side. */
  domain: [number, number];
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
  rowHeight: number;
  top?: number;
}

/**
 * calcStripLayout(inputs, options) gives each row a nice linear scale over its values, padded so the
 * extreme marks are not on the edge (but not below zero for values that are not); a row with one distinct
 * value is centred on a span of ±10 % of it.
 */
export function calcStripLayout(inputs: readonly StripInput[], options: StripOptions): StripLayout {
  const top = options.top ?? 0;
  const rows = inputs.map((input, i) => {
    const min = Math.min(...input.values);
    const max = Math.max(...input.values);
    const spread = max - min;
    const pad = spread > 0 ? spread * 0.08 : Math.max(Math.abs(max) * 0.1, 1);
    // Counts and rates are never negative: padding must not invent a negative end.
    const x = scaleLinear()
      .domain([min >= 0 ? Math.max(0, min - pad) : min - pad, max + pad])
      .nice(4)
      .range([options.left, Math.max(options.left + 1, options.width - options.right)]);
    const [d0, d1] = x.domain() as [number, number];
    return { key: input.key, y: top + i * options.rowHeight, x, domain: [d0, d1] as [number, number] };
  });
  return { rows, height: top + inputs.length * options.rowHeight };
}
