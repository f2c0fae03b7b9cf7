import { describe, expect, it } from 'vitest';
import { calcNextIndex } from '../../../../src/lib/chart/keyboard.ts';

describe('calcNextIndex', () => {
  it.each([
    ['ArrowRight', 0, 1],
    ['ArrowRight', 9, 9],
    ['ArrowLeft', 0, 0],
    ['ArrowDown', 1, 5],
    ['ArrowDown', 6, 6],
    ['ArrowUp', 5, 1],
    ['ArrowUp', 2, 2],
    ['Home', 7, 0],
    ['End', 2, 9],
    ['Enter', 2, null],
  ])('%s from %i among 10 in rows of 4 goes to %s', (key, index, next) => {
    expect(calcNextIndex(key, index, 10, 4)).toBe(next);
  });
});
