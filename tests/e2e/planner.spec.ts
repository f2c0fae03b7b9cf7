import { expect, test } from './fixtures.ts';

test('a typed value shows its percentile among peer targets, computed from the data', async ({
  page,
  facts,
}) => {
  // Levels of the product spot-check pass-rate targets (higher is better; ranges count by their top).
  const rows =
    await facts.query(`SELECT CASE WHEN comparator = 'range' THEN greatest(value, value_max) ELSE value END AS level
    FROM targets
    WHERE indicator_id = 'product_spot_check_pass_rate' AND value IS NOT NULL AND NOT is_new_count
      AND comparator NOT IN ('qualitative', 'increase_by', 'decrease_by')`);
  const levels = rows.map((r) => Number(r.level));
  // Hand-checked: Hangzhou's 90% "以上" is one of them.
  expect(levels).toContain(90);
  const proposed = 92;
  const atLeast = levels.filter((l) => l <= proposed).length;

  await page.goto('/?view=planner&lang=en&indicator=product_spot_check_pass_rate&year=2025&for=hangzhou');
  await expect(page.getByText('Type a proposed value to compare it.')).toBeVisible();
  await page.getByLabel('Proposed value (%)').fill(String(proposed));
  await expect(page).toHaveURL(/[?&]value=92(&|$)/);
  await expect(page.locator('[data-percentile]')).toHaveText(
    `At least as ambitious as ${atLeast} of ${levels.length} peer targets (${Math.round((100 * atLeast) / levels.length)}%).`,
  );
  await expect(page.getByRole('table', { name: 'Peer targets' }).locator('tbody tr')).toHaveCount(
    levels.length,
  );
  await expect(page.locator('path[data-row="targets"]')).toHaveCount(levels.length);
  // The national 2020 target (≥ 92%) is drawn as a reference.
  await expect(
    page.locator('path[data-row="references"][data-value="92"][aria-label="China · 2020 target: ≥ 92%"]'),
  ).toHaveCount(1);

  await page.reload();
  await expect(page.getByLabel('Proposed value (%)')).toHaveValue('92');
  await expect(page.locator('[data-percentile]')).toContainText(`${atLeast} of ${levels.length}`);
});

test('PM2.5 (lower is better): gap to the best outcome and the change required from Taiyuan’s last outcome', async ({
  page,
  facts,
}) => {
  const [best] = await facts.query(`SELECT city_id, year, value FROM outcomes
    WHERE indicator_id = 'pm25_concentration' AND period = 'annual' AND match IN ('exact', 'approximate')
    ORDER BY value, year DESC LIMIT 1`);
  const [last] = await facts.query(`SELECT year, value FROM outcomes
    WHERE indicator_id = 'pm25_concentration' AND city_id = 'taiyuan' AND period = 'annual'
      AND match IN ('exact', 'approximate') AND year < 2025 ORDER BY year DESC LIMIT 1`);
  // Hand-checked: Taiyuan's urban PM2.5 was 59 μg/m³ in 2018.
  expect([Number(last?.year), Number(last?.value)]).toEqual([2018, 59]);

  await page.goto('/?view=planner&lang=en&indicator=pm25_concentration&year=2025&for=taiyuan&value=35');
  await expect(page.getByText('Lower is better')).toBeVisible();
  await expect(page.locator('[data-best]')).toContainText(
    `${Number(best?.year)}: ${Number(best?.value)} μg/m³`,
  );
  await expect(page.locator('[data-best]')).toContainText(
    `${35 - Number(best?.value)} μg/m³ less demanding than the best reported outcome`,
  );
  const perYear = (35 - 59) / (2025 - 2018);
  await expect(page.locator('[data-change]')).toContainText(
    `From Taiyuan 2018: 59 μg/m³: ${perYear.toFixed(3)} a year for 7 years`,
  );
});

test('hovering or focusing a peer target shows its sentence', async ({ page }) => {
  await page.goto('/?view=planner&lang=zh&indicator=product_spot_check_pass_rate&year=2025');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('目标设定');
  const mark = page.locator('path[data-row="targets"][data-value="90"]');
  await mark.focus();
  await expect(page.locator('#planner-tooltip')).toContainText('90%以上');
});

test('a city not in the data: its typed latest value gives the change a year, beside peers, outcomes and the nation', async ({
  page,
  facts,
}) => {
  const [national] = await facts.query(`SELECT year, value FROM "references"
    WHERE indicator_id = 'product_spot_check_pass_rate' AND scope = 'national' AND value IS NOT NULL
    ORDER BY year DESC, kind = 'target' DESC LIMIT 1`);
  const levels = (
    await facts.query(`SELECT value FROM targets WHERE indicator_id = 'product_spot_check_pass_rate'
      AND value IS NOT NULL AND NOT is_new_count AND comparator NOT IN ('qualitative', 'increase_by', 'decrease_by')`)
  ).map((r) => Number(r.value));
  const top = Math.max(...levels);

  await page.goto('/?view=planner&lang=en&indicator=product_spot_check_pass_rate');
  // The default target year: the end of the next five-year plan after the dataset's year.
  const [date] = await facts.query('SELECT any_value(dataset_date) AS d FROM attainment');
  const defaultYear = Math.ceil((Number(String(date?.d).slice(0, 4)) + 1) / 5) * 5;
  await expect(page.getByLabel('Target year', { exact: true })).toHaveValue(String(defaultYear));

  await page.getByLabel('Your city').selectOption({ label: 'A city not in the data…' });
  await page.getByLabel('Its name').fill('Foshan');
  await page.getByLabel('Latest value', { exact: true }).fill('92.5');
  await page.getByLabel('of the year').fill('2024');
  await page.getByLabel('Proposed value (%)').fill('96');
  await expect(page).toHaveURL(/for=other/);

  const years = defaultYear - 2024;
  const perYear = Math.round(((96 - 92.5) / years) * 1000) / 1000;
  await expect(page.locator('[data-change]')).toContainText(
    `From Foshan 2024: 92.5%: +${perYear} a year for ${years} years`,
  );
  await expect(page.locator('[data-most-ambitious]')).toContainText(
    `The most ambitious peer target is ${top}%`,
  );
  await expect(page.locator('[data-reference]')).toContainText(
    `Latest national reference: China's ${String(national?.year)} target, ≥ ${String(national?.value)}%`,
  );
  await expect(page.locator('[data-reference]')).toContainText(
    `yours is ${96 - Number(national?.value)} percentage points more demanding`,
  );
  // Hangzhou's three published rates are another definition: the summary says they are context.
  await expect(page.locator('[data-best]')).toContainText('context only');
  // Peers' targets ten years or more before the proposal are flagged.
  await expect(page.locator('[data-outdated]')).toContainText('ten years or more before yours');
  await expect(page.locator('[data-outdated-target]').first()).toContainText('years before yours');
  // Each reference mark is named beside it.
  const tags = await page.locator('.planner-chart text.tag').allTextContents();
  expect(tags).toContain(`China ${String(national?.year)} target`);
  // The typed value is drawn as the city's latest.
  await expect(page.locator('path.latest')).toHaveAttribute('aria-label', 'Foshan · 2024 (latest): 92.5%');

  // The same in Chinese.
  await page.getByRole('button', { name: '中文' }).click();
  await expect(page.locator('[data-change]')).toContainText('Foshan 2024');
  await expect(page.locator('[data-reference]')).toContainText('最新的国家参考值');
});
