import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseCsvTable } from '../../../../src/lib/build/read-csv.ts';
import type { OutcomeCatalog } from '../../../../src/lib/outcomes/types.ts';
import {
  calcOutcomeFiles,
  countIssuesByColumn,
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

describe('an unclosed quote in an outcome CSV', () => {
  // Rows as a researcher types them: no quoted fields, one outcome a year.
  const header =
    'city_id,indicator_id,target_id,indicator_zh,indicator_en,year,period,value,unit,as_of,source_title,source_url,quote,notes,caveat,source_kind,match';
  const row = (year: number, title = '杭州市统计公报') =>
    `hangzhou,product_spot_check_pass_rate,,,,${year},annual,9${year % 10}.5,%,,${title},http://tjj.hangzhou.gov.cn/${year}.html,,,,official,exact`;

  it.each([
    ['a title opened with a quote', 3, row(2012, '"杭州市统计公报')],
    ['a quote opened in the last column', 3, `${row(2012)}"`.replace(/,exact"$/, ',"exact')],
  ])('%s is reported on its line, and the rows after it are still read', (_what, line, broken) => {
    const text = [header, row(2010), broken, row(2013), row(2014), row(2015)].join('\n');
    const [file] = calcOutcomeFiles([{ name: 'mine.csv', kind: 'csv', text }], catalog);
    expect(file?.issues).toEqual([
      {
        kind: 'unclosed_quote',
        file: 'mine.csv',
        line,
        column: null,
        message:
          'a quoted field opened on this line is never closed (a " is missing), so this line was left out; the lines after it were read',
      },
    ]);
    expect(file?.rows.map((r) => [r.line, r.year])).toEqual([
      [2, 2010],
      [4, 2013],
      [5, 2014],
      [6, 2015],
    ]);
  });

  it('counts lines across a quoted field that spans lines before the unclosed one', () => {
    const multi = row(2011, '"杭州市\n统计公报"');
    const text = [header, multi, row(2012, '"open'), row(2013), 'x'].join('\r\n');
    const [file] = calcOutcomeFiles([{ name: 'mine.csv', kind: 'csv', text }], catalog);
    // The unclosed quote on line 4 (after a field spanning lines 2–3); the stray last line is line 6.
    expect(file?.issues.filter((i) => i.kind === 'unclosed_quote').map((i) => i.line)).toEqual([4]);
    expect(new Set(file?.issues.filter((i) => i.kind !== 'unclosed_quote').map((i) => i.line))).toEqual(
      new Set([6]),
    );
    expect(file?.rows.map((r) => [r.line, r.year])).toEqual([
      [2, 2011],
      [5, 2013],
    ]);
  });
});

describe('calcOutcomeFiles progress', () => {
  it('reports rows checked every few thousand rows, and finds the same rows and issues', () => {
    const [header = '', ...body] = fixture('good-outcomes.csv').trimEnd().split('\n');
    const many = [header, ...Array.from({ length: 2_500 }, () => body).flat()].join('\n');
    const progress: number[] = [];
    const [quiet] = calcOutcomeFiles([{ name: 'many.csv', kind: 'csv', text: many }], catalog);
    const [told] = calcOutcomeFiles([{ name: 'many.csv', kind: 'csv', text: many }], catalog, (p) =>
      progress.push(p.done),
    );
    expect(told).toEqual(quiet);
    expect(progress.at(-1)).toBe(2_500 * body.length);
    expect(progress.length).toBeGreaterThan(2);
  });
});

describe('countIssuesByColumn', () => {
  it('counts problems per column, most first, whole-row problems under null', () => {
    const issues = [{ column: 'city_id' }, { column: null }, { column: 'city_id' }, { column: 'value' }];
    expect(countIssuesByColumn(issues)).toEqual([
      ['city_id', 2],
      [null, 1],
      ['value', 1],
    ]);
  });
});
