/**
 * The SQL that readies an engine for the views, the same in the browser (DuckDB-WASM) and in the build
 * (DuckDB in Node): the published database attached read-only, an empty table for a person's own rows of
 * each table they can add to, and under each table's plain name a view of the published rows and theirs.
 */

import {
  TABLE_NAMES,
  USER_ROW_KEYS,
  USER_TABLE_NAMES,
  type TableName,
  type UserTableName,
} from './tables.ts';

/** Where a row of a table a person can add to comes from: the published dataset, or their own rows. */
export const ORIGINS = ['published', 'yours'] as const;

/** The `origin` column of a table a person can add to. */
export type Origin = (typeof ORIGINS)[number];

/** The schema the published database is attached as; `published.targets` holds the published rows only. */
export const PUBLISHED_SCHEMA = 'published';

/** Where a person's own rows of a table are kept: `user_targets`, `user_documents`, `user_outcomes`. */
export function buildUserTableName(table: UserTableName): string {
  return `user_${table}`;
}

function isUserTable(table: TableName): table is UserTableName {
  return (USER_TABLE_NAMES as readonly string[]).includes(table);
}

function quoteLiteral(text: string): string {
  return `'${text.replace(/'/g, "''")}'`;
}

/** Settings that keep the engine from fetching anything from DuckDB's servers, run before anything else. */
export const OFFLINE_SETTINGS_SQL: readonly string[] = [
  'SET autoinstall_known_extensions = false',
  'SET autoload_known_extensions = false',
];

/**
 * The statements that attach the published database at `databasePath` and create the user tables and the
 * views the queries read. Every view of a table a person can add to has an `origin` column: 'published' or
 * 'yours'. Where a table has a key in USER_ROW_KEYS, a person's row hides the published row of that key.
 */
export function buildSetupSql(databasePath: string): string[] {
  const statements = [`ATTACH ${quoteLiteral(databasePath)} AS ${PUBLISHED_SCHEMA} (READ_ONLY)`];
  for (const table of TABLE_NAMES) {
    const published = `${PUBLISHED_SCHEMA}."${table}"`;
    if (!isUserTable(table)) {
      statements.push(`CREATE VIEW "${table}" AS SELECT * FROM ${published}`);
      continue;
    }
    const mine = buildUserTableName(table);
    const key = USER_ROW_KEYS[table];
    statements.push(
      `CREATE TABLE ${mine} AS SELECT * FROM ${published} LIMIT 0`,
      key === undefined
        ? `CREATE VIEW "${table}" AS SELECT *, '${ORIGINS[0]}' AS origin FROM ${published}
UNION ALL SELECT *, '${ORIGINS[1]}' AS origin FROM ${mine}`
        : // An anti join scans the published rows once (NOT EXISTS cost twice as much at 100,000 rows).
          `CREATE VIEW "${table}" AS SELECT p.*, '${ORIGINS[0]}' AS origin FROM ${published} p
ANTI JOIN ${mine} m ON m."${key}" = p."${key}"
UNION ALL SELECT *, '${ORIGINS[1]}' AS origin FROM ${mine}`,
    );
  }
  return statements;
}

/**
 * Run last in the browser: nothing the SQL console writes may reach a file, a URL or another host, and no
 * setting can be changed back (so this holds wherever the site is served from).
 */
export const LOCK_DOWN_SQL: readonly string[] = [
  'SET enable_external_access = false',
  'SET lock_configuration = true',
];
