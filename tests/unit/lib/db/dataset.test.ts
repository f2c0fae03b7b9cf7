import { DuckDBInstance } from '@duckdb/node-api';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseColumns, parseParquetTable } from '../../../../src/lib/db/dataset.ts';
import { TABLE_COLUMNS, TABLE_NAMES } from '../../../../src/lib/db/tables.ts';
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
    'decodes the published %s.parquet with every column docs/DATA.md lists',
    async (name) => {
      const data = await readPublishedDataset();
      const names = data[name].columns.map((c) => c.name);
      expect(names).toEqual(expect.arrayContaining([...TABLE_COLUMNS[name]]));
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

  it('turns BIGINT values into numbers and keeps nulls', async () => {
    const bytes = await writeParquet(
      `SELECT * REPLACE (9::BIGINT AS target_count, NULL::BIGINT AS city_count)
       FROM (SELECT 'x' AS indicator_id, 'n' AS name_zh, 'n' AS name_en, 'product' AS domain, 't' AS topic,
                    '%' AS unit, 'higher' AS direction, '' AS wordings, NULL::VARCHAR AS exclude,
                    0::BIGINT AS target_count, 0::BIGINT AS city_count)`,
    );
    const table = await parseParquetTable('indicators', bytes);
    expect(table.rows[0]).toMatchObject({ target_count: 9, city_count: null, exclude: null });
    expect(table.columns.find((c) => c.name === 'target_count')?.type).toBe('BIGINT');
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
