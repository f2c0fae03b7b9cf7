/** A plan exported for the build: the zip's files, its manifest row and its override rows, as the build parses them. */
import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseManifest } from '../../../../src/lib/build/manifest.ts';
import { parseOverrides } from '../../../../src/lib/build/overrides.ts';
import { buildBundleName, buildPlanBundle } from '../../../../src/lib/plans/export.ts';
import { addPlanRecord, setPlanEdit, type UserPlan } from '../../../../src/lib/plans/review.ts';
import { readUserPlan } from './plan-fixture.ts';

const bytes = new Uint8Array(readFileSync('data/sources/taiyuan-2014.txt'));
let plan: UserPlan;
beforeAll(async () => {
  const read = await readUserPlan(bytes, '太原行动计划.txt');
  const first = read.extracted.find((r) => r.value !== null)!;
  let edits = setPlanEdit(read, { target_id: first.target_id, field: 'comparator', value: '~', reason: 'x' });
  // A sentence with a comma and a quote mark, so the CSV must quote it.
  const quoteStart = read.text.indexOf('，') > 0 ? read.text.indexOf('，') - 5 : 0;
  edits = addPlanRecord(
    { ...read, edits },
    { quoteStart, quote: read.text.slice(quoteStart, quoteStart + 12), fields: {} },
  );
  plan = { ...read, edits };
});

describe('buildPlanBundle', () => {
  it('holds the original file, its manifest row and its override rows, under data/', () => {
    const files = unzipSync(buildPlanBundle(plan, bytes));
    expect(Object.keys(files).sort()).toEqual([
      'README-taiyuan-2014.txt',
      'curation/overrides-taiyuan-2014.csv',
      'sources/manifest-taiyuan-2014.csv',
      'sources/taiyuan-2014.txt',
    ]);
    expect(files['sources/taiyuan-2014.txt']).toEqual(bytes);
    const [row] = parseManifest(strFromU8(files['sources/manifest-taiyuan-2014.csv']!), 'manifest');
    expect(row).toMatchObject({
      doc_id: 'taiyuan-2014',
      file: 'taiyuan-2014.txt',
      city_id: 'taiyuan',
      city_zh: '太原市',
      doc_number: '并政办发〔2014〕50号',
      issue_date: '2014-08-15',
      horizon_years: [2014],
    });
    const overrides = parseOverrides(strFromU8(files['curation/overrides-taiyuan-2014.csv']!), 'overrides');
    expect(overrides.map(({ line: _, ...o }) => o)).toEqual(plan.edits);
    expect(buildBundleName(plan.meta)).toBe('plan-taiyuan-2014.zip');
  });

  it('makes the same bytes for the same plan', () => {
    expect(buildPlanBundle(plan, bytes)).toEqual(buildPlanBundle(plan, bytes));
  });
});
