import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseCsvTable } from '../../../../src/lib/build/read-csv.ts';
import type { OutcomeCatalog } from '../../../../src/lib/outcomes/types.ts';
import {
  calcOutcomeFiles,
  formatOutcomesCsv,
  parseOutcomeSheet,
  parseStoredOutcomeSources,
} from '../../../../src/lib/outcomes/upload.ts';
import { OUTCOME_CATALOG_QUERIES } from '../../../../src/lib/data/queries/outcome-catalog.ts';
import { buildState, openPublishedEngine, ROOT, runQuery } from '../../../published-data.ts';

const fixture = (name: string) => readFileSync(path.join(ROOT, 'tests/fixtures/outcomes', name), 'utf8');
let catalog: OutcomeCatalog;

beforeAll(async () => {
  // The catalog the browser checks a file against, asked of the published database as the browser asks it.
  const engine = await openPublishedEngine();
  const state = buildState();
  catalog = {
    cities: await runQuery(engine, OUTCOME_CATALOG_QUERIES.cities, state),
    indicators: await runQuery(engine, OUTCOME_CATALOG_QUERIES.indicators, state),
    targets: await runQuery(engine, OUTCOME_CATALOG_QUERIES.targets, state),
  };
  engine.close();
});

describe('calcOutcomeFiles', () => {
  it('keeps the valid rows of a good file and reports nothing', () => {
    const [file] = calcOutcomeFiles(
      [{ name: 'good.csv', kind: 'csv', text: fixture('good-outcomes.csv') }],
      catalog,
    );
    expect(file?.issues).toEqual([]);
    expect(file?.rows.map((r) => [r.city_id, r.indicator_id, r.year, r.value, r.match])).toEqual([
      ['hangzhou', 'product_spot_check_pass_rate', 2015, 94.97, 'approximate'],
      ['hangzhou', 'product_spot_check_pass_rate', 2014, 93.64, 'approximate'],
    ]);
  });

  it.each([
    [3, 'city_id', 'unknown city "beijing"'],
    [4, 'indicator_id', 'unknown indicator "famous_trademarks"'],
    [5, 'unit', 'unit "件" does not match indicator provincial_famous_trademarks (count)'],
    [8, 'value', 'value "44件" is not a number'],
    [6, 'source_title', 'missing source: a source_title and a source_url or quote are required'],
    [9, null, 'duplicate of line 2 (shijiazhuang, provincial_famous_trademarks, 2014, annual)'],
    [12, 'period', 'period "monthly 2018-08" is not in year 2017'],
    [13, 'match', 'match "near" is not one of'],
    [14, 'target_id', 'unknown target "hangzhou-2013-999"'],
    [15, 'year', 'year "2014年" is not a year'],
    [16, 'indicator_id', 'give an indicator_id or a target_id'],
    [17, 'source_url', 'source_url "www.hebei.com.cn" is not an http(s) address'],
    [18, 'as_of', 'as_of "June 2014" is not YYYY, YYYY-MM or YYYY-MM-DD'],
  ])('reports bad-outcomes.csv line %i, column %s: %s', (line, column, message) => {
    const [file] = calcOutcomeFiles(
      [{ name: 'bad.csv', kind: 'csv', text: fixture('bad-outcomes.csv') }],
      catalog,
    );
    expect(file?.issues).toContainEqual(
      expect.objectContaining({ file: 'bad.csv', line, column, message: expect.stringContaining(message) }),
    );
  });

  it('finds a row that repeats one of an earlier file, naming that file and line', () => {
    const text = fixture('good-outcomes.csv');
    const [, second] = calcOutcomeFiles(
      [
        { name: 'a.csv', kind: 'csv', text },
        { name: 'b.csv', kind: 'csv', text },
      ],
      catalog,
    );
    expect(second?.rows).toEqual([]);
    expect(second?.issues[0]?.message).toMatch(/^duplicate of a\.csv line 2/);
  });
});

describe('parseOutcomeSheet', () => {
  it('reads spreadsheet rows (numbers as numbers, row numbers as lines) like the CSV', () => {
    const table = parseCsvTable(fixture('good-outcomes.csv'));
    const cells = [
      table.columns,
      ...table.records.map((r) =>
        table.columns.map((c) => (c === 'year' || c === 'value' ? Number(r.values[c]) : r.values[c] || null)),
      ),
    ];
    const result = parseOutcomeSheet('good.xlsx', cells, { catalog });
    expect(result.issues).toEqual([]);
    expect(result.rows.map((r) => [r.file, r.line, r.value])).toEqual([
      ['good.xlsx', 2, 94.97],
      ['good.xlsx', 3, 93.64],
    ]);
  });

  it('names a missing column on row 1', () => {
    const result = parseOutcomeSheet('x.xlsx', [['city_id', 'year']], { catalog });
    expect(result.issues.map((i) => [i.line, i.column])).toContainEqual([1, 'indicator_id']);
  });
});

describe('formatOutcomesCsv', () => {
  it('writes rows that read back as the same rows', () => {
    const [file] = calcOutcomeFiles(
      [{ name: 'good.csv', kind: 'csv', text: fixture('good-outcomes.csv') }],
      catalog,
    );
    const csv = formatOutcomesCsv(file?.rows ?? []);
    const [again] = calcOutcomeFiles([{ name: 'good.csv', kind: 'csv', text: csv }], catalog);
    expect(again?.issues).toEqual([]);
    expect(again?.rows.map(({ line: _line, ...row }) => row)).toEqual(
      file?.rows.map(({ line: _line, ...row }) => row),
    );
  });
});

describe('parseStoredOutcomeSources', () => {
  it.each([
    [null, []],
    ['not json', []],
    ['{"name":"x"}', []],
    ['[{"name":"a.csv","kind":"csv","text":"x"},{"name":1}]', [{ name: 'a.csv', kind: 'csv', text: 'x' }]],
    [
      '[{"name":"a.xlsx","kind":"sheet","cells":[["city_id"]]}]',
      [{ name: 'a.xlsx', kind: 'sheet', cells: [['city_id']] }],
    ],
  ])('reads %j', (text, sources) => {
    expect(parseStoredOutcomeSources(text)).toEqual(sources);
  });
});
