/**
 * The SQL of the outcome views (Target vs outcome, Attainment overview, Planner) and of a researcher's own
 * outcomes: `user_outcomes` holds the rows loaded in this browser, `all_outcomes` is the published rows and
 * those, with an `origin` column. SQL selects; attainment is judged in TypeScript (src/lib/outcomes), the
 * one place its rules live. Each query has a twin over the decoded rows, held equal by the tests.
 */

import { COMPARATORS, DOMAINS, type Indicator, type TargetRecord } from '../extract/types.ts';
import { OUTCOME_COLUMNS } from '../outcomes/template.ts';
import type { OutcomeRow } from '../outcomes/types.ts';
import { OUTCOME_MATCHES, SOURCE_KINDS, type OutcomeMatch, type SourceKind } from '../outcomes/types.ts';
import { isInYearRange, type Filters } from '../state/url.ts';
import type { Dataset } from './parquet.ts';
import {
  readBoolean,
  readNullableNumber,
  readNullableString,
  readNumber,
  readOneOf,
  readString,
  type RawRow,
} from './fields.ts';
import { buildFilterParams, type QueryRunner, type SqlParam } from './queries.ts';
import type { ReferenceRow } from './tables.ts';

/** Where an outcome row comes from: the published dataset, or a file loaded in this browser. */
export type Origin = 'published' | 'yours';

/** An outcome row and where it comes from. */
export interface OutcomeRecord extends OutcomeRow {
  origin: Origin;
}

/** Everything the outcome views need, under the global filters. */
export interface OutcomeInputs {
  /** Quantitative targets (no qualitative commitments), by target_id. */
  targets: TargetRecord[];
  /** Outcomes of the selected cities, published first, then yours. */
  outcomes: OutcomeRecord[];
  /** Every canonical indicator, by indicator_id. */
  indicators: Indicator[];
  /** National and provincial references with a number and an indicator, by reference_id. */
  references: ReferenceRow[];
}

/** The columns of `outcomes` and `user_outcomes`: a file's columns, then where each row was read. */
const OUTCOME_TABLE_COLUMNS = [
  ...OUTCOME_COLUMNS,
  'file',
  'line',
] as const satisfies readonly (keyof OutcomeRow)[];

/**
 * Run once after the published tables are in the engine: an empty `user_outcomes` with the columns and
 * types of `outcomes`, and `all_outcomes`, the union with an `origin` column.
 */
export const USER_OUTCOMES_SETUP_SQL: readonly string[] = [
  'CREATE TABLE user_outcomes AS SELECT * FROM outcomes LIMIT 0',
  `CREATE VIEW all_outcomes AS
  SELECT ${OUTCOME_TABLE_COLUMNS.join(', ')}, 'published' AS origin FROM outcomes
  UNION ALL
  SELECT ${OUTCOME_TABLE_COLUMNS.join(', ')}, 'yours' AS origin FROM user_outcomes`,
];

/** Empties `user_outcomes`. */
export const DELETE_USER_OUTCOMES_SQL = 'DELETE FROM user_outcomes';

/** Adds one row to `user_outcomes`; one `$n` per column of {@link OUTCOME_TABLE_COLUMNS}, in order. */
export const INSERT_USER_OUTCOME_SQL = `INSERT INTO user_outcomes (${OUTCOME_TABLE_COLUMNS.join(', ')})
VALUES (${OUTCOME_TABLE_COLUMNS.map((_, i) => `$${i + 1}`).join(', ')})`;

async function replaceUserOutcomes(db: QueryRunner, rows: readonly OutcomeRow[]): Promise<void> {
  await db.run(DELETE_USER_OUTCOMES_SQL, []);
  for (const row of rows) {
    await db.run(
      INSERT_USER_OUTCOME_SQL,
      OUTCOME_TABLE_COLUMNS.map((column) => row[column] as SqlParam),
    );
  }
}

const synced = new WeakMap<QueryRunner, { rows: readonly OutcomeRow[]; done: Promise<void> }>();

/**
 * Makes `user_outcomes` hold exactly `rows`. Calls with the same array share one write, and writes run one
 * after another, so queries that await this never see a half-written table.
 */
export function syncUserOutcomes(db: QueryRunner, rows: readonly OutcomeRow[]): Promise<void> {
  const last = synced.get(db);
  if (last !== undefined && last.rows === rows) return last.done;
  const previous = last?.done.catch(() => undefined) ?? Promise.resolve();
  const done = previous.then(() => replaceUserOutcomes(db, rows));
  synced.set(db, { rows, done });
  return done;
}

