/**
 * What scripts/bench-ui.ts and scripts/bench-scale.ts measure in Debian's Chromium, each load in a fresh
 * profile: time to the first chart and to a ready engine, filter changes until every chart in view is
 * painted, and the SQL console's answers.
 */

import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { CHROMIUM_ARGS } from '../../playwright.config.ts';
import { DRAWN_EVENT, ENGINE_READY_MARK, FIRST_CHART_MARK } from '../../src/lib/perf.ts';

/** How long any one wait may take; a 1,000× dataset takes tens of seconds to download and attach. */
export const BENCH_TIMEOUT_MS = 300_000;

/** Runs `use` in a browser with a new, empty profile (no HTTP cache, no compiled-code cache, no storage). */
export async function withFreshProfile<T>(use: (context: BrowserContext) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(path.join(tmpdir(), 'cqt-bench-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1440, height: 900 },
    locale: 'en-GB',
  });
  try {
    return await use(context);
  } finally {
    await context.close();
    await rm(dir, { recursive: true, force: true });
  }
}

/** The start time of a performance mark, once the page has set it. */
export async function waitForMark(page: Page, name: string): Promise<number> {
  const handle = await page.waitForFunction(
    (mark) => performance.getEntriesByName(mark)[0]?.startTime,
    name,
    { timeout: BENCH_TIMEOUT_MS, polling: 5 },
  );
  return (await handle.jsonValue()) as number;
}

/** Milliseconds from navigation start to each mark of one load. */
export interface LoadTiming {
  firstChart: number;
  engineReady?: number;
}

/** Loads `url` in a fresh profile and reads its marks: the app's engine too, a bare page only its chart. */
export async function measureLoad(url: string, isApp: boolean): Promise<LoadTiming> {
  return withFreshProfile(async (context) => {
    const page = await context.newPage();
    await page.goto(url);
    const firstChart = await waitForMark(page, FIRST_CHART_MARK);
    if (!isApp) return { firstChart };
    return { firstChart, engineReady: await waitForMark(page, ENGINE_READY_MARK) };
  });
}

/**
 * How changes follow each other: `settled` waits, as a person does, until the page is idle and then a
 * moment more before the next click; `back-to-back` clicks again as soon as the last change is painted, which
 * piles each change's follow-up work (off-screen charts, the history entry) onto the next.
 */
export type Pace = 'settled' | 'back-to-back';

/** The pause a settled change waits after the page is idle: a fast reader's click rate is below 4 a second. */
export const SETTLED_PAUSE_MS = 150;

/** A change that draws nothing new within this time counts as not redrawn (its view ignores the filter). */
const NO_REDRAW_MS = 10_000;

/**
 * Which domain chip change `i` (from 0) clicks: the chips toggled in Gray-code order, so each of the first
 * 31 changes selects a set of domains not seen before and no answer comes from the cache.
 */
export function calcGrayCodeToggle(i: number): number {
  return Math.log2((i + 1) & -(i + 1));
}

/** Filter-change times of one view; `missed` counts changes after which nothing was redrawn. */
export interface FilterTimings {
  times: number[];
  missed: number;
}

/** The chips a change clicks: the domain filter's, or the cities' on a view that follows no domain filter (Compare). */
const FILTER_CHIPS = 'button[data-domain], button[data-city]';

/**
 * Clicks through the domain filter chips of one view (its city chips where it has no domain filter) once
 * DuckDB is ready, timing each change from the click
 * until every chart in view has redrawn and that frame is painted (a task queued from the next animation
 * frame).
 */
export async function measureFilterChanges(
  origin: string,
  view: string,
  pace: Pace,
  changes: number,
): Promise<FilterTimings> {
  return withFreshProfile(async (context) => {
    const page = await context.newPage();
    // Counts messages to workers (DuckDB's is the one a view asks through), to tell a change that asks
    // the engine from one the view answers without it.
    await page.addInitScript(`{
      const post = Worker.prototype.postMessage;
      window.cqtPosted = 0;
      Worker.prototype.postMessage = function (...args) {
        window.cqtPosted += 1;
        return post.apply(this, args);
      };
    }`);
    await page.goto(`${origin}/?view=${view}&lang=en`);
    await waitForMark(page, ENGINE_READY_MARK);
    await page.waitForSelector(FILTER_CHIPS, { timeout: BENCH_TIMEOUT_MS });
    const toggles = Array.from({ length: changes }, (_, i) => calcGrayCodeToggle(i));
    return page.evaluate(
      async ({ toggles, drawnEvent, pauseMs, noRedrawMs }) => {
        // No named function in here: tsx would wrap it in a helper the page does not have.
        const domains = [...document.querySelectorAll<HTMLButtonElement>('button[data-domain]')];
        const buttons =
          domains.length > 0
            ? domains
            : [...document.querySelectorAll<HTMLButtonElement>('button[data-city]')];
        const times: number[] = [];
        let missed = 0;
        for (const toggle of toggles) {
          if (pauseMs > 0) {
            await new Promise((resolve) => requestIdleCallback(resolve, { timeout: 2000 }));
            await new Promise((resolve) => setTimeout(resolve, pauseMs));
          }
          let isDrawn = false;
          const drawn = new Promise<boolean>((resolve) => {
            window.addEventListener(
              drawnEvent,
              () => {
                isDrawn = true;
                resolve(true);
              },
              { once: true },
            );
            setTimeout(() => resolve(false), noRedrawMs);
          });
          const posted = (window as unknown as { cqtPosted: number }).cqtPosted;
          const start = performance.now();
          buttons[toggle % buttons.length]?.click();
          // A change that asks nothing new (a state already in the cache, or one the view ignores) sends no query.
          await new Promise((resolve) => requestAnimationFrame(resolve));
          const isAsking = isDrawn || (window as unknown as { cqtPosted: number }).cqtPosted > posted;
          if (!isAsking || !(await drawn)) {
            missed += 1;
            continue;
          }
          await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
          times.push(performance.now() - start);
        }
        return { times, missed };
      },
      {
        toggles,
        drawnEvent: DRAWN_EVENT,
        pauseMs: pace === 'settled' ? SETTLED_PAUSE_MS : 0,
        noRedrawMs: NO_REDRAW_MS,
      },
    );
  });
}

