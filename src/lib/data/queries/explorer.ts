/**
 * The Target explorer's queries: the records under the global filters and the explorer's own (topic,
 * comparator, canonical indicator, quantitative or qualitative, text search, from the URL), in the order the
 * user sorts by; how many there are; the topic menu; and the dataset's total. Sorting picks one of a fixed set
 * of SQL strings built at module load; every value is bound. The table shows the first rows of a result (the
 * count says how many there are), so a national dataset never sends every record to the page.
 */

import { COMPARATORS, DOMAINS, type Comparator, type Domain, type Review } from '../../extract/types.ts';
import type { Lang } from '../../i18n/lang.ts';
import { DATASET_COLUMNS, type DatasetRow } from '../../export/dataset.ts';
import {
  readBoolean,
  readNullableString,
  readNumber,
  readOneOf,
  readString,
  type RawRow,
} from '../fields.ts';
import { defineQuery, type SqlParam, type ViewState } from '../query.ts';
import type { Origin } from '../setup.ts';
import { bindFilters, TARGET_FILTER_SQL } from '../sql.ts';
import { decodeTargetSummary, readOrigin } from './shared.ts';

/** The columns a user can sort the explorer by, as written in `?sort=`. */
export const EXPLORER_SORT_KEYS = [
  'city',
  'domain',
  'topic',
  'indicator',
  'comparator',
  'value',
  'year',
  'department',
  'review',
] as const;

/** A column the explorer can sort by. */
export type ExplorerSortKey = (typeof EXPLORER_SORT_KEYS)[number];

/** Whether a record has a canonical indicator (`indicator_id`), as written in `?canonical=`. */
export const CANONICAL_CHOICES = ['with', 'without'] as const;
export type CanonicalChoice = (typeof CANONICAL_CHOICES)[number];

/** Quantitative targets or qualitative commitments, as written in `?kind=`. */
export const KIND_CHOICES = ['quantitative', 'qualitative'] as const;
export type KindChoice = (typeof KIND_CHOICES)[number];

const REVIEWS: readonly Review[] = ['auto', 'reviewed', 'corrected'];

/** What the explorer's URL says, beyond the global filters. */
export interface ExplorerParams {
  search: string;
  topic: string | null;
  comparator: Comparator | null;
  canonical: CanonicalChoice | null;
  indicatorId: string | null;
  kind: KindChoice | null;
  sort: ExplorerSortKey | null;
  descending: boolean;
}

/** No search, no view filter, document order. */
export const NO_EXPLORER_PARAMS: ExplorerParams = {
  search: '',
  topic: null,
  comparator: null,
  canonical: null,
  indicatorId: null,
  kind: null,
  sort: null,
  descending: false,
};

/** One of the allowed values, or null for anything else (an empty menu choice, a mistyped URL). */
export function parseChoice<T extends string>(value: string | undefined, allowed: readonly T[]): T | null {
  return value !== undefined && (allowed as readonly string[]).includes(value) ? (value as T) : null;
}

function nonEmpty(value: string | undefined): string | null {
  return value === undefined || value.trim() === '' ? null : value;
}

/** Reads the explorer's parameters from the view's URL parameters. */
export function parseExplorerParams(params: Readonly<Record<string, string>>): ExplorerParams {
  const sort = parseChoice(params.sort, EXPLORER_SORT_KEYS);
  return {
    search: params.q ?? '',
    topic: nonEmpty(params.topic),
    comparator: parseChoice(params.comparator, COMPARATORS),
    canonical: parseChoice(params.canonical, CANONICAL_CHOICES),
    indicatorId: nonEmpty(params.indicator),
    kind: parseChoice(params.kind, KIND_CHOICES),
    sort,
    descending: sort !== null && params.dir === 'desc',
  };
}

/** The search words, lower-cased, as the SQL matches them. */
export function parseSearchTerms(search: string): string[] {
  return search
    .toLowerCase()
    .split(/\s+/)
    .filter((term) => term !== '');
}

