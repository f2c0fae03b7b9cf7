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
