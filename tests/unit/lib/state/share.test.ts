import { describe, expect, it } from 'vitest';
import { isDeepEqual, shareEqual, sharing } from '../../../../src/lib/state/share.ts';

/** Two answers of the Compare query as the rows path builds them: new objects each time, equal in content. */
function hangzhouTarget(value: number) {
  return {
    targetId: 'hangzhou-2013-004',
    cityZh: '杭州',
    comparator: 'ge',
    value,
    unit: '%',
    targetYear: 2015,
    quote: '产品质量国家监督抽查合格率达到90%以上',
    leadDepartment: null,
  };
}

describe('shareEqual', () => {
  it('returns the previous answer when the new one is equal throughout', () => {
    const previous = [hangzhouTarget(90), { targetId: 'linxia-2013-010', years: [2015, 2020] }];
    const next = [hangzhouTarget(90), { targetId: 'linxia-2013-010', years: [2015, 2020] }];
    expect(shareEqual(previous, next)).toBe(previous);
  });

  it('keeps the unchanged rows of a changed answer and takes the changed ones', () => {
    const kept = hangzhouTarget(90);
    const previous = [kept, hangzhouTarget(95)];
    const changed = hangzhouTarget(96);
    const shared = shareEqual(previous, [hangzhouTarget(90), changed, hangzhouTarget(97)]);
    expect(shared).not.toBe(previous);
    expect(shared[0]).toBe(kept);
    expect(shared[1]).toBe(changed);
    expect(shared).toEqual([hangzhouTarget(90), hangzhouTarget(96), hangzhouTarget(97)]);
  });

  it('keeps the rows after ones a filter removed, and after ones it added', () => {
    const [a, b, c, d] = [90, 91, 92, 93].map(hangzhouTarget);
    const previous = [a, b, c, d];
    const removed = shareEqual(previous, [hangzhouTarget(90), hangzhouTarget(92), hangzhouTarget(93)]);
    expect(removed[0]).toBe(a);
    expect(removed[1]).toBe(c);
    expect(removed[2]).toBe(d);
    const added = hangzhouTarget(95);
    const inserted = shareEqual(previous, [
      hangzhouTarget(90),
      added,
      hangzhouTarget(91),
      hangzhouTarget(92),
    ]);
    expect(inserted.map((row) => row.value)).toEqual([90, 95, 91, 92]);
    expect(inserted[0]).toBe(a);
    expect(inserted[1]).toBe(added);
    expect(inserted[2]).toBe(b);
    expect(inserted[3]).toBe(c);
  });

  it('gives the new answer, in its own order, when the rows are sorted another way', () => {
    const rows = Array.from({ length: 200 }, (_, i) => hangzhouTarget(i));
    const reversed = [...rows].reverse().map((row) => ({ ...row }));
    const shared = shareEqual(rows, reversed);
    expect(shared.map((row) => row.value)).toEqual(reversed.map((row) => row.value));
    expect(shared).not.toBe(rows);
  });

  it.each([
    ['a shorter array', [1, 2, 3], [1, 2]],
    ['a longer array', [1, 2], [1, 2, 3]],
    ['an object with a key fewer', { a: 1, b: 2 }, { a: 1 }],
    ['an object with another key', { a: 1, b: undefined }, { a: 1, c: undefined }],
    ['null for an object', { a: 1 }, null],
    ['an object for an array', [1], { 0: 1 }],
    ['0 for -0', -0, 0],
    ['a string for a number', 2015, '2015'],
  ])('takes the new value for %s', (_case, previous, next) => {
    const shared = shareEqual(previous, next);
    expect(shared).toBe(next);
  });

  it('treats NaN as equal to NaN, as Svelte does', () => {
    const previous = { value: NaN };
    expect(shareEqual(previous, { value: NaN })).toBe(previous);
  });

  it('keeps other objects only when they are the same object', () => {
    const date = new Date(Date.UTC(2015, 0, 1));
    const previous = { issued: date };
    expect(shareEqual(previous, { issued: date })).toBe(previous);
    const later = new Date(Date.UTC(2015, 0, 1));
    expect(shareEqual(previous, { issued: later }).issued).toBe(later);
    const counts = new Map([['hangzhou', 3]]);
    expect(shareEqual({ counts: new Map(counts) }, { counts }).counts).toBe(counts);
  });

  it('accepts a first answer with nothing before it', () => {
    const next = [hangzhouTarget(90)];
    expect(shareEqual(undefined, next)).toBe(next);
  });
});

describe('isDeepEqual', () => {
  it.each([
    ['equal rows', hangzhouTarget(90), hangzhouTarget(90), true],
    ['rows with another value', hangzhouTarget(90), hangzhouTarget(95), false],
    ['arrays of another length', [1, 2], [1, 2, 3], false],
    ['an object and an array', { 0: 1 }, [1], false],
    ['objects with other keys', { a: 1, b: undefined }, { a: 1, c: undefined }, false],
    ['NaN and NaN', NaN, NaN, true],
    ['equal dates that are two objects', new Date(0), new Date(0), false],
  ])('%s', (_case, a, b, expected) => {
    expect(isDeepEqual(a, b)).toBe(expected);
  });
});

describe('sharing', () => {
  it('gives back its last result while the computation returns equal values', () => {
    let value = 90;
    const compute = sharing(() => ({ rows: [hangzhouTarget(value)] }));
    const first = compute();
    expect(compute()).toBe(first);
    value = 95;
    const second = compute();
    expect(second).not.toBe(first);
    expect(second.rows[0]?.value).toBe(95);
    expect(compute()).toBe(second);
  });
});
