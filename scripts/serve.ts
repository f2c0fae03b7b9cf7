/**
 * Serves the production build (dist/, or the folder SERVE_DIR names) on 127.0.0.1: precompressed brotli/gzip files, hashed assets cached
 * for a year, data and pages revalidated by ETag, and index.html for any other path (the app routes by URL).
 */

import http from 'node:http';
import path from 'node:path';
import sirv from 'sirv';
import { SECURITY_HEADERS } from './lib/policy.ts';

const IMMUTABLE = 'public, max-age=31536000, immutable';

// SERVE_DIR serves another build (scripts/bench-scale.ts serves one per synthetic dataset).
const dist = path.resolve(process.env.SERVE_DIR ?? path.join(import.meta.dirname, '..', 'dist'));
const port = Number(process.env.PORT ?? 4173);

const files = sirv(dist, {
  brotli: true,
  gzip: true,
  etag: true,
  single: true,
  setHeaders(res, pathname) {
    // Vite puts a content hash in every file name under /assets/, so those never change. Browsers ask for the
    // icon again on every change of the URL (each filter change), so it may be reused for a day unasked.
    const policy = pathname.startsWith('/assets/')
      ? IMMUTABLE
      : pathname === '/favicon.png'
        ? 'public, max-age=86400'
        : 'no-cache';
    res.setHeader('Cache-Control', policy);
  },
});

const server = http.createServer((req, res) => {
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
  files(req, res, () => {
    res.statusCode = 404;
    res.end('Not found');
  });
});

server.listen(port, '127.0.0.1', () => {
  console.log(`Serving ${path.relative(process.cwd(), dist) || dist} at http://127.0.0.1:${port}/`);
});
