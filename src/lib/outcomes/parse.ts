/** Outcome CSV files read and checked: the build's `data/outcomes/*.csv` and a researcher's uploads alike. */

import {
  checkColumns,
  issue,
  type InputRecord,
  type ParseResult,
  type ValidationIssue,
} from '../build/issues';
import { findUnclosedQuote, parseCsvTable, type CsvRecord } from '../build/read-csv';
import type { OutcomeCatalog, OutcomeRow } from './types';
import { REQUIRED_OUTCOME_COLUMNS, validateOutcomeRecords, type OutcomeKeyIndex } from './validate';

/** After this many unclosed quotes a file is not read further (each one costs a pass over what follows). */
export const MAX_UNCLOSED_QUOTES = 20;

/** Rows checked between two progress reports. */
const PROGRESS_ROWS = 2_000;

/** How far the check of a file has come, for a progress bar. */
export interface OutcomeProgress {
  file: string;
  /** Rows checked so far, and how many the file has. */
  done: number;
  total: number;
}

/** Options of {@link parseOutcomesCsv}. */
export interface ParseOutcomesOptions {
  /** Shown in every issue (a path or the uploaded file's name). */
  file: string;
  catalog: OutcomeCatalog;
  /** Pass the same index to several calls to find duplicates across files. */
  seen?: OutcomeKeyIndex;
  /** Told every few thousand rows how far the check has come. */
  onProgress?: (progress: OutcomeProgress) => void;
}

/**
 * splitCsvRecords(text) reads CSV text into its columns and records, each with its file line. A quoted field
 * that is never closed would swallow every line after it: its line is reported instead (as an issue) and
 * left out, and reading goes on at the next line.
 */
export function splitCsvRecords(
  text: string,
  file: string,
): { columns: string[]; records: CsvRecord[]; issues: ValidationIssue[] } {
  const issues: ValidationIssue[] = [];
  let rest = text;
  let firstLine = 1;
  let header = '';
  const records: CsvRecord[] = [];
  let columns: string[] | null = null;
  for (let unclosed = 0; rest !== ''; unclosed += 1) {
    const found = unclosed < MAX_UNCLOSED_QUOTES ? findUnclosedQuote(rest) : null;
    const complete = found === null ? rest : rest.slice(0, found.rowStart);
    // Parts after the first are read under the file's header; their lines are moved back to the file's.
    const underHeader = columns !== null;
    const table = parseCsvTable(header + complete);
    if (columns === null) {
      columns = table.columns;
      header = `${complete.slice(0, complete.search(/\r?\n|\r|$/))}\n`;
    }
    // A part read under the header starts on the table's line 2.
    const shift = underHeader ? firstLine - 2 : 0;
    for (const record of table.records) records.push({ ...record, line: record.line + shift });
    if (found === null) break;
    const brokenLine = firstLine + found.line - 1;
    const quoteLine = firstLine + found.quoteLine - 1;
    if (unclosed + 1 === MAX_UNCLOSED_QUOTES) {
      issues.push(
        issue(
          'unclosed_quote',
          file,
          brokenLine,
          null,
          `a quoted field opened on this line is never closed; ${MAX_UNCLOSED_QUOTES} such lines were found, so the lines from here on were not read`,
        ),
      );
      break;
    }
    issues.push(
      issue(
        'unclosed_quote',
        file,
        brokenLine,
        null,
        'a quoted field opened on this line is never closed (a " is missing), so this line was left out; the lines after it were read',
      ),
    );
    // Go on after the line the quote opened on: the rest of the file is read as if that quote were not there.
    let next = found.rowStart;
    for (let line = found.line; line <= found.quoteLine; line += 1) {
      const end = rest.slice(next).search(/\r\n|\r|\n/);
      if (end < 0) {
        next = rest.length;
        break;
      }
      next += end + (rest.startsWith('\r\n', next + end) ? 2 : 1);
    }
    rest = rest.slice(next);
    firstLine = quoteLine + 1;
  }
  return { columns: columns ?? [], records, issues };
}

/**
 * parseOutcomesCsv(text, options) reads an outcomes CSV (data/outcomes/*.csv or a researcher's
 * upload) and validates it. Issues name `options.file` and the file line; rows with issues are left
 * out. Pass the same `seen` index to several calls to find duplicates across files.
 */
export function parseOutcomesCsv(text: string, options: ParseOutcomesOptions): ParseResult<OutcomeRow> {
  const table = splitCsvRecords(text, options.file);
  const missing = checkColumns(table.columns, REQUIRED_OUTCOME_COLUMNS, options.file);
  if (missing.length > 0) return { rows: [], issues: missing };
  const checked = validateOutcomeRecordsInSteps(table.records, options);
  const issues = [...table.issues, ...checked.issues].sort((a, b) => a.line - b.line);
  return { rows: checked.rows, issues };
}

/** Checks records a few thousand at a time, reporting progress between steps; the result is the same. */
export function validateOutcomeRecordsInSteps(
  records: readonly InputRecord[],
  options: ParseOutcomesOptions,
): ParseResult<OutcomeRow> {
  const seen = options.seen ?? new Map();
  if (options.onProgress === undefined) return validateOutcomeRecords(records, { ...options, seen });
  const rows: OutcomeRow[] = [];
  const issues: ValidationIssue[] = [];
  for (let start = 0; start < records.length || start === 0; start += PROGRESS_ROWS) {
    const part = validateOutcomeRecords(records.slice(start, start + PROGRESS_ROWS), { ...options, seen });
    for (const row of part.rows) rows.push(row);
    for (const found of part.issues) issues.push(found);
    options.onProgress({
      file: options.file,
      done: Math.min(records.length, start + PROGRESS_ROWS),
      total: records.length,
    });
    if (records.length === 0) break;
  }
  return { rows, issues };
}