// ---------------------------------------------------------------------------------------------------------

function buildListMatchSql(param: string, column: string): string {
  return `(${param} = '' OR list_contains(string_split(${param}, ','), ${column}))`;
}

/** Quantitative targets under all filters (`$1`–`$4`, as buildFilterParams), every column. */
export const ASSESSED_TARGETS_SQL = `SELECT t.* FROM targets t
WHERE ${buildListMatchSql('$1', 't.city_id')}
  AND ${buildListMatchSql('$2', 't.domain')}
  AND ($3::INTEGER IS NULL OR t.target_year >= $3::INTEGER)
  AND ($4::INTEGER IS NULL OR t.target_year <= $4::INTEGER)
  AND t.comparator <> 'qualitative'
ORDER BY t.target_id`;

/** Outcomes of the selected cities (`$1`), published and yours. */
export const ALL_OUTCOMES_SQL = `SELECT o.* FROM all_outcomes o
WHERE ${buildListMatchSql('$1', 'o.city_id')}
ORDER BY o.origin, o.city_id, o.year, o.period, o.file, o.line`;

/** Every canonical indicator. */
export const INDICATORS_SQL = `SELECT indicator_id, name_zh, name_en, domain, topic, unit, direction
FROM indicators ORDER BY indicator_id`;

/** References with a number and an indicator. */
export const NUMERIC_REFERENCES_SQL = `SELECT r.* FROM "references" r
WHERE r.indicator_id IS NOT NULL AND r.value IS NOT NULL
ORDER BY r.reference_id`;

/** Decodes one row of {@link ASSESSED_TARGETS_SQL}. */
export function decodeTargetRecord(row: RawRow): TargetRecord {
  return {
    target_id: readString(row, 'target_id'),
    doc_id: readString(row, 'doc_id'),
    city_id: readString(row, 'city_id'),
    domain: readOneOf(row, 'domain', DOMAINS),
    topic: readString(row, 'topic'),
    indicator_id: readNullableString(row, 'indicator_id'),
    indicator_zh: readString(row, 'indicator_zh'),
    indicator_en: readString(row, 'indicator_en'),
    comparator: readOneOf(row, 'comparator', COMPARATORS),
    value: readNullableNumber(row, 'value'),
    value_max: readNullableNumber(row, 'value_max'),
    unit: readNullableString(row, 'unit'),
    unit_zh: readNullableString(row, 'unit_zh'),
    target_year: readNullableNumber(row, 'target_year'),
    year_basis: readOneOf(row, 'year_basis', ['explicit', 'section', 'document'] as const),
    is_new_count: readBoolean(row, 'is_new_count'),
    quote: readString(row, 'quote'),
    quote_start: readNumber(row, 'quote_start'),
    quote_end: readNumber(row, 'quote_end'),
    section: readString(row, 'section'),
    lead_department: readNullableString(row, 'lead_department'),
    review: readOneOf(row, 'review', ['auto', 'reviewed', 'corrected'] as const),
  };
}

/** Decodes one row of {@link ALL_OUTCOMES_SQL}. */
export function decodeOutcomeRecord(row: RawRow): OutcomeRecord {
  const sourceKind = readNullableString(row, 'source_kind');
  return {
    city_id: readString(row, 'city_id'),
    indicator_id: readNullableString(row, 'indicator_id'),
    target_id: readNullableString(row, 'target_id'),
    indicator_zh: readNullableString(row, 'indicator_zh'),
    indicator_en: readNullableString(row, 'indicator_en'),
    year: readNumber(row, 'year'),
    period: readString(row, 'period'),
    value: readNumber(row, 'value'),
    unit: readString(row, 'unit'),
    as_of: readNullableString(row, 'as_of'),
    source_title: readString(row, 'source_title'),
    source_url: readNullableString(row, 'source_url'),
    quote: readNullableString(row, 'quote'),
    notes: readNullableString(row, 'notes'),
    caveat: readNullableString(row, 'caveat'),
    source_kind:
      sourceKind === null ? null : (readOneOf(row, 'source_kind', SOURCE_KINDS) satisfies SourceKind),
    match: readOneOf(row, 'match', OUTCOME_MATCHES) satisfies OutcomeMatch,
    file: readString(row, 'file'),
    line: readNumber(row, 'line'),
    origin: readOneOf(row, 'origin', ['published', 'yours'] as const),
  };
}

