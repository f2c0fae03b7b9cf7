/**
 * Import benchmark: a 100-page text PDF (the seed plans repeated, printed by Chromium) read and extracted
 * in Node and in Chromium's reader worker (bench-import.html, with the longest main-thread task), a 2 MB
 * .docx the same way, both again through the dashboard's Add plans view (the file chosen to the plan kept
 * in IndexedDB, with the longest main-thread task), and 50 web pages through the whole build. Prints
 * measurements, never pass/fail.
 *
 *   npm run bench:import        (builds dist/ with vite first if bench-import.html is missing)
 *   BENCH_PORT=4332 to change the port of the local server
 */
import { chromium } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { CHROMIUM_ARGS } from '../playwright.config.ts';
import { parseIndicatorsCsv } from '../src/lib/build/reference-tables.ts';
import { calcMedian } from '../src/lib/perf.ts';
import { extractFromText } from '../src/lib/extract/index.ts';
import {
  cidFontPdf,
  createEncoder,
  planDocx,
  planPage,
  printablePlan,
  SEEDS,
  seedLines,
} from '../tests/unit/lib/read/fixtures.ts';
import { formatBytes } from './lib/files.ts';
import { startServer } from './lib/serve-process.ts';
import { readDocumentInNode } from './lib/read-node.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const WORK = path.join(ROOT, '.tmp', 'bench-import');
const PORT = Number(process.env.BENCH_PORT ?? 4332);
const RUNS = 3;
const indicators = parseIndicatorsCsv(readFileSync(path.join(ROOT, 'data/indicators.csv'), 'utf8'), {
  file: 'data/indicators.csv',
}).rows;

// Every 文号 renumbered, so the dashboard does not take the file for a published plan (the same 文号).
const allLines = SEEDS.flatMap(seedLines).map((l) =>
  l.replace(/([〔[])(\d{4})([〕\]])(\d+)号/g, '$1$2$39$4号'),
);

/** A text PDF of exactly `pages` pages: the seed plans repeated, printed by Chromium with header and page numbers. */
async function makePdf(pages: number): Promise<string> {
  const file = path.join(WORK, `plan-${pages}-pages-renumbered.pdf`);
  if (existsSync(file)) return file;
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  const tab = await browser.newPage();
  await tab.setContent(printablePlan([...allLines, ...allLines, ...allLines, ...allLines]));
  const pdf = await tab.pdf({
    format: 'A4',
    pageRanges: `1-${pages}`,
    displayHeaderFooter: true,
    margin: { top: '3.7cm', bottom: '3.5cm', left: '2.8cm', right: '2.6cm' },
    headerTemplate: `<div style="font-size:10pt;width:100%;text-align:center">市人民政府办公室文件</div>`,
    footerTemplate: `<div style="font-size:14pt;width:100%;text-align:center">— <span class="pageNumber"></span> —</div>`,
  });
  await browser.close();
  writeFileSync(file, pdf);
  return file;
}

/** A .docx of at least `bytes` bytes: the seed plans repeated (each copy numbered so it does not compress away). */
function makeDocx(bytes: number): string {
  const file = path.join(WORK, `plan-${Math.round(bytes / 1e6)}mb-renumbered.docx`);
  if (existsSync(file)) return file;
  const lines: string[] = [];
  let docx = planDocx(allLines);
  for (let copy = 1; docx.length < bytes; copy++) {
    lines.push(...allLines.map((l, i) => (i % 3 === 0 ? `${l}(第${copy}遍)` : l)));
    if (copy % 5 === 0) docx = planDocx(lines);
  }
  writeFileSync(file, docx);
  return file;
}

async function timeInNode(
  file: string,
): Promise<{ cold: number; warm: number; records: number; chars: number }> {
  const bytes = new Uint8Array(readFileSync(file));
  const times: number[] = [];
  let records = 0;
  let chars = 0;
  for (let run = 0; run <= RUNS; run++) {
    const started = performance.now();
    const doc = await readDocumentInNode(bytes, path.basename(file));
    const plan = extractFromText(doc.text, { docId: 'bench', cityId: 'bench', indicators });
    times.push(performance.now() - started);
    records = plan.records.length;
    chars = doc.text.length;
  }
  return { cold: times[0]!, warm: calcMedian(times.slice(1)), records, chars };
}

