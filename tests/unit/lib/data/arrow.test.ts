/** Rows to Arrow (a person's own rows, inserted in bulk) and Arrow results back to rows, over every published table. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildArrowTable, buildBitmap, parseArrowRows } from '../../../../src/lib/data/arrow.ts';
import type { RawRow } from '../../../../src/lib/data/fields.ts';
import { TABLE_NAMES, TABLE_SCHEMAS, type TableName } from '../../../../src/lib/data/tables.ts';
import type { NodeEngine } from '../../../../scripts/lib/duckdb-node.ts';
import { openPublishedEngine, runSql } from '../../../published-data.ts';

let engine: NodeEngine;

beforeAll(async () => {
  engine = await openPublishedEngine();
});

afterAll(() => engine.close());

/** Every row of a published table, read in plain SQL. */
function readTable(table: TableName): Promise<RawRow[]> {
  return runSql(engine, `SELECT * FROM published."${table}"`);
}

describe('buildArrowTable', () => {
  it.each(TABLE_NAMES)('carries every row and value of %s through Arrow unchanged', async (name) => {
    const rows = await readTable(name);
    const arrow = buildArrowTable(TABLE_SCHEMAS[name], rows);
    expect(arrow.numRows).toBe(rows.length);
    expect(rows.length).toBeGreaterThan(0);
    expect(parseArrowRows(arrow)).toEqual(rows);
  });

  it('gives each column the Arrow type of its DuckDB type, lists as lists', async () => {
    const arrow = buildArrowTable(TABLE_SCHEMAS.targets, await readTable('targets'));
    const types = Object.fromEntries(arrow.schema.fields.map((f) => [f.name, String(f.type)]));
    expect(types).toMatchObject({
      target_id: 'Utf8',
      value: 'Float64',
      target_year: 'Int32',
      is_new_count: 'Bool',
      lead_departments: 'List<Utf8>',
    });
  });

  it('keeps nulls, empty lists and a record naming two lead departments', () => {
    const rows = [
      {
        target_id: 'wenzhou-draft-005',
        value: 23,
        target_year: 2025,
        lead_departments: ['市工商局', '市质监局'],
      },
      { target_id: 'wenzhou-draft-003', value: null, target_year: null, lead_departments: [] },
    ];
    const schema = TABLE_SCHEMAS.targets.filter(([name]) => name in rows[0]!);
    expect(parseArrowRows(buildArrowTable(schema, rows))).toEqual(rows);
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
