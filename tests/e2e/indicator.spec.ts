import type { Page } from '@playwright/test';
import { expect, test, type Facts } from './fixtures.ts';

function chart(page: Page) {
  return page.locator('section[aria-labelledby="indicator-chart"]');
}

function table(page: Page) {
  return page.locator('section[aria-labelledby="indicator-wording"]').getByRole('table');
}

async function records(facts: Facts, indicatorId: string, where = 'true') {
  return facts.query(`SELECT target_id, doc_id, city_id, indicator_zh, comparator, value, unit, quote, target_year
    FROM targets WHERE indicator_id = '${indicatorId}' AND ${where} ORDER BY target_year, city_id, target_id`);
}

test('the spot-check indicator: every city target and national target plotted, every wording listed', async ({
  page,
  facts,
}) => {
  const [indicator] = await facts.query(
    "SELECT name_zh, name_en FROM indicators WHERE indicator_id = 'product_spot_check_pass_rate'",
  );
  const rows = await records(facts, 'product_spot_check_pass_rate');
  const references = await facts.query(`SELECT reference_id FROM "references"
    WHERE indicator_id = 'product_spot_check_pass_rate' AND kind = 'target' AND value IS NOT NULL`);
  await page.goto('/?view=indicator&lang=en&indicator=product_spot_check_pass_rate');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(String(indicator?.name_en));
  await expect(page.locator('.meta')).toContainText(String(indicator?.name_zh));

  await expect(chart(page).locator('a.mark')).toHaveCount(rows.length);
  await expect(chart(page).locator('g.mark[data-reference]')).toHaveCount(references.length);
  await expect(table(page).locator('tbody tr')).toHaveCount(rows.length);
  expect(
    await table(page)
      .locator('tbody tr')
      .evaluateAll((els) => els.map((el) => el.dataset.target)),
  ).toEqual(rows.map((r) => String(r.target_id)));
  for (const row of rows) {
    const tr = table(page).locator(`tr[data-target="${String(row.target_id)}"]`);
    await expect(tr).toContainText(String(row.quote));
    await expect(tr.locator('mark').first()).toHaveText(String(row.value));
  }

  // Hangzhou writes 国家监督抽查合格率稳定在90%以上: 90 highlighted, the other wording flagged.
  const hangzhou = table(page).locator('tr[data-target="hangzhou-2013-002"]');
  await expect(hangzhou.locator('mark')).toHaveText('90');
  await expect(hangzhou.locator('td.value')).toHaveText('≥ 90%');
  await expect(hangzhou.locator('[data-flag="wording"]')).toContainText('产品质量监督抽查合格率');
});

test('differences in bound are flagged explicitly on each side', async ({ page, facts }) => {
  const rows = await records(facts, 'agrifood_pass_rate');
  const comparators = new Set(rows.map((r) => String(r.comparator)));
  expect(comparators.size).toBeGreaterThan(1);
  await page.goto('/?view=indicator&lang=en&indicator=agrifood_pass_rate');
  for (const row of rows) {
    const flag = table(page).locator(`tr[data-target="${String(row.target_id)}"] [data-flag="bound"]`);
    await expect(flag).toContainText(/Says .*; others say /);
  }
  // Shijiazhuang's 总体合格率达到100% against the others' 以上.
  await expect(
    table(page).locator('tr[data-target="shijiazhuang-2011-015"] [data-flag="bound"]'),
  ).toContainText('Says 「达到」; others say 「以上」');
});

test('a change in % is flagged and plotted apart from the μg/m³ level', async ({ page, facts }) => {
  const rows = await records(facts, 'pm25_concentration');
  const changes = await facts.query(`SELECT reference_id, unit FROM "references"
    WHERE indicator_id = 'pm25_concentration' AND kind = 'target' AND comparator IN ('increase_by', 'decrease_by')`);
  await page.goto('/?view=indicator&lang=en&indicator=pm25_concentration');
  // A provincial target to cut PM2.5 by a percentage sits beside the city's cut, never beside the level.
  for (const reference of changes) {
    await expect(
      chart(page).locator(
        `[data-facet="change|${String(reference.unit)}"] g.mark[data-reference="${String(reference.reference_id)}"]`,
      ),
    ).toHaveCount(1);
  }
  for (const row of rows) {
    const isChange = ['increase_by', 'decrease_by'].includes(String(row.comparator));
    const facet = isChange ? `change|${String(row.unit)}` : `level|${String(row.unit)}`;
    await expect(
      chart(page).locator(`[data-facet="${facet}"] a.mark[data-target="${String(row.target_id)}"]`),
    ).toHaveCount(1);
    if (isChange) {
      const tr = table(page).locator(`tr[data-target="${String(row.target_id)}"]`);
      await expect(tr.locator('[data-flag="change"]')).toBeVisible();
      await expect(tr.locator('[data-flag="unit"]')).toContainText("Unit %, not the indicator's μg/m³");
    }
  }
});

