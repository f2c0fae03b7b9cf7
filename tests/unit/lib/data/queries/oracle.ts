/**
 * Answers worked out without the app's queries, for the query tests: the global filters written out as plain
 * SQL over published.* (and the person's own tables), and the gold list of the five plans' quantitative
 * targets, checked by hand against the documents.
 */

import { csvParse } from 'd3';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { RawRow } from '../../../../../src/lib/data/fields.ts';
import type { Filters } from '../../../../../src/lib/state/url.ts';
import { ROOT, runSql } from '../../../../published-data.ts';
import type { NodeEngine } from '../../../../../scripts/lib/duckdb-node.ts';

/** A SQL string literal. */
export function quoteSql(text: string): string {
  return `'${text.replaceAll("'", "''")}'`;
}

/** `column IN ('a', 'b')`, or TRUE when there are no values (no filter). */
export function buildInSql(column: string, values: readonly string[]): string {
  return values.length === 0 ? 'TRUE' : `${column} IN (${values.map(quoteSql).join(', ')})`;
}

/** `column` between the filter's years, each bound inclusive and optional; TRUE when neither is set. */
export function buildYearSql(column: string, filters: Pick<Filters, 'yearFrom' | 'yearTo'>): string {
  const parts = ['TRUE'];
  if (filters.yearFrom !== null) parts.push(`${column} >= ${filters.yearFrom}`);
  if (filters.yearTo !== null) parts.push(`${column} <= ${filters.yearTo}`);
  return parts.join(' AND ');
}

/** A target record (columns of `targets`, under `alias.`) passes the city, domain and target-year filters. */
export function buildTargetWhereSql(filters: Filters, alias = ''): string {
  return [
    buildInSql(`${alias}city_id`, filters.cities),
    buildInSql(`${alias}domain`, filters.domains),
    buildYearSql(`${alias}target_year`, filters),
  ].join(' AND ');
}

/**
 * A plan's first year, from its own fields rather than the published `start_year`: the issue year, else the
 * year of the issue date, else the first horizon year.
 */
export function buildPlanStartSql(alias = ''): string {
  return `coalesce(${alias}issue_year, TRY_CAST(left(${alias}issue_date, 4) AS INTEGER), list_min(${alias}horizon_years))`;
}

/** A plan (columns of `documents`) of a selected city whose years, first to last horizon, meet the year range. */
export function buildPlanWhereSql(filters: Filters, alias = ''): string {
  const parts = [buildInSql(`${alias}city_id`, filters.cities)];
  if (filters.yearFrom !== null) parts.push(`list_max(${alias}horizon_years) >= ${filters.yearFrom}`);
  if (filters.yearTo !== null) parts.push(`${buildPlanStartSql(alias)} <= ${filters.yearTo}`);
  return parts.join(' AND ');
}

/** A record (under `alias.`) has a number, a target year and a named lead department: written from its own fields. */
export function buildIsSpecificSql(alias = ''): string {
  return `(${alias}value IS NOT NULL AND ${alias}target_year IS NOT NULL
    AND trim(coalesce(${alias}lead_department, '')) <> '')`;
}

/** The domains in the order the views show them, as a SQL sort key written out. */
export const DOMAIN_ORDER_SQL = `CASE domain WHEN 'product' THEN 1 WHEN 'engineering' THEN 2 WHEN 'service' THEN 3
  WHEN 'environment' THEN 4 WHEN 'foundation' THEN 5 END`;

