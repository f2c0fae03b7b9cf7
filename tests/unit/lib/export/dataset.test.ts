/** The dataset export: the README, the CSV, the XLSX workbook and the Parquet file, from the published rows. */

import { unzipSync, strFromU8 } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATASET_QUERY } from '../../../../src/lib/data/queries/explorer.ts';
import {
  DATASET_COLUMNS,
  buildDatasetCsv,
  buildDatasetParquet,
  buildDatasetXlsx,
  buildReadme,
  buildZip,
  type DatasetRow,
} from '../../../../src/lib/export/dataset.ts';
import { parseCsvTable } from '../../../../src/lib/build/read-csv.ts';
import type { NodeEngine } from '../../../../scripts/lib/duckdb-node.ts';
import { buildState, openPublishedEngine, runQuery, runSql } from '../../../published-data.ts';

let engine: NodeEngine;
let rows: DatasetRow[];

beforeAll(async () => {
  engine = await openPublishedEngine();
  rows = await runQuery(
    engine,
    DATASET_QUERY,
    buildState({ cities: ['hangzhou', 'linxia'], domains: ['environment'] }),
  );
});

afterAll(() => engine.close());

describe('DATASET_QUERY', () => {
  it('returns every filtered record with every column, as plain SQL counts them', async () => {
    const [expected] = await runSql(
      engine,
      `SELECT count(*)::INTEGER AS n FROM published.targets WHERE city_id IN ('hangzhou', 'linxia') AND domain = 'environment'`,
    );
    expect(rows).toHaveLength(Number(expected?.['n']));
    for (const row of rows) expect(Object.keys(row)).toEqual(DATASET_COLUMNS.map((c) => c.name));
    expect(new Set(rows.map((r) => r['city_id']))).toEqual(new Set(['hangzhou', 'linxia']));
  });

  it('carries each quantitative target’s attainment status and none for commitments', () => {
    for (const row of rows) {
      if (row['comparator'] === 'qualitative') expect(row['attainment_status']).toBeNull();
      else expect(typeof row['attainment_status']).toBe('string');
    }
  });
});

describe('buildReadme', () => {
  it('says what the rows are, the filters, every field, the sources and how to cite, in the language asked', () => {
    const readme = buildReadme({
      lang: 'zh',
      rowCount: 25,
      filters: ['城市：hangzhou, linxia'],
      plans: ['杭州市争创全国质量强市示范城市工作方案'],
      datasetDate: '2026-12-07',
      citation: 'City Quality Targets (城市质量发展目标), version 0.1.0',
      fileName: 'targets.csv',
    });
    expect(readme).toContain('共 25 行');
    expect(readme).toContain('  - 城市：hangzhou, linxia');
    expect(readme).toContain('《杭州市争创全国质量强市示范城市工作方案》');
    expect(readme).toContain('数据集日期：2026-12-07');
    expect(readme).toContain('引用方式');
    for (const column of DATASET_COLUMNS) expect(readme).toContain(`  ${column.name}（`);
  });
});

describe('the files', () => {
  it('CSV: a header of the published names and one line per row, read back to the same quotes', () => {
    const csv = buildDatasetCsv(rows);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const table = parseCsvTable(csv);
    expect(table.columns).toEqual(DATASET_COLUMNS.map((c) => c.name));
    expect(table.records.map((r) => r.values['quote'])).toEqual(rows.map((r) => r['quote']));
  });

  it('a zip holds the data file and its README', () => {
    const files = unzipSync(buildZip({ 'targets.csv': 'a\r\n', 'README.txt': 'read me' }));
    expect(Object.keys(files).sort()).toEqual(['README.txt', 'targets.csv']);
    expect(strFromU8(files['README.txt'] ?? new Uint8Array())).toBe('read me');
  });

  it('XLSX: a targets sheet with the rows and a README sheet; a formula-like cell is text', async () => {
    const hostile: DatasetRow = { ...rows[0], quote: '=1+1', lead_department: '@市质监局' };
    const blob = await buildDatasetXlsx(
      [...rows, hostile],
      buildReadme({
        lang: 'en',
        rowCount: rows.length + 1,
        filters: [],
        plans: [],
        datasetDate: null,
        citation: 'cite',
        fileName: 'x.xlsx',
      }),
    );
    const files = unzipSync(new Uint8Array(await blob.arrayBuffer()));
    const workbook = strFromU8(files['xl/workbook.xml'] ?? new Uint8Array());
    expect(workbook).toContain('name="targets"');
    expect(workbook).toContain('name="README"');
    const sheet = strFromU8(files['xl/worksheets/sheet1.xml'] ?? new Uint8Array());
    expect(sheet).not.toContain('<f>');
    const strings = strFromU8(files['xl/sharedStrings.xml'] ?? new Uint8Array());
    expect(strings).toContain("'=1+1");
    expect(strings).toContain("'@市质监局");
    expect(strings).toContain(String(rows[0]?.['quote']));
  });

  it('Parquet: reads back in DuckDB with the same rows and types', async () => {
    const bytes = await buildDatasetParquet(rows);
    const { writeFile, mkdtemp } = await import('node:fs/promises');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const file = join(await mkdtemp(join(tmpdir(), 'dataset-')), 'targets.parquet');
    await writeFile(file, bytes);
    const back = await runSql(
      engine,
      `SELECT count(*)::INTEGER AS n, string_agg(target_id, ',' ORDER BY target_id) AS ids,
        any_value(typeof(target_year)) AS year_type, any_value(typeof(is_new_count)) AS flag_type
       FROM read_parquet('${file}')`,
    );
    expect(back[0]).toEqual({
      n: rows.length,
      ids: rows
        .map((r) => r['target_id'])
        .sort()
        .join(','),
      year_type: 'INTEGER',
      flag_type: 'BOOLEAN',
    });
  });
});
