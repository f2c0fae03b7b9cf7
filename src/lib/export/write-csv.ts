/** CSV files for download: UTF-8 with a byte-order mark (so Excel reads Chinese), CRLF lines, dated file names. */

import { formatCsvRow } from '../build/read-csv.ts';

/** A cell to write: text as is, numbers unformatted (no grouping, full precision), empty for null. */
export type CsvCell = string | number | boolean | null;

/** Excel takes a file as UTF-8 only when it starts with this mark. */
export const UTF8_BOM = '\uFEFF';

/** One cell as CSV text, before quoting. */
export function formatCsvCell(cell: CsvCell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  return String(cell);
}

/** A whole CSV file: the byte-order mark, the header, then one line per row, each ended by CRLF (RFC 4180). */
export function buildCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  const lines = [formatCsvRow(header), ...rows.map((row) => formatCsvRow(row.map(formatCsvCell)))];
  return UTF8_BOM + lines.map((line) => `${line}\r\n`).join('');
}

/** A column of an exported table: its header and how to read its cell from a row. */
export interface CsvColumn<Row> {
  header: string;
  cell: (row: Row) => CsvCell;
}

/** A CSV file of rows, one column per definition, in order. */
export function buildCsvTable<Row>(columns: readonly CsvColumn<Row>[], rows: readonly Row[]): string {
  return buildCsv(
    columns.map((column) => column.header),
    rows.map((row) => columns.map((column) => column.cell(row))),
  );
}

/** Runs of characters file systems refuse in a name (Windows' list) and of spaces, each run one `_`. */
const UNSAFE_IN_FILE_NAME = /[\\/:*?"<>|\s]+/g;

/**
 * buildFilteredStem(stem, filters) is a file name's stem that says what it holds: the stem, then each filter
 * in force (`targets-Hangzhou-Products-2014–2020`, `目标-杭州市-产品质量-2014–2020`), each made safe to save.
 */
export function buildFilteredStem(stem: string, filters: readonly string[]): string {
  return [stem, ...filters]
    .map((part) => part.replace(UNSAFE_IN_FILE_NAME, '_').replace(/^_+|_+$/g, ''))
    .filter((part) => part !== '')
    .join('-');
}

/** A download's file name with the local date it was made: `targets-2026-12-05.csv`. */
export function buildCsvFilename(stem: string, date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${stem}-${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}.csv`;
}
