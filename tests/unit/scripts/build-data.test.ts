/** npm run build:data as a user runs it: files written, and a failure leaves the last good dataset. */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { VIEW_IDS } from '../../../src/lib/state/url.ts';
import { strToU8, zipSync } from 'fflate';
import { planDocx, planPage, createEncoder, seedLines } from '../lib/read/fixtures.ts';

const tsx = resolve('node_modules/.bin/tsx');
const script = resolve('scripts/build-data.ts');
const project = mkdtempSync(join(tmpdir(), 'cqt-build-'));
cpSync('data', join(project, 'data'), { recursive: true });
rmSync(join(project, 'data', 'build-report.json'), { force: true });
afterAll(() => rmSync(project, { recursive: true, force: true }));

const run = (env: Record<string, string> = {}) =>
  spawnSync(tsx, [script], { cwd: project, encoding: 'utf8', env: { ...process.env, ...env } });
/** Every file under public/data/ (answers/ included) with its bytes. */
const snapshot = () =>
  Object.fromEntries(
    readdirSync(join(project, 'public/data'), { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => {
        const file = join(entry.parentPath, entry.name);
        return [file, readFileSync(file)];
      }),
  );

// Each case runs the whole build in a child process: seconds on an idle machine, far more on a loaded one.
const BUILD_TIMEOUT = 120_000;

describe('build:data', { timeout: BUILD_TIMEOUT }, () => {
  it('writes the Parquet files and the build report', () => {
    const result = run();
    expect(result.status, result.stderr).toBe(0);
    expect(readdirSync(join(project, 'public/data')).sort()).toEqual([
      'answers',
      'attainment.parquet',
      'cities.parquet',
      'dataset.duckdb',
      'documents.parquet',
      'indicators.parquet',
      'inputs.sha256',
      'outcome_notes.parquet',
      'outcomes.parquet',
      'references.parquet',
      'targets.parquet',
    ]);
    expect(readdirSync(join(project, 'public/data/answers')).sort()).toEqual(
      [...VIEW_IDS].sort().map((view) => `${view}.json`),
    );
    const report = JSON.parse(readFileSync(join(project, 'data/build-report.json'), 'utf8'));
    expect(report).toMatchObject({ documents: 5, quantitative: 112 });
    expect(Object.keys(report.perCity)).toHaveLength(5);
    expect(result.stdout).toMatch(/5 documents, 112 quantitative targets/);
  });

  it('judges attainment as of the build, or of SOURCE_DATE_EPOCH when it is set', () => {
    // 2020-06-30T00:00:00Z: annual outcomes can exist up to 2019.
    const result = run({ SOURCE_DATE_EPOCH: '1593475200' });
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/attainment as of 2020-06-30/);
    const judged = execFileSync(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `import { DuckDBInstance } from '@duckdb/node-api';
         const c = await (await DuckDBInstance.create(':memory:')).connect();
         const r = await c.runAndReadAll("SELECT DISTINCT dataset_date, latest_outcome_year FROM '${join(project, 'public/data/attainment.parquet')}'");
         console.log(JSON.stringify(r.getRowObjectsJson()));`,
      ],
      { encoding: 'utf8', cwd: resolve('.') },
    ).trim();
    expect(JSON.parse(judged)).toEqual([{ dataset_date: '2020-06-30', latest_outcome_year: 2019 }]);
    expect(run({ SOURCE_DATE_EPOCH: 'yesterday' }).stderr).toMatch(/SOURCE_DATE_EPOCH "yesterday" is not/);
  });

  it('fails with the file named and leaves the last good dataset untouched', () => {
    const before = snapshot();
    writeFileSync(join(project, 'data/sources/taiyuan-2014.txt'), '');
    const result = run();
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/data\/sources\/taiyuan-2014.txt: the file is empty/);
    expect(result.stderr).toMatch(/last good dataset in public\/data\/ is unchanged/);
    expect(snapshot()).toEqual(before);
    expect(readdirSync(project).filter((f) => f.includes('staging'))).toEqual([]);
  });

  it('writes Parquet that DuckDB reads back with the contract columns', () => {
    writeFileSync(
      join(project, 'data/sources/taiyuan-2014.txt'),
      readFileSync('data/sources/taiyuan-2014.txt'),
    );
    expect(run().status).toBe(0);
    const columns = execFileSync(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `import { DuckDBInstance } from '@duckdb/node-api';
         const c = await (await DuckDBInstance.create(':memory:')).connect();
         const r = await c.runAndReadAll("DESCRIBE SELECT * FROM '${join(project, 'public/data/targets.parquet')}'");
         console.log(r.getRowObjects().map((x) => x.column_name).join(','));`,
      ],
      { encoding: 'utf8', cwd: resolve('.') },
    ).trim();
    expect(columns.split(',')).toEqual([
      'target_id',
      'doc_id',
      'city_id',
      'domain',
      'topic',
      'indicator_id',
      'indicator_zh',
      'indicator_en',
      'comparator',
      'value',
      'value_max',
      'unit',
      'unit_zh',
      'target_year',
      'year_basis',
      'is_new_count',
      'quote',
      'quote_start',
      'quote_end',
      'section',
      'lead_department',
      'review',
      // Derived in the build, for the queries.
      'lead_departments',
      'has_number',
      'has_target_year',
      'has_lead_department',
      'is_specific',
    ]);
  });
});

