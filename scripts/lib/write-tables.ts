/**
 * Writes the published tables with @duckdb/node-api: one DuckDB database file (what the dashboard attaches in
 * the browser, which has no Parquet reader offline) and one Parquet file (zstd) per table, from the same rows.
 */
import { DuckDBInstance, INTEGER, LIST, VARCHAR, type DuckDBAppender } from '@duckdb/node-api';
import { rmSync } from 'node:fs';
import path from 'node:path';
import type { ColumnType } from '../../src/lib/build/schema.ts';
import type { PublishedTable } from '../../src/lib/build/publish.ts';
import { DATABASE_FILE, DATABASE_STORAGE_VERSION } from '../../src/lib/data/tables.ts';

function append(appender: DuckDBAppender, type: ColumnType, value: unknown): void {
  if (value === null || value === undefined) return appender.appendNull();
  switch (type) {
    case 'VARCHAR':
      return appender.appendVarchar(String(value));
    case 'INTEGER':
      return appender.appendInteger(Number(value));
    case 'DOUBLE':
      return appender.appendDouble(Number(value));
    case 'BOOLEAN':
      return appender.appendBoolean(Boolean(value));
    case 'VARCHAR[]':
      return appender.appendList((value as unknown[]).map(String), LIST(VARCHAR));
    case 'INTEGER[]':
      return appender.appendList((value as unknown[]).map(Number), LIST(INTEGER));
  }
}

function quoteLiteral(text: string): string {
  return `'${text.replace(/'/g, "''")}'`;
}

/** Writes `${dir}/dataset.duckdb` and `${dir}/<table>.parquet` for every table. */
export async function writeTables(dir: string, tables: readonly PublishedTable[]): Promise<void> {
  const file = path.join(dir, DATABASE_FILE);
  rmSync(file, { force: true });
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  try {
    // The browser's DuckDB-WASM is older than the build's DuckDB: write the storage format it reads.
    await connection.run(
      `ATTACH ${quoteLiteral(file)} AS published (STORAGE_VERSION '${DATABASE_STORAGE_VERSION}')`,
    );
    for (const table of tables) {
      const name = `published."${table.name}"`;
      const ddl = table.columns.map(([column, type]) => `"${column}" ${type}`).join(', ');
      await connection.run(`CREATE TABLE ${name} (${ddl})`);
      const appender = await connection.createAppender(table.name, 'main', 'published');
      for (const row of table.rows as readonly Record<string, unknown>[]) {
        for (const [column, type] of table.columns) append(appender, type, row[column]);
        appender.endRow();
      }
      appender.closeSync();
      const target = quoteLiteral(path.join(dir, `${table.name}.parquet`));
      await connection.run(`COPY ${name} TO ${target} (FORMAT parquet, COMPRESSION zstd)`);
    }
    await connection.run('DETACH published');
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}