/** Each plan of published.documents passing the filters, with its counts, in timeline order, in plain SQL. */
export function buildPlansSql(filters: Filters): string {
  const records = `FROM published.targets t WHERE t.doc_id = d.doc_id AND ${buildInSql('t.domain', filters.domains)}`;
  return `SELECT d.doc_id AS docId, d.city_id AS cityId,
    coalesce(c.name_zh, d.city_zh) AS cityZh, coalesce(c.name_en, d.city_en) AS cityEn, d.title, d.kind,
    d.issue_date AS issueDate, d.issue_year AS issueYear, d.horizon_years AS horizonYears,
    list_max(d.horizon_years) AS horizonYear, ${buildPlanStartSql('d.')} AS startYear,
    (SELECT count(*) ${records})::INTEGER AS recordCount,
    (SELECT count(*) ${records} AND t.comparator <> 'qualitative')::INTEGER AS quantitativeCount,
    (SELECT count(*) ${records} AND t.comparator = 'qualitative')::INTEGER AS qualitativeCount,
    (SELECT count(*) ${records} AND ${buildIsSpecificSql('t.')})::INTEGER
      AS specificCount,
    (SELECT count(*) ${records} AND t.value IS NOT NULL)::INTEGER AS numberCount,
    (SELECT count(*) ${records} AND t.target_year IS NOT NULL)::INTEGER AS yearCount,
    (SELECT count(*) ${records} AND trim(coalesce(t.lead_department, '')) <> '')::INTEGER AS departmentCount
  FROM published.documents d LEFT JOIN published.cities c ON c.city_id = d.city_id
  WHERE ${buildPlanWhereSql(filters, 'd.')}
  ORDER BY startYear, d.issue_date NULLS FIRST, d.doc_id`;
}

/** The first column of every row. */
export async function readColumn(engine: NodeEngine, sql: string): Promise<unknown[]> {
  return (await runSql(engine, sql)).map((row) => Object.values(row)[0]);
}

/** The first column of the first row, as a number. */
export async function readCount(engine: NodeEngine, sql: string): Promise<number> {
  return Number((await readColumn(engine, sql))[0]);
}

/** Rows as plain objects with the given columns only, for comparing answers to SQL rows. */
export function pick(rows: readonly RawRow[], ...columns: string[]): Record<string, unknown>[] {
  return rows.map((row) => Object.fromEntries(columns.map((c) => [c, row[c]])));
}

/** One quantitative target of the gold list (tests/fixtures/gold/five-plans.csv), read off the plans by hand. */
export interface GoldTarget {
  docId: string;
  cityId: string;
  quote: string;
  value: number | null;
  valueMax: number | null;
  comparator: string;
  unit: string | null;
  targetYear: number | null;
  domain: string;
  isNewCount: boolean;
  indicatorId: string | null;
}

function readNullable(text: string | undefined): string | null {
  return text === undefined || text === '' ? null : text;
}

function readNullableNumber(text: string | undefined): number | null {
  return text === undefined || text === '' ? null : Number(text);
}

/** The 112 quantitative targets of the five plans, as the gold list gives them. */
export function readGoldTargets(): GoldTarget[] {
  const text = readFileSync(path.join(ROOT, 'tests/fixtures/gold/five-plans.csv'), 'utf8');
  return csvParse(text).map((row) => ({
    docId: row.doc_id ?? '',
    cityId: (row.doc_id ?? '').replace(/-\d{4}$/, ''),
    quote: row.quote ?? '',
    value: readNullableNumber(row.value),
    valueMax: readNullableNumber(row.value_max),
    comparator: row.comparator ?? '',
    unit: readNullable(row.unit),
    targetYear: readNullableNumber(row.target_year),
    domain: row.domain ?? '',
    isNewCount: row.is_new_count === 'true',
    indicatorId: readNullable(row.indicator_id),
  }));
}

/** Does a gold target pass the global filters? */
export function isGoldPassing(target: GoldTarget, filters: Filters): boolean {
  return (
    (filters.cities.length === 0 || filters.cities.includes(target.cityId)) &&
    (filters.domains.length === 0 || (filters.domains as readonly string[]).includes(target.domain)) &&
    (filters.yearFrom === null || (target.targetYear !== null && target.targetYear >= filters.yearFrom)) &&
    (filters.yearTo === null || (target.targetYear !== null && target.targetYear <= filters.yearTo))
  );
}

/**
 * A target as the gold list can name it, for comparing lists as multisets: plan, quote and value. (One quote
 * can hold several targets, each with its own value or indicator; sorting the keys compares the multiset.)
 */
export function buildGoldKey(target: { docId: string; quote: string; value: number | null }): string {
  return `${target.docId}|${target.quote}|${target.value}`;
}

/** The keys of a list, sorted: two lists with the same keys sorted alike hold the same targets. */
export function sortKeys<T>(items: readonly T[], key: (item: T) => string): string[] {
  return items.map(key).sort();
}
