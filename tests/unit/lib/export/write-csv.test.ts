import { describe, expect, it } from 'vitest';
import { parseCsvTable } from '../../../../src/lib/build/read-csv.ts';
import {
  UTF8_BOM,
  buildCsv,
  buildCsvFilename,
  buildCsvTable,
  buildFilteredStem,
  formatCsvCell,
  neutraliseFormula,
} from '../../../../src/lib/export/write-csv.ts';

describe('formatCsvCell', () => {
  it.each([
    [null, ''],
    [90, '90'],
    [1200, '1200'],
    [0.125, '0.125'],
    [Number.NaN, ''],
    [true, 'true'],
    ['国家监督抽查合格率稳定在90%以上', '国家监督抽查合格率稳定在90%以上'],
  ])('writes %j as %j', (cell, text) => {
    expect(formatCsvCell(cell)).toBe(text);
  });
});

describe('neutraliseFormula', () => {
  it.each([
    // What a spreadsheet would run: =, +, -, @ first, or a tab or carriage return before them.
    ['=HYPERLINK("http://example.invalid","点击")', `'=HYPERLINK("http://example.invalid","点击")`],
    ['=1+1', "'=1+1"],
    ['+A1', "'+A1"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1:A2)', "'@SUM(A1:A2)"],
    ['\t=1+1', "'\t=1+1"],
    ['\r=1+1', "'\r=1+1"],
    ['-', "'-"],
    // Plain numbers held as text are numbers to a spreadsheet, not formulas.
    ['-5', '-5'],
    ['+0.5', '+0.5'],
    ['-1.5e3', '-1.5e3'],
    // Sentences of the plans and ordinary text stay as written.
    ['国家监督抽查合格率稳定在90%以上', '国家监督抽查合格率稳定在90%以上'],
    ['a=b', 'a=b'],
    ['', ''],
  ])('writes %j as %j', (text, written) => {
    expect(neutraliseFormula(text)).toBe(written);
  });

  it('is applied to every text cell and header of a CSV, never to numbers', () => {
    const csv = buildCsv(['=header'], [['=cmd|calc'], [-5], ['@x']]);
    expect(csv).toBe(`${UTF8_BOM}'=header\r\n'=cmd|calc\r\n-5\r\n'@x\r\n`);
  });
});

describe('buildCsv', () => {
  it('starts with the byte-order mark, ends lines with CRLF and quotes what needs quoting', () => {
    const csv = buildCsv(
      ['target_id', 'quote'],
      [['hangzhou-2013-007', '制定(修订)国家、行业标准300项, "以上"']],
    );
    expect(csv).toBe(
      `${UTF8_BOM}target_id,quote\r\nhangzhou-2013-007,"制定(修订)国家、行业标准300项, ""以上"""\r\n`,
    );
  });

  it('reads back as the same cells', () => {
    const rows = [
      ['a\nb', 1, null],
      ['逗号，和,英文逗号', 2.5, true],
    ];
    const table = parseCsvTable(buildCsv(['text', 'value', 'flag'], rows));
    expect(table.columns).toEqual(['text', 'value', 'flag']);
    expect(table.records.map((r) => r.values)).toEqual([
      { text: 'a\nb', value: '1', flag: '' },
      { text: '逗号，和,英文逗号', value: '2.5', flag: 'true' },
    ]);
  });
});

describe('buildCsvTable', () => {
  it('writes one column per definition, in order', () => {
    const csv = buildCsvTable(
      [
        { header: 'id', cell: (r: { id: string; n: number }) => r.id },
        { header: 'n', cell: (r) => r.n },
      ],
      [{ id: 'x', n: 3 }],
    );
    expect(csv).toBe(`${UTF8_BOM}id,n\r\nx,3\r\n`);
  });
});

describe('buildCsvFilename', () => {
  it('names the file with the local date', () => {
    expect(buildCsvFilename('targets', new Date(2026, 11, 5, 23, 59))).toBe('targets-2026-12-05.csv');
    expect(buildCsvFilename('query', new Date(2027, 0, 9))).toBe('query-2027-01-09.csv');
  });
});

describe('buildFilteredStem', () => {
  it.each([
    ['targets', [], 'targets'],
    ['targets', ['Hangzhou', 'Products', '2014–2020'], 'targets-Hangzhou-Products-2014–2020'],
    ['目标', ['杭州市+太原市', '产品质量', '2015–'], '目标-杭州市+太原市-产品质量-2015–'],
    // Names with spaces or characters a file system refuses are made safe, not dropped.
    [
      'targets',
      ['Hangzhou+Taiyuan', 'Quality infrastructure', '–2020'],
      'targets-Hangzhou+Taiyuan-Quality_infrastructure-–2020',
    ],
    ['targets', ['A/B: C?', ' '], 'targets-A_B_C'],
  ])('%s with %j is %s', (stem, filters, expected) => {
    expect(buildFilteredStem(stem, filters)).toBe(expected);
  });
});
