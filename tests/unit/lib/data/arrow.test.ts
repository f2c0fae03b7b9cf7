import { describe, expect, it } from 'vitest';
import { buildArrowTable, buildBitmap, parseArrowRows } from '../../../../src/lib/data/arrow.ts';
import { TABLE_NAMES } from '../../../../src/lib/data/tables.ts';
import { readPublishedDataset } from '../../../published-data.ts';

function withNumbers(rows: readonly Record<string, unknown>[]): Record<string, unknown>[] {
  return rows.map((row) =>
    Object.fromEntries(Object.entries(row).map(([k, v]) => [k, typeof v === 'bigint' ? Number(v) : v])),
  );
}

describe('buildArrowTable', () => {
  it.each(TABLE_NAMES)('carries every row and value of %s through Arrow unchanged', async (name) => {
    const table = (await readPublishedDataset())[name];
    const arrow = buildArrowTable(table);
    expect(arrow.numRows).toBe(table.rows.length);
    expect(withNumbers(parseArrowRows(arrow))).toEqual(table.rows);
  });

  it('gives each column the Arrow type of its Parquet type', async () => {
    const arrow = buildArrowTable((await readPublishedDataset()).targets);
    const types = Object.fromEntries(arrow.schema.fields.map((f) => [f.name, String(f.type)]));
    expect(types).toMatchObject({
      target_id: 'Utf8',
      value: 'Float64',
      target_year: 'Int32',
      is_new_count: 'Bool',
    });
  });
});

describe('buildBitmap', () => {
  it.each([
    [[true], [0b1]],
    [[false, true, true], [0b110]],
    [
      [true, false, false, false, false, false, false, false, true],
      [0b1, 0b1],
    ],
    [[], []],
  ])('packs %j least significant bit first', (bits, bytes) => {
    expect([...buildBitmap(bits.length, (i) => bits[i] === true)]).toEqual(bytes);
  });
});
