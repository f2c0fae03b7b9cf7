/**
 * The published tables: the build's rows with the values many queries need computed once (a plan's start
 * year, a record's lead departments as a list, whether it is specific, an outcome's key, every target's
 * attainment), each with its schema.
 */

import type { TargetRecord } from '../extract/types.ts';
import { calcAttainmentTable, type JudgementDate } from '../outcomes/attainment-table.ts';
import type { OutcomeRow } from '../outcomes/types.ts';
import { buildOutcomeKey } from '../outcomes/validate.ts';
import type { Dataset, DocumentRow } from './dataset.ts';
import type { OutcomeTranslation } from './outcome-translations.ts';
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
} from './schema.ts';

/** One table to publish: its name (the same in the Parquet file name, in DuckDB and in the SQL console). */
export interface PublishedTable {
  name: string;
  columns: Schema;
  rows: readonly object[];
}

/** A target record as published: the extracted record and its derived columns. */
export interface PublishedTarget extends TargetRecord {
  /** The bodies `lead_department` names, split at 、，,;； and trimmed; empty when it names none. */
  lead_departments: string[];
  has_number: boolean;
  has_target_year: boolean;
  has_lead_department: boolean;
  /** Has a number, a target year and a named lead department: counts towards its plan's specificity. */
  is_specific: boolean;
}

/** A plan as published, with the year its timeline starts. */
export interface PublishedDocument extends DocumentRow {
  /** The issue year, else the year of the issue date, else the first horizon year; null if none is known. */
  start_year: number | null;
}

/** The bodies a lead department names (市质监局、市商务局 → two), split at 、，,;； and trimmed. */
export function splitLeadDepartments(text: string | null): string[] {
  if (text === null) return [];
  return text
    .split(/[、，,;；]/)
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

/** A record with its derived columns. */
export function publishTarget(record: TargetRecord): PublishedTarget {
  const leadDepartments = splitLeadDepartments(record.lead_department);
  const hasNumber = record.value !== null;
  const hasTargetYear = record.target_year !== null;
  const hasLeadDepartment = leadDepartments.length > 0;
  return {
    ...record,
    lead_departments: leadDepartments,
    has_number: hasNumber,
    has_target_year: hasTargetYear,
    has_lead_department: hasLeadDepartment,
    is_specific: hasNumber && hasTargetYear && hasLeadDepartment,
  };
}

/** Where a plan's timeline starts: its issue year, else the year of its issue date, else its first horizon. */
export function calcPlanStartYear(
  document: Pick<DocumentRow, 'issue_year' | 'issue_date' | 'horizon_years'>,
): number | null {
  if (document.issue_year !== null) return document.issue_year;
  const fromDate = Number(document.issue_date?.slice(0, 4));
  if (document.issue_date && Number.isInteger(fromDate)) return fromDate;
  return document.horizon_years.length > 0 ? Math.min(...document.horizon_years) : null;
}

/** A plan with its derived columns. */
export function publishDocument(document: DocumentRow): PublishedDocument {
  return { ...document, start_year: calcPlanStartYear(document) };
}

/**
 * An outcome as published (and as a researcher's rows are kept in the browser): with its key, and the
 * curators' words in Chinese where they were translated (a researcher's own rows have none).
 */
export interface PublishedOutcome extends OutcomeRow, OutcomeTranslation {
  /** {@link buildOutcomeKey}: what `attainment.outcome_key` and `baseline_key` name. */
  outcome_key: string;
}

/** An outcome row with its key and its Chinese words, if any. */
export function publishOutcome(
  row: OutcomeRow,
  translation: OutcomeTranslation | null = null,
): PublishedOutcome {
  return {
    ...row,
    source_title_zh: translation?.source_title_zh ?? null,
    notes_zh: translation?.notes_zh ?? null,
    caveat_zh: translation?.caveat_zh ?? null,
    outcome_key: buildOutcomeKey(row),
  };
}

/** What the build is told besides the dataset. */
export interface PublishOptions {
  /** The date attainment is judged at: the day of the build. */
  judgement: JudgementDate;
}

/** Every published table of a built dataset, in the order they are written. */
export function buildPublishedTables(dataset: Dataset, options: PublishOptions): PublishedTable[] {
  return [
    { name: 'targets', columns: TARGET_SCHEMA, rows: dataset.targets.map(publishTarget) },
    { name: 'documents', columns: DOCUMENT_SCHEMA, rows: dataset.documents.map(publishDocument) },
    { name: 'indicators', columns: INDICATOR_SCHEMA, rows: dataset.indicators },
    { name: 'cities', columns: CITY_SCHEMA, rows: dataset.cities },
    { name: 'references', columns: REFERENCE_SCHEMA, rows: dataset.references },
    {
      name: 'outcomes',
      columns: OUTCOME_SCHEMA,
      rows: dataset.outcomes.map((row) =>
        publishOutcome(row, dataset.outcomeTranslations.get(buildOutcomeKey(row)) ?? null),
      ),
    },
    { name: 'outcome_notes', columns: OUTCOME_NOTE_SCHEMA, rows: dataset.outcomeNotes },
    {
      name: 'attainment',
      columns: ATTAINMENT_SCHEMA,
      rows: calcAttainmentTable(dataset.targets, dataset.outcomes, dataset.indicators, options.judgement),
    },
  ];
}