// The text a search looks in; concat_ws skips nulls, and the line break keeps words of two fields apart.
const SEARCH_TEXT_SQL = `lower(concat_ws(chr(10), t.quote, t.indicator_zh, t.indicator_en, i.name_zh, i.name_en,
  coalesce(c.name_zh, d.city_zh), coalesce(c.name_en, d.city_en), t.lead_department))`;

const EXPLORER_WHERE_SQL = `${TARGET_FILTER_SQL}
  AND ($5 = '' OR t.topic = $5)
  AND ($6 = '' OR t.comparator = $6)
  AND ($7 = '' OR ($7 = 'with') = (t.indicator_id IS NOT NULL))
  AND ($8 = '' OR t.indicator_id = $8)
  AND ($9 = '' OR ($9 = 'qualitative') = (t.comparator = 'qualitative'))
  AND ($10 = '' OR len(list_filter(string_split($10, ' '), lambda term: NOT contains(${SEARCH_TEXT_SQL}, term))) = 0)`;

function buildOrderSql(key: ExplorerSortKey | null, descending: boolean, lang: Lang): string {
  const dir = descending ? 'DESC' : 'ASC';
  const expressions: Record<ExplorerSortKey, string> = {
    // city_id is the city's pinyin, so this is alphabetical order in either language.
    city: 't.city_id',
    domain: `list_position(['${DOMAINS.join("', '")}'], t.domain)`,
    topic: 't.topic',
    // As the column shows it: the canonical indicator where there is one, else the plan's wording.
    indicator:
      lang === 'zh' ? 'coalesce(i.name_zh, t.indicator_zh)' : 'lower(coalesce(i.name_en, t.indicator_en))',
    comparator: `list_position(['${COMPARATORS.join("', '")}'], t.comparator)`,
    value: 't.value',
    year: 't.target_year',
    department: "nullif(t.lead_department, '')",
    review: `list_position(['${REVIEWS.join("', '")}'], t.review)`,
  };
  return key === null ? 't.target_id' : `${expressions[key]} ${dir} NULLS LAST, t.target_id`;
}

const EXPLORER_FROM_SQL = `FROM targets t
LEFT JOIN documents d ON d.doc_id = t.doc_id
LEFT JOIN cities c ON c.city_id = t.city_id
LEFT JOIN indicators i ON i.indicator_id = t.indicator_id
WHERE ${EXPLORER_WHERE_SQL}`;

function buildExplorerSql(order: string): string {
  return `SELECT t.target_id, t.doc_id, t.city_id,
  coalesce(c.name_zh, d.city_zh) AS city_zh, coalesce(c.name_en, d.city_en) AS city_en,
  t.domain, t.topic, t.indicator_id, t.indicator_zh, t.indicator_en, i.name_zh AS canonical_zh,
  i.name_en AS canonical_en, t.comparator, t.value, t.value_max, t.unit, t.unit_zh, t.is_new_count,
  t.target_year, t.lead_department, t.quote, t.quote_start, t.quote_end, t.review, t.origin
${EXPLORER_FROM_SQL}
ORDER BY ${order}
LIMIT $11`;
}

const EXPLORER_SQL = new Map<string, string>();
for (const lang of ['zh', 'en'] as const) {
  for (const key of [null, ...EXPLORER_SORT_KEYS]) {
    for (const descending of [false, true]) {
      EXPLORER_SQL.set(
        `${key}:${descending}:${lang}`,
        buildExplorerSql(buildOrderSql(key, descending, lang)),
      );
    }
  }
}

/** The explorer's SQL for a sort order: one of the constant strings built at load, never user text. */
export function buildExplorerTargetsSql(
  sort: ExplorerSortKey | null,
  descending: boolean,
  lang: Lang,
): string {
  const sql = EXPLORER_SQL.get(`${sort}:${descending && sort !== null}:${lang}`);
  if (sql === undefined) throw new Error(`no explorer query for sort ${String(sort)}`);
  return sql;
}

