import {
  DateDay,
  Field,
  Int32,
  List,
  Utf8,
  tableFromArrays,
  tableFromJSON,
  vectorFromArray,
  Table,
} from 'apache-arrow';
import { describe, expect, it } from 'vitest';
import { parseConsoleTable, parseConsoleValue } from '../../../../src/lib/data/console-arrow.ts';

describe('parseConsoleTable', () => {
  it('keeps column order, numbers, text, booleans and nulls', () => {
    const table = tableFromJSON([
      { city_id: 'hangzhou', value: 90, has_year: true, unit: null },
      { city_id: '杭州', value: 0.5, has_year: false, unit: '%' },
    ]);
    expect(parseConsoleTable(table)).toEqual({
      columns: ['city_id', 'value', 'has_year', 'unit'],
      rows: [
        ['hangzhou', 90, true, null],
        ['杭州', 0.5, false, '%'],
      ],
    });
  });

  it('writes dates as ISO days and lists as JSON', () => {
    const dates = vectorFromArray([new Date(Date.UTC(2013, 5, 14)), null], new DateDay());
    const lists = vectorFromArray([[2015, 2020], []], new List(new Field('item', new Int32(), true)));
    const table = new Table({ issue_date: dates, horizon_years: lists });
    expect(parseConsoleTable(table).rows).toEqual([
      ['2013-06-14', '[2015,2020]'],
      [null, '[]'],
    ]);
  });

  it('keeps big integers exact as text', () => {
    expect(parseConsoleValue(2n ** 60n, new Utf8())).toBe('1152921504606846976');
    expect(parseConsoleValue(42n, new Utf8())).toBe(42);
    const table = tableFromArrays({ n: Int32Array.from([1, 2]) });
    expect(parseConsoleTable(table).rows).toEqual([[1], [2]]);
  });
});
