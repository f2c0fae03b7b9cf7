import type { Page } from '@playwright/test';
import { expect, test, type CellFact } from './fixtures.ts';

const DOMAINS = ['product', 'engineering', 'service', 'environment', 'foundation'];

/** The matrix, found by its caption-like heading, as a person would find it. */
function matrix(page: Page) {
  return page
    .getByRole('region', { name: /Targets by city and domain|各城市分领域目标数量/ })
    .getByRole('table');
}

async function expectCellsToShow(page: Page, facts: CellFact[], cityIds: string[], domains: string[]) {
  for (const cityId of cityIds) {
    for (const domain of domains) {
      const fact = facts.find((f) => f.cityId === cityId && f.domain === domain);
      const cell = matrix(page).locator(`a[data-city="${cityId}"][data-domain="${domain}"]`);
      await expect(cell.locator('[data-count="quantitative"]')).toHaveText(String(fact?.quantitative ?? 0));
      await expect(cell.locator('[data-count="qualitative"]')).toContainText(String(fact?.qualitative ?? 0));
    }
  }
}

test('the matrix names all five cities, in Chinese and in English', async ({ page, facts }) => {
  await page.goto('/?lang=zh');
  for (const name of ['石家庄', '太原', '杭州', '汕尾', '临夏']) {
    await expect(matrix(page).getByRole('rowheader', { name: new RegExp(name) })).toBeVisible();
  }
  await page.goto('/?lang=en');
  for (const name of ['Shijiazhuang', 'Taiyuan', 'Hangzhou', 'Shanwei', 'Linxia']) {
    await expect(matrix(page).getByRole('rowheader', { name: new RegExp(name) })).toBeVisible();
  }
  await expect(matrix(page).getByRole('rowheader')).toHaveCount(facts.cities.length);
});

test('every matrix cell shows the counts the data holds', async ({ page, facts }) => {
  await page.goto('/?lang=en');
  await expectCellsToShow(
    page,
    await facts.cells(),
    facts.cities.map((c) => c.cityId),
    DOMAINS,
  );
});

test('the headline figures add up to the data', async ({ page, facts }) => {
  await page.goto('/?lang=en');
  const cells = await facts.cells();
  const sum = (key: 'quantitative' | 'qualitative') => cells.reduce((total, c) => total + c[key], 0);
  await expect(page.locator('[data-figure="plans"] dd')).toHaveText(String(facts.plans.length));
  await expect(page.locator('[data-figure="quantitative"] dd')).toHaveText(String(sum('quantitative')));
  await expect(page.locator('[data-figure="qualitative"] dd')).toHaveText(String(sum('qualitative')));
});

test('each plan shows its specificity score, and the page says how it is defined', async ({
  page,
  facts,
}) => {
  await page.goto('/?lang=en');
  const section = page.getByRole('region', { name: 'How specific is each plan?' });
  await expect(section).toContainText(
    "Specificity score: the share of a plan's commitments (all its records, quantitative targets and qualitative commitments alike) that state a number, a target year and a lead department.",
  );
  for (const plan of facts.plans) {
    const score = `${Math.round((100 * plan.specific) / plan.records)}%`;
    await expect(section.locator(`[data-doc="${plan.docId}"] [data-score]`)).toHaveText(score);
    await expect(section.locator(`[data-doc="${plan.docId}"]`)).toContainText(
      `${plan.specific} of ${plan.records} records`,
    );
  }
});