/** Every explorer SQL string, for tests to EXPLAIN. */
export const EXPLORER_TARGETS_SQLS: readonly string[] = [...new Set(EXPLORER_SQL.values())];

/** How many rows the table receives at most; the count says how many match. */
export const EXPLORER_ROW_LIMIT = 2000;

/** The ten filter parameters of the explorer's SQL, in `$1`…`$10` order. */
export function bindExplorerFilters(state: ViewState): SqlParam[] {
  const explorer = parseExplorerParams(state.params);
  return [
    ...bindFilters(state.filters),
    explorer.topic ?? '',
    explorer.comparator ?? '',
    explorer.canonical ?? '',
    explorer.indicatorId ?? '',
    explorer.kind ?? '',
    parseSearchTerms(explorer.search).join(' '),
  ];
}

/** One record of the explorer's table. */
export interface ExplorerRow {
  targetId: string;
  docId: string;
  cityId: string;
  cityZh: string;
  cityEn: string;
  domain: Domain;
  topic: string;
  indicatorId: string | null;
  /** The quantity as the plan words it, and its English rendering. */
  indicatorZh: string;
  indicatorEn: string;
  /** The canonical indicator's name in each language, where the record has one. */
  canonicalZh: string | null;
  canonicalEn: string | null;
  comparator: Comparator;
  value: number | null;
  valueMax: number | null;
  unit: string | null;
  unitZh: string | null;
  isNewCount: boolean;
  targetYear: number | null;
  leadDepartment: string | null;
  quote: string;
  /** `documents.text.slice(quoteStart, quoteEnd) === quote` (UTF-16 offsets). */
  quoteStart: number;
  quoteEnd: number;
  review: Review;
  /** 'yours' for a person's own record. */
  origin: Origin;
}

/** Decodes one row of the explorer's SQL. */
export function decodeExplorerRow(row: RawRow): ExplorerRow {
  return {
    ...decodeTargetSummary(row),
    targetId: readString(row, 'target_id'),
    docId: readString(row, 'doc_id'),
    cityId: readString(row, 'city_id'),
    cityZh: readString(row, 'city_zh'),
    cityEn: readString(row, 'city_en'),
    topic: readString(row, 'topic'),
    indicatorId: readNullableString(row, 'indicator_id'),
    canonicalZh: readNullableString(row, 'canonical_zh'),
    canonicalEn: readNullableString(row, 'canonical_en'),
    quoteStart: readNumber(row, 'quote_start'),
    quoteEnd: readNumber(row, 'quote_end'),
    review: readOneOf(row, 'review', REVIEWS),
    origin: readOrigin(row),
  };
}

/**
 * The records the explorer shows, filtered and sorted, at most `limit` of them (the `rows` URL parameter
 * raises it in steps of {@link EXPLORER_ROW_LIMIT}; an export asks for every row).
 */
export const EXPLORER_ROWS_QUERY = defineQuery({
  name: 'explorer.rows',
  sql: (state) => {
    const explorer = parseExplorerParams(state.params);
    return buildExplorerTargetsSql(explorer.sort, explorer.descending, state.lang);
  },
  bind: (state) => [...bindExplorerFilters(state), calcExplorerLimit(state.params)],
  decode: (rows) => rows.map(decodeExplorerRow),
});

/** How many rows the table asks for: the `rows` parameter (a multiple of the step), else one step. */
export function calcExplorerLimit(params: Readonly<Record<string, string>>): number {
  const asked = Number(params['rows']);
  return Number.isInteger(asked) && asked > 0 ? asked : EXPLORER_ROW_LIMIT;
}

/** How many records match the explorer's filters. */
export const EXPLORER_COUNT_QUERY = defineQuery({
  name: 'explorer.count',
  sql: `SELECT count(*)::INTEGER AS record_count ${EXPLORER_FROM_SQL}`,
  bind: bindExplorerFilters,
  decode: (rows) => (rows[0] === undefined ? 0 : readNumber(rows[0], 'record_count')),
});

