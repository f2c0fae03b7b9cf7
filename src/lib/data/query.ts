/**
 * What a view asks of the data: a query is SQL with `$n` parameters, how a view's state binds them, and how
 * its rows are decoded into one typed answer. The same definition runs in the build (DuckDB in Node, for the
 * answers the first view draws from) and in the browser (DuckDB-WASM).
 */

import type { RawRow } from './fields.ts';
import type { Lang } from '../i18n/lang.ts';
import type { Filters } from '../state/url.ts';
import { USER_TABLE_NAMES, type UserTableName } from './tables.ts';

/** A value bound to a `$n` parameter. */
export type SqlParam = string | number | boolean | null;

/** Everything a view's queries may depend on: the URL's filters, the view's own URL parameters, the language. */
export interface ViewState {
  filters: Filters;
  /** The view's URL parameters (`doc`, `target`, `q`, …), as written in the URL. */
  params: Readonly<Record<string, string>>;
  /** The interface language (where names sort in the language shown). */
  lang: Lang;
}

/** One query a view declares. */
export interface Query<T> {
  /** Names the query in build-time answers and error messages: `<view>.<name>`, unique. */
  readonly name: string;
  /** The SQL; a function where the state picks one of a fixed set of strings (never user text in SQL). */
  readonly sql: string | ((state: ViewState) => string);
  /** The values of `$1`, `$2`, … for a view state. */
  bind(state: ViewState): readonly SqlParam[];
  /** The answer, from the result rows. */
  decode(rows: readonly RawRow[]): T;
}

/** The answer type of a query. */
export type AnswerOf<Q> = Q extends Query<infer T> ? T : never;

/** A named set of queries a view (or a part of one) draws from together. */
export type QuerySet = Readonly<Record<string, Query<unknown>>>;

/** The answers to a query set, under the same names. */
export type AnswersOf<S extends QuerySet> = { readonly [K in keyof S]: AnswerOf<S[K]> };

/** A statement ready to run: SQL and its bound parameters. */
export interface Statement {
  sql: string;
  params: readonly SqlParam[];
}

/** Runs statements; every statement of one call is sent at once, and each settles on its own. */
export interface StatementRunner {
  runBatch(statements: readonly Statement[]): Promise<RawRow[]>[];
}

/** Declares a query; the identity, so its answer type is inferred from `decode`. */
export function defineQuery<T>(query: Query<T>): Query<T> {
  return query;
}

/** The cache key of a statement: its SQL and its parameters. */
export function buildStatementKey(statement: Statement): string {
  return `${statement.sql}\u0000${JSON.stringify(statement.params)}`;
}

/** The statement a query runs for a view state. */
export function bindQuery(query: Query<unknown>, state: ViewState): Statement {
  return { sql: typeof query.sql === 'string' ? query.sql : query.sql(state), params: query.bind(state) };
}

const readsCache = new Map<string, readonly UserTableName[]>();

/**
 * Which of the tables a person can add rows to a statement reads (by name, as SQL names them); `published.<table>`
 * holds the published rows only, and is not one of them.
 */
export function listUserTablesRead(sql: string): readonly UserTableName[] {
  let tables = readsCache.get(sql);
  if (tables === undefined) {
    tables = USER_TABLE_NAMES.filter((name) =>
      new RegExp(`(?<!\\bpublished\\s*\\.\\s*"?)\\b${name}\\b`, 'i').test(sql),
    );
    readsCache.set(sql, tables);
  }
  return tables;
}
