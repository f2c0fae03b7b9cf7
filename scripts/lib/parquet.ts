/** Write rows to Parquet (zstd) with @duckdb/node-api: one in-memory table per file, typed columns. */
import { DuckDBInstance, type DuckDBAppender } from '@duckdb/node-api';

import type { ColumnType } from '../../src/lib/build/schema.ts';
export type { ColumnType };

export interface TableSpec {
  name: string;
  columns: readonly (readonly [string, ColumnType])[];
  rows: readonly object[];
}

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
  }
}

/** Write each table to `${dir}/${name}.parquet`. */
export async function writeParquetTables(dir: string, tables: readonly TableSpec[]): Promise<void> {
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  try {
    for (const table of tables) {
      const ddl = table.columns.map(([name, type]) => `"${name}" ${type}`).join(', ');
      await connection.run(`CREATE TABLE "${table.name}" (${ddl})`);
      const appender = await connection.createAppender(table.name);
      for (const row of table.rows as readonly Record<string, unknown>[]) {
        for (const [name, type] of table.columns) append(appender, type, row[name]);
        appender.endRow();
      }
      appender.closeSync();
      const target = `${dir}/${table.name}.parquet`.replace(/'/g, "''");
      await connection.run(`COPY "${table.name}" TO '${target}' (FORMAT parquet, COMPRESSION zstd)`);
    }
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}