describe('build:data with plans as published', { timeout: BUILD_TIMEOUT }, () => {
  const sources = join(project, 'data/sources');
  const reportOf = () => JSON.parse(readFileSync(join(project, 'data/build-report.json'), 'utf8'));
  const plan = [
    '某市质量发展规划(2016—2020年)',
    '二、发展目标',
    '到2020年,全市质量总体水平显著提升,主要指标如下表。',
  ];
  const table = [
    ['指标名称', '单位', '2015年', '2020年', '属性'],
    ['制造业产品质量合格率', '%', '93.5', '≥94', '预期性'],
    ['PM2.5年均浓度', '微克/立方米', '45', '≤35', '约束性'],
  ];

  it('reads a Word plan and a web page without manifest rows, and reports a plan added twice', () => {
    writeFileSync(join(sources, 'moushi-2016.docx'), planDocx(plan, [table]));
    const gbk = createEncoder('gbk');
    writeFileSync(
      join(sources, 'hangzhou-copy.htm'),
      gbk(planPage(seedLines('hangzhou-2013')), (c) => `&#${c.codePointAt(0)};`),
    );
    const result = run();
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/6 documents, 114 quantitative targets/);
    expect(result.stderr).toMatch(
      /data\/sources\/hangzhou-copy.htm is the same plan as data\/sources\/hangzhou-2013.txt \(same text\): not added twice/,
    );
    expect(reportOf().perCity.moushi).toMatchObject({ quantitative: 2 });
    rmSync(join(sources, 'hangzhou-copy.htm'));
    rmSync(join(sources, 'moushi-2016.docx'));
  });

  const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
  it.each([
    ['empty.pdf', new Uint8Array(), /empty.pdf: the file is empty/],
    ['photo.pdf', png, /photo.pdf: the file is a PNG image named .pdf, not a document with text: run OCR/],
    [
      'random.pdf',
      new Uint8Array([1, 2, 3, 250, 0, 7]),
      /random.pdf: the file is named .pdf but is not a PDF file/,
    ],
    [
      'locked.pdf',
      strToU8(
        `%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n4 0 obj << /Filter /Standard /V 1 /R 2 /O <${'11'.repeat(32)}> /U <${'22'.repeat(32)}> /P -4 >> endobj\ntrailer << /Root 1 0 R /Size 5 /Encrypt 4 0 R /ID [<${'33'.repeat(16)}> <${'33'.repeat(16)}>] >>\n%%EOF`,
      ),
      /locked.pdf: the PDF is password-protected/,
    ],
    [
      'broken.docx',
      zipSync({ 'word/document.xml': strToU8('<w:document/>') }).slice(0, 40),
      /broken.docx: the .*damaged|not a Word document/,
    ],
    [
      'menu.html',
      strToU8(
        '<html><body><div class="nav"><a href="/">首页</a> <a href="/a">新闻中心</a></div></body></html>',
      ),
      /menu.html: the page has no document text/,
    ],
    [
      'notes.bin',
      new Uint8Array([1, 2, 3]),
      /notes.bin: not a plan document: data\/sources\/ takes .txt, .htm\/.html, .pdf, .docx and .doc/,
    ],
  ])('fails for %s in data/sources/, naming it, and leaves the last good dataset', (name, bytes, message) => {
    const before = snapshot();
    writeFileSync(join(sources, name), bytes);
    const result = run();
    rmSync(join(sources, name));
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).toMatch(/last good dataset in public\/data\/ is unchanged/);
    expect(snapshot()).toEqual(before);
  });
});
