/**
 * UI benchmark of the production build served by scripts/serve.ts, in Debian's Chromium with a fresh profile
 * per load: time to the first chart in the app beside a bare DuckDB page of the same build (bench.html),
 * filter changes redrawing every chart in view (at a person's pace, and back to back), bytes of a cold load and of a second visit, and every asset's
 * raw/gzip/brotli size. Prints measurements and ratios, never pass/fail.
 *
 *   npm run build && npm run bench:ui        BENCH_LOADS=9 BENCH_PORT=4391 to change the defaults
 */

import type { Page } from '@playwright/test';
import { existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import {
  measureFilterChanges,
  measureLoad,
  SETTLED_PAUSE_MS,
  waitForMark,
  withFreshProfile,
  type LoadTiming,
} from './lib/bench-browser.ts';
import { formatBytes, listFiles } from './lib/files.ts';
import { startServer } from './lib/serve-process.ts';
import { ENGINE_READY_MARK, calcMedian, calcPercentile } from '../src/lib/perf.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const DIST = path.join(ROOT, 'dist');
const LOADS = Number(process.env.BENCH_LOADS ?? 7);
const CHANGES = 30;
const PORT = Number(process.env.BENCH_PORT ?? 4391);
const ORIGIN = `http://127.0.0.1:${PORT}`;

/** Views whose charts follow the global filters, each timed on its own. */
const FILTERED_VIEWS = (
  process.env.BENCH_VIEWS ??
  'overview,compare,indicator,city,explorer,departments,outcomes,attainment,planner'
).split(',');

interface Transfer {
  url: string;
  bytes: number;
}

async function loadAndCountBytes(page: Page): Promise<Transfer[]> {
  const transfers: Promise<Transfer>[] = [];
  page.on('requestfinished', (request) => {
    transfers.push(
      request.sizes().then((sizes) => ({
        url: request.url(),
        bytes: sizes.responseBodySize + sizes.responseHeadersSize,
      })),
    );
  });
  await page.goto(`${ORIGIN}/?lang=en`);
  await waitForMark(page, ENGINE_READY_MARK);
  await page.waitForLoadState('networkidle');
  return Promise.all(transfers);
}

/** Bytes over the wire for a first visit, then for a second visit in the same profile. */
async function measureBytes(): Promise<{ cold: Transfer[]; warm: Transfer[] }> {
  return withFreshProfile(async (context) => {
    const cold = await loadAndCountBytes(await context.newPage());
    const warm = await loadAndCountBytes(await context.newPage());
    return { cold, warm };
  });
}

async function sizeOrNull(file: string): Promise<number | null> {
  return existsSync(file) ? (await stat(file)).size : null;
}

/** The JavaScript index.html loads before anything else (its script and modulepreloads), gzip bytes. */
async function calcFirstViewJs(): Promise<{ files: string[]; gzip: number }> {
  const html = await readFile(path.join(DIST, 'index.html'), 'utf8');
  const files = [...html.matchAll(/(?:src|href)="\/?(assets\/[^"]+\.js)"/g)].map((m) => m[1] as string);
  let gzip = 0;
  for (const file of files) gzip += (await sizeOrNull(path.join(DIST, `${file}.gz`))) ?? 0;
  return { files, gzip };
}

function formatMs(ms: number | undefined): string {
  return ms === undefined || Number.isNaN(ms) ? '—' : `${Math.round(ms)} ms`;
}

function sumBytes(transfers: readonly Transfer[]): number {
  return transfers.reduce((sum, t) => sum + t.bytes, 0);
}

async function printAssets(): Promise<void> {
  const files = (await listFiles(DIST)).filter((f) => !/\.(br|gz)$/.test(f));
  const rows = await Promise.all(
    files.map(async (file) => ({
      name: path.relative(DIST, file),
      raw: (await stat(file)).size,
      gzip: await sizeOrNull(`${file}.gz`),
      brotli: await sizeOrNull(`${file}.br`),
    })),
  );
  rows.sort((a, b) => b.raw - a.raw);
  console.log('\nAssets in dist/ (raw / gzip / brotli; — = sent uncompressed)');
  for (const row of rows) {
    const sizes = [row.raw, row.gzip, row.brotli].map((s) => formatBytes(s).padStart(10)).join(' ');
    console.log(`  ${row.name.padEnd(52)}${sizes}`);
  }
}

async function main(): Promise<void> {
  if (!existsSync(path.join(DIST, 'index.html')) || !existsSync(path.join(DIST, 'bench.html'))) {
    throw new Error('dist/ has no production build: run `npm run build` first');
  }
  const server = await startServer(PORT);
  try {
    console.log(`Chromium, fresh profile per load, ${LOADS} loads each, ${ORIGIN}\n`);
    const app: LoadTiming[] = [];
    const bare: number[] = [];
    // Alternate app and bare page so both see the same machine conditions.
    for (let i = 0; i < LOADS; i += 1) {
      app.push(await measureLoad(`${ORIGIN}/?lang=en`, true));
      bare.push((await measureLoad(`${ORIGIN}/bench.html`, false)).firstChart);
      process.stdout.write('.');
    }
    const appFirst = calcMedian(app.map((t) => t.firstChart));
    const bareFirst = calcMedian(bare);
    console.log('\n\nTime to first chart (median, from navigation start)');
    console.log(`  app, drawn from build-time answers      ${formatMs(appFirst)}`);
    console.log(
      `    DuckDB ready (started at once)        ${formatMs(calcMedian(app.map((t) => t.engineReady ?? NaN)))}`,
    );
    console.log(`  bare page: DuckDB start + query + draw  ${formatMs(bareFirst)}`);
    console.log(`  ratio app / bare                        ${(appFirst / bareFirst).toFixed(2)}`);

    console.log(
      `\nFilter change until every chart in view has redrawn and is painted (${CHANGES} changes per view of the domain filter, or of the cities where a view has none; engine ready)`,
    );
    console.log(
      `  ${'view'.padEnd(12)} ${'settled: median'.padStart(16)} ${'p95'.padStart(8)}   ${'back-to-back: median'.padStart(21)} ${'p95'.padStart(8)}`,
    );
    for (const view of FILTERED_VIEWS) {
      const settled = (await measureFilterChanges(ORIGIN, view, 'settled', CHANGES)).times;
      const stressed = (await measureFilterChanges(ORIGIN, view, 'back-to-back', CHANGES)).times;
      console.log(
        `  ${view.padEnd(12)} ${formatMs(calcMedian(settled)).padStart(16)} ${formatMs(calcPercentile(settled, 95)).padStart(8)}   ${formatMs(calcMedian(stressed)).padStart(21)} ${formatMs(calcPercentile(stressed, 95)).padStart(8)}`,
      );
    }
    console.log(
      `  settled: each click on an idle page after a ${SETTLED_PAUSE_MS} ms pause; back-to-back: each click as soon as the last change is painted`,
    );

    const { cold, warm } = await measureBytes();
    const coldBytes = sumBytes(cold);
    const warmBytes = sumBytes(warm);
    console.log('\nBytes transferred (bodies as sent, plus headers)');
    console.log(`  cold load, until DuckDB is ready   ${formatBytes(coldBytes)} in ${cold.length} requests`);
    console.log(`  second visit, same profile         ${formatBytes(warmBytes)} in ${warm.length} requests`);
    console.log(`  ratio second / cold                ${(warmBytes / coldBytes).toFixed(4)}`);
    for (const t of warm.filter((w) => w.bytes > 0).sort((a, b) => b.bytes - a.bytes)) {
      console.log(`    revalidated ${new URL(t.url).pathname.padEnd(40)} ${formatBytes(t.bytes)}`);
    }

    const js = await calcFirstViewJs();
    console.log(`\nJavaScript of the first view (excluding DuckDB's lazy chunk, worker and wasm)`);
    console.log(`  ${formatBytes(js.gzip)} gzip in ${js.files.join(', ')}`);
    console.log(`  share of a 200 kB gzip budget: ${(js.gzip / (200 * 1024)).toFixed(2)}`);

    await printAssets();
  } finally {
    server.kill();
  }
}

await main();
