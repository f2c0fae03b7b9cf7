import { describe, expect, it } from 'vitest';
import { calcLabelledLevels, calcStripLayout, type StripInput } from '../../../../src/lib/chart/strip.ts';

const OPTIONS = {
  left: 200,
  right: 20,
  width: 820,
  top: 10,
  markRadius: 7,
  levelStep: 20,
  tickSpace: 20,
  gap: 6,
};

/** A row of marks without names. */
function row(key: string, values: readonly number[], extra: Partial<StripInput> = {}): StripInput {
  return { key, marks: values.map((value) => ({ value, labelWidth: 0 })), ...extra };
}

describe('calcStripLayout', () => {
  it('stacks rows from the top, each as tall as it needs', () => {
    const layout = calcStripLayout(
      [row('spot-check', [85, 90, 95, 98]), row('pm25', [30, 18, 21, 59])],
      OPTIONS,
    );
    expect(layout.rows[0]?.y).toBe(10);
    expect(layout.rows[1]?.y).toBe(10 + (layout.rows[0]?.height ?? 0));
    expect(layout.height).toBe(10 + layout.rows.reduce((sum, r) => sum + r.height, 0));
  });

  it.each([
    ['spot-check targets 85–98%', [85, 90, 95, 98]],
    ['PM2.5 18–59 μg/m³', [30, 18, 21, 59]],
    ['brand counts 30–900', [30, 140, 900]],
  ])('keeps every value of %s inside the plotting area', (_name, values) => {
    const [r] = calcStripLayout([row('k', values)], OPTIONS).rows;
    for (const v of values) {
      expect(r?.x(v)).toBeGreaterThanOrEqual(OPTIONS.left);
      expect(r?.x(v)).toBeLessThanOrEqual(OPTIONS.width - OPTIONS.right);
    }
  });

  it('centres a row whose values are all equal (two plans’ 30 brands)', () => {
    const [r] = calcStripLayout([row('k', [30, 30])], OPTIONS).rows;
    expect(r?.x(30)).toBeCloseTo((OPTIONS.left + OPTIONS.width - OPTIONS.right) / 2, 0);
  });

  it.each([
    ['acceptance rates of 100%', [100, 100]],
    ['spot-check rates 85–98%', [85, 90, 95, 98]],
    ['a draft’s 99% beside 92.9% and 100%', [99, 92.9, 100]],
  ])('keeps a percentage axis within 0–100: %s', (_name, values) => {
    const [r] = calcStripLayout([row('k', values, { isPercent: true })], OPTIONS).rows;
    expect(r?.domain[0]).toBeGreaterThanOrEqual(0);
    expect(r?.domain[1]).toBeLessThanOrEqual(100);
    for (const v of values) expect(r?.x(v)).toBeLessThanOrEqual(OPTIONS.width - OPTIONS.right);
  });

  it('labels ticks between the ends, not only the ends', () => {
    const [r] = calcStripLayout([row('k', [85, 90, 95, 98], { isPercent: true })], OPTIONS).rows;
    expect(r?.ticks.length).toBeGreaterThan(2);
    expect(r?.ticks[0]?.value).toBe(r?.domain[0]);
    expect(r?.ticks.at(-1)?.value).toBe(r?.domain[1]);
  });

  it('does not pad non-negative values below zero (standards drafted: 5 and 300)', () => {
    const [r] = calcStripLayout([row('k', [5, 300])], OPTIONS).rows;
    expect(r?.domain[0]).toBe(0);
  });

  it('stacks coinciding marks so each stays visible: a city’s 93% and the province’s 93%, two cities at 95%', () => {
    const input: StripInput = {
      key: 'k',
      marks: [93, 93, 95, 95].map((value) => ({ value, labelWidth: 40 })),
      isPercent: true,
    };
    const [r] = calcStripLayout([input], OPTIONS).rows;
    const places = new Set(r?.marks.map((m) => `${Math.round(m.cx)},${Math.round(m.cy)}`));
    expect(places.size).toBe(4);
    expect(r?.height).toBeGreaterThanOrEqual(2 * OPTIONS.levelStep);
  });

  it('makes a row as tall as its label needs', () => {
    const [r] = calcStripLayout([row('k', [1, 2], { minHeight: 90 })], OPTIONS).rows;
    expect(r?.height).toBe(90);
  });
});

describe('calcLabelledLevels', () => {
  it('puts a mark on the line when the name before it ends in time, else one level up', () => {
    // Marks at 100, 130 and 200, each with a name 40 px wide to its right: the second would touch the first's.
    const spans = [100, 130, 200].map((x): [number, number] => [x - 7, x + 7 + 40]);
    expect(calcLabelledLevels(spans, 6)).toEqual([0, 1, 0]);
  });

  it('names a mark at the right end on its left, inside the plot', () => {
    const input: StripInput = {
      key: 'k',
      marks: [90, 100].map((value) => ({ value, labelWidth: 80 })),
      isPercent: true,
    };
    const [r] = calcStripLayout([input], OPTIONS).rows;
    expect(r?.marks.map((m) => m.labelSide)).toEqual(['right', 'left']);
  });
});
