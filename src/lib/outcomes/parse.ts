import { parseCsvTable } from '../build/read-csv';
import { checkColumns } from '../build/issues';
import type { OutcomeCatalog, OutcomeRow } from './types';
import { REQUIRED_OUTCOME_COLUMNS, validateOutcomeRecords, type OutcomeKeyIndex } from './validate';
import type { ParseResult } from '../build/issues';

/**
 * parseOutcomesCsv(text, options) reads an outcomes CSV (data/outcomes/*.csv or a researcher's
 * upload) and validates it. Issues name `options.file` and the file line; rows with issues are left
 * out. Pass the same `seen` index to several calls to find duplicates across files.
 */
export function parseOutcomesCsv(
  text: string,
  options: { file: string; catalog: OutcomeCatalog; seen?: OutcomeKeyIndex },
): ParseResult<OutcomeRow> {
  const table = parseCsvTable(text);
  const missing = checkColumns(table.columns, REQUIRED_OUTCOME_COLUMNS, options.file);
  if (missing.length > 0) return { rows: [], issues: missing };
  return validateOutcomeRecords(table.records, options);
}
