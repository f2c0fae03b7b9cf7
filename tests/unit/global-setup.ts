/** Vitest global setup: the query tests read the published Parquet files, so build them if they are missing. */

import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { TABLE_NAMES, buildDataPath } from '../../src/lib/data/tables.ts';

export default function setup(): void {
  const root = path.resolve(import.meta.dirname, '..', '..');
  const missing = TABLE_NAMES.filter((name) => !existsSync(path.join(root, 'public', buildDataPath(name))));
  if (missing.length === 0) return;
  console.log(`public/data lacks ${missing.join(', ')}: running npm run build:data`);
  execFileSync('npm', ['run', 'build:data'], { cwd: root, stdio: 'inherit' });
}
