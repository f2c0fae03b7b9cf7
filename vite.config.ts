/// <reference types="vitest/config" />
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { buildPolicyMeta } from './scripts/lib/policy.ts';
import { PDFJS_ASSETS } from './src/lib/read/types.ts';

/**
 * pdf.js's CJK character maps and standard font data, served from the app's own origin (users sit on
 * intranets: no CDN): written into the build under PDFJS_ASSETS, and served by the dev server.
 */
function pdfjsAssets(): Plugin {
  const root = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
  const folders: [url: string, dir: string][] = [
    [PDFJS_ASSETS.cMaps, join(root, 'cmaps')],
    [PDFJS_ASSETS.standardFonts, join(root, 'standard_fonts')],
  ];
  let base = '/';
  return {
    name: 'pdfjs-assets',
    configResolved(config) {
      base = config.base;
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const url = (req.url ?? '').split('?')[0]!;
        for (const [prefix, dir] of folders) {
          const name = url.startsWith(base + prefix) ? url.slice((base + prefix).length) : '';
          if (name && !name.includes('/') && readdirSync(dir).includes(name)) {
            res.end(readFileSync(join(dir, name)));
            return;
          }
        }
        next();
      });
    },
    generateBundle() {
      for (const [prefix, dir] of folders)
        for (const name of readdirSync(dir))
          this.emitFile({ type: 'asset', fileName: prefix + name, source: readFileSync(join(dir, name)) });
    },
  };
}

/** Writes the site's policy (`scripts/lib/policy.ts`) into the page where it says `<!-- content-security-policy -->`. */
function policyMeta(): Plugin {
  return {
    name: 'policy-meta',
    transformIndexHtml(html) {
      return html.replace('<!-- content-security-policy -->', buildPolicyMeta());
    },
  };
}

export default defineConfig({
  plugins: [svelte(), pdfjsAssets(), policyMeta()],
  // The day the site was built, for citing the dataset (Methodology view).
  define: { __BUILD_DATE__: JSON.stringify(new Date().toISOString().slice(0, 10)) },
  // DuckDB-WASM ships its own worker and wasm; pre-bundling it breaks the ?url imports.
  optimizeDeps: { exclude: ['@duckdb/duckdb-wasm'] },
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1500,
    // bench.html is the bare DuckDB page scripts/bench-ui.ts measures the app against; bench-import.html
    // reads a plan file in the reader's worker for scripts/bench-import.ts.
    // src/sw.ts is the service worker: served as sw.js beside index.html (its scope is the whole site).
    rolldownOptions: {
      input: {
        main: 'index.html',
        bench: 'bench.html',
        'bench-import': 'bench-import.html',
        sw: 'src/sw.ts',
      },
      output: {
        entryFileNames: (chunk) => (chunk.name === 'sw' ? 'sw.js' : 'assets/[name]-[hash].js'),
      },
    },
  },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1', port: 4173 },
  test: {
    include: ['tests/unit/**/*.test.ts'],
    globalSetup: ['tests/unit/global-setup.ts'],
    environment: 'node',
    testTimeout: 30_000,
  },
});
