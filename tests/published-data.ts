/** Test helper: the published Parquet files, opened in DuckDB (Node) and decoded with the app's own decoder. */

import { DuckDBInstance, type DuckDBConnection, type DuckDBValue } from '@duckdb/node-api';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseParquetTable, type Dataset, type DecodedTable } from '../src/lib/data/parquet.ts';
import type { QueryRunner } from '../src/lib/data/queries.ts';
import { TABLE_NAMES, buildDataPath, type TableName } from '../src/lib/data/tables.ts';

/** The repository root. */
export const ROOT = path.resolve(import.meta.dirname, '..');

/** Where a table's published Parquet file is. */
export function resolveDataFile(table: TableName): string {
  return path.join(ROOT, 'public', buildDataPath(table));
}

/** Opens an in-memory DuckDB with one view per table over its Parquet file, named as in the browser. */
export async function openPublishedData(): Promise<DuckDBConnection> {
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  for (const table of TABLE_NAMES) {
    const file = resolveDataFile(table).replaceAll("'", "''");
    await connection.run(`CREATE VIEW "${table}" AS SELECT * FROM read_parquet('${file}')`);
  }
  return connection;
}

/** A QueryRunner over a node-api connection, so the app's query functions run unchanged in tests. */
export function createNodeRunner(connection: DuckDBConnection): QueryRunner {
  return {
    async run(sql, params) {
      const reader = await connection.runAndReadAll(sql, params as DuckDBValue[]);
      return reader.getRowObjectsJS();
    },
  };
}

/** Decodes every published file exactly as the browser does. */
export async function readPublishedDataset(): Promise<Dataset> {
  const tables = await Promise.all(
    TABLE_NAMES.map(async (name) => {
      const bytes = await readFile(resolveDataFile(name));
      const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
      return [name, await parseParquetTable(name, buffer)] as const;
    }),
  );
  return Object.fromEntries(tables) as unknown as Dataset & Record<TableName, DecodedTable<unknown>>;
}
