/** The published Parquet files and the DuckDB database the browser attaches hold the same rows, table by table. */

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TABLE_NAMES } from '../../../src/lib/data/tables.ts';
import type { NodeEngine } from '../../../scripts/lib/duckdb-node.ts';
import { openPublishedEngine, resolveDataFile } from '../../published-data.ts';

let engine: NodeEngine;

beforeAll(async () => {
  engine = await openPublishedEngine();
});

afterAll(() => engine.close());

describe.each(TABLE_NAMES)('%s', (table) => {
  const parquet = () => `read_parquet('${resolveDataFile(table).replaceAll("'", "''")}')`;

  it('has the same columns, with the same types, in the Parquet file and the database', async () => {
    const fromParquet = await engine.run(`DESCRIBE SELECT * FROM ${parquet()}`);
    const fromDatabase = await engine.run(`DESCRIBE SELECT * FROM published."${table}"`);
    const shape = (rows: Record<string, unknown>[]) =>
      rows.map((r) => `${r['column_name']} ${r['column_type']}`);
    expect(shape(fromParquet)).toEqual(shape(fromDatabase));
  });

  it('has the same rows in both, each as often', async () => {
    const [counts] = await engine.run(`SELECT
      (SELECT count(*) FROM ${parquet()})::INTEGER AS in_parquet,
      (SELECT count(*) FROM published."${table}")::INTEGER AS in_database,
      (SELECT count(*) FROM (SELECT * FROM ${parquet()} EXCEPT ALL SELECT * FROM published."${table}"))::INTEGER
        AS only_in_parquet,
      (SELECT count(*) FROM (SELECT * FROM published."${table}" EXCEPT ALL SELECT * FROM ${parquet()}))::INTEGER
        AS only_in_database`);
    expect(counts?.['in_parquet']).toBeGreaterThan(0);
    expect(counts).toMatchObject({
      in_database: counts?.['in_parquet'],
      only_in_parquet: 0,
      only_in_database: 0,
    });
  });
});
