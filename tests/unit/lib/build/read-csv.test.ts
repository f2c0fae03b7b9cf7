import { describe, expect, it } from 'vitest';
import {
  findUnclosedQuote,
  formatCsvRow,
  locateUnreadableLine,
  parseCsvTable,
} from '../../../../src/lib/build/read-csv';

describe('parseCsvTable', () => {
  it.each([
    ['one record a line', 'a,b\n1,2\n3,4\n', [2, 3]],
    ['CRLF line ends', 'a,b\r\n1,2\r\n3,4\r\n', [2, 3]],
    ['a quoted cell spanning two lines', 'a,b\n"x\ny",2\n3,4\n', [2, 4]],
    ['a quoted cell with CRLF inside', 'a,b\r\n"x\r\ny",2\r\n3,4\r\n', [2, 4]],
    ['blank lines skipped but counted', 'a,b\n\n1,2\n\n3,4\n\n', [3, 5]],
    ['no final newline', 'a,b\n1,2', [2]],
  ])('keeps 1-based file lines: %s', (_, text, lines) => {
    expect(parseCsvTable(text).records.map((r) => r.line)).toEqual(lines);
  });

  it('drops a byte-order mark and trims header names', () => {
    const table = parseCsvTable('\uFEFFcity_id , year\ntaiyuan,2018\n');
    expect(table.columns).toEqual(['city_id', 'year']);
    expect(table.records[0]?.values).toEqual({ city_id: 'taiyuan', year: '2018' });
  });

  it('fills missing cells with empty strings and counts the cells a row had', () => {
    const table = parseCsvTable('a,b,c\n1\n1,2,3,4\n');
    expect(table.records.map((r) => [r.values, r.cellCount])).toEqual([
      [{ a: '1', b: '', c: '' }, 1],
      [{ a: '1', b: '2', c: '3' }, 4],
    ]);
  });
});

describe('formatCsvRow', () => {
  it.each([
    [['taiyuan', '59', 'μg/m³'], 'taiyuan,59,μg/m³'],
    [['汕尾 30 16 2.09 3 96.8%', 'a, b'], '汕尾 30 16 2.09 3 96.8%,"a, b"'],
    [['"去年"'], '"""去年"""'],
    [['line\nbreak'], '"line\nbreak"'],
  ])('quotes only where CSV needs it: %j', (cells, expected) => {
    expect(formatCsvRow(cells)).toBe(expected);
    expect(parseCsvTable(`h${',h'.repeat(cells.length - 1)}\n${expected}\n`).records[0]?.cellCount).toBe(
      cells.length,
    );
  });
});

describe('locateUnreadableLine', () => {
  const utf8 = (s: string) => [...new TextEncoder().encode(s)];
  // 杭州 in GBK: C5BC D6DD.
  const gbk = [0xc5, 0xbc, 0xd6, 0xdd];
  it.each<[string, number[], { line: number; problem: RegExp } | null]>([
    ['a UTF-8 table', utf8('city_id,name_zh\nhangzhou,杭州市\n'), null],
    ['a GBK table', [...utf8('city_id,name_zh\nhangzhou,'), ...gbk, 0x0a], null],
    [
      'a byte no encoding has, on line 3',
      [...utf8('city_id,name_zh\ntaiyuan,太原市\nhangzhou,'), 0xff, 0x0a],
      { line: 3, problem: /neither UTF-8 nor GB18030/ },
    ],
    [
      'a NUL byte on line 2',
      [...utf8('city_id,year\ntaiyuan,20'), 0, ...utf8('18\n')],
      { line: 2, problem: /control byte 0x00/ },
    ],
    [
      'a GBK line among UTF-8 lines',
      [...utf8('city_id,name_zh\ntaiyuan,太原市\nhangzhou,'), ...gbk, 0x0a],
      { line: 3, problem: /not UTF-8/ },
    ],
  ])('%s', (_, bytes, expected) => {
    const found = locateUnreadableLine(new Uint8Array(bytes));
    if (expected === null) expect(found).toBeNull();
    else
      expect(found).toMatchObject({ line: expected.line, problem: expect.stringMatching(expected.problem) });
  });
});

describe('findUnclosedQuote', () => {
  it.each([
    ['every quote closed', 'a,b\n"x, y",2\n"multi\nline",3\n', null],
    ['a doubled quote inside a quoted field', 'a,b\n"say ""hi""",2\n', null],
    ['a quote inside an unquoted field is text', 'a,b\n5"x,2\n', null],
    [
      'a field opened and never closed',
      'a,b\n1,2\n"unclosed,3\n4,5\n',
      { rowStart: 8, line: 3, quoteLine: 3 },
    ],
    ['the second field of a row', 'a,b\n1,"unclosed\n4,5\n', { rowStart: 4, line: 2, quoteLine: 2 }],
    [
      'after a quoted field spanning lines',
      'a,b\n"x\ny",1\n2,"open\n',
      { rowStart: 12, line: 4, quoteLine: 4 },
    ],
    ['in a row whose first field spans lines', 'a,b\n"x\ny","open\n', { rowStart: 4, line: 2, quoteLine: 3 }],
    ['CRLF lines', 'a,b\r\n1,2\r\n"open,3\r\n', { rowStart: 10, line: 3, quoteLine: 3 }],
  ])('%s', (_what, text, expected) => {
    expect(findUnclosedQuote(text)).toEqual(expected);
  });
});
