/**
 * npm run bench:scale — the build and the dashboard on synthetic corpora 10×, 100× and 1,000× today's size
 * (scripts/lib/synthetic-corpus.ts), beside today's data (1×): build time and peak memory, sizes of what is
 * published, and in Debian's Chromium the first chart, engine ready, filter changes per view and the SQL
 * console. Everything is written under a scratch folder (.bench/scale/), never into data/ or public/. Prints
 * medians, p95s and ratios to 1×, never pass/fail.
 *
 *   npm run bench:scale
 *   BENCH_SCALES=1,100 BENCH_BUILD_RUNS=1 BENCH_LOADS=3 BENCH_BROWSER=0 npm run bench:scale
 */

import { execFileSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { loadavg } from 'node:os';
import path from 'node:path';
import { build as viteBuild } from 'vite';
import { bindQuery, type ViewState } from '../src/lib/data/query.ts';
import { VIEW_QUERIES } from '../src/lib/data/queries/index.ts';
import { DATABASE_FILE } from '../src/lib/data/tables.ts';
import { calcMedian, calcPercentile } from '../src/lib/perf.ts';
import { NO_FILTERS } from '../src/lib/state/url.ts';
import {
  measureConsole,
  measureFilterChanges,
  measureLoad,
  profileWasmQueries,
  type ConsoleTiming,
  type WasmQueryProfile,
  type LoadTiming,
} from './lib/bench-browser.ts';
import { openNodeEngine } from './lib/duckdb-node.ts';
import { formatBytes, listFiles } from './lib/files.ts';
import { startServer } from './lib/serve-process.ts';
import {
  createScaleOptions,
  generateSyntheticCorpus,
  readSeedCorpus,
  type CorpusSummary,
} from './lib/synthetic-corpus.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const WORK = path.resolve(process.env.BENCH_SCALE_DIR ?? path.join(ROOT, '.bench', 'scale'));
const SCALES = (process.env.BENCH_SCALES ?? '1,10,100,1000').split(',').map(Number);
const BUILD_RUNS = Number(process.env.BENCH_BUILD_RUNS ?? 3);
const LOADS = Number(process.env.BENCH_LOADS ?? 5);
const CONSOLE_RUNS = Number(process.env.BENCH_CONSOLE_RUNS ?? 5);
const CHANGES = 30;
const PORT = Number(process.env.BENCH_PORT ?? 4350);
const ORIGIN = `http://127.0.0.1:${PORT}`;
const IS_BROWSER = process.env.BENCH_BROWSER !== '0';
const VIEWS = (
  process.env.BENCH_VIEWS ??
  'overview,compare,indicator,city,explorer,departments,outcomes,attainment,planner'
).split(',');
/** Typical console statements (src/components/views/sql/examples.ts): a count, two GROUP BYs, two joins. */
const CONSOLE_EXAMPLES = ['count', 'city-domain', 'specificity', 'canonical', 'outcomes'];
const TSX = import.meta.resolve('tsx');

/** One scale's measurements. */
interface ScaleResult {
  scale: number;
  corpus: CorpusSummary | null;
  documents: number;
  records: number;
  build: { seconds: number[]; maxRssMb: number[]; phasesMs: Record<string, number>[]; load: number[] };
  files: { name: string; raw: number; gzip: number | null; brotli: number | null }[];
  loads: LoadTiming[];
  bare: number[];
  filters: Record<string, { settled: number[]; backToBack: number[]; missed: number }>;
  console: ConsoleTiming[];
  queries: QueryProfile[];
  wasmQueries: WasmQueryProfile[];
}

/** One view query after a filter change, in DuckDB in Node on one thread (the browser's engine has one). */
interface QueryProfile {
  view: string;
  query: string;
  ms: number;
  rows: number;
  /** The rows as JSON: about what crosses from the worker and is decoded on the page. */
  bytes: number;
  decodeMs: number;
}

/** The state the profile asks for: one domain chosen, as after the first click of bench's filter changes. */
const PROFILE_STATE: ViewState = { filters: { ...NO_FILTERS, domains: ['product'] }, params: {}, lang: 'en' };

/** Times each view's queries for one filter state, three runs each, on the scale's published database. */
async function profileQueries(dir: string): Promise<QueryProfile[]> {
  const engine = await openNodeEngine(path.join(dir, 'public', 'data', DATABASE_FILE));
  const out: QueryProfile[] = [];
  try {
    await engine.run('SET threads = 1');
    const seen = new Set<string>();
    for (const view of VIEWS) {
      for (const query of VIEW_QUERIES[view as keyof typeof VIEW_QUERIES] ?? []) {
        if (seen.has(query.name)) continue;
        seen.add(query.name);
        const statement = bindQuery(query, PROFILE_STATE);
        const times: number[] = [];
        let rows: Awaited<ReturnType<typeof engine.run>> = [];
        for (let run = 0; run < 3; run += 1) {
          const started = performance.now();
          rows = await engine.run(statement.sql, statement.params);
          times.push(performance.now() - started);
        }
        const decodeStarted = performance.now();
        query.decode(rows);
        out.push({
          view,
          query: query.name,
          ms: calcMedian(times),
          rows: rows.length,
          bytes: JSON.stringify(rows).length,
          decodeMs: performance.now() - decodeStarted,
        });
      }
    }
  } finally {
    engine.close();
  }
  return out;
}

function log(message: string): void {
  process.stdout.write(`${message}\n`);
}

function formatMs(ms: number | undefined): string {
  return ms === undefined || Number.isNaN(ms) ? '—' : `${Math.round(ms)} ms`;
}

function formatLoad(): string {
  return loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');
}

/** Reads every seed file of data/ (the plans, manifest, indicators, references, outcomes). */
function readSeedFiles(): Map<string, Uint8Array> {
  const files = new Map<string, Uint8Array>();
  for (const file of readdirSync(path.join(ROOT, 'data'), { recursive: true, encoding: 'utf8' })) {
    const full = path.join(ROOT, 'data', file);
    if (statSync(full).isFile()) files.set(`data/${file.split(path.sep).join('/')}`, readFileSync(full));
  }
  return files;
}

/** A scratch project: today's data/ at 1×, else a synthetic one; nothing else of the repository. */
function createProject(
  scale: number,
  seeds: Map<string, Uint8Array>,
): { dir: string; corpus: CorpusSummary | null } {
  const dir = path.join(WORK, `x${scale}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(path.join(dir, 'public'), { recursive: true });
  if (scale === 1) {
    cpSync(path.join(ROOT, 'data'), path.join(dir, 'data'), { recursive: true });
    rmSync(path.join(dir, 'data', 'build-report.json'), { force: true });
    return { dir, corpus: null };
  }
  const summary: CorpusSummary = { cities: 0, plans: 0, expectedRecords: 0, textChars: 0, outcomes: 0 };
  for (const file of generateSyntheticCorpus(readSeedCorpus(seeds), createScaleOptions(scale), summary)) {
    const target = path.join(dir, file.path);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, file.text);
  }
  return { dir, corpus: summary };
}

/** Runs the real build in the scratch project, under GNU time for its peak resident memory. */
function runBuild(dir: string): { seconds: number; maxRssMb: number; phasesMs: Record<string, number> } {
  const timeFile = path.join(dir, '.build-time');
  execFileSync(
    '/usr/bin/time',
    [
      '-f',
      '%e %M',
      '-o',
      timeFile,
      process.execPath,
      '--import',
      TSX,
      path.join(ROOT, 'scripts', 'build-data.ts'),
    ],
    { cwd: dir, stdio: ['ignore', 'ignore', 'inherit'] },
  );
  const [seconds = NaN, kb = NaN] = readFileSync(timeFile, 'utf8').trim().split(/\s+/).map(Number);
  const report = JSON.parse(readFileSync(path.join(dir, 'data', 'build-report.json'), 'utf8'));
  return { seconds, maxRssMb: kb / 1024, phasesMs: report.timings_ms ?? {} };
}

/** The app built once without data; each scale's site is this plus that scale's data/. */
async function buildApp(): Promise<string> {
  const dir = path.join(WORK, 'app');
  await viteBuild({
    root: ROOT,
    configFile: path.join(ROOT, 'vite.config.ts'),
    publicDir: false,
    logLevel: 'warn',
    build: { outDir: dir, emptyOutDir: true },
  });
  for (const name of readdirSync(path.join(ROOT, 'public')))
    if (name !== 'data') cpSync(path.join(ROOT, 'public', name), path.join(dir, name), { recursive: true });
  runPrecompress(dir);
  return dir;
}

function runPrecompress(dir: string): void {
  execFileSync(process.execPath, ['--import', TSX, path.join(ROOT, 'scripts', 'precompress.ts'), dir], {
    cwd: ROOT,
    stdio: 'ignore',
  });
}

/** The site of one scale: the app and the scale's data, compressed as scripts/serve.ts sends it. */
function createSite(app: string | null, project: string): string {
  const site = `${project}-site`;
  rmSync(site, { recursive: true, force: true });
  if (app !== null) cpSync(app, site, { recursive: true });
  cpSync(path.join(project, 'public', 'data'), path.join(site, 'data'), { recursive: true });
  runPrecompress(path.join(site, 'data'));
  return site;
}

async function listDataFiles(site: string): Promise<ScaleResult['files']> {
  const dir = path.join(site, 'data');
  const size = (file: string) => (existsSync(file) ? statSync(file).size : null);
  return (await listFiles(dir))
    .filter((file) => !/\.(br|gz)$/.test(file) && !file.endsWith('.sha256'))
    .map((file) => ({
      name: path.relative(dir, file),
      raw: statSync(file).size,
      gzip: size(`${file}.gz`),
      brotli: size(`${file}.br`),
    }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

async function measureBrowser(result: ScaleResult, site: string): Promise<void> {
  const server = await startServer(PORT, site);
  try {
    // Alternate app and bare page so both see the same machine conditions.
    for (let i = 0; i < LOADS; i += 1) {
      result.loads.push(await measureLoad(`${ORIGIN}/?lang=en`, true));
      result.bare.push((await measureLoad(`${ORIGIN}/bench.html`, false)).firstChart);
    }
    log(
      `  first chart ${formatMs(calcMedian(result.loads.map((l) => l.firstChart)))}, engine ready ${formatMs(
        calcMedian(result.loads.map((l) => l.engineReady ?? NaN)),
      )}, bare page ${formatMs(calcMedian(result.bare))} (load ${formatLoad()})`,
    );
    result.wasmQueries = await profileWasmQueries(ORIGIN, 'product');
    for (const q of [...result.wasmQueries]
      .sort((a, b) => b.answeredMs + b.decodeMs - a.answeredMs - a.decodeMs)
      .slice(0, 8))
      log(
        `  wasm ${q.query.padEnd(28)} ${String(q.rows).padStart(7)} rows: query ${formatMs(q.engineMs)}, rows on the page ${formatMs(q.answeredMs)}, decoded ${formatMs(q.decodeMs)}`,
      );
    for (const view of VIEWS) {
      const settled = await measureFilterChanges(ORIGIN, view, 'settled', CHANGES);
      const backToBack = await measureFilterChanges(ORIGIN, view, 'back-to-back', CHANGES);
      result.filters[view] = {
        settled: settled.times,
        backToBack: backToBack.times,
        missed: settled.missed + backToBack.missed,
      };
      log(
        `  ${view.padEnd(12)} settled median ${formatMs(calcMedian(settled.times)).padStart(8)} p95 ${formatMs(calcPercentile(settled.times, 95)).padStart(8)}, back-to-back p95 ${formatMs(
          calcPercentile(backToBack.times, 95),
        ).padStart(
          8,
        )}${settled.missed + backToBack.missed ? `, ${settled.missed + backToBack.missed} changes not redrawn` : ''} (load ${formatLoad()})`,
      );
    }
    result.console = await measureConsole(ORIGIN, CONSOLE_EXAMPLES, CONSOLE_RUNS);
    for (const c of result.console)
      log(
        `  console ${c.example.padEnd(12)} ${String(c.rows).padStart(7)} rows: DuckDB ${formatMs(calcMedian(c.engineMs))}, painted ${formatMs(calcMedian(c.paintedMs))}`,
      );
  } finally {
    server.kill();
  }
}

async function measureScale(
  scale: number,
  seeds: Map<string, Uint8Array>,
  app: string | null,
): Promise<ScaleResult> {
  log(`\n== ${scale}× ${scale === 1 ? "(today's data)" : '(synthetic)'}`);
  const { dir, corpus } = createProject(scale, seeds);
  if (corpus !== null)
    log(
      `  corpus: ${corpus.cities} cities, ${corpus.plans} plans, ${(corpus.textChars / 1e6).toFixed(1)} M characters, ` +
        `${corpus.expectedRecords} records expected, ${corpus.outcomes} outcomes`,
    );
  const result: ScaleResult = {
    scale,
    corpus,
    documents: 0,
    records: 0,
    build: { seconds: [], maxRssMb: [], phasesMs: [], load: [] },
    files: [],
    loads: [],
    bare: [],
    filters: {},
    console: [],
    queries: [],
    wasmQueries: [],
  };
  for (let run = 0; run < BUILD_RUNS; run += 1) {
    result.build.load.push(loadavg()[0] ?? NaN);
    const built = runBuild(dir);
    result.build.seconds.push(built.seconds);
    result.build.maxRssMb.push(built.maxRssMb);
    result.build.phasesMs.push(built.phasesMs);
    log(
      `  build ${built.seconds.toFixed(1)} s, peak ${Math.round(built.maxRssMb)} MB, phases ${JSON.stringify(built.phasesMs)} (load ${formatLoad()})`,
    );
  }
  const report = JSON.parse(readFileSync(path.join(dir, 'data', 'build-report.json'), 'utf8'));
  result.documents = report.documents;
  result.records = report.targets;
  log(`  built ${result.documents} documents, ${result.records} records`);
  result.queries = await profileQueries(dir);
  for (const q of [...result.queries].sort((a, b) => b.ms - a.ms).slice(0, 8))
    log(
      `  query ${q.query.padEnd(28)} ${formatMs(q.ms).padStart(8)} in DuckDB (Node, 1 thread), ${String(q.rows).padStart(7)} rows, ${formatBytes(q.bytes).padStart(10)} as JSON, decode ${formatMs(q.decodeMs)}`,
    );
  const site = createSite(app, dir);
  result.files = await listDataFiles(site);
  if (app !== null) await measureBrowser(result, site);
  return result;
}

function sumFiles(
  files: ScaleResult['files'],
  test: (name: string) => boolean,
  key: 'raw' | 'gzip' | 'brotli',
): number {
  return files.filter((f) => test(f.name)).reduce((sum, f) => sum + (f[key] ?? f.raw), 0);
}

function printSummary(results: readonly ScaleResult[]): void {
  const base = results.find((r) => r.scale === 1);
  const cell = (value: number, unit: (v: number) => string, baseValue?: number) =>
    baseValue && Number.isFinite(value) && baseValue > 0
      ? `${unit(value)} (${(value / baseValue).toFixed(1)}×)`
      : unit(value);
  const rows: [string, (r: ScaleResult) => string][] = [
    ['documents / records', (r) => `${r.documents} / ${r.records}`],
    [
      'build, median',
      (r) =>
        cell(calcMedian(r.build.seconds), (v) => `${v.toFixed(1)} s`, base && calcMedian(base.build.seconds)),
    ],
    [
      'build peak RSS, max',
      (r) =>
        cell(
          Math.max(...r.build.maxRssMb),
          (v) => `${Math.round(v)} MB`,
          base && Math.max(...base.build.maxRssMb),
        ),
    ],
    ['load average at build', (r) => r.build.load.map((l) => l.toFixed(1)).join(' ')],
    [
      'Parquet raw / sent',
      (r) =>
        `${formatBytes(sumFiles(r.files, (n) => n.endsWith('.parquet'), 'raw'))} / ${formatBytes(sumFiles(r.files, (n) => n.endsWith('.parquet'), 'brotli'))}`,
    ],
    [
      'dataset.duckdb raw / gzip / br',
      (r) => {
        const db = r.files.find((f) => f.name === 'dataset.duckdb');
        return db ? `${formatBytes(db.raw)} / ${formatBytes(db.gzip)} / ${formatBytes(db.brotli)}` : '—';
      },
    ],
    [
      'answers raw / br',
      (r) =>
        `${formatBytes(sumFiles(r.files, (n) => n.startsWith('answers'), 'raw'))} / ${formatBytes(sumFiles(r.files, (n) => n.startsWith('answers'), 'brotli'))}`,
    ],
    [
      'answers/overview.json raw / br',
      (r) => {
        const f = r.files.find((x) => x.name === path.join('answers', 'overview.json'));
        return f ? `${formatBytes(f.raw)} / ${formatBytes(f.brotli)}` : '—';
      },
    ],
    [
      'first chart, median',
      (r) =>
        cell(
          calcMedian(r.loads.map((l) => l.firstChart)),
          formatMs,
          base && calcMedian(base.loads.map((l) => l.firstChart)),
        ),
    ],
    [
      'engine ready, median',
      (r) =>
        cell(
          calcMedian(r.loads.map((l) => l.engineReady ?? NaN)),
          formatMs,
          base && calcMedian(base.loads.map((l) => l.engineReady ?? NaN)),
        ),
    ],
    ['bare DuckDB page, median', (r) => cell(calcMedian(r.bare), formatMs, base && calcMedian(base.bare))],
    [
      'first chart / bare page',
      (r) => (calcMedian(r.loads.map((l) => l.firstChart)) / calcMedian(r.bare)).toFixed(2),
    ],
    ...VIEWS.map((view): [string, (r: ScaleResult) => string] => [
      `${view} filter p95 settled / b2b`,
      (r) => {
        const f = r.filters[view];
        return f
          ? `${formatMs(calcPercentile(f.settled, 95))} / ${formatMs(calcPercentile(f.backToBack, 95))}` +
              (f.missed > 0 ? ` (n=${f.settled.length + f.backToBack.length})` : '')
          : '—';
      },
    ]),
    ...CONSOLE_EXAMPLES.map((example): [string, (r: ScaleResult) => string] => [
      `console ${example}, DuckDB / painted`,
      (r) => {
        const c = r.console.find((x) => x.example === example);
        return c ? `${formatMs(calcMedian(c.engineMs))} / ${formatMs(calcMedian(c.paintedMs))}` : '—';
      },
    ]),
  ];
  log('\nSummary (medians; p95 over 30 uncached filter changes; ratios to 1×)');
  log(`  ${''.padEnd(36)}${results.map((r) => `${r.scale}×`.padStart(26)).join('')}`);
  for (const [label, format] of rows)
    log(`  ${label.padEnd(36)}${results.map((r) => format(r).padStart(26)).join('')}`);
}

async function main(): Promise<void> {
  mkdirSync(WORK, { recursive: true });
  log(
    `bench:scale in ${path.relative(ROOT, WORK) || WORK}: scales ${SCALES.join(', ')}; load average ${formatLoad()}`,
  );
  const seeds = readSeedFiles();
  const app = IS_BROWSER ? await buildApp() : null;
  const results: ScaleResult[] = [];
  for (const scale of SCALES) {
    results.push(await measureScale(scale, seeds, app));
    writeFileSync(path.join(WORK, 'results.json'), JSON.stringify(results, null, 2));
  }
  printSummary(results);
  log(`\nAll measurements: ${path.join(path.relative(ROOT, WORK), 'results.json')}`);
}

await main();
