/** Turns an Arrow result of the SQL console into column names and plain cell values (text, number, boolean, null). */

import { DataType, type Table } from 'apache-arrow';
import type { ConsoleTable, ConsoleValue } from './console.ts';

function stringifyJson(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) =>
    typeof item === 'bigint'
      ? Number.isSafeInteger(Number(item))
        ? Number(item)
        : String(item)
      : ArrayBuffer.isView(item) && !(item instanceof DataView)
        ? Array.from(item as unknown as ArrayLike<number>)
        : item,
  );
}

function formatDate(ms: number, withTime: boolean): string {
  const iso = new Date(ms).toISOString();
  return withTime ? iso.replace('T', ' ').replace(/\.000Z$|Z$/, '') : iso.slice(0, 10);
}

/** One cell as the console shows it: dates as ISO text, big integers as text when they lose precision, nested values as JSON. */
export function parseConsoleValue(value: unknown, type: DataType): ConsoleValue {
  if (value === null || value === undefined) return null;
  if (DataType.isDate(type) || DataType.isTimestamp(type)) {
    const ms = value instanceof Date ? value.getTime() : typeof value === 'number' ? value : NaN;
    if (Number.isFinite(ms)) return formatDate(ms, DataType.isTimestamp(type));
  }
  if (typeof value === 'string' || typeof value === 'boolean' || typeof value === 'number') return value;
  if (typeof value === 'bigint') return Number.isSafeInteger(Number(value)) ? Number(value) : String(value);
  if (value instanceof Uint8Array && DataType.isBinary(type)) {
    return Array.from(value, (byte) => `\\x${byte.toString(16).padStart(2, '0').toUpperCase()}`).join('');
  }
  const json = (value as { toJSON?: () => unknown }).toJSON?.() ?? value;
  return stringifyJson(json);
}

/** Column names and every row of an Arrow result (a table or one record batch), as plain values. */
export function parseConsoleTable(table: Pick<Table, 'schema' | 'numRows' | 'getChildAt'>): ConsoleTable {
  const fields = table.schema.fields;
  const columns = fields.map((_, j) => table.getChildAt(j));
  const rows: ConsoleValue[][] = [];
  for (let i = 0; i < table.numRows; i += 1) {
    rows.push(fields.map((field, j) => parseConsoleValue(columns[j]?.get(i), field.type)));
  }
  return { columns: fields.map((field) => field.name), rows };
}
