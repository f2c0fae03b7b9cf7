/**
 * DuckDB in Node over a published database, set up with the same SQL as the browser's engine, so the build
 * (its answers for the first view) and the tests run the dashboard's own queries unchanged.
 */
import { DuckDBInstance, type DuckDBConnection, type DuckDBValue } from '@duckdb/node-api';
import type { RawRow } from '../../src/lib/data/fields.ts';
import type { SqlParam, Statement, StatementRunner } from '../../src/lib/data/query.ts';
import { buildSetupSql, OFFLINE_SETTINGS_SQL } from '../../src/lib/data/setup.ts';

/** An engine in Node: runs statements and returns rows shaped as the browser's engine returns them. */
export interface NodeEngine extends StatementRunner {
  run(sql: string, params?: readonly SqlParam[]): Promise<RawRow[]>;
  connection: DuckDBConnection;
  close(): void;
}

/** A value as DuckDB-WASM hands it to the app (castBigIntToDouble): integers as numbers, lists as arrays. */
function toBrowserValue(value: unknown): unknown {
  if (typeof value === 'bigint') return Number(value);
  if (Array.isArray(value)) return value.map(toBrowserValue);
  return value;
}

/** Opens the published database file with the browser's setup SQL. */
export async function openNodeEngine(databaseFile: string): Promise<NodeEngine> {
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  for (const sql of [...OFFLINE_SETTINGS_SQL, ...buildSetupSql(databaseFile)]) await connection.run(sql);
  async function run(sql: string, params: readonly SqlParam[] = []): Promise<RawRow[]> {
    const reader = await connection.runAndReadAll(sql, params as DuckDBValue[]);
    return reader.getRowObjectsJS().map((row) => {
      const plain: Record<string, unknown> = {};
      for (const [column, value] of Object.entries(row)) plain[column] = toBrowserValue(value);
      return plain;
    });
  }
  return {
    connection,
    run,
    runBatch(statements: readonly Statement[]) {
      // One connection runs one statement at a time: chain them, but hand back one promise each.
      let previous: Promise<unknown> = Promise.resolve();
      return statements.map((statement) => {
        const result = previous.then(() => run(statement.sql, statement.params));
        previous = result.catch(() => undefined);
        return result;
      });
    },
    close() {
      connection.closeSync();
      instance.closeSync();
    },
  };
}
