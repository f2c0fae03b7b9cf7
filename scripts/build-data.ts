/**
 * npm run build:data — turn data/ into the published dataset in public/data/ (Parquet, the DuckDB database
 * the dashboard attaches, and each view's build-time answers) and data/build-report.json, or fail leaving
 * the last good dataset.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { buildDataset, PATHS, SOURCE_DOCUMENT, type DatasetInput } from '../src/lib/build/dataset.ts';
import { buildPublishedTables } from '../src/lib/build/publish.ts';
import { calcJudgementDate } from '../src/lib/outcomes/attainment-table.ts';
import { DocumentReadError, type ReadDocument } from '../src/lib/read/index.ts';
import { readDocumentInNode } from './lib/read-node.ts';
import { DataFileError } from '../src/lib/build/read-csv.ts';
import { buildAnswersPath, calcBuiltAnswers } from '../src/lib/data/answers.ts';
import { VIEW_QUERIES } from '../src/lib/data/queries/index.ts';
import { DATA_DIR, DATABASE_FILE } from '../src/lib/data/tables.ts';
import { openNodeEngine } from './lib/duckdb-node.ts';
import { calcInputsDigest, INPUTS_DIGEST_FILE } from './lib/inputs-digest.ts';
import { writeTables } from './lib/write-tables.ts';

const root = process.cwd();
const outDir = join(root, 'public', DATA_DIR);
/** Work folders live outside public/, so a killed build never leaves anything Vite would copy into dist/. */
const WORK_PREFIX = '.build-data-';

/** Files in data/sources/ that are neither plans nor the manifest, and may stay there. */
const SOURCE_NOTES = /^(?:\.|readme)|\.(?:md|csv)$/i;

/**
 * Every input file of the dataset, keyed by its path relative to the project root, and each plan
 * document in data/sources/ read by the document reader (any format). A file there that cannot be
 * read as a plan stops the build with its name and the reason.
 */
async function collectInputs(): Promise<DatasetInput> {
  const files = new Map<string, Uint8Array>();
  const documents = new Map<string, ReadDocument>();
  const key = (path: string) => relative(root, path).split('\\').join('/');
  const add = (path: string) => files.set(key(path), readFileSync(path));
  const sources = join(root, PATHS.sources);
  if (existsSync(sources)) {
    for (const entry of readdirSync(sources, { withFileTypes: true }).sort((a, b) =>
      a.name.localeCompare(b.name),
    )) {
      if (!entry.isFile()) continue;
      const path = join(sources, entry.name);
      add(path);
      if (SOURCE_NOTES.test(entry.name)) continue;
      if (!SOURCE_DOCUMENT.test(entry.name))
        throw new DataFileError(
          key(path),
          null,
          'not a plan document: data/sources/ takes .txt, .htm/.html, .pdf, .docx and .doc files (and manifest.csv)',
        );
      try {
        documents.set(key(path), await readDocumentInNode(files.get(key(path))!, entry.name));
      } catch (e) {
        if (e instanceof DocumentReadError) throw new DataFileError(key(path), null, e.reason);
        throw e;
      }
    }
  }
  for (const path of [
    PATHS.indicators,
    PATHS.cities,
    PATHS.overrides,
    PATHS.outcomeTranslations,
    PATHS.references,
  ]) {
    if (existsSync(join(root, path))) add(join(root, path));
  }
  const outcomes = join(root, PATHS.outcomes);
  if (existsSync(outcomes)) {
    for (const name of readdirSync(outcomes, { withFileTypes: true })) {
      if (name.isFile() && name.name.endsWith('.csv')) add(join(outcomes, name.name));
    }
  }
  return { files, documents };
}

/**
 * The dataset's date, which attainment is judged at: today, or SOURCE_DATE_EPOCH (seconds) where a build must
 * be reproducible (https://reproducible-builds.org/specs/source-date-epoch/).
 */
