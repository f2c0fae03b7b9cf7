/**
 * Offline use: after one visit online, a reload without a network opens the dashboard from what the service
 * worker kept (page, views, data, engine), says plainly that the network is gone, and a view not opened
 * before draws; a view whose code was never kept says why instead of leaving a blank area.
 */

import type { BrowserContext, Page } from '@playwright/test';
import { expect as baseExpect, test } from './fixtures.ts';

const expect = baseExpect.configure({ timeout: 60_000 });
test.beforeEach(() => test.setTimeout(300_000));

/** Waits until the service worker is active and holds the engine the page started. */
async function waitForOfflineCache(page: Page): Promise<void> {
  await expect(page.locator('[data-engine="ready"]')).toBeVisible({ timeout: 150_000 });
  await expect
    .poll(
      () =>
        page.evaluate(async () => {
          await navigator.serviceWorker.ready;
          const names = await caches.keys();
          const cache = await caches.open(names.find((n) => n.startsWith('city-quality-targets-')) ?? '');
          const keys = (await cache.keys()).map((request) => request.url);
          return (
            keys.some((url) => url.endsWith('.wasm')) && keys.some((url) => url.endsWith('dataset.duckdb'))
          );
        }),
      { timeout: 120_000 },
    )
    .toBe(true);
}

async function goOffline(context: BrowserContext): Promise<void> {
  await context.setOffline(true);
}

test('after one visit, a reload offline opens the dashboard, says the network is gone, and a view not opened before draws', async ({
  page,
  context,
  facts,
}) => {
  await page.goto('/?view=overview&lang=en');
  await waitForOfflineCache(page);
  await goOffline(context);
  try {
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Overview');
    await expect(page.locator('[data-offline]')).toHaveText(
      'You are offline. The dashboard works from what this browser has kept of it (the views, the data and the query engine, once opened here online); nothing needs the network until you reconnect.',
    );
    // The engine starts from the kept wasm and data.
    await expect(page.locator('[data-engine="ready"]')).toBeVisible({ timeout: 150_000 });
    // A view never opened in this browser: its code and data were kept at install.
    await page
      .getByRole('navigation', { name: 'Views' })
      .getByRole('link', { name: 'SQL', exact: true })
      .click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('SQL console');
    const [{ n }] = (await facts.query('SELECT count(*)::INTEGER AS n FROM targets')) as [{ n: number }];
    await page.getByRole('textbox', { name: 'SQL query' }).fill('SELECT count(*) AS n FROM targets');
    await page.getByRole('button', { name: 'Run', exact: true }).click();
    await expect(page.getByRole('region', { name: 'Result' }).first().locator('tbody td')).toHaveText([
      String(n),
    ]);
  } finally {
    await context.setOffline(false);
  }
});

test.describe('without the service worker', () => {
  test.use({ serviceWorkers: 'block', allowConsoleErrors: true });

  test('a view whose code this browser never kept says the network is gone, with Retry, rather than a blank area', async ({
    page,
    context,
  }) => {
    await page.goto('/?view=overview&lang=en');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Overview');
    await goOffline(context);
    try {
      await expect(page.locator('[data-offline]')).toBeVisible();
      await page
        .getByRole('navigation', { name: 'Views' })
        .getByRole('link', { name: 'Methodology' })
        .click();
      await expect(page.locator('[data-view-failed]')).toContainText(
        'This view could not be loaded: the network is gone, and this browser has not kept the view yet. Reconnect, then try again.',
      );
      await context.setOffline(false);
      await expect(page.locator('[data-offline]')).toHaveCount(0);
      await page.locator('[data-view-failed]').getByRole('button', { name: 'Retry' }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Methodology');
    } finally {
      await context.setOffline(false);
    }
  });
});
