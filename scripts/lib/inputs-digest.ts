/**
 * A digest of everything the published dataset is made from (data/, the extraction, the build, the queries
 * answered at build time), written beside the dataset, so tests can tell a stale dataset from a current one.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/** The file in public/data/ that holds the digest the dataset was built from. */
export const INPUTS_DIGEST_FILE = 'inputs.sha256';

/** Folders and files, relative to the root, whose contents decide the dataset. */
const INPUTS = [
  'data',
  'src/lib/extract',
  'src/lib/build',
  'src/lib/read',
  'src/lib/outcomes',
  'src/lib/data',
  'scripts/build-data.ts',
  'scripts/lib',
];

function listFiles(root: string, relative: string): string[] {
  const full = path.join(root, relative);
  if (!existsSync(full)) return [];
  if (statSync(full).isFile()) return [relative];
  return readdirSync(full)
    .sort()
    .flatMap((name) => listFiles(root, path.join(relative, name)));
}

/** The SHA-256 of every input's path and contents, in a fixed order (the build's own report excluded). */
export function calcInputsDigest(root: string): string {
  const hash = createHash('sha256');
  for (const file of INPUTS.flatMap((input) => listFiles(root, input))) {
    if (file === path.join('data', 'build-report.json')) continue;
    hash.update(file);
    hash.update('\0');
    hash.update(readFileSync(path.join(root, file)));
    hash.update('\0');
  }
  return hash.digest('hex');
}
