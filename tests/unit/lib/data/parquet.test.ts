import { DuckDBInstance } from '@duckdb/node-api';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseColumns, parseParquetTable } from '../../../../src/lib/data/parquet.ts';
import { TABLE_NAMES, TABLE_SCHEMAS } from '../../../../src/lib/data/tables.ts';
import { readPublishedDataset, resolveDataFile } from '../../../published-data.ts';

function toArrayBuffer(bytes: Uint8Array): ArrayBuffer {
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}

async function writeParquet(selectSql: string): Promise<ArrayBuffer> {
  const file = path.join(await mkdtemp(path.join(tmpdir(), 'cqt-')), 'table.parquet');
  const connection = await (await DuckDBInstance.create(':memory:')).connect();
  await connection.run(`COPY (${selectSql}) TO '${file}' (FORMAT parquet, COMPRESSION zstd)`);
  return toArrayBuffer(await readFile(file));
}

describe('parseParquetTable', () => {
  it.each(TABLE_NAMES)(
    'decodes the published %s.parquet with every column and type the build writes',
    async (name) => {
      const data = await readPublishedDataset();
      const columns = data[name].columns.map((c) => [c.name, c.type]);
      expect(columns).toEqual(expect.arrayContaining(TABLE_SCHEMAS[name].map(([n, t]) => [n, t])));
    },
  );

  it('names the columns a file lacks', async () => {
    const targets = resolveDataFile('targets').replaceAll("'", "''");
    const bytes = await writeParquet(
      `SELECT * EXCLUDE (quote, lead_department) FROM read_parquet('${targets}')`,
    );
    await expect(parseParquetTable('targets', bytes)).rejects.toThrow(
      'missing columns quote, lead_department',
    );
  });

  it('says a file that is not Parquet is not Parquet', async () => {
    const bytes = toArrayBuffer(new TextEncoder().encode('<!doctype html><p>Not found</p>'));
    await expect(parseParquetTable('targets', bytes)).rejects.toThrow(/^not a valid Parquet file/);
  });

  it('names a column whose type is not the one the build writes', async () => {
    const targets = resolveDataFile('targets').replaceAll("'", "''");
    const bytes = await writeParquet(
      `SELECT * REPLACE (target_year::BIGINT AS target_year) FROM read_parquet('${targets}')`,
    );
    await expect(parseParquetTable('targets', bytes)).rejects.toThrow(
      'wrong column type: target_year is BIGINT, expected INTEGER',
    );
  });

  it('keeps extra columns, with BIGINT as numbers and nulls as null', async () => {
    const cities = resolveDataFile('cities').replaceAll("'", "''");
    const bytes = await writeParquet(
      `SELECT *, 42::BIGINT AS extra_count, NULL::VARCHAR AS extra_note FROM read_parquet('${cities}')`,
    );
    const table = await parseParquetTable('cities', bytes);
    expect(table.rows[0]).toMatchObject({ extra_count: 42, extra_note: null });
    expect(table.columns.find((c) => c.name === 'extra_count')?.type).toBe('BIGINT');
  });
});

describe('parseColumns', () => {
  it.each([
    [{ name: 'a', type: 'BYTE_ARRAY', converted_type: 'UTF8' }, 'VARCHAR'],
    [{ name: 'a', type: 'INT32' }, 'INTEGER'],
    [{ name: 'a', type: 'INT32', converted_type: 'INT_16' }, 'INTEGER'],
    [{ name: 'a', type: 'INT64', converted_type: 'INT_64' }, 'BIGINT'],
    [{ name: 'a', type: 'INT64', converted_type: 'DECIMAL' }, 'DOUBLE'],
    [{ name: 'a', type: 'DOUBLE' }, 'DOUBLE'],
    [{ name: 'a', type: 'FLOAT' }, 'FLOAT'],
    [{ name: 'a', type: 'BOOLEAN' }, 'BOOLEAN'],
  ] as const)('reads %j as %s', (element, type) => {
    expect(parseColumns([{ name: 'schema', num_children: 1 }, element])).toEqual([{ name: 'a', type }]);
  });

  it.each([
    [{ name: 'd', type: 'INT32', converted_type: 'DATE' }],
    [{ name: 'b', type: 'BYTE_ARRAY' }],
  ] as const)('refuses a column it cannot insert faithfully: %j', (element) => {
    expect(() => parseColumns([{ name: 'schema', num_children: 1 }, element])).toThrow(/unsupported type/);
  });
});
