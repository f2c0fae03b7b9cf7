/** The published tables: their files, the schema the build writes them with, and one row type each. */

import type { DocumentRow, IndicatorRow } from '../build/dataset.ts';
import {
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
import type { TargetRecord } from '../extract/types.ts';
import type { OutcomeRow } from '../outcomes/types.ts';

/** Table names, the same in the Parquet file names, in DuckDB and in the SQL console. */
export type TableName =
  'targets' | 'documents' | 'indicators' | 'cities' | 'references' | 'outcomes' | 'outcome_notes';

/** Every table, in the order they are fetched and inserted. */
export const TABLE_NAMES: readonly TableName[] = [
  'targets',
  'documents',
  'indicators',
  'cities',
  'references',
  'outcomes',
  'outcome_notes',
];

/** The columns and types each table must have: the build's own schema (src/lib/build/schema.ts). */
export const TABLE_SCHEMAS: Readonly<Record<TableName, Schema>> = {
  targets: TARGET_SCHEMA,
  documents: DOCUMENT_SCHEMA,
  indicators: INDICATOR_SCHEMA,
  cities: CITY_SCHEMA,
  references: REFERENCE_SCHEMA,
  outcomes: OUTCOME_SCHEMA,
  outcome_notes: OUTCOME_NOTE_SCHEMA,
};

/** The file a table is published in, relative to the site root. */
export function buildDataPath(table: TableName): string {
  return `data/${table}.parquet`;
}

/** One row of `targets`: a target or a qualitative commitment. */
export type TargetRow = TargetRecord;

/** Rows of `documents`, `indicators` and `cities`, as the build writes them. */
export type { DocumentRow, IndicatorRow, CityRow };

/** One row of `references`: a national or provincial target or outcome (without the CSV line it came from). */
export type ReferenceRow = Omit<ReferenceInputRow, 'file' | 'line'>;

/** Rows of `outcomes`: published city figures, with their sources and caveats. */
export type { OutcomeRow };

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

/** The row type of each table. */
export interface TableRows {
  targets: TargetRow;
  documents: DocumentRow;
  indicators: IndicatorRow;
  cities: CityRow;
  references: ReferenceRow;
  outcomes: OutcomeRow;
  outcome_notes: OutcomeNoteRow;
}
