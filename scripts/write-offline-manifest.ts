/**
 * After `vite build`, before compression: writes into `dist/sw.js` which files the service worker keeps for
 * offline use and the build's version (`scripts/lib/offline-manifest.ts`).
 */

import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { listFiles } from './lib/files.ts';
import { buildOfflineManifest, MANIFEST_PLACEHOLDER } from './lib/offline-manifest.ts';

const dist = path.resolve(import.meta.dirname, '..', 'dist');
const workerFile = path.join(dist, 'sw.js');

const files = await Promise.all(
  (await listFiles(dist)).map(async (file) => ({
    path: path.relative(dist, file).split(path.sep).join('/'),
    bytes: new Uint8Array(await readFile(file)),
  })),
);
const manifest = buildOfflineManifest(files.filter((file) => file.path !== 'sw.js'));
const source = await readFile(workerFile, 'utf8');
if (!source.includes(MANIFEST_PLACEHOLDER))
  throw new Error(`${workerFile} has no ${MANIFEST_PLACEHOLDER} to replace`);
// JSON inside a JavaScript string literal: quotes and backslashes escaped once more.
await writeFile(
  workerFile,
  source.replace(MANIFEST_PLACEHOLDER, JSON.stringify(JSON.stringify(manifest)).slice(1, -1)),
);
const bytes = files
  .filter((f) => manifest.files.includes(f.path))
  .reduce((sum, f) => sum + f.bytes.length, 0);
console.log(
  `sw.js: ${manifest.files.length} files kept for offline use (${(bytes / 1024 / 1024).toFixed(1)} MB), version ${manifest.version}`,
);
