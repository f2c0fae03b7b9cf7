/**
 * Test helper: the published dataset opened in DuckDB (Node) with the browser's own setup SQL, so the app's
 * queries run unchanged, plus plain SQL for answers worked out independently of them.
 */

import path from 'node:path';
import type { RawRow } from '../src/lib/data/fields.ts';
import { bindQuery, type Query, type ViewState } from '../src/lib/data/query.ts';
import { DATA_DIR, DATABASE_FILE, buildDataPath, type TableName } from '../src/lib/data/tables.ts';
import type { Filters } from '../src/lib/state/url.ts';
import { NO_FILTERS } from '../src/lib/state/url.ts';
import { openNodeEngine, type NodeEngine } from '../scripts/lib/duckdb-node.ts';

/** The repository root. */
export const ROOT = path.resolve(import.meta.dirname, '..');

/** Where a table's published Parquet file is. */
export function resolveDataFile(table: TableName): string {
  return path.join(ROOT, 'public', buildDataPath(table));
}

/** The published database the browser attaches. */
export const DATABASE_PATH = path.join(ROOT, 'public', DATA_DIR, DATABASE_FILE);

/** Opens the published database with the browser's setup (views over published and a person's own rows). */
export function openPublishedEngine(): Promise<NodeEngine> {
  return openNodeEngine(DATABASE_PATH);
}

/** A view state: the given filters and view parameters, in Chinese unless said otherwise. */
export function buildState(
  filters: Partial<Filters> = {},
  params: Record<string, string> = {},
  lang: ViewState['lang'] = 'zh',
): ViewState {
  return { filters: { ...NO_FILTERS, ...filters }, params, lang };
}

/** Runs one of the app's queries for a view state and decodes its answer, as the browser does. */
export async function runQuery<T>(engine: NodeEngine, query: Query<T>, state: ViewState): Promise<T> {
  const statement = bindQuery(query, state);
  return query.decode(await engine.run(statement.sql, statement.params));
}

/** Runs a plain SQL string written in a test, independent of the app's queries. */
export function runSql(engine: NodeEngine, sql: string): Promise<RawRow[]> {
  return engine.run(sql);
}
