/** The published tables: their names, the files they are published in, the schema and one row type each. */

import type { IndicatorRow } from '../build/dataset.ts';
import type { PublishedDocument, PublishedTarget } from '../build/publish.ts';
import {
  ATTAINMENT_SCHEMA,
  CITY_SCHEMA,
  DOCUMENT_SCHEMA,
  INDICATOR_SCHEMA,
  OUTCOME_NOTE_SCHEMA,
  OUTCOME_SCHEMA,
  REFERENCE_SCHEMA,
  TARGET_SCHEMA,
  type Schema,
} from '../build/schema.ts';
import type { CityRow, ReferenceRow as ReferenceInputRow } from '../build/reference-tables.ts';
import type { AttainmentRow } from '../outcomes/attainment-table.ts';
import type { OutcomeRow } from '../outcomes/types.ts';

/** Table names, the same in the Parquet file names, in DuckDB and in the SQL console. */
export type TableName =
  | 'targets'
  | 'documents'
  | 'indicators'
  | 'cities'
  | 'references'
  | 'outcomes'
  | 'outcome_notes'
  | 'attainment';

/** Every table, in the order they are written. */
export const TABLE_NAMES: readonly TableName[] = [
  'targets',
  'documents',
  'indicators',
  'cities',
  'references',
  'outcomes',
  'outcome_notes',
  'attainment',
];

/** The columns and types each table has: the build's own schema (src/lib/build/schema.ts). */
export const TABLE_SCHEMAS: Readonly<Record<TableName, Schema>> = {
  targets: TARGET_SCHEMA,
  documents: DOCUMENT_SCHEMA,
  indicators: INDICATOR_SCHEMA,
  cities: CITY_SCHEMA,
  references: REFERENCE_SCHEMA,
  outcomes: OUTCOME_SCHEMA,
  outcome_notes: OUTCOME_NOTE_SCHEMA,
  attainment: ATTAINMENT_SCHEMA,
};

/** Tables that hold a person's own rows in the browser beside the published ones. */
export const USER_TABLE_NAMES = [
  'targets',
  'documents',
  'outcomes',
  'attainment',
] as const satisfies readonly TableName[];

/** A table that holds a person's own rows beside the published ones. */
export type UserTableName = (typeof USER_TABLE_NAMES)[number];

/**
 * Tables where a person's row takes the place of the published row with the same key rather than being
 * added beside it, with that key: `attainment`, whose rows a person's own outcomes re-judge.
 */
export const USER_ROW_KEYS: Readonly<Partial<Record<UserTableName, string>>> = { attainment: 'target_id' };

/** The folder of the published data, relative to the site root. */
export const DATA_DIR = 'data';

/** The DuckDB database file the build writes beside the Parquet files, which the browser attaches. */
export const DATABASE_FILE = 'dataset.duckdb';

/**
 * The storage format of {@link DATABASE_FILE}: the build's DuckDB (node-api 1.5) writes the format that the
 * browser's older DuckDB-WASM (1.4) reads.
 */
export const DATABASE_STORAGE_VERSION = 'v1.0.0';

/** The file a table is published in as Parquet, relative to the site root. */
export function buildDataPath(table: TableName): string {
  return `${DATA_DIR}/${table}.parquet`;
}

/** One row of `targets`: a target or a qualitative commitment, with its derived columns. */
export type TargetRow = PublishedTarget;

/** One row of `documents`: a plan, its cleaned text and its derived columns. */
export type DocumentRow = PublishedDocument;

/** Rows of `indicators` and `cities`, as the build writes them. */
export type { IndicatorRow, CityRow };

/** One row of `references`: a national or provincial target or outcome (without the CSV line it came from). */
export type ReferenceRow = Omit<ReferenceInputRow, 'file' | 'line'>;

/** Rows of `outcomes`: published city figures, with their sources and caveats. */
export type { OutcomeRow };

/** Rows of `attainment`: every quantitative target's status, judged once. */
export type { AttainmentRow };

/** One row of `outcome_notes`: a reported status that is not a number, never used to assess a target. */
export interface OutcomeNoteRow {
  city_id: string;
  subject_zh: string | null;
  subject_en: string | null;
  year: number | null;
  status: string | null;
  doc_id: string | null;
  plan_quote: string | null;
  quote: string | null;
  source_title: string | null;
  source_url: string | null;
  source_kind: string | null;
  caveat: string | null;
  notes: string | null;
}
