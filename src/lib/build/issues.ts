/** Row-level problems in data files (CSV or spreadsheet rows): one issue per problem, each with its file and line. */

export type IssueKind =
  | 'missing_column'
  | 'row_shape'
  | 'unclosed_quote'
  | 'unknown_city'
  | 'unknown_indicator'
  | 'unknown_target'
  | 'unknown_document'
  | 'target_mismatch'
  | 'quote_mismatch'
  | 'missing_indicator'
  | 'unit_mismatch'
  | 'missing_source'
  | 'bad_url'
  | 'duplicate'
  | 'bad_value'
  | 'bad_year'
  | 'bad_period'
  | 'bad_date'
  | 'bad_enum'
  | 'missing_field';

/** One problem found in one row (line) of one file. */
export interface ValidationIssue {
  kind: IssueKind;
  file: string;
  /** 1-based line of the file (or spreadsheet row); 1 is the header. */
  line: number;
  column: string | null;
  /** Human-readable, without the file and line (formatIssue adds them). */
  message: string;
}

export interface ParseResult<Row> {
  rows: Row[];
  issues: ValidationIssue[];
}

/**
 * A row as it arrives from any reader: CSV cells (strings) or spreadsheet cells (strings, numbers,
 * dates, empty). `line` is the 1-based file line or spreadsheet row number used in messages.
 */
export interface InputRecord {
  line: number;
  values: Readonly<Record<string, unknown>>;
  /** Cells in the row, when the reader knows it; rows longer than the header are reported. */
  cellCount?: number;
}

export type At = (kind: IssueKind, column: string | null, message: string) => void;

/** formatIssue(issue) is the one-line message shown to people: `file line N: message`. */
export function formatIssue(issue: ValidationIssue): string {
  return `${issue.file} line ${issue.line}: ${issue.message}`;
}

/** checkColumns(columns, required, file) reports each required column the header lacks (line 1). */
export function checkColumns(
  columns: readonly string[],
  required: readonly string[],
  file: string,
): ValidationIssue[] {
  return required
    .filter((name) => !columns.includes(name))
    .map((name) => issue('missing_column', file, 1, name, `missing column "${name}"`));
}

/** parseNumber(cell) is the number a cell holds, or null: plain decimals only (no %, no thousands commas). */
export function parseNumber(cell: unknown): number | null {
  if (typeof cell === 'number') return Number.isFinite(cell) ? cell : null;
  const text = cellText(cell);
  return /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/.test(text) ? Number(text) : null;
}

export function parseYear(cell: unknown): number | null {
  const year = parseNumber(cell);
  return year !== null && Number.isInteger(year) && year >= 1900 && year <= 2100 ? year : null;
}

export function checkShape(record: InputRecord, at: At): void {
  const columns = Object.keys(record.values).length;
  if (record.cellCount !== undefined && record.cellCount > columns)
    at('row_shape', null, `row has ${record.cellCount} cells but the header has ${columns} columns`);
}

export function isHttpUrl(text: string): boolean {
  return /^https?:\/\/\S+$/.test(text);
}

/** Cell contents as trimmed text: numbers as written by String, dates as YYYY-MM-DD, empty as ''. */
export function cellText(cell: unknown): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? '' : cell.toISOString().slice(0, 10);
  return String(cell).trim();
}

export function issue(
  kind: IssueKind,
  file: string,
  line: number,
  column: string | null,
  message: string,
): ValidationIssue {
  return { kind, file, line, column, message };
}

/** One row being checked: report problems with `at`, read cells as text with `get`. */
export interface RowCheck {
  line: number;
  values: Readonly<Record<string, unknown>>;
  at: At;
  get: (column: string) => string;
}

/**
 * Check every record with `check`; a row comes back only when `check` returns it and reported no
 * problem. Rows longer than the header are reported for every table alike.
 */
export function validateRows<Row>(
  records: readonly InputRecord[],
  file: string,
  check: (row: RowCheck) => Row | null,
): ParseResult<Row> {
  const rows: Row[] = [];
  const issues: ValidationIssue[] = [];
  for (const record of records) {
    const found: ValidationIssue[] = [];
    const at: At = (kind, column, message) => found.push(issue(kind, file, record.line, column, message));
    checkShape(record, at);
    const row = check({
      line: record.line,
      values: record.values,
      at,
      get: (c) => cellText(record.values[c]),
    });
    issues.push(...found);
    if (row !== null && found.length === 0) rows.push(row);
  }
  return { rows, issues };
}
