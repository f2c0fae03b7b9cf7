/**
 * Vitest global setup: the query tests read the published dataset, so build it when it is missing or was
 * built from other inputs than the ones here now (data/, the extraction, the build), never testing stale data.
 */

import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { calcInputsDigest, INPUTS_DIGEST_FILE } from '../../scripts/lib/inputs-digest.ts';

export default function setup(): void {
  const root = path.resolve(import.meta.dirname, '..', '..');
  const stamp = path.join(root, 'public', 'data', INPUTS_DIGEST_FILE);
  const built = existsSync(stamp) ? readFileSync(stamp, 'utf8').trim() : null;
  const current = calcInputsDigest(root);
  if (built === current) return;
  console.log(
    built === null
      ? 'public/data has no dataset: running npm run build:data'
      : 'public/data was built from other inputs: running npm run build:data',
  );
  execFileSync('npm', ['run', 'build:data'], { cwd: root, stdio: 'inherit' });
}
