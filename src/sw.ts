/**
 * The service worker: keeps the app shell, every view's code, the published data and (once the page has
 * started it) the query engine in one cache per build, so a reload without a network still opens the
 * dashboard. `scripts/write-offline-manifest.ts` writes the build's file list and version into this file
 * after `vite build`; a new build is a new worker, which replaces the cache of the build before it.
 *
 * Assets under `assets/` carry a content hash: served from the cache first. Everything else (the page, the
 * data, pdf.js's character maps) is asked of the network first, so an update is seen at once, and served
 * from the cache only when the network is gone.
 */

/** Replaced after the build by `{"version":"…","files":["", "assets/…", "data/…"]}` (paths under the base). */
const MANIFEST = '__OFFLINE_MANIFEST__';

/** What the page may ask: keep these files of this origin (the engine's wasm and worker, once started). */
interface KeepMessage {
  type: 'keep';
  urls: string[];
}

const sw = self as unknown as ServiceWorkerGlobalScope;
const { version, files } = JSON.parse(MANIFEST) as { version: string; files: string[] };
const CACHE_PREFIX = 'city-quality-targets-';
const CACHE = `${CACHE_PREFIX}${version}`;
/** The site's base URL: this worker is served from its root. */
const base = new URL('./', sw.location.href);
const assets = new URL('assets/', base).pathname;

sw.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(files.map((file) => new URL(file, base).href)))
      .then(() => sw.skipWaiting()),
  );
});

sw.addEventListener('activate', (event) => {
  // The caches of earlier builds go; no page is taken over mid-visit (the next load uses this worker).
  event.waitUntil(
    caches
      .keys()
      .then((names) =>
        Promise.all(
          names
            .filter((name) => name.startsWith(CACHE_PREFIX) && name !== CACHE)
            .map((name) => caches.delete(name)),
        ),
      ),
  );
});

sw.addEventListener('message', (event) => {
  const message = event.data as KeepMessage | null;
  if (message?.type !== 'keep' || !Array.isArray(message.urls)) return;
  const urls = message.urls
    .map((url) => new URL(url, base))
    .filter((url) => url.origin === sw.location.origin)
    .map((url) => url.href);
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) =>
        Promise.all(urls.map(async (url) => ((await cache.match(url)) ? undefined : cache.add(url)))),
      ),
  );
});

sw.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== sw.location.origin) return;
  if (request.mode === 'navigate') event.respondWith(fromNetwork(request, base.href));
  else if (url.pathname.startsWith(assets)) event.respondWith(fromCache(request));
  else event.respondWith(fromNetwork(request));
});

/** Hashed files: the cache's copy, else the network's (kept for next time). */
async function fromCache(request: Request): Promise<Response> {
  const cache = await caches.open(CACHE);
  const cached = await cache.match(request);
  if (cached) return cached;
  const response = await fetch(request);
  if (response.status === 200) await cache.put(request, response.clone());
  return response;
}

/**
 * The network's answer (kept for offline use), else the cache's; a page of any URL falls back to the kept
 * index.html, since the app reads its state from the query string.
 */
async function fromNetwork(request: Request, fallback?: string): Promise<Response> {
  const cache = await caches.open(CACHE);
  try {
    const response = await fetch(request);
    if (response.status === 200 && fallback === undefined) await cache.put(request, response.clone());
    return response;
  } catch (error) {
    const cached =
      (await cache.match(request, { ignoreSearch: fallback !== undefined })) ??
      (fallback === undefined ? undefined : await cache.match(fallback));
    if (cached) return cached;
    throw error;
  }
}
