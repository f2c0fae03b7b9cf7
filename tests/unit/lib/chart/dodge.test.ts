import { describe, expect, it } from 'vitest';
import { calcDodgeLevels } from '../../../../src/lib/chart/dodge.ts';

describe('calcDodgeLevels', () => {
  it.each([
    ['marks far apart stay on the line', [0, 50, 100], [0, 0, 0]],
    ['three 100% targets stack', [300, 300, 300], [0, 1, 2]],
    ['a mark close to the previous goes up, the next far one comes back down', [0, 5, 30], [0, 1, 0]],
    ['order of input does not matter', [30, 5, 0], [0, 1, 0]],
    ['no marks', [], []],
  ])('%s', (_label, xs, levels) => {
    expect(calcDodgeLevels(xs, 12)).toEqual(levels);
  });
});