test('the language switch changes the labels and the URL', async ({ page }) => {
  await page.goto('/?lang=en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Overview');
  await expect(matrix(page).getByRole('columnheader', { name: 'Environment' })).toBeVisible();
  await page.getByRole('button', { name: '中文' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('总览');
  await expect(matrix(page).getByRole('columnheader', { name: '环境质量' })).toBeVisible();
  await expect(matrix(page).getByRole('rowheader', { name: /杭州/ })).toBeVisible();
  await expect(page).toHaveURL(/[?&]lang=zh(&|$)/);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('总览');
});

test('a domain filter changes the matrix and the URL, and back/forward restore each state', async ({
  page,
  facts,
}) => {
  await page.goto('/?lang=en');
  const cities = facts.cities.map((c) => c.cityId);
  await expect(matrix(page).getByRole('columnheader')).toHaveCount(1 + DOMAINS.length);

  await page.getByRole('group', { name: 'Domains' }).getByRole('button', { name: 'Environment' }).click();
  await expect(page).toHaveURL(/[?&]domain=environment(&|$)/);
  await expect(matrix(page).getByRole('columnheader')).toHaveCount(2);
  await expectCellsToShow(page, await facts.cells({ domains: ['environment'] }), cities, ['environment']);

  await page.getByRole('group', { name: 'Cities' }).getByRole('button', { name: 'Hangzhou' }).click();
  await expect(page).toHaveURL(/[?&]city=hangzhou(&|$)/);
  await expect(matrix(page).getByRole('rowheader')).toHaveCount(1);

  await page.goBack();
  await expect(page).not.toHaveURL(/city=/);
  await expect(matrix(page).getByRole('rowheader')).toHaveCount(cities.length);
  await expect(matrix(page).getByRole('columnheader')).toHaveCount(2);

  await page.goBack();
  await expect(page).not.toHaveURL(/domain=/);
  await expect(matrix(page).getByRole('columnheader')).toHaveCount(1 + DOMAINS.length);
  await expectCellsToShow(page, await facts.cells(), cities, DOMAINS);

  await page.goForward();
  await expect(page).toHaveURL(/[?&]domain=environment(&|$)/);
  await expect(matrix(page).getByRole('columnheader')).toHaveCount(2);
});

test('two changes in one go are two history entries', async ({ page }) => {
  await page.goto('/?lang=en');
  await expect(matrix(page).getByRole('columnheader')).toHaveCount(1 + DOMAINS.length);
  // Both clicks in one task, before the page has drawn the first.
  await page.evaluate(() => {
    for (const domain of ['product', 'service']) {
      document.querySelector<HTMLButtonElement>(`button[data-domain="${domain}"]`)?.click();
    }
  });
  await expect(page).toHaveURL(/[?&]domain=product,service(&|$)/);
  await expect(matrix(page).getByRole('columnheader')).toHaveCount(3);

  await page.goBack();
  await expect(page).toHaveURL(/[?&]domain=product(&|$)/);
  await expect(matrix(page).getByRole('columnheader')).toHaveCount(2);
  await page.goBack();
  await expect(page).not.toHaveURL(/domain=/);
  await expect(matrix(page).getByRole('columnheader')).toHaveCount(1 + DOMAINS.length);
});

test('a copied link reopens the same filters', async ({ page, facts }) => {
  await page.goto('/?view=overview&lang=en&city=linxia,shanwei&domain=product,foundation&from=2015&to=2017');
  await expect(matrix(page).getByRole('rowheader')).toHaveCount(2);
  await expect(
    page.getByRole('group', { name: 'Cities' }).getByRole('button', { pressed: true }),
  ).toHaveCount(2);
  await expect(page.getByLabel('From', { exact: true })).toHaveValue('2015');
  await expectCellsToShow(
    page,
    await facts.cells({
      cities: ['linxia', 'shanwei'],
      domains: ['product', 'foundation'],
      yearFrom: 2015,
      yearTo: 2017,
    }),
    ['linxia', 'shanwei'],
    ['product', 'foundation'],
  );
});

test('once DuckDB is ready, filter changes show the same counts as the data', async ({ page, facts }) => {
  await page.goto('/?lang=en');
  await expect(page.locator('[data-engine="ready"]')).toBeVisible({ timeout: 30_000 });
  await page.getByLabel('From', { exact: true }).selectOption('2015');
  await page.getByLabel('To', { exact: true }).selectOption('2015');
  await expect(page).toHaveURL(/from=2015&to=2015/);
  await page.getByRole('group', { name: 'Domains' }).getByRole('button', { name: 'Products' }).click();
  await expectCellsToShow(
    page,
    await facts.cells({ domains: ['product'], yearFrom: 2015, yearTo: 2015 }),
    facts.cities.map((c) => c.cityId),
    ['product'],
  );
});

test('a matrix cell leads to the target explorer URL with its city and domain', async ({ page }) => {
  await page.goto('/?lang=en&from=2014');
  const cell = matrix(page).locator('a[data-city="hangzhou"][data-domain="product"]');
  await expect(cell).toHaveAttribute('href', '?view=explorer&lang=en&city=hangzhou&domain=product&from=2014');
  await cell.click();
  await expect(page).toHaveURL(/\?view=explorer&lang=en&city=hangzhou&domain=product&from=2014$/);
  // The overview stays first in the navigation whichever views follow it.
  await expect(page.getByRole('navigation', { name: 'Views' }).getByRole('link').first()).toHaveText(
    'Overview',
  );
});

/** A record that states a number, a target year and a lead department, in plain SQL. */
const SPECIFIC =
  "value IS NOT NULL AND target_year IS NOT NULL AND trim(coalesce(lead_department, '')) <> ''";

test('hovering or focusing a record shows its value, comparator, year and source sentence', async ({
  page,
  facts,
}) => {
  const [first, second] = await facts.query(`SELECT quote, target_year, comparator, value FROM targets
    WHERE doc_id = 'shanwei-2017'
    ORDER BY (value IS NOT NULL AND target_year IS NOT NULL AND coalesce(lead_department, '') <> '') DESC,
      list_position(['product', 'engineering', 'service', 'environment', 'foundation'], domain), target_id
    LIMIT 2`);
  const symbols: Record<string, string> = { '>=': '≥ ', '<=': '≤ ', '~': '≈ ', '=': '' };
  await page.goto('/?lang=en');
  const marks = page.locator('[data-doc="shanwei-2017"] [role="graphics-symbol"]');
  const tooltip = page.locator('#specificity-tooltip');

  await marks.first().hover();
  await expect(tooltip).toBeVisible();
  await expect(tooltip).toContainText(String(first?.quote));
  await expect(tooltip).toContainText(new RegExp(`Target year\\s*${String(first?.target_year)}`));
  if (first !== undefined && String(first.comparator) in symbols) {
    await expect(tooltip).toContainText(`${symbols[String(first.comparator)]}${String(first.value)}`);
  }

  await marks.first().focus();
  await page.keyboard.press('ArrowRight');
  await expect(marks.nth(1)).toBeFocused();
  await expect(tooltip).toContainText(String(second?.quote));

  // Plans run most specific first: Tab goes on to the next plan's records, and out of the chart after the last.
  const plans = (
    await facts.query(`SELECT doc_id FROM targets GROUP BY doc_id
      ORDER BY count(*) FILTER (WHERE ${SPECIFIC}) / count(*) DESC, count(*) DESC, doc_id`)
  ).map((p) => String(p.doc_id));
  const after = plans[plans.indexOf('shanwei-2017') + 1];
  const [next] = await facts.query(`SELECT quote FROM targets WHERE doc_id = '${String(after)}'
    ORDER BY (${SPECIFIC}) DESC,
      list_position(['product', 'engineering', 'service', 'environment', 'foundation'], domain), target_id
    LIMIT 1`);
  await page.keyboard.press('Tab');
  await expect(page.locator(`[data-doc="${String(after)}"] [role="graphics-symbol"]`).first()).toBeFocused();
  await expect(tooltip).toContainText(String(next?.quote));
  for (const doc of plans.slice(plans.indexOf(String(after)) + 1)) {
    await page.keyboard.press('Tab');
    await expect(page.locator(`[data-doc="${doc}"] [role="graphics-symbol"]`).first()).toBeFocused();
    await expect(tooltip).toBeVisible();
  }
  await page.keyboard.press('Tab');
  await expect(tooltip).toBeHidden();
});

test('specificity: plans by score, most specific first, each criterion’s share with the records behind it', async ({
  page,
  facts,
}) => {
  const plans = await facts.query(`SELECT doc_id, count(*) AS records,
      count(*) FILTER (WHERE value IS NOT NULL AND target_year IS NOT NULL AND coalesce(lead_department, '') <> '') AS specific,
      count(*) FILTER (WHERE value IS NOT NULL) AS with_number,
      count(*) FILTER (WHERE target_year IS NOT NULL) AS with_year,
      count(*) FILTER (WHERE coalesce(lead_department, '') <> '') AS with_department
    FROM targets GROUP BY doc_id
    ORDER BY count(*) FILTER (WHERE value IS NOT NULL AND target_year IS NOT NULL AND coalesce(lead_department, '') <> '') / count(*) DESC,
      count(*) DESC, doc_id`);
  await page.goto('/?lang=en');
  const section = page.getByRole('region', { name: 'How specific is each plan?' });
  await expect(section.locator('li[data-doc]')).toHaveCount(plans.length);
  const order = await section
    .locator('li[data-doc]')
    .evaluateAll((items) => items.map((i) => i.getAttribute('data-doc')));
  expect(order).toEqual(plans.map((p) => String(p.doc_id)));
  for (const plan of plans) {
    const item = section.locator(`li[data-doc="${String(plan.doc_id)}"]`);
    const total = Number(plan.records);
    for (const [key, n] of [
      ['number', plan.with_number],
      ['year', plan.with_year],
      ['department', plan.with_department],
    ] as const) {
      await expect(item.locator(`[data-criterion="${key}"]`)).toContainText(
        `${Math.round((100 * Number(n)) / total)}%`,
      );
      await expect(item.locator(`[data-criterion="${key}"]`)).toContainText(`${Number(n)}/${total}`);
    }
  }
});
