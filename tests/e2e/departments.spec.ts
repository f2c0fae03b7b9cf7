import type { Page } from '@playwright/test';
import { expect, test, type Facts } from './fixtures.ts';

function matrix(page: Page) {
  return page.getByRole('region', { name: /Records by lead department and city|各城市分牵头部门的记录数/ });
}

/** The cell of one department (as written; '' for none named) and city. */
function cell(page: Page, department: string, cityId: string) {
  return matrix(page).locator(`g.row[data-department="${department}"] a[data-city="${cityId}"]`);
}

/** Records per city whose lead department names `department`, or names none when it is null: plain SQL. */
async function countLed(facts: Facts, department: string | null): Promise<Map<string, number>> {
  const where =
    department === null
      ? `coalesce(trim(lead_department), '') = ''`
      : `list_contains(list_transform(string_split_regex(lead_department, '[、，,;；]'), x -> trim(x)), '${department}')`;
  const rows = await facts.query(
    `SELECT city_id, count(*) AS n FROM targets WHERE ${where} GROUP BY city_id`,
  );
  return new Map(rows.map((r) => [String(r.city_id), Number(r.n)]));
}

test('each cell counts the records a department leads in a city, as the Parquet says', async ({
  page,
  facts,
}) => {
  await page.goto('/?view=departments&lang=en');
  const quality = await countLed(facts, '市质监局');
  expect(quality.size).toBeGreaterThan(0);
  for (const [cityId, n] of quality)
    await expect(cell(page, '市质监局', cityId)).toHaveAttribute('data-count', String(n));
  for (const [cityId, n] of quality)
    await expect(cell(page, '市质监局', cityId).locator('text.count')).toHaveText(String(n));
  // Hand-checked in Taiyuan's 2014 plan: (牵头部门:市发改委) for the environment targets.
  const reform = await countLed(facts, '市发改委');
  await expect(cell(page, '市发改委', 'taiyuan')).toHaveAttribute(
    'data-count',
    String(reform.get('taiyuan')),
  );
});

test('records without a lead department are counted per city and called out', async ({ page, facts }) => {
  await page.goto('/?view=departments&lang=en');
  const none = await countLed(facts, null);
  for (const [cityId, n] of none) {
    await expect(cell(page, '', cityId)).toHaveAttribute('data-count', String(n));
    await expect(matrix(page).locator(`[data-city-head="${cityId}"] [data-without]`)).toHaveAttribute(
      'data-without',
      String(n),
    );
  }
  const totals = await facts.query(`SELECT city_id, count(*) AS n FROM targets GROUP BY city_id`);
  const namesNone = totals
    .filter((r) => none.get(String(r.city_id)) === Number(r.n))
    .map((r) => facts.cities.find((c) => c.cityId === String(r.city_id))?.nameEn ?? '');
  // Hangzhou's 2013 work plan names no 牵头部门 at all.
  expect(namesNone).toContain('Hangzhou');
  const finding = matrix(page).locator('[data-finding="none"]');
  await expect(finding).toContainText('Named no lead department for any of its targets');
  for (const name of namesNone) await expect(finding).toContainText(name);
});

test('selecting a cell lists its records; a value opens the source reader, and back returns', async ({
  page,
  facts,
}) => {
  const rows = await facts.query(`SELECT target_id, quote FROM targets
    WHERE city_id = 'shanwei' AND lead_department = '市质监局' ORDER BY quote_start`);
  await page.goto('/?view=departments&lang=en');
  await cell(page, '市质监局', 'shanwei').click();
  await expect(page).toHaveURL(/department=[^&]+&department_city=shanwei/);
  const list = page.getByRole('region', { name: /Records led by .* in Shanwei/ });
  await expect(list.locator('tr[data-target]')).toHaveCount(rows.length);
  const first = rows[0];
  await expect(list.locator(`tr[data-target="${String(first?.target_id)}"]`)).toContainText(
    String(first?.quote),
  );
  await expect(cell(page, '市质监局', 'shanwei')).toHaveAttribute('aria-current', 'true');

  await list.locator(`tr[data-target="${String(first?.target_id)}"] td.value a`).click();
  await expect(page).toHaveURL(new RegExp(`view=city.*target=${String(first?.target_id)}`));
  const mark = page
    .getByRole('document', { name: /^Text of/ })
    .locator(`[data-targets~="${String(first?.target_id)}"]`)
    .first();
  await expect(mark).toHaveAttribute('aria-current', 'true');
  await expect(mark).toBeInViewport();

  await page.getByRole('button', { name: '← Back' }).click();
  await expect(page).toHaveURL(/view=departments/);
  await expect(list.locator('tr[data-target]')).toHaveCount(rows.length);
});

test('the records without a lead department are listed too', async ({ page, facts }) => {
  const none = await countLed(facts, null);
  await page.goto('/?view=departments&lang=en');
  await cell(page, '', 'hangzhou').click();
  await expect(page).toHaveURL(/department=none&department_city=hangzhou/);
  const list = page.getByRole('region', { name: 'Records without a lead department in Hangzhou' });
  await expect(list.locator('tr[data-target]')).toHaveCount(none.get('hangzhou') ?? -1);
});

test('focusing a cell shows its tooltip with the count by domain', async ({ page, facts }) => {
  const rows = await facts.query(`SELECT domain, count(*) AS n FROM targets
    WHERE city_id = 'taiyuan' AND lead_department = '市质监局' GROUP BY domain`);
  await page.goto('/?view=departments&lang=en');
  await cell(page, '市质监局', 'taiyuan').focus();
  const tooltip = page.locator('#departments-tooltip');
  await expect(tooltip).toBeVisible();
  await expect(tooltip).toContainText('Municipal Quality and Technical Supervision Bureau');
  const labels: Record<string, string> = {
    product: 'Products',
    foundation: 'Foundations',
    environment: 'Environment',
  };
  for (const r of rows)
    await expect(tooltip).toContainText(`${labels[String(r.domain)] ?? ''}: ${String(r.n)}`);
});

test('the domain filter applies and the language switch renders department names both ways', async ({
  page,
  facts,
}) => {
  await page.goto('/?view=departments&lang=en&domain=environment');
  const [row] = await facts.query(`SELECT count(*) AS n FROM targets
    WHERE city_id = 'taiyuan' AND lead_department = '市发改委' AND domain = 'environment'`);
  await expect(cell(page, '市发改委', 'taiyuan')).toHaveAttribute('data-count', String(row?.n));
  await expect(matrix(page).locator('g.row[data-department="市质监局"]')).toHaveCount(0);
  await expect(matrix(page)).toContainText('Municipal Development and Reform Commission');
  await page.getByRole('button', { name: '中文' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('牵头部门');
  await expect(matrix(page).locator('g.row[data-department="市发改委"]')).toContainText('市发改委');
  await expect(matrix(page)).toContainText('未写明牵头部门');
});
