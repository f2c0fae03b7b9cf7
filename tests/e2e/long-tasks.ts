/**
 * Main-thread long tasks in a browser test: start observing, then read the longest, so a test can say the
 * page stayed responsive while it did something heavy.
 */

import type { Page } from '@playwright/test';

/** Starts recording the page's long tasks (the browser reports tasks over 50 ms). */
export async function markLongTasks(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { longTasks: number[] };
    w.longTasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.longTasks.push(entry.duration);
    }).observe({ type: 'longtask' });
  });
}

/** The longest main-thread task (ms) the page has run since {@link markLongTasks}; 0 for none. */
export async function longestTask(page: Page): Promise<number> {
  return page.evaluate(() =>
    Math.max(0, ...((window as unknown as { longTasks: number[] }).longTasks ?? [])),
  );
}
