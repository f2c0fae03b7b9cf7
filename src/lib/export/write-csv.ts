/**
 * CSV files for download, the one writer every export uses: UTF-8 with a byte-order mark (so Excel reads
 * Chinese), CRLF lines, text that a spreadsheet would run as a formula neutralised, dated file names.
 */

import { formatCsvRow } from '../build/read-csv.ts';

/** A cell to write: text as is, numbers unformatted (no grouping, full precision), empty for null. */
export type CsvCell = string | number | boolean | null;

/** Excel takes a file as UTF-8 only when it starts with this mark. */
export const UTF8_BOM = '\uFEFF';

/**
 * A plain number written as text (`-5`, `+0.5`, `1e3`): a spreadsheet reads it as that number, never as a
 * formula, so it is left as it is (outcome values and console results are often numbers held as text).
 */
const PLAIN_NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/**
 * Text a spreadsheet would take as a formula: it begins with = + - @, or with a tab or carriage return
 * (Excel skips those and reads what follows). OWASP's "CSV injection" rule.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * neutraliseFormula(text) makes text that Excel, LibreOffice or Sheets would run as a formula (a plan
 * sentence or an uploaded cell beginning `=HYPERLINK(…)`, `+`, `-`, `@`, or a tab or CR before them) show as
 * the text it is, by putting an apostrophe before it; any other text, and plain numbers, are returned as
 * they are. Every CSV cell goes through it; the XLSX writer uses it for text cells too.
 */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) && !PLAIN_NUMBER.test(text) ? `'${text}` : text;
}

/** One cell as CSV text, before quoting: numbers unformatted, text neutralised (see {@link neutraliseFormula}). */
export function formatCsvCell(cell: CsvCell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  if (typeof cell === 'boolean') return String(cell);
  return neutraliseFormula(cell);
}

/** One row as a CSV line ended by CRLF (RFC 4180), every cell through {@link formatCsvCell}. */
export function formatCsvLine(row: readonly CsvCell[]): string {
  return `${formatCsvRow(row.map(formatCsvCell))}\r\n`;
}

/** A whole CSV file: the byte-order mark, the header, then one line per row, each ended by CRLF (RFC 4180). */
export function buildCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  return UTF8_BOM + formatCsvLine(header) + rows.map(formatCsvLine).join('');
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
