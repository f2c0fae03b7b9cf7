/**
 * The page's side of offline use: registers the service worker (`src/sw.ts`, served as `sw.js` beside
 * index.html) in a production build, and asks it to keep files the page chose at run time (the engine's
 * wasm and worker: which of DuckDB's bundles a browser uses is known only once it has started).
 */

/** The service worker's URL under the site's base. */
export const SERVICE_WORKER_FILE = 'sw.js';

/** Registers the service worker, where the browser has one and the page is a production build. */
export function registerServiceWorker(baseUrl: string): void {
  if (!import.meta.env.PROD || typeof navigator === 'undefined' || !('serviceWorker' in navigator)) return;
  navigator.serviceWorker
    .register(`${baseUrl}${SERVICE_WORKER_FILE}`, { scope: baseUrl })
    .catch(() => undefined);
}

/** Asks the service worker, once it is active, to keep these files of this origin for offline use. */
export function keepForOffline(urls: readonly string[]): void {
  if (!import.meta.env.PROD || typeof navigator === 'undefined' || !('serviceWorker' in navigator)) return;
  void navigator.serviceWorker.ready.then(
    (registration) => registration.active?.postMessage({ type: 'keep', urls: [...urls] }),
    () => undefined,
  );
}
