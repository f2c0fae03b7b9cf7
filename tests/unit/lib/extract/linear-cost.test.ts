/** Extraction cost grows in proportion to the input on every shape of issue 14: 16× the text may cost at most 40× the time. */
import { describe, expect, it } from 'vitest';
import { extractPlan } from '../../../../src/lib/extract/index.ts';
import { HOSTILE_SHAPES } from '../../../fixtures/hostile-shapes.ts';
import { indicators } from '../../helpers.ts';

function extract(text: string): void {
  extractPlan(text, { docId: 'shape', cityId: 'shape', horizonYears: [2020], indicators });
}

/**
 * The least CPU time (microseconds) of `runs` extractions: CPU time, not wall time, so that other
 * processes on a loaded machine do not count; the least, as the run least disturbed by collection.
 */
function fastest(text: string, runs: number): number {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const start = process.cpuUsage();
    extract(text);
    const used = process.cpuUsage(start);
    best = Math.min(best, used.user + used.system);
  }
  return best;
}

describe('extraction cost', () => {
  // Linear cost gives about 16; before issue 14 these shapes gave 56 (random Unicode) to over 250.
  it.each(HOSTILE_SHAPES)('on %s at 16× the input is under 40× the cost at 1×', (_, build) => {
    const small = build(1);
    const large = build(16);
    extract(small);
    const ratio = fastest(large, 2) / Math.max(fastest(small, 7), 1000);
    expect(ratio).toBeLessThan(40);
  });
});
