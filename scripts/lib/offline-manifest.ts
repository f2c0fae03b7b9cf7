/**
 * Which files of a build the service worker keeps for offline use, and the build's version: the app shell,
 * every chunk a view may load, and the data the browser reads; not DuckDB's wasm and worker (two bundles,
 * of which a browser uses one: the page names it once started), source maps, the Parquet copies the
 * browser never reads, the benchmark pages or pdf.js's assets (kept as used).
 */

import { createHash } from 'node:crypto';

/** The placeholder in the built `sw.js` that the manifest replaces. */
export const MANIFEST_PLACEHOLDER = '__OFFLINE_MANIFEST__';

/** What the service worker is given. */
export interface OfflineManifest {
  /** A hash of every kept file's name and content: a new build with any change is a new cache. */
  version: string;
  /** Paths under the site's base; '' is the page itself. */
  files: string[];
}

/** Is a file of the build (a path relative to dist/, with `/`) one the service worker keeps at install? */
export function isKeptOffline(file: string): boolean {
  if (/\.(br|gz|map|parquet|wasm)$/.test(file)) return false;
  if (/^(sw\.js|bench[^/]*\.html|index\.html)$/.test(file)) return false;
  if (/^assets\/(bench|duckdb-browser-)/.test(file)) return false;
  if (file.startsWith('pdfjs/')) return false;
  if (file.startsWith('data/')) return /^data\/(dataset\.duckdb|answers\/[^/]+\.json)$/.test(file);
  return true;
}

/**
 * buildOfflineManifest(files) lists the kept files (the page as '' first, then in name order) and hashes
 * them with their contents into the version.
 */
export function buildOfflineManifest(files: readonly { path: string; bytes: Uint8Array }[]): OfflineManifest {
  const kept = files.filter((file) => file.path === 'index.html' || isKeptOffline(file.path));
  kept.sort((a, b) => a.path.localeCompare(b.path));
  const hash = createHash('sha256');
  for (const file of kept) {
    hash.update(file.path);
    hash.update(createHash('sha256').update(file.bytes).digest());
  }
  const paths = kept.filter((file) => file.path !== 'index.html').map((file) => file.path);
  return { version: hash.digest('hex').slice(0, 16), files: ['', ...paths] };
}
