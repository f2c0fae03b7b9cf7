/**
 * The City profile's queries: the plans to pick from, one plan with its cleaned text, and its records with
 * the offsets of their quotes. Same conventions as queries.ts: SQL constants, bound parameters, one row type.
 */

import {} from '../extract/types.ts';
import type { Filters } from '../state/url.ts';
import {
  readBoolean,
  readNullableNumber,
  readNullableString,
  readNumber,
  readString,
  type RawRow,
} from './fields.ts';
import { parseHorizonYears, type QueryRunner, type TargetSummary, decodeTargetSummary } from './queries.ts';

// ---------------------------------------------------------------------------------------------------------

/** Every plan of the cities passing the city filter (`$1`, '' = all), for the picker: by city, then date. */
export const CITY_PLANS_SQL = `SELECT d.doc_id, d.city_id,
  coalesce(c.name_zh, d.city_zh) AS city_zh, coalesce(c.name_en, d.city_en) AS city_en,
  d.title, d.kind, d.issue_year, d.horizon_year
FROM documents d LEFT JOIN cities c ON c.city_id = d.city_id
WHERE ($1 = '' OR list_contains(string_split($1, ','), d.city_id))
ORDER BY d.city_id, d.issue_date NULLS LAST, d.doc_id`;

/** One plan of {@link CITY_PLANS_SQL}. */
export interface CityPlanRow {
  docId: string;
  cityId: string;
  cityZh: string;
  cityEn: string;
  title: string | null;
  kind: string | null;
  issueYear: number | null;
  horizonYear: number | null;
}

/** Decodes one row of {@link CITY_PLANS_SQL}. */
export function decodeCityPlanRow(row: RawRow): CityPlanRow {
  return {
    docId: readString(row, 'doc_id'),
    cityId: readString(row, 'city_id'),
    cityZh: readString(row, 'city_zh'),
    cityEn: readString(row, 'city_en'),
    title: readNullableString(row, 'title'),
    kind: readNullableString(row, 'kind'),
    issueYear: readNullableNumber(row, 'issue_year'),
    horizonYear: readNullableNumber(row, 'horizon_year'),
  };
}

/** The plans the City profile's picker offers. */
export async function queryCityPlans(db: QueryRunner, filters: Filters): Promise<CityPlanRow[]> {
  return (await db.run(CITY_PLANS_SQL, [filters.cities.join(',')])).map(decodeCityPlanRow);
}

// ---------------------------------------------------------------------------------------------------------

/**
 * The plan to show: the document `$1` if it exists, else the document of target `$2`, else the first plan
 * (in {@link CITY_PLANS_SQL} order) of the cities passing the city filter `$3`. With its metadata and the
 * cleaned text that quote offsets refer to.
 */
export const PLAN_DOCUMENT_SQL = `WITH pick AS (
  SELECT coalesce(
    (SELECT doc_id FROM documents WHERE doc_id = $1),
    (SELECT doc_id FROM targets WHERE target_id = $2),
    (SELECT d.doc_id FROM documents d
      WHERE ($3 = '' OR list_contains(string_split($3, ','), d.city_id))
      ORDER BY d.city_id, d.issue_date NULLS LAST, d.doc_id LIMIT 1)
  ) AS doc_id
)
SELECT d.doc_id, d.city_id,
  coalesce(c.name_zh, d.city_zh) AS city_zh, coalesce(c.name_en, d.city_en) AS city_en,
  d.province, d.title, d.notice_title, d.issuing_body, d.doc_number, d.issue_date, d.kind,
  d.horizon_years, d.text
FROM pick JOIN documents d ON d.doc_id = pick.doc_id
LEFT JOIN cities c ON c.city_id = d.city_id`;

/** The plan of {@link PLAN_DOCUMENT_SQL}. */
export interface PlanDocumentRow {
  docId: string;
  cityId: string;
  cityZh: string;
  cityEn: string;
  province: string | null;
  title: string | null;
  noticeTitle: string | null;
  issuingBody: string | null;
  /** 文号, as the document writes it. */
  docNumber: string | null;
  /** `YYYY-MM-DD`, or null when the document gives none. */
  issueDate: string | null;
  kind: string | null;
  horizonYears: number[];
  /** The cleaned text: `text.slice(quote_start, quote_end)` is each record's quote. */
  text: string;
}

