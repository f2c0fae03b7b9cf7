/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';

export default defineConfig({
  plugins: [svelte()],
  // The day the site was built, for citing the dataset (Methodology view).
  define: { __BUILD_DATE__: JSON.stringify(new Date().toISOString().slice(0, 10)) },
  // DuckDB-WASM ships its own worker and wasm; pre-bundling it breaks the ?url imports.
  optimizeDeps: { exclude: ['@duckdb/duckdb-wasm'] },
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1500,
    // bench.html is the bare DuckDB page scripts/bench-ui.ts measures the app against.
    rolldownOptions: { input: { main: 'index.html', bench: 'bench.html' } },
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
