import type { Indicator } from '../extract/types';
import { parseCsvTable } from './csv';
import type { CityRow, OutcomeCatalog, OutcomeRow, ParseResult, ReferenceRow } from './types';
import {
  CITY_COLUMNS,
  INDICATOR_COLUMNS,
  REFERENCE_COLUMNS,
  REQUIRED_OUTCOME_COLUMNS,
  checkColumns,
  validateCityRecords,
  validateIndicatorRecords,
  validateOutcomeRecords,
  validateReferenceRecords,
  type OutcomeKeyIndex,
} from './validate';

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

/** parseReferencesCsv(text, options) reads and validates data/references.csv. */
export function parseReferencesCsv(
  text: string,
  options: { file: string; catalog: Pick<OutcomeCatalog, 'indicators'> },
): ParseResult<ReferenceRow> {
  const table = parseCsvTable(text);
  const missing = checkColumns(table.columns, REFERENCE_COLUMNS, options.file);
  if (missing.length > 0) return { rows: [], issues: missing };
  return validateReferenceRecords(table.records, options);
}

/** parseCitiesCsv(text, options) reads and validates data/cities.csv. */
export function parseCitiesCsv(text: string, options: { file: string }): ParseResult<CityRow> {
  const table = parseCsvTable(text);
  const missing = checkColumns(table.columns, CITY_COLUMNS, options.file);
  if (missing.length > 0) return { rows: [], issues: missing };
  return validateCityRecords(table.records, options);
}

/** parseIndicatorsCsv(text, options) reads data/indicators.csv into Indicator records. */
export function parseIndicatorsCsv(text: string, options: { file: string }): ParseResult<Indicator> {
  const table = parseCsvTable(text);
  const missing = checkColumns(table.columns, INDICATOR_COLUMNS, options.file);
  if (missing.length > 0) return { rows: [], issues: missing };
  return validateIndicatorRecords(table.records, options);
}
