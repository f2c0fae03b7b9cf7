import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseManifest } from '../../../../src/lib/build/manifest.ts';
import { cleanDocument } from '../../../../src/lib/extract/clean.ts';
import { detectDocumentMeta, parseIssueDate } from '../../../../src/lib/extract/meta.ts';
import { readSource } from '../../helpers.ts';

const manifest = parseManifest(readFileSync('data/sources/manifest.csv', 'utf8'), 'manifest.csv');

describe('detectDocumentMeta reads what each plan says about itself', () => {
  it.each(manifest.map((m) => [m.doc_id, m] as const))('%s', (docId, m) => {
    const meta = detectDocumentMeta(cleanDocument(readSource(docId)));
    expect(meta.title).toBe(m.title);
    expect(meta.docNumber).toBe(m.doc_number);
    expect(meta.issueDate).toBe(m.issue_date);
    expect(meta.kind).toBe(m.kind);
    expect(meta.horizonYears).toEqual(m.horizon_years);
    expect(meta.issuingBody).toBe(m.issuing_body);
  });
});

describe('parseIssueDate', () => {
  it.each([
    ['2014年8月15日', '2014-08-15'],
    ['二○一一年二月二十六日', '2011-02-26'],
    ['状态:有效发布日期:2011-02-26', '2011-02-26'],
    ['汕尾市人民政府办公室', null],
  ])('%s → %s', (line, date) => expect(parseIssueDate(line)).toBe(date));
});