/** Decodes one row of {@link INDICATORS_SQL}; wording patterns are not needed to judge attainment. */
export function decodeIndicator(row: RawRow): Indicator {
  return {
    indicator_id: readString(row, 'indicator_id'),
    name_zh: readString(row, 'name_zh'),
    name_en: readString(row, 'name_en'),
    domain: readOneOf(row, 'domain', DOMAINS),
    topic: readString(row, 'topic'),
    unit: readString(row, 'unit'),
    direction: readOneOf(row, 'direction', ['higher', 'lower'] as const),
    wordings: [],
    exclude: [],
  };
}

/** Decodes one row of {@link NUMERIC_REFERENCES_SQL}. */
export function decodeReference(row: RawRow): ReferenceRow {
  return {
    reference_id: readString(row, 'reference_id'),
    indicator_id: readNullableString(row, 'indicator_id'),
    scope: readOneOf(row, 'scope', ['national', 'provincial'] as const),
    region_zh: readString(row, 'region_zh'),
    region_en: readString(row, 'region_en'),
    kind: readOneOf(row, 'kind', ['target', 'outcome'] as const),
    comparator: readOneOf(row, 'comparator', COMPARATORS),
    value: readNullableNumber(row, 'value'),
    value_max: readNullableNumber(row, 'value_max'),
    unit: readNullableString(row, 'unit'),
    year: readNumber(row, 'year'),
    quote: readString(row, 'quote'),
    source_title: readString(row, 'source_title'),
    source_url: readString(row, 'source_url'),
    source_note: readNullableString(row, 'source_note'),
  };
}

/** What the outcome queries take: the global filters and the rows loaded in this browser. */
export interface OutcomeQueryParams {
  filters: Filters;
  /** The researcher's rows; the engine's `user_outcomes` is brought up to date before querying. */
  userOutcomes: readonly OutcomeRow[];
}

/** The outcome views' data, with SQL. */
export async function queryOutcomeInputs(
  db: QueryRunner,
  { filters, userOutcomes }: OutcomeQueryParams,
): Promise<OutcomeInputs> {
  await syncUserOutcomes(db, userOutcomes);
  const [targets, outcomes, indicators, references] = await Promise.all([
    db.run(ASSESSED_TARGETS_SQL, buildFilterParams(filters)),
    db.run(ALL_OUTCOMES_SQL, [filters.cities.join(',')]),
    db.run(INDICATORS_SQL, []),
    db.run(NUMERIC_REFERENCES_SQL, []),
  ]);
  return {
    targets: targets.map(decodeTargetRecord),
    outcomes: outcomes.map(decodeOutcomeRecord),
    indicators: indicators.map(decodeIndicator),
    references: references.map(decodeReference),
  };
}

// ---------------------------------------------------------------------------------------------------------

/** DuckDB orders VARCHAR by bytes; for these ids and periods that is JavaScript's code-unit order. */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function isListMatch(list: readonly string[], value: string): boolean {
  return list.length === 0 || list.includes(value);
}

/** Twin of {@link queryOutcomeInputs}, from the decoded rows. */
export function calcOutcomeInputs(
  data: Dataset,
  { filters, userOutcomes }: OutcomeQueryParams,
): OutcomeInputs {
  const targets = data.targets.rows
    .filter(
      (t) =>
        t.comparator !== 'qualitative' &&
        isListMatch(filters.cities, t.city_id) &&
        isListMatch(filters.domains, t.domain) &&
        isInYearRange(t.target_year, filters),
    )
    .sort((a, b) => compareText(a.target_id, b.target_id));
  const outcomes: OutcomeRecord[] = [
    ...data.outcomes.rows.map((row) => ({ ...row, origin: 'published' as const })),
    ...userOutcomes.map((row) => ({ ...row, origin: 'yours' as const })),
  ]
    .filter((o) => isListMatch(filters.cities, o.city_id))
    .sort(
      (a, b) =>
        compareText(a.origin, b.origin) ||
        compareText(a.city_id, b.city_id) ||
        a.year - b.year ||
        compareText(a.period, b.period) ||
        compareText(a.file, b.file) ||
        a.line - b.line,
    );
  const indicators = data.indicators.rows
    .map((i): Indicator => ({
      indicator_id: i.indicator_id,
      name_zh: i.name_zh,
      name_en: i.name_en,
      domain: i.domain,
      topic: i.topic,
      unit: i.unit,
      direction: i.direction,
      wordings: [],
      exclude: [],
    }))
    .sort((a, b) => compareText(a.indicator_id, b.indicator_id));
  const references = data.references.rows
    .filter((r) => r.indicator_id !== null && r.value !== null)
    .sort((a, b) => compareText(a.reference_id, b.reference_id));
  return { targets, outcomes, indicators, references };
}
