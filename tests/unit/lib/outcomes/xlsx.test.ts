import { readFileSync } from 'node:fs';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { readSheet } from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import { readXlsxSheet, storeXlsxEntries, XlsxError } from '../../../../src/lib/outcomes/xlsx.ts';
import { createOutcomeRows, createOutcomeXlsx } from '../../../e2e/outcome-files.ts';
import { ROOT } from '../../../published-data.ts';

const FIXTURE = path.join(ROOT, 'tests/fixtures/outcomes/good-outcomes.xlsx');

describe('readXlsxSheet', () => {
  it('reads a spreadsheet as read-excel-file does', async () => {
    const bytes = new Uint8Array(readFileSync(FIXTURE));
    expect(await readXlsxSheet(bytes)).toEqual(await readSheet(FIXTURE));
  });

  it('reads 5,000 rows, whose sheet is far past the size read-excel-file inflates in a worker', async () => {
    const subjects = [{ cityId: 'hangzhou', indicatorId: 'pm25_concentration', unit: 'μg/m³' }];
    const bytes = createOutcomeXlsx(createOutcomeRows(subjects, 5_000));
    const sheet = unzipSync(bytes)['xl/worksheets/sheet1.xml'];
    expect(sheet?.length).toBeGreaterThan(524_288);
    const cells = await readXlsxSheet(bytes);
    expect(cells).toHaveLength(5_001);
    expect(cells[1]?.slice(0, 2)).toEqual(['hangzhou', 'pm25_concentration']);
  });
});

describe('storeXlsxEntries', () => {
  it('keeps the XML parts, stored without compression', () => {
    const stored = storeXlsxEntries(new Uint8Array(readFileSync(FIXTURE)));
    const parts = unzipSync(stored);
    expect(Object.keys(parts).sort()).toEqual([
      '[Content_Types].xml',
      '_rels/.rels',
      'xl/_rels/workbook.xml.rels',
      'xl/sharedStrings.xml',
      'xl/workbook.xml',
      'xl/worksheets/sheet1.xml',
    ]);
  });

  it.each([
    ['a zip that unpacks past the cap', new Uint8Array(readFileSync(FIXTURE)), 1_000, /possible zip bomb/],
    [
      'bytes that are no zip at all',
      new TextEncoder().encode('city_id,year\nhangzhou,2015\n'),
      undefined,
      /not an .xlsx/,
    ],
  ])('refuses %s', (_what, bytes, max, message) => {
    expect(() => storeXlsxEntries(bytes, max)).toThrow(XlsxError);
    expect(() => storeXlsxEntries(bytes, max)).toThrow(message);
  });
});
