import { expect, test } from './fixtures.ts';

test.use({ allowConsoleErrors: true });

test('a missing data file is named, and Retry loads the page once it is back', async ({ page }) => {
  await page.route('**/data/targets.parquet', (route) => route.fulfill({ status: 404, body: 'Not found' }));
  await page.goto('/?lang=en');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('The data could not be loaded.');
  await expect(alert).toContainText('data/targets.parquet: HTTP 404');

  await page.unroute('**/data/targets.parquet');
  await alert.getByRole('button', { name: 'Retry' }).click();
  await expect(page.getByRole('table')).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('a corrupt data file is named as not Parquet', async ({ page }) => {
  await page.route('**/data/documents.parquet', (route) =>
    route.fulfill({
      status: 200,
      contentType: 'application/octet-stream',
      body: 'this is not parquet at all',
    }),
  );
  await page.goto('/?lang=zh');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('数据加载失败。');
  await expect(alert).toContainText('data/documents.parquet: not a valid Parquet file');
  await expect(alert.getByRole('button', { name: '重试' })).toBeVisible();
});

test('if the DuckDB worker cannot load, the overview still draws and the failure is shown with Retry', async ({
  page,
}) => {
  await page.route('**/duckdb-browser-*.worker*.js', (route) => route.fulfill({ status: 404, body: '' }));
  await page.goto('/?lang=en');
  await expect(page.getByRole('table')).toBeVisible();
  const alert = page.locator('[data-engine="failed"]').getByRole('alert');
  await expect(alert).toContainText('The query engine could not start.');

  await page.unroute('**/duckdb-browser-*.worker*.js');
  await alert.getByRole('button', { name: 'Retry' }).click();
  await expect(page.locator('[data-engine="ready"]')).toBeVisible({ timeout: 30_000 });
});