test('hovering a mark shows the quote; selecting it opens the sentence in its plan', async ({
  page,
  facts,
}) => {
  const [row] = await records(facts, 'agrifood_pass_rate', "city_id = 'hangzhou'");
  await page.goto('/?view=indicator&lang=en&indicator=agrifood_pass_rate');
  const mark = chart(page).locator(`a.mark[data-target="${String(row?.target_id)}"]`);
  await mark.hover();
  const tooltip = page.locator('[role="tooltip"]:visible');
  await expect(tooltip).toContainText(String(row?.quote));
  await expect(tooltip).toContainText('Hangzhou');
  await expect(tooltip).toContainText(new RegExp(`Target year\\s*${String(row?.target_year)}`));
  await mark.click();
  await expect(page).toHaveURL(
    new RegExp(`\\?view=city&lang=en&doc=${String(row?.doc_id)}&target=${String(row?.target_id)}$`),
  );
});

test('a tooltip that would go under the sticky filter bar goes below its mark instead', async ({
  page,
  facts,
}) => {
  const [row] = await records(facts, 'product_spot_check_pass_rate', "city_id = 'hangzhou'");
  await page.goto('/?view=indicator&lang=en&indicator=product_spot_check_pass_rate');
  const mark = chart(page).locator(`a.mark[data-target="${String(row?.target_id)}"]`);
  const tooltip = page.locator('[role="tooltip"]:visible');
  const filters = page.locator('[data-covers-top]');
  await mark.hover();
  await expect(tooltip).toContainText(String(row?.quote));
  const tipHeight = (await tooltip.boundingBox())?.height ?? 0;
  await page.mouse.move(1, 1);
  await expect(tooltip).toHaveCount(0);
  // Scroll so the tooltip would fit above the mark in the window, but its top half-way up the bar.
  const barHeight = (await filters.boundingBox())?.height ?? 0;
  await mark.evaluate(
    (element, top) => {
      window.scrollBy(0, element.getBoundingClientRect().top - top);
    },
    tipHeight + 12 + barHeight / 2,
  );
  await mark.hover();
  await expect(tooltip).toContainText(String(row?.quote));
  const bar = await filters.boundingBox();
  const tip = await tooltip.boundingBox();
  const markBox = await mark.boundingBox();
  expect(bar?.y).toBe(0);
  expect(tip?.y ?? 0).toBeGreaterThanOrEqual((bar?.y ?? 0) + (bar?.height ?? 0));
  expect(tip?.y ?? 0).toBeGreaterThan(markBox?.y ?? 0);
});

test('the picker groups indicators by domain and changes the URL; the back link leads to the comparison', async ({
  page,
  facts,
}) => {
  const [count] = await facts.query('SELECT count(*) AS n FROM indicators');
  await page.goto('/?view=indicator&lang=en&indicator=product_spot_check_pass_rate');
  const picker = page.getByLabel('Indicator', { exact: true });
  await expect(picker.locator('optgroup')).toHaveCount(5);
  await expect(picker.locator('option')).toHaveCount(Number(count?.n));
  await picker.selectOption('sewage_treatment_rate');
  await expect(page).toHaveURL(/[?&]indicator=sewage_treatment_rate$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Urban sewage treatment rate');
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Product quality supervisory spot-check pass rate',
  );
  await page.getByRole('link', { name: '← Compare Products' }).click();
  await expect(page).toHaveURL(/\?view=compare&lang=en&domain=product$/);
});

test('the city filter changes the chart, the table and the URL', async ({ page, facts }) => {
  const all = await records(facts, 'major_works_acceptance_rate');
  const hangzhou = await records(facts, 'major_works_acceptance_rate', "city_id = 'hangzhou'");
  await page.goto('/?view=indicator&lang=en&indicator=major_works_acceptance_rate');
  await expect(table(page).locator('tbody tr')).toHaveCount(all.length);
  await page.getByRole('group', { name: 'Cities' }).getByRole('button', { name: 'Hangzhou' }).click();
  await expect(page).toHaveURL(/[?&]city=hangzhou&indicator=major_works_acceptance_rate$/);
  await expect(table(page).locator('tbody tr')).toHaveCount(hangzhou.length);
  await expect(chart(page).locator('a.mark')).toHaveCount(hangzhou.length);
});

test('a commitment without a number is listed, not plotted', async ({ page, facts }) => {
  const rows = await records(facts, 'customer_satisfaction');
  expect(rows.every((r) => r.value === null)).toBe(true);
  await page.goto('/?view=indicator&lang=en&indicator=customer_satisfaction');
  await expect(chart(page)).toContainText('No target of this indicator matches the filters.');
  await expect(chart(page)).toContainText(`${rows.length} record(s) of this indicator give no number`);
  await expect(table(page).locator('[data-flag="qualitative"]')).toHaveCount(rows.length);
});

test('the language switch changes the labels', async ({ page, facts }) => {
  const [indicator] = await facts.query(
    "SELECT name_zh FROM indicators WHERE indicator_id = 'drinking_water_source_compliance'",
  );
  await page.goto('/?view=indicator&lang=en&indicator=drinking_water_source_compliance');
  await expect(table(page).getByRole('columnheader', { name: 'Indicator as worded' })).toBeVisible();
  await page.getByRole('button', { name: '中文' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(String(indicator?.name_zh));
  await expect(table(page).getByRole('columnheader', { name: '原文指标表述' })).toBeVisible();
  await expect(page.getByRole('link', { name: '← 分领域比较：环境质量' })).toBeVisible();
  await expect(page).toHaveURL(/[?&]lang=zh(&|$)/);
});
