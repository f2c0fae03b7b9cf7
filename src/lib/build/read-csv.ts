/** CSV files of the dataset read with their line numbers, so every error can name the file and line. */
import { csvParseRows } from 'd3';

/** A problem in a data file, located by file and line. */
export class DataFileError extends Error {
  override name = 'DataFileError';
  constructor(
    readonly file: string,
    readonly line: number | null,
    readonly problem: string,
  ) {
    super(line === null ? `${file}: ${problem}` : `${file} line ${line}: ${problem}`);
  }
}

/** Throw for the first required column a table lacks (line 1 of the file). */
export function requireColumns(table: CsvTable, required: readonly string[], file: string): void {
  if (!table.columns.length || (table.columns.length === 1 && !table.columns[0])) {
    throw new DataFileError(file, null, 'the file is empty');
  }
  const missing = required.filter((c) => !table.columns.includes(c));
  if (missing.length) throw new DataFileError(file, 1, `missing column(s): ${missing.join(', ')}`);
}

/** Throw a DataFileError when a checked table has problems: every problem, one per line. */
export function throwIssues(issues: readonly { file: string; line: number; message: string }[]): void {
  if (!issues.length) return;
  const [first, ...rest] = issues;
  const more = rest.map((i) => `\n  ${i.file} line ${i.line}: ${i.message}`).join('');
  throw new DataFileError(first!.file, first!.line, first!.message + more);
}

/** A data row as strings keyed by column, with the 1-based line it starts on in the file. */
export interface CsvRecord {
  line: number;
  values: Record<string, string>;
  /** How many cells the row had (to report rows longer than the header). */
  cellCount: number;
}

export interface CsvTable {
  columns: string[];
  records: CsvRecord[];
}

/**
 * parseCsvTable(text) splits CSV text into a header and records, keeping each record's file line
 * (quoted fields may span lines, so lines are counted, not rows). Blank lines are skipped; a leading
 * byte-order mark (as Excel writes it) is dropped.
 */
export function parseCsvTable(text: string): CsvTable {
  const rows = csvParseRows(text.startsWith('\uFEFF') ? text.slice(1) : text);
  const lines: number[] = [];
  let line = 1;
  for (const row of rows) {
    lines.push(line);
    line += 1 + row.reduce((sum, cell) => sum + countLineBreaks(cell), 0);
  }
  const columns = (rows[0] ?? []).map((name) => name.trim());
  const records: CsvRecord[] = [];
  rows.forEach((row, i) => {
    if (i === 0 || row.every((cell) => cell.trim() === '')) return;
    const values: Record<string, string> = {};
    columns.forEach((column, j) => (values[column] = row[j] ?? ''));
    records.push({ line: lines[i] ?? line, values, cellCount: row.length });
  });
  return { columns, records };
}

/** The template's cells quoted for CSV where needed. */
export function formatCsvRow(cells: readonly string[]): string {
  return cells.map((cell) => (/[",\r\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell)).join(',');
}

function countLineBreaks(cell: string): number {
  return cell.match(/\r\n|\r|\n/g)?.length ?? 0;
}

/** Split a `;`-separated list field. */
export function splitList(value: string | undefined): string[] {
  return (value ?? '')
    .split(';')
    .map((x) => x.trim())
    .filter(Boolean);
}