/** One console statement's times: DuckDB's own (as the console reports it) and click to painted result. */
export interface ConsoleTiming {
  example: string;
  /** The console's own figure: from sending the statement to its rows decoded. */
  engineMs: number[];
  /** From the click on Run to the result table painted. */
  paintedMs: number[];
  rows: number;
}

/**
 * Runs each of the SQL console's examples `runs` times once the engine is ready, timing each from the
 * click until the console shows its result and that frame is painted.
 */
export async function measureConsole(
  origin: string,
  examples: readonly string[],
  runs: number,
): Promise<ConsoleTiming[]> {
  return withFreshProfile(async (context) => {
    const page = await context.newPage();
    await page.goto(`${origin}/?view=sql&lang=en`);
    await waitForMark(page, ENGINE_READY_MARK);
    // The console runs its first example on opening: wait for that result before timing anything.
    await page.waitForSelector('[data-stats]', { timeout: BENCH_TIMEOUT_MS });
    const out: ConsoleTiming[] = [];
    for (const example of examples) {
      const timing: ConsoleTiming = { example, engineMs: [], paintedMs: [], rows: 0 };
      for (let run = 0; run < runs; run += 1) {
        const measured = await page.evaluate(
          async ({ example, timeoutMs }) => {
            // No named function in here: tsx would wrap it in a helper the page does not have.
            const runButton = document.querySelector<HTMLButtonElement>('button.run');
            const start = performance.now();
            document.querySelector<HTMLButtonElement>(`button[data-example="${example}"]`)?.click();
            // The Run button is disabled while the statement runs; the result is drawn when it is enabled.
            while (performance.now() - start < timeoutMs) {
              await new Promise((resolve) => requestAnimationFrame(resolve));
              const isDone = runButton !== null && !runButton.disabled;
              if (isDone && document.querySelector('[data-stats]') !== null) break;
            }
            await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
            return {
              painted: performance.now() - start,
              stats: document.querySelector('[data-stats]')?.textContent ?? '',
            };
          },
          { example, timeoutMs: BENCH_TIMEOUT_MS },
        );
        // "1,234 rows · 34 ms" or "1 row · 3 ms".
        const numbers = [...measured.stats.matchAll(/[\d,]+(?:\.\d+)?/g)].map((m) =>
          Number(m[0].replace(/,/g, '')),
        );
        timing.rows = numbers.length > 1 ? (numbers[0] ?? 0) : 1;
        timing.engineMs.push(numbers[numbers.length - 1] ?? NaN);
        timing.paintedMs.push(measured.painted);
      }
      out.push(timing);
    }
    return out;
  });
}

/** One view query timed in DuckDB-WASM by the bare page (src/bench.ts, `?profile=<domain>`). */
export interface WasmQueryProfile {
  view: string;
  query: string;
  rows: number;
  engineMs: number;
  answeredMs: number;
  decodeMs: number;
}

/** Every view query's times in DuckDB-WASM for one domain chosen, from the bare page's profile mode. */
export async function profileWasmQueries(origin: string, domain: string): Promise<WasmQueryProfile[]> {
  return withFreshProfile(async (context) => {
    const page = await context.newPage();
    await page.goto(`${origin}/bench.html?profile=${domain}`);
    const handle = await page.waitForFunction(
      () => (window as unknown as { cqtProfile?: unknown }).cqtProfile,
      null,
      {
        timeout: BENCH_TIMEOUT_MS,
        polling: 100,
      },
    );
    return (await handle.jsonValue()) as WasmQueryProfile[];
  });
}
