/** Properties of the extractor over any text, checked with fast-check: built from the seed plans' own sentences, numbers and punctuation, and from random strings. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractPlan, extractTargets } from '../../../../src/lib/extract/index.ts';
import { anyText, calcSpecProblems, horizons, issueYears, planText } from '../../../fixtures/plan-text.ts';
import { indicators } from '../../helpers.ts';

/** CPU time (microseconds) of one call. */
function cpuTime(work: () => void): number {
  const start = process.cpuUsage();
  work();
  const used = process.cpuUsage(start);
  return used.user + used.system;
}

function extract(text: string, horizonYears?: number[], issueYear?: number | null) {
  return extractPlan(text, { docId: 'doc-2020', cityId: 'doc', horizonYears, issueYear, indicators });
}

describe('extractPlan on any text', () => {
  it('never throws, and every record keeps the target spec with its quote cut exactly from the cleaned text', () => {
    fc.assert(
      fc.property(anyText, horizons, issueYears, (raw, horizonYears, issueYear) => {
        const { text, records } = extract(raw, horizonYears, issueYear);
        expect(calcSpecProblems(text, records)).toEqual([]);
      }),
      { numRuns: 600 },
    );
  });

  it('never hangs: a text of up to 60,000 characters takes under 3 s of CPU time', () => {
    const long = fc
      .tuple(anyText, fc.integer({ min: 1, max: 60_000 }))
      .map(([t, size]) => (t ? t.repeat(Math.ceil(size / t.length)).slice(0, size) : ''));
    fc.assert(
      fc.property(long, (raw) => {
        expect(cpuTime(() => extract(raw))).toBeLessThan(3_000_000);
      }),
      { numRuns: 40 },
    );
  });

  it('costs in proportion to the text: 16 copies cost under 40× one copy of at least 20,000 characters', () => {
    fc.assert(
      fc.property(
        planText.filter((t) => t.length > 0),
        (t) => {
          const one = t.repeat(Math.ceil(20_000 / t.length));
          const sixteen = one.repeat(16);
          extract(one);
          const small = Math.min(...[0, 1, 2].map(() => cpuTime(() => extract(one))));
          const large = Math.min(...[0, 1].map(() => cpuTime(() => extract(sixteen))));
          expect(large / Math.max(small, 1000)).toBeLessThan(40);
        },
      ),
      { numRuns: 12 },
    );
  });
});

describe('extractTargets on text that was never cleaned', () => {
  it('never throws, and every quote is cut exactly from the text', () => {
    fc.assert(
      fc.property(anyText, horizons, (text, horizonYears) => {
        const records = extractTargets(text, {
          docId: 'doc-2020',
          cityId: 'doc',
          horizonYears: horizonYears ?? [],
          indicators,
        });
        for (const r of records) expect(text.slice(r.quote_start, r.quote_end)).toBe(r.quote);
      }),
      { numRuns: 600 },
    );
  });
});