interface BrowserTiming {
  fileName: string;
  ok: boolean;
  error?: string;
  totalMs: number;
  readMs?: number;
  extractMs?: number;
  records?: number;
  longestTaskMs: number;
  longTasks: number;
}

/** Each file read twice in the page's worker (cold: pdf.js loads; warm), with the page's longest task. */
async function timeInBrowser(files: string[]): Promise<BrowserTiming[]> {
  if (!existsSync(path.join(ROOT, 'dist', 'bench-import.html'))) {
    process.stderr.write('bench:import: dist/ has no bench-import.html: running vite build\n');
    const built = spawnSync('npx', ['vite', 'build'], { cwd: ROOT, stdio: 'inherit' });
    if (built.status !== 0) throw new Error('vite build failed');
  }
  const server = await startServer(PORT);
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    const outside: string[] = [];
    page.on('request', (r) => {
      if (!r.url().startsWith(`http://127.0.0.1:${PORT}/`)) outside.push(r.url());
    });
    await page.goto(`http://127.0.0.1:${PORT}/bench-import.html`);
    // The long-task observer must see a long task at all for "0 long tasks" to mean anything.
    const seen = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          const tasks: number[] = [];
          const observer = new PerformanceObserver((list) =>
            tasks.push(...list.getEntries().map((e) => e.duration)),
          );
          observer.observe({ type: 'longtask' });
          setTimeout(() => {
            const start = performance.now();
            while (performance.now() - start < 120);
            setTimeout(() => {
              observer.disconnect();
              resolve(Math.max(0, ...tasks));
            }, 100);
          }, 0);
        }),
    );
    console.log(
      `chromium long-task observer check: a 120 ms busy loop was seen as a ${Math.round(seen)} ms task`,
    );
    let expected = 0;
    for (const file of files)
      for (let run = 0; run < 2; run++) {
        await page.setInputFiles('#file', file);
        expected++;
        await page.waitForFunction(
          (n) => (window as unknown as { benchImport?: unknown[] }).benchImport?.length === n,
          expected,
          {
            timeout: 120_000,
          },
        );
        await page.setInputFiles('#file', []);
      }
    if (outside.length)
      process.stderr.write(`bench:import: requests to other origins: ${outside.join(', ')}\n`);
    return (await page.evaluate(
      () => (window as unknown as { benchImport: unknown[] }).benchImport,
    )) as BrowserTiming[];
  } finally {
    await browser.close();
    server.kill();
  }
}

interface DashboardTiming {
  fileName: string;
  status: string;
  message: string;
  /** From choosing the file to its line saying it was kept (or why not). */
  totalMs: number;
  longestTaskMs: number;
  longTasks: number;
}

/**
 * Each file added in the dashboard's Add plans view, in a fresh browser context each time (nothing kept from
 * before; the reader's worker starts cold): from choosing the file to the plan kept, with the page's longest task.
 */
async function timeInDashboard(files: string[], runs: number): Promise<DashboardTiming[]> {
  const server = await startServer(PORT);
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  const timings: DashboardTiming[] = [];
  try {
    for (const file of files)
      for (let run = 0; run < runs; run++) {
        const context = await browser.newContext();
        const page = await context.newPage();
        await page.addInitScript(() => {
          const tasks: number[] = [];
          (window as unknown as { longTasks: number[] }).longTasks = tasks;
          new PerformanceObserver((list) => tasks.push(...list.getEntries().map((e) => e.duration))).observe({
            type: 'longtask',
          });
        });
        await page.goto(`http://127.0.0.1:${PORT}/?view=plans&lang=en`);
        const input = page.getByRole('region', { name: 'Add files' }).locator('input[type="file"]');
        await input.waitFor({ state: 'attached' });
        // The page settles first, so its own start-up does not count.
        await page.waitForTimeout(1500);
        await page.evaluate(() => ((window as unknown as { longTasks: number[] }).longTasks.length = 0));
        const name = path.basename(file);
        const line = page.locator(`[data-import="${name}"]`);
        const started = performance.now();
        await input.setInputFiles(file);
        await line
          .and(page.locator('[data-status="done"], [data-status="failed"]'))
          .waitFor({ timeout: 180_000 });
        const totalMs = performance.now() - started;
        await page.waitForTimeout(100);
        const tasks = await page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks);
        timings.push({
          fileName: name,
          status: (await line.getAttribute('data-status')) ?? '',
          message: (await line.locator('.state').textContent()) ?? '',
          totalMs,
          longestTaskMs: Math.max(0, ...tasks),
          longTasks: tasks.length,
        });
        await context.close();
      }
  } finally {
    await browser.close();
    server.kill();
  }
  return timings;
}

