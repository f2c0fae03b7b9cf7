/** npm run extract -- <file>: JSON Lines on stdout and nothing else; messages and errors on stderr. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  createEncoder,
  planDocx,
  planPage,
  printablePlan,
  printPdfs,
  seedLines,
} from '../lib/read/fixtures.ts';

const dir = mkdtempSync(join(tmpdir(), 'cqt-extract-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const run = (...args: string[]) =>
  spawnSync('npm', ['run', 'extract', '--', ...args], { encoding: 'utf8', cwd: resolve('.') });

/** The fields of a target record, as the target spec names them (the published table adds derived columns). */
const RECORD_FIELDS = [
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
];

// Each case starts the command in a child process (tsx start-up included), slow on a loaded machine.
describe('npm run extract', { timeout: 120_000 }, () => {
  it('prints one record per line with the contract field names and nothing else on stdout', () => {
    const result = run('data/sources/shanwei-2017.txt', '--city', 'shanwei');
    expect(result.status, result.stderr).toBe(0);
    const lines = result.stdout.trimEnd().split('\n');
    const records = lines.map((l) => JSON.parse(l));
    expect(records.filter((r) => r.comparator !== 'qualitative')).toHaveLength(36);
    for (const r of records) expect(Object.keys(r)).toEqual(RECORD_FIELDS);
    expect(records[0]).toMatchObject({ city_id: 'shanwei', target_year: 2017, value: 93, comparator: '>=' });
    expect(result.stderr).toMatch(/36 quantitative targets/);
  });

  it('reads a GB18030 file and takes the target year from --year', () => {
    const gbk = join(dir, 'plan-gbk.txt');
    // 到2020年,产品质量监督抽查合格率达到95%以上。 in GB18030
    writeFileSync(
      gbk,
      Buffer.from(
        'b5bd32303230c4ea2cb2fac6b7d6cac1bfbce0b6bdb3e9b2e9bacfb8f1c2cab4efb5bd393525d2d4c9cfa1a3',
        'hex',
      ),
    );
    const result = run(gbk, '--city', 'test', '--year', '2020');
    expect(result.status, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout.trim().split('\n')[0]!)).toMatchObject({
      value: 95,
      comparator: '>=',
      target_year: 2020,
    });
    expect(result.stderr).toMatch(/gb18030/);
  });

  it.each([
    ['a missing file', () => join(dir, 'nope.txt'), /no such file/],
    [
      'an empty file',
      () => (writeFileSync(join(dir, 'empty.txt'), ''), join(dir, 'empty.txt')),
      /the file is empty/,
    ],
    [
      'a binary file',
      () => (writeFileSync(join(dir, 'x.bin'), Buffer.from([0, 1, 2, 3])), join(dir, 'x.bin')),
      /binary/,
    ],
    [
      'a text with no targets',
      () => (writeFileSync(join(dir, 'none.txt'), '各部门要高度重视质量工作。'), join(dir, 'none.txt')),
      /no quantitative targets/,
    ],
  ])('fails clearly for %s', (_name, file, message) => {
    const result = run(file());
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(message);
  });

  it('prints the same records as the build for a seed plan', () => {
    const result = run('data/sources/taiyuan-2014.txt', '--city', 'taiyuan');
    const fromCli = result.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l).quote);
    expect(fromCli).toContain('主要农产品质量安全抽查合格率达到95%以上');
    expect(readFileSync('data/sources/taiyuan-2014.txt', 'utf8')).toContain(
      '主要农产品质量安全抽查合格率达到 95%以上',
    );
  });
});

describe('npm run extract on plans as published', { timeout: 120_000 }, () => {
  const quotes = (stdout: string) =>
    stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l).quote as string);
  const fromText = quotes(run('data/sources/shanwei-2017.txt', '--city', 'shanwei').stdout);

  it.each([
    [
      'a web page',
      'plan.html',
      () => createEncoder('gbk')(planPage(seedLines('shanwei-2017')), (c) => `&#${c.codePointAt(0)};`),
      /\(html, gb18030\)/,
    ],
    ['a Word file', 'plan.docx', () => planDocx(seedLines('shanwei-2017')), /\(docx, utf-8\)/],
    [
      'a PDF',
      'plan.pdf',
      async () =>
        (
          await printPdfs([
            {
              name: 'shanwei-2017',
              html: printablePlan(seedLines('shanwei-2017')),
              header: '市人民政府办公室文件',
            },
          ])
        ).get('shanwei-2017')!,
      /\(pdf\)/,
    ],
  ])(
    'reads %s and prints the records of the text',
    async (_name, file, make, format) => {
      writeFileSync(join(dir, file), await make());
      const result = run(join(dir, file), '--city', 'shanwei');
      expect(result.status, result.stderr).toBe(0);
      expect(quotes(result.stdout)).toEqual(fromText);
      expect(result.stderr).toMatch(format);
    },
    120_000,
  );
});
