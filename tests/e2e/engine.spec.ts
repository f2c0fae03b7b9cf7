import type { Page, Route } from '@playwright/test';
import { expect, test } from './fixtures.ts';

/** The Overview's city × domain matrix. */
function matrix(page: Page) {
  return page.getByRole('region', { name: 'Targets by city and domain' }).getByRole('table');
}

/** Holds DuckDB's wasm until `release` is called, so a test sees the page before the engine is ready. */
async function holdEngine(page: Page): Promise<() => void> {
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/duckdb-*.wasm', async (route: Route) => {
    await released;
    await route.continue();
  });
  return release;
}

test('the first view draws from the build-time answers before the engine is ready', async ({
  page,
  facts,
}) => {
  const release = await holdEngine(page);
  await page.goto('/?lang=en');
  const cells = await facts.cells();
  for (const { cityId, domain, quantitative } of cells) {
    await expect(
      matrix(page).locator(`a[data-city="${cityId}"][data-domain="${domain}"] [data-count="quantitative"]`),
    ).toHaveText(String(quantitative));
  }
  await expect(page.locator('[data-engine="starting"]')).toBeVisible();
  release();
  await expect(page.locator('[data-engine="ready"]')).toBeVisible({ timeout: 30_000 });
});

test('a deep link with filters waits for the engine, never showing the unfiltered answers', async ({
  page,
  facts,
}) => {
  const release = await holdEngine(page);
  await page.goto('/?lang=en&city=linxia&domain=service');
  await expect(page.locator('[data-engine="starting"]')).toBeVisible();
  await expect(page.locator('.skeleton').first()).toBeVisible();
  await expect(matrix(page)).toHaveCount(0);
  release();
  await expect(matrix(page)).toBeVisible({ timeout: 30_000 });
  await expect(matrix(page).getByRole('rowheader')).toHaveCount(1);
  const [cell] = await facts.cells({ cities: ['linxia'], domains: ['service'] });
  await expect(
    matrix(page).locator('a[data-city="linxia"][data-domain="service"] [data-count="quantitative"]'),
  ).toHaveText(String(cell?.quantitative ?? 0));
  await expect(matrix(page).locator('a[data-domain="product"]')).toHaveCount(0);
});

test('a filter change before the engine is ready keeps the drawing, marked as updating, until the answer', async ({
  page,
  facts,
}) => {
  const release = await holdEngine(page);
  await page.goto('/?lang=en');
  await expect(matrix(page).getByRole('rowheader')).toHaveCount(facts.cities.length);
  await page.locator('button[data-city="taiyuan"]').click();
  await expect(page).toHaveURL(/city=taiyuan/);
  // The last drawing stays, marked busy, rather than an answer for other filters passed off as this one.
  const block = page.getByRole('region', { name: 'Targets by city and domain' }).locator('[aria-busy]');
  await expect(block).toHaveAttribute('aria-busy', 'true');
  release();
  await expect(block).toHaveAttribute('aria-busy', 'false', { timeout: 30_000 });
  await expect(matrix(page).getByRole('rowheader')).toHaveCount(1);
  await expect(matrix(page).getByRole('rowheader')).toContainText('Taiyuan');
});
