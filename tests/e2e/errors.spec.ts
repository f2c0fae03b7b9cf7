import { expect, test } from './fixtures.ts';

test.use({ allowConsoleErrors: true });

test('a missing dataset is named; the Overview still draws from the build, and Retry works once it is back', async ({
  page,
}) => {
  await page.route('**/data/dataset.duckdb', (route) => route.fulfill({ status: 404, body: 'Not found' }));
  await page.goto('/?lang=en');
  // The first view's answers were worked out when the site was built: it draws without the engine.
  await expect(
    page.getByRole('region', { name: 'Targets by city and domain' }).getByRole('table'),
  ).toBeVisible();
  const engine = page.locator('[data-engine="failed"]').getByRole('alert');
  await expect(engine).toContainText('The query engine could not start.');
  await expect(engine).toContainText('dataset.duckdb: HTTP 404');

  // A filter needs the engine: the view says so where the figures would be, with Retry.
  await page.locator('button[data-city="linxia"]').click();
  const card = page.getByRole('region', { name: 'Targets by city and domain' }).getByRole('alert');
  await expect(card).toContainText('These figures need the query engine, which could not start.');

  await page.unroute('**/data/dataset.duckdb');
  await card.getByRole('button', { name: 'Retry' }).click();
  await expect(page.locator('[data-engine="ready"]')).toBeVisible({ timeout: 30_000 });
  const matrix = page.getByRole('region', { name: 'Targets by city and domain' }).getByRole('table');
  await expect(matrix.getByRole('rowheader')).toHaveCount(1);
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('a corrupt dataset is named, in Chinese too', async ({ page }) => {
  await page.route('**/data/dataset.duckdb', (route) =>
    route.fulfill({ status: 200, contentType: 'application/octet-stream', body: 'this is not a database' }),
  );
  await page.goto('/?lang=zh');
  const alert = page.locator('[data-engine="failed"]').getByRole('alert');
  await expect(alert).toContainText('查询引擎未能启动。');
  await expect(alert).toContainText('dataset.duckdb');
  await expect(alert.getByRole('button', { name: '重试' })).toBeVisible();
});

test('without the build-time answers a view waits for the engine and then draws', async ({ page, facts }) => {
  await page.route('**/data/answers/*.json', (route) => route.fulfill({ status: 404, body: '' }));
  await page.goto('/?lang=en');
  const matrix = page.getByRole('region', { name: 'Targets by city and domain' }).getByRole('table');
  await expect(matrix.getByRole('rowheader')).toHaveCount(facts.cities.length, { timeout: 30_000 });
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
