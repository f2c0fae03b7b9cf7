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

/** A quoted field that is never closed: the row it is in (its offset and first line), and the quote's line. */
export interface UnclosedQuote {
  rowStart: number;
  line: number;
  /** The line the quote opens on (after `line` when an earlier field of the row spans lines). */
  quoteLine: number;
}

/**
 * findUnclosedQuote(text) finds a quoted field that runs to the end of the text (a `"` that opens a field
 * and is never closed), which a CSV reader takes as one long cell holding every line after it. Null when
 * every quote is closed. Quotes open only at the start of a field, as d3-dsv reads them. One pass.
 */
export function findUnclosedQuote(text: string): UnclosedQuote | null {
  let inQuote = false;
  let fieldStart = true;
  let line = 1;
  let row = { rowStart: 0, line: 1 };
  let quoteLine = 1;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) line += 1;
    if (inQuote) {
      if (c === 34) {
        if (text.charCodeAt(i + 1) === 34) i += 1;
        else {
          inQuote = false;
          fieldStart = false;
        }
      }
    } else if (c === 34 && fieldStart) {
      inQuote = true;
      quoteLine = line;
    } else if (c === 44) {
      fieldStart = true;
    } else if (c === 10 || c === 13) {
      fieldStart = true;
      if (c === 10 || text.charCodeAt(i + 1) !== 10) row = { rowStart: i + 1, line };
    } else {
      fieldStart = false;
    }
  }
  return inQuote ? { ...row, quoteLine } : null;
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

/** Is this control byte one that text never holds (NUL and the C0 controls other than tab, line breaks and escape)? */
function isStrayControl(b: number): boolean {
  return b < 0x09 || (b > 0x0d && b < 0x20 && b !== 0x1b);
}

function decodes(label: string, bytes: Uint8Array): boolean {
  try {
    new TextDecoder(label, { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/**
 * The first line (1-based) of a data file that keeps it from being read as text, and why: bytes that
 * are neither UTF-8 nor GB18030, else a control byte, else (a file that mixes the two encodings) the
 * first line that is not UTF-8. No byte of a multi-byte UTF-8 or GB18030 character is a line feed, so
 * each line can be checked alone. Null when the file has none of these.
 */
export function locateUnreadableLine(bytes: Uint8Array): { line: number; problem: string } | null {
  let control: { line: number; problem: string } | null = null;
  let notUtf8: number | null = null;
  let notGb: number | null = null;
  let line = 1;
  for (let start = 0; start <= bytes.length; line++) {
    let end = bytes.indexOf(0x0a, start);
    if (end < 0) end = bytes.length;
    const text = bytes.subarray(start, end);
    const at = text.findIndex(isStrayControl);
    if (at >= 0)
      control ??= { line, problem: `control byte 0x${text[at]!.toString(16).padStart(2, '0')} on this line` };
    const utf8 = decodes('utf-8', text);
    const gb = decodes('gb18030', text);
    if (!utf8 && !gb) return { line, problem: 'this line is neither UTF-8 nor GB18030/GBK' };
    if (!utf8) notUtf8 ??= line;
    if (!gb) notGb ??= line;
    start = end + 1;
  }
  if (control) return control;
  return notUtf8 !== null && notGb !== null
    ? { line: notUtf8, problem: `this line is not UTF-8, and line ${notGb} is not GB18030/GBK` }
    : null;
}
