/**
 * The round trip of a plan added in the dashboard: a Word file read, reviewed (a value's comparator corrected, a
 * record removed, a missed target added), exported, unpacked into data/ of a project, and built: the build makes
 * exactly the records and the plan row the dashboard showed.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { buildPlanBundle } from '../../../src/lib/plans/export.ts';
import { addPlanRecord, calcPlanRows, removePlanRecord, setPlanEdit } from '../../../src/lib/plans/review.ts';
import { planDocx, seedLines } from '../lib/read/fixtures.ts';
import { INDICATOR_IDS, readUserPlan } from '../lib/plans/plan-fixture.ts';

const project = mkdtempSync(join(tmpdir(), 'cqt-plan-export-'));
afterAll(() => rmSync(project, { recursive: true, force: true }));

/** Rows of a published Parquet table, as DuckDB in Node reads them. */
function readRows(table: string, where: string): Record<string, unknown>[] {
  const out = execFileSync(
    process.execPath,
    [
      '--input-type=module',
      '-e',
      `import { DuckDBInstance } from '@duckdb/node-api';
       const c = await (await DuckDBInstance.create(':memory:')).connect();
       const r = await c.runAndReadAll("SELECT * FROM '${join(project, `public/data/${table}.parquet`)}' WHERE ${where} ORDER BY 1");
       console.log(JSON.stringify(r.getRowObjectsJson()));`,
    ],
    { encoding: 'utf8', cwd: resolve('.'), maxBuffer: 64 * 1024 * 1024 },
  );
  return JSON.parse(out) as Record<string, unknown>[];
}

// The round trip runs the whole build in a child process, slow on a loaded machine.
describe('a plan exported from the dashboard', { timeout: 120_000 }, () => {
  it('builds into the records that were reviewed', async () => {
    // The project without Hangzhou's plan, so the Word file of it is a new plan there.
    cpSync('data', join(project, 'data'), { recursive: true });
    rmSync(join(project, 'data/sources/hangzhou-2013.txt'));
    const manifest = readFileSync(join(project, 'data/sources/manifest.csv'), 'utf8');
    writeFileSync(
      join(project, 'data/sources/manifest.csv'),
      manifest
        .split('\n')
        .filter((line) => !line.startsWith('hangzhou-2013,'))
        .join('\n'),
    );

    const docx = planDocx(seedLines('hangzhou-2013'));
    const read = await readUserPlan(docx, '杭州市争创全国质量强市示范城市工作方案.docx');
    const spot = read.extracted.find((r) => r.quote.includes('国家监督抽查合格率'))!;
    const dropped = read.extracted.find((r) => r.comparator === 'qualitative')!;
    let edits = setPlanEdit(read, {
      target_id: spot.target_id,
      field: 'comparator',
      value: '=',
      reason: 'r',
    });
    edits = removePlanRecord({ ...read, edits }, dropped.target_id);
    const quoteStart = read.text.indexOf('名牌');
    const quote = read.text.slice(quoteStart, read.text.indexOf('\n', quoteStart));
    edits = addPlanRecord(
      { ...read, edits },
      { quoteStart, quote, fields: { domain: 'product', topic: 'brands' } },
    );
    const plan = { ...read, edits };
    const shown = calcPlanRows(plan, INDICATOR_IDS);
    expect(shown.problems).toEqual([]);

    for (const [path, bytes] of Object.entries(unzipSync(buildPlanBundle(plan, docx)))) {
      mkdirSync(dirname(join(project, 'data', path)), { recursive: true });
      writeFileSync(join(project, 'data', path), bytes);
    }
    const result = spawnSync(resolve('node_modules/.bin/tsx'), [resolve('scripts/build-data.ts')], {
      cwd: project,
      encoding: 'utf8',
    });
    expect(result.status, result.stderr).toBe(0);
    expect(result.stderr).not.toMatch(/hangzhou-2013/);

    const built = readRows('targets', "doc_id = 'hangzhou-2013'");
    const expected = [...shown.targets].sort((a, b) => a.target_id.localeCompare(b.target_id));
    expect(built.map((r) => r.target_id)).toEqual(expected.map((t) => t.target_id));
    for (const [i, t] of expected.entries()) {
      const row = built[i]!;
      for (const column of [
        'comparator',
        'value',
        'value_max',
        'unit',
        'target_year',
        'domain',
        'indicator_id',
        'quote',
        'quote_start',
        'quote_end',
        'section',
        'review',
      ] as const)
        expect([t.target_id, column, row[column] ?? null]).toEqual([t.target_id, column, t[column] ?? null]);
    }
    const [document] = readRows('documents', "doc_id = 'hangzhou-2013'");
    expect(document).toMatchObject({
      city_id: shown.document.city_id,
      title: shown.document.title,
      doc_number: shown.document.doc_number,
      issue_date: shown.document.issue_date,
      source_file: 'hangzhou-2013.docx',
      text: shown.document.text,
      start_year: shown.document.start_year,
    });
  }, 240_000);
});
