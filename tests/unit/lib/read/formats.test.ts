/** The five seed plans as published (web page, Word file, PDF) give the same records as their text. */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseManifest } from '../../../../src/lib/build/manifest.ts';
import { cleanDocument } from '../../../../src/lib/extract/clean.ts';
import { extractFromText, type PlanOptions } from '../../../../src/lib/extract/index.ts';
import type { TargetRecord } from '../../../../src/lib/extract/types.ts';
import { readDocument, type ReadDocument } from '../../../../src/lib/read/index.ts';
import { indicators } from '../../helpers.ts';
import { createEncoder, planDocx, planPage, printablePlan, printPdfs, SEEDS, seedLines } from './fixtures.ts';
import { nodeReadOptions } from '../../../../scripts/lib/read-node.ts';

const manifest = parseManifest(readFileSync('data/sources/manifest.csv', 'utf8'), 'manifest.csv');
const gbk = createEncoder('gbk');

function optionsOf(docId: string): PlanOptions {
  const m = manifest.find((e) => e.doc_id === docId)!;
  return {
    docId,
    cityId: m.city_id,
    horizonYears: m.horizon_years,
    issueYear: m.issue_date ? Number(m.issue_date.slice(0, 4)) : null,
    indicators,
  };
}

/** What a record says, without its id and offsets. */
const said = (r: TargetRecord) => ({
  value: r.value,
  value_max: r.value_max,
  comparator: r.comparator,
  unit: r.unit,
  unit_zh: r.unit_zh,
  target_year: r.target_year,
  year_basis: r.year_basis,
  domain: r.domain,
  topic: r.topic,
  indicator_id: r.indicator_id,
  indicator_zh: r.indicator_zh,
  section: r.section,
  lead_department: r.lead_department,
  is_new_count: r.is_new_count,
  quote: r.quote,
});

let pdfs: Map<string, Uint8Array>;
beforeAll(async () => {
  pdfs = await printPdfs(
    SEEDS.map((name) => ({ name, html: printablePlan(seedLines(name)), header: '市人民政府办公室文件' })),
  );
}, 120_000);

const renderings: [string, (docId: string) => Promise<ReadDocument>][] = [
  [
    'a GB2312 web page with navigation, metadata and footer',
    (docId) =>
      readDocument(
        gbk(planPage(seedLines(docId)), (c) => `&#${c.codePointAt(0)};`),
        `${docId}.html`,
      ),
  ],
  [
    'a Word file with heading styles, list numbers and split runs',
    (docId) => readDocument(planDocx(seedLines(docId)), `${docId}.docx`),
  ],
  [
    'a PDF printed by Chromium with a running header and page numbers',
    (docId) => readDocument(pdfs.get(docId)!, `${docId}.pdf`, nodeReadOptions),
  ],
];

describe.each(SEEDS)('%s', (docId) => {
  const fromText = extractFromText(
    cleanDocument(readFileSync(`data/sources/${docId}.txt`, 'utf8')),
    optionsOf(docId),
  );

  it.each(renderings)('read from %s gives the same text and records as the .txt', async (_name, read) => {
    const doc = await read(docId);
    expect(doc.text).toBe(fromText.text);
    const plan = extractFromText(doc.text, optionsOf(docId));
    expect(plan.records.map(said)).toEqual(fromText.records.map(said));
    for (const r of plan.records) expect(doc.text.slice(r.quote_start, r.quote_end)).toBe(r.quote);
  });
});