/** Decodes the row of {@link PLAN_DOCUMENT_SQL}. */
export function decodePlanDocumentRow(row: RawRow): PlanDocumentRow {
  return {
    docId: readString(row, 'doc_id'),
    cityId: readString(row, 'city_id'),
    cityZh: readString(row, 'city_zh'),
    cityEn: readString(row, 'city_en'),
    province: readNullableString(row, 'province'),
    title: readNullableString(row, 'title'),
    noticeTitle: readNullableString(row, 'notice_title'),
    issuingBody: readNullableString(row, 'issuing_body'),
    docNumber: readNullableString(row, 'doc_number'),
    issueDate: readNullableString(row, 'issue_date'),
    kind: readNullableString(row, 'kind'),
    horizonYears: parseHorizonYears(readString(row, 'horizon_years')),
    text: readString(row, 'text'),
  };
}

/** Which plan to open: what the URL names (`doc`, else `target`), else the first plan of the filtered cities. */
export interface PlanChoice {
  docId: string | null;
  targetId: string | null;
  filters: Filters;
}

/** The plan to show, or null when no plan matches (an unknown id and no plan among the filtered cities). */
export async function queryPlanDocument(
  db: QueryRunner,
  choice: PlanChoice,
): Promise<PlanDocumentRow | null> {
  const [row] = await db.run(PLAN_DOCUMENT_SQL, [
    choice.docId,
    choice.targetId,
    choice.filters.cities.join(','),
  ]);
  return row === undefined ? null : decodePlanDocumentRow(row);
}

// ---------------------------------------------------------------------------------------------------------

/**
 * Every record of plan `$1`, in document order, with its quote offsets and section, and whether it passes
 * the domain (`$2`) and target-year (`$3`, `$4`) filters: the reader highlights them all, the list shows
 * those that pass.
 */
export const PLAN_TARGETS_SQL = `SELECT t.target_id, t.doc_id, t.domain, t.topic, t.indicator_zh, t.indicator_en,
  t.comparator, t.value, t.value_max, t.unit, t.unit_zh, t.target_year, t.year_basis, t.lead_department,
  t.quote, t.quote_start, t.quote_end, t.section,
  (($2 = '' OR list_contains(string_split($2, ','), t.domain))
    AND ($3::INTEGER IS NULL OR t.target_year >= $3::INTEGER)
    AND ($4::INTEGER IS NULL OR t.target_year <= $4::INTEGER)) IS TRUE AS is_selected
FROM targets t
WHERE t.doc_id = $1
ORDER BY t.quote_start, t.target_id`;

/** One record of {@link PLAN_TARGETS_SQL}. */
export interface PlanTargetRow extends TargetSummary {
  targetId: string;
  docId: string;
  topic: string;
  yearBasis: string;
  quoteStart: number;
  quoteEnd: number;
  /** The heading path, `三、主要目标 › (一)产品质量`. */
  section: string;
  /** Passes the domain and target-year filters. */
  isSelected: boolean;
}

/** Decodes one row of {@link PLAN_TARGETS_SQL}. */
export function decodePlanTargetRow(row: RawRow): PlanTargetRow {
  return {
    ...decodeTargetSummary(row),
    targetId: readString(row, 'target_id'),
    docId: readString(row, 'doc_id'),
    topic: readString(row, 'topic'),
    yearBasis: readString(row, 'year_basis'),
    quoteStart: readNumber(row, 'quote_start'),
    quoteEnd: readNumber(row, 'quote_end'),
    section: readString(row, 'section'),
    isSelected: readBoolean(row, 'is_selected'),
  };
}

/** A plan's records under the current filters. */
export interface PlanTargetsQuery {
  docId: string | null;
  filters: Filters;
}

/** Every record of one plan, flagged by whether it passes the filters; none when no plan is open. */
export async function queryPlanTargets(db: QueryRunner, query: PlanTargetsQuery): Promise<PlanTargetRow[]> {
  if (query.docId === null) return [];
  const { domains, yearFrom, yearTo } = query.filters;
  return (await db.run(PLAN_TARGETS_SQL, [query.docId, domains.join(','), yearFrom, yearTo])).map(
    decodePlanTargetRow,
  );
}
