import { describe, expect, it } from 'vitest';
import { buildOfflineManifest, isKeptOffline } from '../../../scripts/lib/offline-manifest.ts';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('isKeptOffline', () => {
  it.each([
    ['assets/main-DNjmTzkj.js', true],
    ['assets/SqlView-abc.js', true],
    ['assets/main-B_-eCwlw.css', true],
    ['assets/file.worker-j8At6sSd.js', true],
    ['data/dataset.duckdb', true],
    ['data/answers/overview.json', true],
    ['favicon.png', true],
    // A browser uses one of DuckDB's two bundles: the page asks for its own once started.
    ['assets/duckdb-eh-9ubY-jlA.wasm', false],
    ['assets/duckdb-browser-mvp.worker-C9hF7LGh.js', false],
    ['assets/main-DNjmTzkj.js.br', false],
    ['assets/main-DNjmTzkj.js.gz', false],
    ['data/targets.parquet', false],
    ['data/inputs.sha256', false],
    ['bench.html', false],
    ['assets/bench-import-x.js', false],
    ['pdfjs/cmaps/UniGB-UCS2-H.bcmap', false],
    ['sw.js', false],
  ])('%s: %s', (file, kept) => {
    expect(isKeptOffline(file)).toBe(kept);
  });
});

describe('buildOfflineManifest', () => {
  const files = [
    { path: 'index.html', bytes: bytes('<html>') },
    { path: 'assets/b.js', bytes: bytes('b') },
    { path: 'assets/a.js', bytes: bytes('a') },
    { path: 'data/targets.parquet', bytes: bytes('p') },
  ];

  it('lists the page first as "" and the kept files in name order', () => {
    expect(buildOfflineManifest(files).files).toEqual(['', 'assets/a.js', 'assets/b.js']);
  });

  it('changes its version when any kept file changes, and only then', () => {
    const version = buildOfflineManifest(files).version;
    expect(buildOfflineManifest([...files].reverse()).version).toBe(version);
    const parquet = files.map((f) => (f.path.endsWith('.parquet') ? { ...f, bytes: bytes('q') } : f));
    expect(buildOfflineManifest(parquet).version).toBe(version);
    const data = files.map((f) => (f.path === 'index.html' ? { ...f, bytes: bytes('<html lang>') } : f));
    expect(buildOfflineManifest(data).version).not.toBe(version);
  });
});
