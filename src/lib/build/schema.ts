/**
 * Column names and types of the published tables (Parquet files and the DuckDB database beside them): the
 * contract between the build and the dashboard.
 */

/** A column's DuckDB type; `[]` marks a LIST column (a real list, never a `;`-joined string). */
export type ColumnType = 'VARCHAR' | 'INTEGER' | 'DOUBLE' | 'BOOLEAN' | 'VARCHAR[]' | 'INTEGER[]';
export type Schema = readonly (readonly [name: string, type: ColumnType])[];

export const TARGET_SCHEMA: Schema = [
  ['target_id', 'VARCHAR'],
  ['doc_id', 'VARCHAR'],
  ['city_id', 'VARCHAR'],
  ['domain', 'VARCHAR'],
  ['topic', 'VARCHAR'],
  ['indicator_id', 'VARCHAR'],
  ['indicator_zh', 'VARCHAR'],
  ['indicator_en', 'VARCHAR'],
  ['comparator', 'VARCHAR'],
  ['value', 'DOUBLE'],
  ['value_max', 'DOUBLE'],
  ['unit', 'VARCHAR'],
  ['unit_zh', 'VARCHAR'],
  ['target_year', 'INTEGER'],
  ['year_basis', 'VARCHAR'],
  ['is_new_count', 'BOOLEAN'],
  ['quote', 'VARCHAR'],
  ['quote_start', 'INTEGER'],
  ['quote_end', 'INTEGER'],
  ['section', 'VARCHAR'],
  ['lead_department', 'VARCHAR'],
  ['review', 'VARCHAR'],
  // Derived in the build (src/lib/build/publish.ts), because many queries need them.
  ['lead_departments', 'VARCHAR[]'],
  ['has_number', 'BOOLEAN'],
  ['has_target_year', 'BOOLEAN'],
  ['has_lead_department', 'BOOLEAN'],
  ['is_specific', 'BOOLEAN'],
];

export const DOCUMENT_SCHEMA: Schema = [
  ['doc_id', 'VARCHAR'],
  ['city_id', 'VARCHAR'],
  ['city_zh', 'VARCHAR'],
  ['city_en', 'VARCHAR'],
  ['province', 'VARCHAR'],
  ['admin_level', 'VARCHAR'],
  ['title', 'VARCHAR'],
  ['notice_title', 'VARCHAR'],
  ['issuing_body', 'VARCHAR'],
  ['doc_number', 'VARCHAR'],
  ['issue_date', 'VARCHAR'],
  ['issue_year', 'INTEGER'],
  ['kind', 'VARCHAR'],
  ['horizon_years', 'INTEGER[]'],
  ['horizon_year', 'INTEGER'],
  ['start_year', 'INTEGER'],
  ['source_file', 'VARCHAR'],
  ['encoding', 'VARCHAR'],
  ['text', 'VARCHAR'],
  ['char_count', 'INTEGER'],
];

export const INDICATOR_SCHEMA: Schema = [
  ['indicator_id', 'VARCHAR'],
  ['name_zh', 'VARCHAR'],
  ['name_en', 'VARCHAR'],
  ['domain', 'VARCHAR'],
  ['topic', 'VARCHAR'],
  ['unit', 'VARCHAR'],
  ['direction', 'VARCHAR'],
  ['wordings', 'VARCHAR[]'],
  ['exclude', 'VARCHAR[]'],
  ['target_count', 'INTEGER'],
  ['city_count', 'INTEGER'],
];

export const CITY_SCHEMA: Schema = [
  ['city_id', 'VARCHAR'],
  ['name_zh', 'VARCHAR'],
  ['name_en', 'VARCHAR'],
  ['province_zh', 'VARCHAR'],
  ['province_en', 'VARCHAR'],
  ['admin_level', 'VARCHAR'],
  ['lat', 'DOUBLE'],
  ['lon', 'DOUBLE'],
  ['coord_source', 'VARCHAR'],
];

