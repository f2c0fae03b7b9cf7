/** npm run build:data — turn data/ into public/data/*.parquet and data/build-report.json, or fail leaving the last good dataset. */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { buildDataset, PATHS, SOURCE_DOCUMENT, type DatasetInput } from '../src/lib/build/dataset.ts';
import { DocumentReadError, type ReadDocument } from '../src/lib/read/index.ts';
import { readDocumentInNode } from './lib/read-node.ts';
import { DataFileError } from '../src/lib/build/read-csv.ts';
import {
  CITY_SCHEMA,
  DOCUMENT_SCHEMA,
  INDICATOR_SCHEMA,
  OUTCOME_NOTE_SCHEMA,
  OUTCOME_SCHEMA,
  REFERENCE_SCHEMA,
  TARGET_SCHEMA,
} from '../src/lib/build/schema.ts';
import { writeParquetTables } from './lib/parquet.ts';

const root = process.cwd();
const outDir = join(root, 'public', 'data');

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
  for (const path of [PATHS.indicators, PATHS.cities, PATHS.overrides, PATHS.references]) {
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

async function main(): Promise<void> {
  const started = performance.now();
  const dataset = buildDataset(await collectInputs());
  const built = performance.now();

  // Write beside the live dataset, then swap, so a failure never leaves a half-written one.
  const staging = `${outDir}.staging-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });
  try {
    await writeParquetTables(staging, [
      { name: 'targets', columns: TARGET_SCHEMA, rows: dataset.targets },
      { name: 'documents', columns: DOCUMENT_SCHEMA, rows: dataset.documents },
      { name: 'indicators', columns: INDICATOR_SCHEMA, rows: dataset.indicators },
      { name: 'cities', columns: CITY_SCHEMA, rows: dataset.cities },
      { name: 'references', columns: REFERENCE_SCHEMA, rows: dataset.references },
      { name: 'outcomes', columns: OUTCOME_SCHEMA, rows: dataset.outcomes },
      { name: 'outcome_notes', columns: OUTCOME_NOTE_SCHEMA, rows: dataset.outcomeNotes },
    ]);
    const previous = `${outDir}.previous-${process.pid}`;
    if (existsSync(outDir)) renameSync(outDir, previous);
    renameSync(staging, outDir);
    rmSync(previous, { recursive: true, force: true });
  } catch (e) {
    rmSync(staging, { recursive: true, force: true });
    throw e;
  }
  const written = performance.now();
  const report = {
    ...dataset.report,
    timings_ms: { build: Math.round(built - started), write: Math.round(written - built) },
  };
  writeFileSync(join(root, 'data', 'build-report.json'), JSON.stringify(report, null, 2) + '\n');

  const r = dataset.report;
  process.stdout.write(
    `build:data: ${r.documents} documents, ${r.quantitative} quantitative targets, ${r.qualitative} qualitative commitments, ` +
      `${r.withoutIndicator.count} quantitative targets without a canonical indicator, ${r.overrides.applied} overrides, ` +
      `${r.outcomes} outcomes ` +
      `→ public/data/ in ${Math.round(written - started)} ms\n`,
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