function readDatasetDate(): Date {
  const epoch = process.env['SOURCE_DATE_EPOCH'];
  if (epoch === undefined || epoch === '') return new Date();
  if (!/^\d+$/.test(epoch)) throw new Error(`SOURCE_DATE_EPOCH "${epoch}" is not a number of seconds`);
  return new Date(Number(epoch) * 1000);
}

/** Removes work folders of builds that were killed (their process is gone). */
function removeLeftovers(): void {
  const stale = (name: string) => {
    const pid = Number(name.slice(name.lastIndexOf('-') + 1));
    if (!Number.isInteger(pid) || pid === process.pid) return false;
    try {
      process.kill(pid, 0);
      return false;
    } catch {
      return true;
    }
  };
  for (const name of readdirSync(root)) {
    if (name.startsWith(WORK_PREFIX) && stale(name))
      rmSync(join(root, name), { recursive: true, force: true });
  }
  // Older builds staged inside public/, where Vite would copy a leftover into dist/.
  const publicDir = join(root, 'public');
  if (existsSync(publicDir)) {
    for (const name of readdirSync(publicDir)) {
      if (/^data\.(staging|previous)-\d+$/.test(name))
        rmSync(join(publicDir, name), { recursive: true, force: true });
    }
  }
}

/** Writes each view's answers for its default state, from the database just written. */
async function writeAnswers(dir: string): Promise<void> {
  const engine = await openNodeEngine(join(dir, DATABASE_FILE));
  try {
    mkdirSync(join(dir, 'answers'), { recursive: true });
    for (const [view, queries] of Object.entries(VIEW_QUERIES)) {
      const built = await calcBuiltAnswers(engine, queries ?? []);
      const file = join(dir, buildAnswersPath(view).slice(DATA_DIR.length + 1));
      writeFileSync(file, JSON.stringify(built));
    }
  } finally {
    engine.close();
  }
}

async function main(): Promise<void> {
  const started = performance.now();
  removeLeftovers();
  const digest = calcInputsDigest(root);
  const dataset = buildDataset(await collectInputs());
  const judgement = calcJudgementDate(readDatasetDate());
  const built = performance.now();

  // Write beside the live dataset, then swap, so a failure never leaves a half-written one.
  const staging = join(root, `${WORK_PREFIX}staging-${process.pid}`);
  const previous = join(root, `${WORK_PREFIX}previous-${process.pid}`);
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });
  let written: number;
  try {
    await writeTables(staging, buildPublishedTables(dataset, { judgement }));
    written = performance.now();
    await writeAnswers(staging);
    writeFileSync(join(staging, INPUTS_DIGEST_FILE), `${digest}\n`);
    mkdirSync(join(root, 'public'), { recursive: true });
    if (existsSync(outDir)) renameSync(outDir, previous);
    renameSync(staging, outDir);
    rmSync(previous, { recursive: true, force: true });
  } catch (e) {
    rmSync(staging, { recursive: true, force: true });
    throw e;
  }
  const answered = performance.now();
  const report = {
    ...dataset.report,
    timings_ms: {
      build: Math.round(built - started),
      write: Math.round(written - built),
      answers: Math.round(answered - written),
    },
  };
  writeFileSync(join(root, 'data', 'build-report.json'), JSON.stringify(report, null, 2) + '\n');

  const r = dataset.report;
  process.stdout.write(
    `build:data: ${r.documents} documents, ${r.quantitative} quantitative targets, ${r.qualitative} qualitative commitments, ` +
      `${r.withoutIndicator.count} quantitative targets without a canonical indicator, ${r.overrides.applied} overrides, ` +
      `${r.outcomes} outcomes, attainment as of ${judgement.datasetDate} ` +
      `→ public/data/ in ${Math.round(answered - started)} ms\n`,
  );
  for (const w of r.warnings) process.stderr.write(`warning: ${w}\n`);
}

main().catch((e: unknown) => {
  if (e instanceof DataFileError)
    process.stderr.write(
      `build:data failed: ${e.message}\nThe last good dataset in public/data/ is unchanged.\n`,
    );
  else
    process.stderr.write(`build:data failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exitCode = 1;
});
