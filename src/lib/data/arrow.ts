/** Converts decoded tables to Arrow and Arrow query results back to plain rows: the two edges of the engine. */

import {
  Bool,
  Float32,
  Float64,
  Int32,
  Int64,
  Table,
  Utf8,
  makeData,
  makeVector,
  type Vector,
} from 'apache-arrow';
import type { ColumnInfo, DecodedTable } from './parquet.ts';

/** Packs one bit per value, least significant bit first, as Arrow lays out validity and booleans. */
export function buildBitmap(length: number, isSet: (index: number) => boolean): Uint8Array {
  const bitmap = new Uint8Array(Math.ceil(length / 8));
  for (let i = 0; i < length; i += 1)
    if (isSet(i)) bitmap[i >> 3] = (bitmap[i >> 3] as number) | (1 << (i & 7));
  return bitmap;
}

function buildUtf8Parts(values: readonly unknown[]): { valueOffsets: Int32Array; data: Uint8Array } {
  const encoder = new TextEncoder();
  const encoded = values.map((v) => (typeof v === 'string' ? encoder.encode(v) : new Uint8Array(0)));
  const valueOffsets = new Int32Array(values.length + 1);
  encoded.forEach((bytes, i) => (valueOffsets[i + 1] = (valueOffsets[i] as number) + bytes.length));
  const data = new Uint8Array(valueOffsets[values.length] as number);
  encoded.forEach((bytes, i) => data.set(bytes, valueOffsets[i]));
  return { valueOffsets, data };
}

/**
 * Builds one Arrow vector straight from its buffers. Arrow's builders (and so `vectorFromArray`) compile a
 * null check with `new Function`, which the site's Content-Security-Policy (no 'unsafe-eval') forbids.
 */
function buildVector(column: ColumnInfo, values: readonly unknown[]): Vector {
  const length = values.length;
  const nullBitmap = buildBitmap(length, (i) => values[i] !== null && values[i] !== undefined);
  const nullCount = values.filter((v) => v === null || v === undefined).length;
  const common = { length, nullCount, nullBitmap };
  const numbers = (array: Float64Array | Float32Array | Int32Array) => {
    values.forEach((v, i) => (array[i] = typeof v === 'number' ? v : 0));
    return array;
  };
  switch (column.type) {
    case 'VARCHAR':
      return makeVector(makeData({ type: new Utf8(), ...common, ...buildUtf8Parts(values) }));
    case 'INTEGER':
      return makeVector(makeData({ type: new Int32(), ...common, data: numbers(new Int32Array(length)) }));
    case 'DOUBLE':
      return makeVector(
        makeData({ type: new Float64(), ...common, data: numbers(new Float64Array(length)) }),
      );
    case 'FLOAT':
      return makeVector(
        makeData({ type: new Float32(), ...common, data: numbers(new Float32Array(length)) }),
      );
    case 'BIGINT': {
      // Decoded rows hold BIGINT as number; the Int64 buffer wants bigint.
      const data = new BigInt64Array(length);
      values.forEach(
        (v, i) => (data[i] = typeof v === 'number' ? BigInt(v) : typeof v === 'bigint' ? v : 0n),
      );
      return makeVector(makeData({ type: new Int64(), ...common, data }));
    }
    case 'BOOLEAN':
      return makeVector(
        makeData({ type: new Bool(), ...common, data: buildBitmap(length, (i) => values[i] === true) }),
      );
  }
}

/**
 * Builds an Arrow table with the column types of the Parquet schema, so DuckDB gets the same
 * VARCHAR/INTEGER/BIGINT/DOUBLE/BOOLEAN columns it would get from `read_parquet`.
 */
export function buildArrowTable(table: DecodedTable<unknown>): Table {
  const rows = table.rows as readonly Record<string, unknown>[];
  return new Table(
    Object.fromEntries(
      table.columns.map((column) => [
        column.name,
        buildVector(
          column,
          rows.map((r) => r[column.name]),
        ),
      ]),
    ),
  );
}

/** Turns an Arrow result into one plain object per row, keyed by column name, with nulls kept. */
export function parseArrowRows(table: Table): Record<string, unknown>[] {
  const names = table.schema.fields.map((field) => field.name);
  const columns = names.map((name) => table.getChild(name));
  const rows: Record<string, unknown>[] = [];
  for (let i = 0; i < table.numRows; i += 1) {
    const row: Record<string, unknown> = {};
    names.forEach((name, j) => {
      row[name] = columns[j]?.get(i) ?? null;
    });
    rows.push(row);
  }
  return rows;
}
