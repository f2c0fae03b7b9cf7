import { csvParseRows } from 'd3';

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
