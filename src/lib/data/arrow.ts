/** Converts rows to Arrow (to insert a person's own rows in bulk) and Arrow query results back to plain rows. */

import {
  Bool,
  Field,
  Float64,
  Int32,
  List,
  Table,
  Utf8,
  Vector,
  makeData,
  makeVector,
  type Data,
  type DataType,
} from 'apache-arrow';
import type { ColumnType, Schema } from '../build/schema.ts';

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

function isMissing(value: unknown): boolean {
  return value === null || value === undefined;
}

/**
 * Builds one column's Arrow data straight from its buffers. Arrow's builders (and so `vectorFromArray`)
 * compile a null check with `new Function`, which the site's Content-Security-Policy (no 'unsafe-eval') forbids.
 */
function buildData(type: ColumnType, values: readonly unknown[]): Data<DataType> {
  const length = values.length;
  const nullBitmap = buildBitmap(length, (i) => !isMissing(values[i]));
  const nullCount = values.filter(isMissing).length;
  const common = { length, nullCount, nullBitmap };
  const numbers = (array: Float64Array | Int32Array) => {
    values.forEach((v, i) => (array[i] = typeof v === 'number' ? v : 0));
    return array;
  };
  switch (type) {
    case 'VARCHAR':
      return makeData({ type: new Utf8(), ...common, ...buildUtf8Parts(values) });
    case 'INTEGER':
      return makeData({ type: new Int32(), ...common, data: numbers(new Int32Array(length)) });
    case 'DOUBLE':
      return makeData({ type: new Float64(), ...common, data: numbers(new Float64Array(length)) });
    case 'BOOLEAN':
      return makeData({ type: new Bool(), ...common, data: buildBitmap(length, (i) => values[i] === true) });
    case 'VARCHAR[]':
    case 'INTEGER[]': {
      const lists = values.map((v) => (Array.isArray(v) ? (v as unknown[]) : []));
      const valueOffsets = new Int32Array(length + 1);
      lists.forEach((list, i) => (valueOffsets[i + 1] = (valueOffsets[i] as number) + list.length));
      const child = buildData(type === 'VARCHAR[]' ? 'VARCHAR' : 'INTEGER', lists.flat());
      return makeData({
        type: new List(new Field('item', child.type, true)),
        ...common,
        valueOffsets,
        child,
      });
    }
  }
}

/** Builds an Arrow table with the columns and DuckDB types of a published table's schema. */
export function buildArrowTable(schema: Schema, rows: readonly object[]): Table {
  const records = rows as readonly Record<string, unknown>[];
  return new Table(
    Object.fromEntries(
      schema.map(([name, type]) => [
        name,
        makeVector(
          buildData(
            type,
            records.map((r) => r[name]),
          ),
        ),
      ]),
    ),
  );
}

/** A cell as plain JavaScript: lists become arrays (of plain values), everything else stays as Arrow gives it. */
function toPlain(value: unknown): unknown {
  if (value instanceof Vector) return Array.from(value.toArray() as ArrayLike<unknown>, toPlain);
  return value ?? null;
}

/** Turns an Arrow result into one plain object per row, keyed by column name, with nulls kept. */
export function parseArrowRows(table: Table): Record<string, unknown>[] {
  const names = table.schema.fields.map((field) => field.name);
  const columns = names.map((name) => table.getChild(name));
  const rows: Record<string, unknown>[] = [];
  for (let i = 0; i < table.numRows; i += 1) {
    const row: Record<string, unknown> = {};
    names.forEach((name, j) => {
      row[name] = toPlain(columns[j]?.get(i));
    });
    rows.push(row);
  }
  return rows;
}
