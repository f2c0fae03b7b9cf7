/**
 * A researcher's own outcome files, read in the browser: CSV text or spreadsheet rows in, validated rows and
 * per-row issues out (the same checks as the build), the files kept as their source so they can be stored
 * and read again, and the rows written back out as CSV in the template's column order.
 */

import { checkColumns, type InputRecord, type ParseResult } from '../build/issues';
import {
  parseOutcomesCsv,
  validateOutcomeRecordsInSteps,
  type OutcomeProgress,
  type ParseOutcomesOptions,
} from './parse';
import { buildCsv, type CsvCell } from '../export/write-csv';
import { OUTCOME_COLUMNS } from './template';
import type { OutcomeCatalog, OutcomeRow } from './types';
import { createOutcomeKeyIndex, REQUIRED_OUTCOME_COLUMNS } from './validate';

/** A loaded file as it arrived: CSV text, or the cells of a spreadsheet's first sheet (first row = header). */
export type OutcomeFileSource =
  { name: string; kind: 'csv'; text: string } | { name: string; kind: 'sheet'; cells: unknown[][] };

/** A file after validation: its valid rows and every issue found. */
export interface OutcomeFile {
  source: OutcomeFileSource;
  rows: OutcomeRow[];
  issues: ParseResult<OutcomeRow>['issues'];
}

/**
 * parseOutcomeSheet(name, cells, options) validates spreadsheet rows (the first row is the header); issues
 * name the spreadsheet row number, as CSV issues name the file line.
 */
export function parseOutcomeSheet(
  name: string,
  cells: readonly (readonly unknown[])[],
  options: Omit<ParseOutcomesOptions, 'file'>,
): ParseResult<OutcomeRow> {
  const [header = [], ...body] = cells;
  const columns = header.map((cell) => (cell === null || cell === undefined ? '' : String(cell).trim()));
  const missing = checkColumns(columns, REQUIRED_OUTCOME_COLUMNS, name);
  if (missing.length > 0) return { rows: [], issues: missing };
  const records: InputRecord[] = [];
  body.forEach((row, i) => {
    if (row.every((cell) => cell === null || cell === undefined || String(cell).trim() === '')) return;
    const values: Record<string, unknown> = {};
    columns.forEach((column, c) => {
      if (column !== '') values[column] = row[c] ?? null;
    });
    const lastFilled = row.reduce<number>(
      (last, cell, c) => (cell === null || cell === undefined || cell === '' ? last : c + 1),
      0,
    );
    records.push({ line: i + 2, values, cellCount: lastFilled });
  });
  return validateOutcomeRecordsInSteps(records, { file: name, ...options });
}

/**
 * calcOutcomeFiles(sources, catalog) validates files in order against the catalog, sharing one duplicate
 * index, so a row repeating one of an earlier file is reported with that file and line.
 */
export function calcOutcomeFiles(
  sources: readonly OutcomeFileSource[],
  catalog: OutcomeCatalog,
  onProgress?: (progress: OutcomeProgress) => void,
): OutcomeFile[] {
  const seen = createOutcomeKeyIndex();
  return sources.map((source) => {
    const options = { file: source.name, catalog, seen, onProgress };
    const result =
      source.kind === 'csv'
        ? parseOutcomesCsv(source.text, options)
        : parseOutcomeSheet(source.name, source.cells, options);
    return { source, rows: result.rows, issues: result.issues };
  });
}

/**
 * formatOutcomesCsv(rows) writes outcome rows as an outcomes CSV (template columns, header first) with the
 * download writer (`export/write-csv.ts`): a byte-order mark, and text a spreadsheet would run as a formula
 * neutralised.
 */
export function formatOutcomesCsv(rows: readonly OutcomeRow[]): string {
  return buildCsv(
    OUTCOME_COLUMNS,
    rows.map((row) =>
      OUTCOME_COLUMNS.map((column): CsvCell => {
        const value: unknown = row[column];
        if (value === null || value === undefined) return null;
        return typeof value === 'number' || typeof value === 'boolean' ? value : String(value);
      }),
    ),
  );
}

/**
 * parseStoredOutcomeSources(text) reads what was stored with JSON.stringify(sources); anything unreadable
 * gives an empty list rather than an error, since a bad stored value must not stop the page.
 */
export function parseStoredOutcomeSources(text: string | null): OutcomeFileSource[] {
  if (text === null) return [];
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return [];
  }
  if (!Array.isArray(value)) return [];
  return value.filter(isOutcomeFileSource);
}

/** isOutcomeFileSource(value) tells a stored outcome file (a CSV's text, or a spreadsheet's cells). */
export function isOutcomeFileSource(value: unknown): value is OutcomeFileSource {
  if (typeof value !== 'object' || value === null) return false;
  const source = value as Record<string, unknown>;
  if (typeof source.name !== 'string') return false;
  if (source.kind === 'csv') return typeof source.text === 'string';
  return source.kind === 'sheet' && Array.isArray(source.cells) && source.cells.every(Array.isArray);
}

/**
 * countIssuesByColumn(issues) says how many problems each column has, most first (problems of a whole
 * row, such as a duplicate or an unclosed quote, under null): the summary of a file too wrong to list.
 */
export function countIssuesByColumn(issues: readonly { column: string | null }[]): [string | null, number][] {
  const counts = new Map<string | null, number>();
  for (const found of issues) counts.set(found.column, (counts.get(found.column) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1]);
}
