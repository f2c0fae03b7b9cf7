import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { parseCsvTable } from '../../src/lib/build/read-csv.ts';
import { expect, test } from './fixtures.ts';

/** The explorer's table, found by its heading as a person would find it. */
function table(page: Page) {
  return page.getByRole('region', { name: /^(Targets|目标列表)$/ }).getByRole('table');
}

function rows(page: Page) {
  return table(page).locator('tbody tr[data-target]');
}

/** Target ids in plain SQL over the published Parquet, in the order given. */
async function targetIds(query: (sql: string) => Promise<Record<string, unknown>[]>, sql: string) {
  return (await query(sql)).map((r) => String(r.target_id));
}

async function downloadCsv(page: Page) {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: /Export CSV|导出 CSV/ }).click(),
  ]);
  const bytes = await readFile((await download.path()) as string);
  return { filename: download.suggestedFilename(), bytes, table: parseCsvTable(bytes.toString('utf8')) };
}

test('a matrix cell of the Overview lands on its records, filtered', async ({ page, facts }) => {
  const cell = (await facts.cells()).find((c) => c.cityId === 'hangzhou' && c.domain === 'product');
  expect(cell?.quantitative).toBeGreaterThan(0);
  await page.goto('/?lang=en');
  await page.locator('a[data-city="hangzhou"][data-domain="product"]').click();
  await expect(page).toHaveURL(/view=explorer/);
  await expect(page).toHaveURL(/city=hangzhou/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Target explorer');
  const expected = await targetIds(
    facts.query,
    "SELECT target_id FROM targets WHERE city_id = 'hangzhou' AND domain = 'product' ORDER BY target_id",
  );
  const [{ n: total }] = (await facts.query('SELECT count(*)::INTEGER AS n FROM targets')) as [{ n: number }];
  await expect(page.locator('[data-count]')).toHaveText(`${expected.length} of ${total} targets`);
  expect(expected.length).toBe((cell?.quantitative ?? 0) + (cell?.qualitative ?? 0));
  // Rows are drawn as they scroll into view; the first ones are there at once.
  await expect(rows(page).first()).toHaveAttribute('data-target', expected[0] as string);
  for (const city of await rows(page).locator('[data-column="city"]').all()) {
    await expect(city).toHaveText('Hangzhou');
  }
  for (const domain of await rows(page).locator('[data-column="domain"]').all()) {
    await expect(domain).toHaveText('Products');
  }
});

test('the CSV export holds every record shown, in order, with ids and offsets, readable by Excel', async ({
  page,
  facts,
}) => {
  await page.goto('/?view=explorer&lang=en');
  const expected = await targetIds(facts.query, 'SELECT target_id FROM targets ORDER BY target_id');
  await expect(page.locator('[data-count]')).toHaveText(`${expected.length} of ${expected.length} targets`);
  const csv = await downloadCsv(page);
  expect(csv.filename).toMatch(/^targets-\d{4}-\d{2}-\d{2}\.csv$/);
  expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  expect(csv.table.columns).toEqual(
    expect.arrayContaining([
      'Record id',
      'Plan id',
      'Quote start (character)',
      'Quote end (character)',
      'City',
      'Source sentence',
    ]),
  );
  expect(csv.table.records.map((r) => r.values['Record id'])).toEqual(expected);
  const spotCheck = csv.table.records.find((r) => r.values['Record id'] === 'hangzhou-2013-002')?.values;
  expect(spotCheck).toMatchObject({
    City: 'Hangzhou',
    Comparator: 'at least',
    Value: '90',
    'Source sentence': '国家监督抽查合格率稳定在90%以上',
  });
  const [doc] = await facts.query("SELECT text FROM documents WHERE doc_id = 'hangzhou-2013'");
  expect(
    String(doc?.text).slice(
      Number(spotCheck?.['Quote start (character)']),
      Number(spotCheck?.['Quote end (character)']),
    ),
  ).toBe('国家监督抽查合格率稳定在90%以上');
});

test('search narrows the rows, lives in the URL, and the export follows it', async ({ page, facts }) => {
  await page.goto('/?view=explorer&lang=en');
  const word = '抽查合格率';
  const expected = await targetIds(
    facts.query,
    `SELECT t.target_id FROM targets t LEFT JOIN indicators i USING (indicator_id)
     WHERE contains(t.quote, '${word}') OR contains(t.indicator_zh, '${word}') OR contains(coalesce(i.name_zh, ''), '${word}')
     ORDER BY t.target_id`,
  );
  expect(expected).toContain('hangzhou-2013-002');
  await page.getByLabel('Search').fill(word);
  await expect(page).toHaveURL(/q=%E6%8A%BD/);
  await expect(rows(page)).toHaveCount(expected.length);
  await expect(page.locator('[data-count]')).toContainText(`${expected.length} of`);
  const row = page.locator('tr[data-target="hangzhou-2013-002"]');
  await expect(row.locator('[data-column="value"]')).toHaveText('90%');
  await expect(row.locator('[data-column="comparator"]')).toHaveText('at least');
  await row.locator('[data-column="quote"] [tabindex="0"]').focus();
  await expect(page.getByRole('tooltip')).toContainText('国家监督抽查合格率稳定在90%以上');
  const csv = await downloadCsv(page);
  expect(csv.table.records.map((r) => r.values['Record id'])).toEqual(expected);
  await page.reload();
  await expect(page.getByLabel('Search')).toHaveValue(word);
  await expect(rows(page)).toHaveCount(expected.length);
});

test('a column header sorts the rows both ways, and back/forward walk through the sorts', async ({
  page,
  facts,
}) => {
  await page.goto('/?view=explorer&lang=en&domain=environment');
  const ascending = await targetIds(
    facts.query,
    "SELECT target_id FROM targets WHERE domain = 'environment' ORDER BY value ASC NULLS LAST, target_id",
  );
  const descending = await targetIds(
    facts.query,
    "SELECT target_id FROM targets WHERE domain = 'environment' ORDER BY value DESC NULLS LAST, target_id",
  );
  const header = table(page).getByRole('columnheader', { name: /Value/ });
  await header.getByRole('button').click();
  await expect(page).toHaveURL(/sort=value/);
  await expect(header).toHaveAttribute('aria-sort', 'ascending');
  await expect(rows(page).first()).toHaveAttribute('data-target', ascending[0] as string);
  await header.getByRole('button').click();
  await expect(page).toHaveURL(/dir=desc/);
  await expect(header).toHaveAttribute('aria-sort', 'descending');
  await expect(rows(page).first()).toHaveAttribute('data-target', descending[0] as string);
  const csv = await downloadCsv(page);
  expect(csv.table.records.map((r) => r.values['Record id'])).toEqual(descending);
  await page.goBack();
  await expect(header).toHaveAttribute('aria-sort', 'ascending');
  await expect(rows(page).first()).toHaveAttribute('data-target', ascending[0] as string);
});

test('view filters in the URL set the menus and narrow the rows', async ({ page, facts }) => {
  await page.goto('/?view=explorer&lang=en&kind=qualitative&canonical=without');
  const expected = await targetIds(
    facts.query,
    "SELECT target_id FROM targets WHERE comparator = 'qualitative' AND indicator_id IS NULL ORDER BY target_id",
  );
  await expect(page.getByLabel('Kind', { exact: true })).toHaveValue('qualitative');
  await expect(page.getByLabel('Canonical indicator', { exact: true })).toHaveValue('without');
  await expect(page.locator('[data-count]')).toContainText(`${expected.length} of`);
  await page.getByLabel('Topic', { exact: true }).selectOption('brands');
  await expect(page).toHaveURL(/topic=brands/);
  const brands = await targetIds(
    facts.query,
    "SELECT target_id FROM targets WHERE comparator = 'qualitative' AND indicator_id IS NULL AND topic = 'brands' ORDER BY target_id",
  );
  await expect(rows(page)).toHaveCount(brands.length);
  await page.getByRole('button', { name: 'Clear search and explorer filters' }).click();
  await expect(page).not.toHaveURL(/kind=|topic=|canonical=/);
});

test('each value links to its sentence in the source reader', async ({ page }) => {
  await page.goto('/?view=explorer&lang=en&city=hangzhou');
  const link = page.locator('tr[data-target="hangzhou-2013-007"] [data-column="value"] a');
  await expect(link).toHaveText('300');
  const href = new URL((await link.getAttribute('href')) as string, 'http://x/');
  expect(href.searchParams.get('view')).toBe('city');
  expect(href.searchParams.get('doc')).toBe('hangzhou-2013');
  expect(href.searchParams.get('target')).toBe('hangzhou-2013-007');

  // Opened from here, the reader offers a way back here; opened from a link, a way to the Overview.
  await link.click();
  await expect(page.locator('[data-targets~="hangzhou-2013-007"]').first()).toHaveAttribute(
    'aria-current',
    'true',
  );
  await page.getByRole('button', { name: '← Back' }).click();
  await expect(page).toHaveURL(/\?view=explorer&lang=en&city=hangzhou$/);
  await expect(link).toHaveText('300');
  const fresh = await page.context().newPage();
  await fresh.goto(href.pathname + href.search);
  await expect(fresh.getByRole('link', { name: '← Overview' })).toBeVisible();
  await fresh.close();
});

test('in Chinese, headers, names and counts are Chinese', async ({ page, facts }) => {
  await page.goto('/?view=explorer&lang=zh&city=hangzhou');
  const [{ n }] = (await facts.query(
    "SELECT count(*)::INTEGER AS n FROM targets WHERE city_id = 'hangzhou'",
  )) as [{ n: number }];
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('目标浏览');
  await expect(table(page).getByRole('columnheader', { name: /牵头部门/ })).toBeVisible();
  await expect(page.locator('[data-count]')).toContainText(`显示 ${n} 条`);
  await expect(rows(page).first().locator('[data-column="city"]')).toHaveText('杭州市');
  await expect(page.locator('tr[data-target="hangzhou-2013-007"] [data-column="value"]')).toHaveText('300项');
});

test('a table scrolled down starts again from its first row when a filter changes', async ({
  page,
  facts,
}) => {
  await page.goto('/?view=explorer&lang=en');
  const scroller = table(page).locator('xpath=..');
  await expect(rows(page).first()).toBeVisible();
  await scroller.evaluate((el) => el.scrollTo(0, 2000));
  await expect.poll(() => scroller.evaluate((el) => el.scrollTop)).toBeGreaterThan(1000);
  const first = await rows(page).first().getAttribute('data-target');

  await page.getByRole('group', { name: 'Domains' }).getByRole('button', { name: 'Environment' }).click();
  const expected = await targetIds(
    facts.query,
    "SELECT target_id FROM targets WHERE domain = 'environment' ORDER BY target_id",
  );
  await expect(rows(page).first()).toHaveAttribute('data-target', expected[0] as string);
  expect(await scroller.evaluate((el) => el.scrollTop)).toBe(0);
  expect(expected[0]).not.toBe(first);
});

test('in Chinese the export’s headers are Chinese, and its file name says the filters', async ({
  page,
  facts,
}) => {
  const expected = await targetIds(
    facts.query,
    "SELECT target_id FROM targets WHERE city_id = 'hangzhou' AND domain = 'product' ORDER BY target_id",
  );
  await page.goto('/?view=explorer&lang=zh&city=hangzhou&domain=product&from=2014&to=2015');
  await expect(page.locator('[data-engine="ready"]')).toBeVisible({ timeout: 30_000 });
  await expect(rows(page).first()).toBeVisible();
  const csv = await downloadCsv(page);
  expect(csv.filename).toMatch(/^目标-杭州市-产品质量-2014–2015-\d{4}-\d{2}-\d{2}\.csv$/);
  for (const header of csv.table.columns) expect(header).not.toMatch(/[A-Za-z]{3,}/);
  expect(csv.table.records.length).toBeLessThanOrEqual(expected.length);
  expect(csv.table.columns).toEqual(
    expect.arrayContaining(['记录编号', '规划编号', '城市', '指标', '原文指标表述']),
  );
});

test('the indicator column reads alike in both languages: the canonical indicator where there is one', async ({
  page,
  facts,
}) => {
  const [row] = await facts.query(`SELECT t.target_id, t.indicator_zh, i.name_zh, i.name_en FROM targets t
    JOIN indicators i USING (indicator_id) WHERE t.indicator_zh <> i.name_zh ORDER BY t.target_id LIMIT 1`);
  await page.goto('/?view=explorer&lang=zh');
  const cell = page.locator(`tr[data-target="${String(row?.target_id)}"] [data-column="indicator"]`);
  await expect(cell).toHaveText(String(row?.name_zh));
  const worded = String(row?.indicator_zh).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  await expect(cell).toHaveAttribute('title', new RegExp(worded));
  await page.getByRole('button', { name: 'English' }).click();
  await expect(cell).toHaveText(String(row?.name_en));
});
