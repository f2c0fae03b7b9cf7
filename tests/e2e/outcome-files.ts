/**
 * Large outcome files for browser tests, made here rather than stored: a spreadsheet of any number of rows
 * (a minimal .xlsx, shared strings, as Excel writes it) and CSV text of valid or invalid rows.
 */

import { strToU8, zipSync } from 'fflate';
import { OUTCOME_COLUMNS } from '../../src/lib/outcomes/template.ts';

/** One outcome row by column name. */
export type OutcomeCells = Partial<Record<(typeof OUTCOME_COLUMNS)[number], string | number>>;

/** A city and an indicator with its unit, as the published data holds them. */
export interface OutcomeSubject {
  cityId: string;
  indicatorId: string;
  unit: string;
}

/**
 * `count` distinct valid outcome rows (each city × indicator × year × period once): annual and monthly
 * figures from 1901 on, each with a source title and address.
 */
export function createOutcomeRows(subjects: readonly OutcomeSubject[], count: number): OutcomeCells[] {
  const rows: OutcomeCells[] = [];
  // A researcher's notes differ row by row (a seeded generator), so the file compresses as real ones do.
  let seed = 20_141_231;
  const note = () =>
    Array.from({ length: 240 }, () => {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
      return seed.toString(36).slice(-5);
    }).join(' ');
  const periods = ['annual', ...Array.from({ length: 12 }, (_, m) => String(m + 1).padStart(2, '0'))];
  for (let year = 1901; rows.length < count; year += 1) {
    for (const subject of subjects) {
      for (const period of periods) {
        if (rows.length === count) return rows;
        rows.push({
          city_id: subject.cityId,
          indicator_id: subject.indicatorId,
          year,
          period: period === 'annual' ? period : `monthly ${year}-${period}`,
          value: 50 + (rows.length % 50),
          unit: subject.unit,
          source_title: `统计公报 ${year}`,
          source_url: `http://tjj.example.gov.cn/${year}/${rows.length}.html`,
          quote: `${year}年，该指标为${50 + (rows.length % 50)}。`,
          notes: note(),
          source_kind: 'official',
          match: 'exact',
        });
      }
    }
  }
  return rows;
}

function escapeXml(text: string): string {
  return text.replace(/[<>&"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;' })[c] ?? c);
}

function columnName(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/** An .xlsx file: one sheet, the template's columns as its header, then the rows. */
export function createOutcomeXlsx(rows: readonly OutcomeCells[]): Uint8Array {
  const strings = new Map<string, number>();
  const share = (text: string) => {
    let index = strings.get(text);
    if (index === undefined) {
      index = strings.size;
      strings.set(text, index);
    }
    return index;
  };
  const sheetRows = [Object.fromEntries(OUTCOME_COLUMNS.map((c) => [c, c])) as OutcomeCells, ...rows].map(
    (row, r) => {
      const cells = OUTCOME_COLUMNS.map((column, c) => {
        const value = row[column];
        const ref = `${columnName(c)}${r + 1}`;
        if (value === undefined || value === '') return '';
        return typeof value === 'number'
          ? `<c r="${ref}"><v>${value}</v></c>`
          : `<c r="${ref}" t="s"><v>${share(value)}</v></c>`;
      });
      return `<row r="${r + 1}">${cells.join('')}</row>`;
    },
  );
  const main = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
  const rel = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  const header = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';
  return zipSync({
    '[Content_Types].xml': strToU8(
      `${header}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>`,
    ),
    '_rels/.rels': strToU8(
      `${header}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ),
    'xl/workbook.xml': strToU8(
      `${header}<workbook xmlns="${main}" xmlns:r="${rel}"><sheets><sheet name="outcomes" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    ),
    'xl/_rels/workbook.xml.rels': strToU8(
      `${header}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${rel}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
    ),
    'xl/worksheets/sheet1.xml': strToU8(
      `${header}<worksheet xmlns="${main}"><sheetData>${sheetRows.join('')}</sheetData></worksheet>`,
    ),
    'xl/sharedStrings.xml': strToU8(
      `${header}<sst xmlns="${main}" count="${strings.size}" uniqueCount="${strings.size}">${[...strings.keys()].map((s) => `<si><t xml:space="preserve">${escapeXml(s)}</t></si>`).join('')}</sst>`,
    ),
  });
}

/** CSV text of the rows under the template's header (cells with a comma, quote or line break quoted). */
export function createOutcomeCsv(rows: readonly OutcomeCells[]): string {
  const cell = (value: string | number | undefined) => {
    const text = value === undefined ? '' : String(value);
    return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
  };
  return (
    [
      OUTCOME_COLUMNS.join(','),
      ...rows.map((row) => OUTCOME_COLUMNS.map((c) => cell(row[c])).join(',')),
    ].join('\n') + '\n'
  );
}
