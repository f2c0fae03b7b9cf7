import { describe, expect, it } from 'vitest';
import {
  readBoolean,
  readNullableNumber,
  readNullableString,
  readNumber,
  readOneOf,
  readString,
} from '../../../../src/lib/data/fields.ts';

const row = { name: '杭州市', none: null, count: 7, big: 7n, flag: true, domain: 'service', text: '7' };

describe('readers', () => {
  it.each([
    ['readString', () => readString(row, 'name'), '杭州市'],
    ['readNullableString', () => readNullableString(row, 'none'), null],
    ['readNullableString of a value', () => readNullableString(row, 'name'), '杭州市'],
    ['readNumber', () => readNumber(row, 'count'), 7],
    ['readNumber of a BIGINT', () => readNumber(row, 'big'), 7],
    ['readNullableNumber', () => readNullableNumber(row, 'none'), null],
    ['readNullableNumber of a missing column', () => readNullableNumber(row, 'absent'), null],
    ['readBoolean', () => readBoolean(row, 'flag'), true],
    ['readOneOf', () => readOneOf(row, 'domain', ['product', 'service']), 'service'],
  ])('%s reads its value', (_name, read, expected) => {
    expect(read()).toBe(expected);
  });

  it.each([
    [
      'a string where a number belongs',
      () => readNumber(row, 'text'),
      'column text: expected a number, got string',
    ],
    [
      'null where a string belongs',
      () => readString(row, 'none'),
      'column none: expected a string, got null',
    ],
    [
      'a number where a boolean belongs',
      () => readBoolean(row, 'count'),
      'column count: expected a boolean, got number',
    ],
    [
      'a value outside its set',
      () => readOneOf(row, 'name', ['product']),
      'column name: expected one of product, got "杭州市"',
    ],
  ])('names the column when it finds %s', (_name, read, message) => {
    expect(read).toThrow(message);
  });
});
