/**
 * Writes brotli (.br) and gzip (.gz) copies beside every compressible file in dist/ (or the folder given), for scripts/serve.ts
 * to send as they are. Uses only Node's zlib; prints each asset's raw, gzip and brotli size.
 */

import { readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import { formatBytes, listFiles } from './lib/files.ts';

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);

/** Files smaller than this gain too little to be worth a second request path. */
const MIN_BYTES = 1024;
/** A compressed copy is kept only if it saves at least this share (zstd Parquet, for example, does not). */
const MIN_SAVING = 0.1;
const COMPRESSIBLE = new Set([
  '.js',
  '.mjs',
  '.css',
  '.html',
  '.svg',
  '.json',
  '.wasm',
  '.txt',
  '.map',
  '.parquet',
  // The DuckDB database is mostly unused space in its fixed-size blocks: 2.5 MB raw is 80 kB gzip.
  '.duckdb',
]);

/** Brotli 11 takes minutes on the 34 MB DuckDB wasm; quality 9 takes seconds and is within a few percent. */
function createBrotliOptions(size: number): zlib.BrotliOptions {
  return {
    params: {
      [zlib.constants.BROTLI_PARAM_QUALITY]: size > 4_000_000 ? 9 : 11,
      [zlib.constants.BROTLI_PARAM_SIZE_HINT]: size,
    },
  };
}

/** One file's sizes; a compressed size is null when no copy was written. */
export interface CompressedSizes {
  file: string;
  raw: number;
  gzip: number | null;
  brotli: number | null;
}

/** Compresses one file, writing each copy only if it is worth it. */
export async function precompressFile(file: string): Promise<CompressedSizes> {
  const raw = await readFile(file);
  const [gz, br] = await Promise.all([gzip(raw, { level: 9 }), brotli(raw, createBrotliOptions(raw.length))]);
  const isWorth = (copy: Buffer) => copy.length <= raw.length * (1 - MIN_SAVING);
  if (isWorth(gz)) await writeFile(`${file}.gz`, gz);
  if (isWorth(br)) await writeFile(`${file}.br`, br);
  return {
    file,
    raw: raw.length,
    gzip: isWorth(gz) ? gz.length : null,
    brotli: isWorth(br) ? br.length : null,
  };
}

async function main(): Promise<void> {
  // A folder argument compresses another tree (scripts/bench-scale.ts: one dataset's data/).
  const dist = path.resolve(process.argv[2] ?? path.join(import.meta.dirname, '..', 'dist'));
  const files = (await listFiles(dist)).filter((f) => COMPRESSIBLE.has(path.extname(f)));
  const candidates: string[] = [];
  for (const file of files) if ((await stat(file)).size >= MIN_BYTES) candidates.push(file);
  const started = Date.now();
  const sizes = await Promise.all(candidates.map(precompressFile));
  sizes.sort((a, b) => b.raw - a.raw);
  console.log(`precompressed ${sizes.length} files in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  for (const s of sizes) {
    const name = path.relative(dist, s.file).padEnd(48);
    console.log(
      `  ${name} ${formatBytes(s.raw).padStart(11)}  gz ${formatBytes(s.gzip).padStart(10)}  br ${formatBytes(s.brotli).padStart(10)}`,
    );
  }
}

await main();