/** 50 distinct web pages (the seeds with their 文号 and a line changed) built with the seed data. */
function timeBuild(pages: number): {
  wallMs: number;
  report: { documents: number; quantitative: number; timings_ms: unknown };
} {
  const project = path.join(WORK, 'build-project');
  rmSync(project, { recursive: true, force: true });
  cpSync(path.join(ROOT, 'data'), path.join(project, 'data'), { recursive: true });
  const gbk = createEncoder('gbk');
  for (let n = 0; n < pages; n++) {
    const seed = SEEDS[n % SEEDS.length]!;
    const lines = seedLines(seed).map((l) =>
      l.replace(/([〔[])(\d{4})([〕\]])(\d+)号/g, `$1$2$3${n + 1}$4号`),
    );
    lines.splice(1, 0, `(第${n + 1}号页面)`);
    writeFileSync(
      path.join(project, 'data/sources', `${seed}-page${String(n + 1).padStart(2, '0')}.html`),
      gbk(planPage(lines), (c) => `&#${c.codePointAt(0)};`),
    );
  }
  const started = performance.now();
  const result = spawnSync(process.execPath, ['--import', 'tsx', path.join(ROOT, 'scripts/build-data.ts')], {
    cwd: project,
    encoding: 'utf8',
  });
  const wallMs = performance.now() - started;
  if (result.status !== 0) throw new Error(`build failed: ${result.stderr}`);
  const report = JSON.parse(readFileSync(path.join(project, 'data/build-report.json'), 'utf8'));
  rmSync(project, { recursive: true, force: true });
  return { wallMs, report };
}

const ms = (n: number | undefined) => (n === undefined ? '—' : `${Math.round(n)} ms`);

async function main(): Promise<void> {
  mkdirSync(WORK, { recursive: true });
  const pdf = await makePdf(100);
  const docx = makeDocx(2 * 1024 * 1024);
  console.log(
    `fixtures: ${path.relative(ROOT, pdf)} (${formatBytes(readFileSync(pdf).length)}), ${path.relative(ROOT, docx)} (${formatBytes(readFileSync(docx).length)})`,
  );

  for (const file of [pdf, docx]) {
    const t = await timeInNode(file);
    console.log(
      `node     ${path.basename(file)}: read + extract ${ms(t.cold)} cold, ${ms(t.warm)} warm (median of ${RUNS}); ${t.chars} characters, ${t.records} records`,
    );
  }
  const cid = path.join(WORK, 'cmap-font.pdf');
  writeFileSync(cid, cidFontPdf(['到2020年,产品质量合格率达到95%以上。']));
  for (const t of await timeInBrowser([pdf, docx, cid])) {
    console.log(
      `chromium ${t.fileName}: ${t.ok ? '' : `FAILED ${t.error} `}total ${ms(t.totalMs)} (worker: read ${ms(t.readMs)}, extract ${ms(t.extractMs)}); ${t.records ?? 0} records; longest main-thread task ${ms(t.longestTaskMs)} (${t.longTasks} over 50 ms)`,
    );
  }
  for (const t of await timeInDashboard([pdf, docx], 2)) {
    console.log(
      `dashboard ${t.fileName} (Add plans, chosen to kept): ${t.status === 'done' ? '' : `NOT KEPT ${t.message} `}total ${ms(t.totalMs)}; longest main-thread task ${ms(t.longestTaskMs)} (${t.longTasks} over 50 ms)`,
    );
  }
  const build = timeBuild(50);
  console.log(
    `build    50 web pages + the 5 seed plans: ${ms(build.wallMs)} wall (tsx start-up included); ${build.report.documents} documents, ${build.report.quantitative} quantitative targets; report timings ${JSON.stringify(build.report.timings_ms)}`,
  );
}

main().catch((e: unknown) => {
  process.stderr.write(`bench:import failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exitCode = 1;
});
