/**
 * SQL fragments many queries share, built from column names only, once: how the global filters match a
 * record or a plan, and the parameters they bind.
 */

import type { Filters } from '../state/url.ts';
import type { SqlParam } from './query.ts';

/**
 * The four parameters every filtered query takes, in this order: `$1` city ids joined by commas ('' = all),
 * `$2` domains joined by commas ('' = all), `$3` first and `$4` last target year (null = open).
 */
export function bindFilters(filters: Filters): SqlParam[] {
  return [filters.cities.join(','), filters.domains.join(','), filters.yearFrom, filters.yearTo];
}

/** True when `column` is one of the comma-joined values of `param`, or `param` is '' (no filter). */
export function buildListMatchSql(param: string, column: string): string {
  return `(${param} = '' OR list_contains(string_split(${param}, ','), ${column}))`;
}

/** A target record (alias `t`) under all four filters. */
export const TARGET_FILTER_SQL = `${buildListMatchSql('$1', 't.city_id')}
  AND ${buildListMatchSql('$2', 't.domain')}
  AND ($3::INTEGER IS NULL OR t.target_year >= $3::INTEGER)
  AND ($4::INTEGER IS NULL OR t.target_year <= $4::INTEGER)`;

/**
 * A plan (alias `d`) of the selected cities whose span, from its start year to its last horizon, meets the
 * year range. The domain filter does not apply to plans.
 */
export const PLAN_FILTER_SQL = `${buildListMatchSql('$1', 'd.city_id')}
  AND ($3::INTEGER IS NULL OR d.horizon_year >= $3::INTEGER)
  AND ($4::INTEGER IS NULL OR d.start_year <= $4::INTEGER)`;

/** The domains in the order every view shows them, as a DuckDB list literal (for `list_position`). */
export function buildOrderListSql(values: readonly string[]): string {
  return `['${values.join("', '")}']`;
}
