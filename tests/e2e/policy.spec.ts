/**
 * The browser policy holds wherever the site is served: no other site can frame it, and the SQL console
 * cannot read from another host even when the site is served by a plain static server without
 * `scripts/serve.ts`'s headers (the engine itself refuses external access).
 */

import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import http from 'node:http';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { ROOT } from '../published-data.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

/** Serves dist/ as a plain static host would: files and their types, no security headers at all. */
function servePlain(port: number): Promise<http.Server> {
  const dist = path.join(ROOT, 'dist');
  const server = http.createServer(async (req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let file = path.join(dist, pathname);
    if (!file.startsWith(dist) || !(await stat(file).catch(() => null))?.isFile())
      file = path.join(dist, 'index.html');
    res.setHeader('Content-Type', TYPES[path.extname(file)] ?? 'application/octet-stream');
    createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}

/** A host that must never be reached: counts every request. */
function serveTrap(port: number): Promise<{ server: http.Server; hits: string[] }> {
  const hits: string[] = [];
  const server = http.createServer((req, res) => {
    hits.push(req.url ?? '');
    res.setHeader('Access-Control-Allow-Origin', '*');
    res.end('secret,value\nleaked,1\n');
  });
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve({ server, hits })));
}

const BASE_PORT = Number(process.env.E2E_PORT ?? 4317);

/** A page of another origin (another port of this machine) that frames the given address. */
function serveFramer(port: number, src: string): Promise<http.Server> {
  const server = http.createServer((_req, res) => {
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.end(`<!doctype html><title>elsewhere</title><iframe src="${src}" width="800" height="600"></iframe>`);
  });
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}

test('no other site can frame the dashboard, while the site itself can', async ({ page, baseURL }) => {
  const response = await page.request.get('/');
  expect(response.headers()['x-frame-options']).toBe('SAMEORIGIN');
  expect(response.headers()['content-security-policy']).toContain("frame-ancestors 'self'");
  const framer = await serveFramer(BASE_PORT + 3, `${baseURL}/?view=methodology&lang=en`);
  try {
    await page.goto(`http://127.0.0.1:${BASE_PORT + 3}/`);
    await page.waitForLoadState('load');
    // The browser refused to draw the dashboard inside the other origin's page: its frame is an error page.
    const child = page.frames().find((frame) => frame !== page.mainFrame());
    await expect.poll(() => child?.url(), { timeout: 30_000 }).toMatch(/^chrome-error:/);
    await expect(page.frameLocator('iframe').getByRole('heading', { level: 1 })).toHaveCount(0);
  } finally {
    framer.close();
  }
  // The same page framed by the site's own origin draws.
  await page.goto('/?view=overview&lang=en');
  await page.evaluate(() => {
    const frame = document.createElement('iframe');
    frame.src = '/?view=methodology&lang=en';
    frame.width = '800';
    frame.height = '600';
    document.body.append(frame);
  });
  await expect(page.frameLocator('iframe').getByRole('heading', { level: 1 })).toHaveText('Methodology', {
    timeout: 60_000,
  });
});

test('served without any security header, the SQL console still cannot read from another host', async ({
  page,
}) => {
  test.setTimeout(300_000);
  const plain = await servePlain(BASE_PORT + 1);
  const trap = await serveTrap(BASE_PORT + 2);
  try {
    const site = `http://127.0.0.1:${BASE_PORT + 1}`;
    const response = await page.request.get(`${site}/`);
    expect(response.headers()['content-security-policy']).toBeUndefined();
    const remote = `http://127.0.0.1:${BASE_PORT + 2}/secret.csv`;
    await page.goto(
      `${site}/?view=sql&lang=en&sql=${encodeURIComponent(`SELECT * FROM read_csv('${remote}')`)}`,
    );
    const run = page.getByRole('button', { name: 'Run', exact: true });
    await expect(run).toBeEnabled({ timeout: 150_000 });
    await run.click();
    const failure = page.locator('[data-failure]');
    await expect(failure).toContainText('DuckDB could not run the query:', { timeout: 60_000 });
    await expect(failure).toContainText(/external access|disabled/i);
    // The same read from this page's own scripts would be refused by the meta policy; the engine's worker
    // has no policy on this host, so only the engine's own setting stopped it.
    expect(trap.hits).toEqual([]);
  } finally {
    plain.close();
    trap.server.close();
  }
});