/** One topic of {@link EXPLORER_TOPICS_QUERY}. */
export interface ExplorerTopicRow {
  topic: string;
  /** The first domain the topic occurs in, as the position in DOMAINS counting from 1 (menus group by it). */
  domainRank: number;
  recordCount: number;
}

/** Decodes one row of {@link EXPLORER_TOPICS_QUERY}. */
export function decodeExplorerTopicRow(row: RawRow): ExplorerTopicRow {
  return {
    topic: readString(row, 'topic'),
    domainRank: readNumber(row, 'domain_rank'),
    recordCount: readNumber(row, 'record_count'),
  };
}

/** The topics of the records under the global filters, with their domain and record count, for the topic menu. */
export const EXPLORER_TOPICS_QUERY = defineQuery({
  name: 'explorer.topics',
  sql: `SELECT t.topic, min(list_position(['${DOMAINS.join("', '")}'], t.domain))::INTEGER AS domain_rank,
  count(*)::INTEGER AS record_count
FROM targets t
WHERE ${TARGET_FILTER_SQL}
GROUP BY t.topic
ORDER BY domain_rank, t.topic`,
  bind: (state) => bindFilters(state.filters),
  decode: (rows) =>
    rows.map((row): ExplorerTopicRow => ({
      topic: readString(row, 'topic'),
      domainRank: readNumber(row, 'domain_rank'),
      recordCount: readNumber(row, 'record_count'),
    })),
});

/** How many records the dataset holds in all: the M of "N of M targets". */
export const EXPLORER_TOTAL_QUERY = defineQuery({
  name: 'explorer.total',
  sql: 'SELECT count(*)::INTEGER AS record_count FROM targets',
  bind: () => [],
  decode: (rows) => (rows[0] === undefined ? 0 : readNumber(rows[0], 'record_count')),
});

/** Everything the explorer draws, asked together. */
export const EXPLORER_QUERIES = {
  rows: EXPLORER_ROWS_QUERY,
  count: EXPLORER_COUNT_QUERY,
  topics: EXPLORER_TOPICS_QUERY,
  total: EXPLORER_TOTAL_QUERY,
};

/**
 * Every record matching the explorer's filters, with every published column a dataset export carries
 * (`DATASET_COLUMNS`, `src/lib/export/dataset.ts`): its plan, city and canonical indicator names and its
 * attainment status. In city, then document order.
 */
export const DATASET_QUERY = defineQuery({
  name: 'explorer.dataset',
  sql: `SELECT t.target_id, t.doc_id, d.title AS plan_title, t.city_id,
  coalesce(c.name_zh, d.city_zh) AS city_zh, coalesce(c.name_en, d.city_en) AS city_en,
  t.domain, t.topic, t.indicator_id, i.name_zh AS indicator_name_zh, i.name_en AS indicator_name_en,
  t.indicator_zh, t.indicator_en, t.comparator, t.value, t.value_max, t.unit, t.unit_zh, t.target_year,
  t.year_basis, t.is_new_count, t.lead_department, t.section, t.quote, t.quote_start, t.quote_end, t.review,
  a.status AS attainment_status, t.origin
${EXPLORER_FROM_SQL.replace('WHERE', 'LEFT JOIN attainment a ON a.target_id = t.target_id\nWHERE')}
ORDER BY t.city_id, t.doc_id, t.target_id`,
  bind: bindExplorerFilters,
  decode: (rows): DatasetRow[] =>
    rows.map((row) =>
      Object.fromEntries(
        DATASET_COLUMNS.map((column) => {
          const value = row[column.name] ?? null;
          if (value === null) return [column.name, null];
          if (column.type === 'boolean') return [column.name, readBoolean(row, column.name)];
          if (column.type === 'string') return [column.name, String(value)];
          return [column.name, readNumber(row, column.name)];
        }),
      ),
    ),
});