export const REFERENCE_SCHEMA: Schema = [
  ['reference_id', 'VARCHAR'],
  ['indicator_id', 'VARCHAR'],
  ['scope', 'VARCHAR'],
  ['region_zh', 'VARCHAR'],
  ['region_en', 'VARCHAR'],
  ['kind', 'VARCHAR'],
  ['comparator', 'VARCHAR'],
  ['value', 'DOUBLE'],
  ['value_max', 'DOUBLE'],
  ['unit', 'VARCHAR'],
  ['year', 'INTEGER'],
  ['quote', 'VARCHAR'],
  ['source_title', 'VARCHAR'],
  ['source_url', 'VARCHAR'],
  ['source_note', 'VARCHAR'],
];

export const OUTCOME_SCHEMA: Schema = [
  ['city_id', 'VARCHAR'],
  ['indicator_id', 'VARCHAR'],
  ['target_id', 'VARCHAR'],
  ['indicator_zh', 'VARCHAR'],
  ['indicator_en', 'VARCHAR'],
  ['year', 'INTEGER'],
  ['period', 'VARCHAR'],
  ['value', 'DOUBLE'],
  ['unit', 'VARCHAR'],
  ['as_of', 'VARCHAR'],
  ['source_title', 'VARCHAR'],
  ['source_url', 'VARCHAR'],
  ['quote', 'VARCHAR'],
  ['notes', 'VARCHAR'],
  ['caveat', 'VARCHAR'],
  ['source_kind', 'VARCHAR'],
  ['match', 'VARCHAR'],
  ['file', 'VARCHAR'],
  ['line', 'INTEGER'],
  // The curators' words in Chinese (data/curation/outcome-translations.csv); null for a researcher's rows.
  ['source_title_zh', 'VARCHAR'],
  ['notes_zh', 'VARCHAR'],
  ['caveat_zh', 'VARCHAR'],
  // Derived (src/lib/build/publish.ts): city, indicator (or target), year, period; names a row in `attainment`.
  ['outcome_key', 'VARCHAR'],
];

/** Reported statuses that are not numbers (e.g. a title awarded), kept with their sources. */
export const OUTCOME_NOTE_SCHEMA: Schema = [
  ['city_id', 'VARCHAR'],
  ['subject_zh', 'VARCHAR'],
  ['subject_en', 'VARCHAR'],
  ['year', 'INTEGER'],
  ['status', 'VARCHAR'],
  ['doc_id', 'VARCHAR'],
  ['plan_quote', 'VARCHAR'],
  ['quote', 'VARCHAR'],
  ['source_title', 'VARCHAR'],
  ['source_url', 'VARCHAR'],
  ['source_kind', 'VARCHAR'],
  ['caveat', 'VARCHAR'],
  ['notes', 'VARCHAR'],
];

/**
 * One row per quantitative target: its attainment judged once by src/lib/outcomes/attainment.ts against the
 * published outcomes, as of the dataset's date (src/lib/outcomes/attainment-table.ts).
 */
export const ATTAINMENT_SCHEMA: Schema = [
  ['target_id', 'VARCHAR'],
  ['city_id', 'VARCHAR'],
  ['domain', 'VARCHAR'],
  ['indicator_id', 'VARCHAR'],
  ['target_year', 'INTEGER'],
  ['status', 'VARCHAR'],
  ['reason_code', 'VARCHAR'],
  ['reason', 'VARCHAR'],
  ['reason_zh', 'VARCHAR'],
  ['outcome_key', 'VARCHAR'],
  ['outcome_origin', 'VARCHAR'],
  ['baseline_key', 'VARCHAR'],
  ['baseline_origin', 'VARCHAR'],
  ['base_year', 'INTEGER'],
  ['gap', 'DOUBLE'],
  ['gap_unit', 'VARCHAR'],
  ['gap_closed_share', 'DOUBLE'],
  ['change', 'DOUBLE'],
  ['change_basis', 'VARCHAR'],
  ['outcome_count', 'INTEGER'],
  ['progress_status', 'VARCHAR'],
  ['progress_method', 'VARCHAR'],
  ['progress_value', 'DOUBLE'],
  ['progress_base_year', 'INTEGER'],
  ['progress_base_value', 'DOUBLE'],
  ['progress_current_year', 'INTEGER'],
  ['progress_current_value', 'DOUBLE'],
  ['progress_observed_rate', 'DOUBLE'],
  ['progress_required_rate', 'DOUBLE'],
  ['level', 'DOUBLE'],
  ['dataset_date', 'VARCHAR'],
  ['latest_outcome_year', 'INTEGER'],
];
