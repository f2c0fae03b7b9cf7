import path from 'node:path';
import { ROOT } from '../published-data.ts';
import { expect, test } from './fixtures.ts';

const DOMAINS = ['product', 'engineering', 'service', 'environment', 'foundation'];
const STATUSES = ['met', 'partly_met', 'missed', 'no_baseline', 'no_outcome', 'not_due', 'not_assessable'];
const LABELS: Record<string, string> = {
  met: 'Met',
  partly_met: 'Partly met',
  missed: 'Missed',
  no_baseline: 'No baseline',
  no_outcome: 'No outcome reported',
  not_due: 'Not due yet',
  not_assessable: 'Cannot be assessed',
};
const GOOD = path.join(ROOT, 'tests/fixtures/outcomes/good-outcomes.csv');

test('every cell counts the quantitative targets the data holds, by status', async ({ page, facts }) => {
  // Plain SQL over the published tables: the targets of each cell, and the status each was judged to have.
  const totals = await facts.query(`SELECT city_id, domain, count(*) AS n FROM targets
    WHERE comparator <> 'qualitative' GROUP BY ALL`);
  const statuses = await facts.query(`SELECT t.city_id, t.domain, a.status, count(*) AS n
    FROM published.targets t JOIN published.attainment a USING (target_id) GROUP BY ALL`);

  await page.goto('/?view=attainment&lang=en');
  const table = page.getByRole('region', { name: 'Status of every quantitative target, by city and domain' });
  for (const { cityId } of facts.cities) {
    for (const domain of DOMAINS) {
      const cell = table.locator(`a[data-city="${cityId}"][data-domain="${domain}"]`);
      const total = Number(totals.find((r) => r.city_id === cityId && r.domain === domain)?.n ?? 0);
      if (total === 0) {
        await expect(cell).toContainText('no quantitative target');
        continue;
      }
      await expect(cell.locator('[data-total]')).toHaveText(total === 1 ? '1 target' : `${total} targets`);
      let shown = 0;
      for (const status of STATUSES) {
        const n = Number(
          statuses.find((r) => r.city_id === cityId && r.domain === domain && r.status === status)?.n ?? 0,
        );
        shown += n;
        const count = cell.locator(`[data-status="${status}"]`);
        if (n === 0) await expect(count).toHaveCount(0);
        else await expect(count).toHaveText(`${n} ${LABELS[status]}`);
      }
      expect(shown, `${cityId} ${domain}`).toBe(total);
    }
  }
  // Hand-checked: Linxia promised 7 4A-or-higher attractions by 2020 and reported 7.
  await expect(table.locator('a[data-city="linxia"][data-domain="service"] [data-status="met"]')).toHaveText(
    '1 Met',
  );
  // Hand-checked: Taiyuan's 2014 environment targets; its only published figures are for 2018.
  await expect(
    table.locator('a[data-city="taiyuan"][data-domain="environment"] [data-status="no_outcome"]'),
  ).toHaveText('4 No outcome reported');
  // Judged as of the dataset's date, which the view says.
  await expect(page.locator('[data-judgement]')).toContainText("Judged as of the dataset's date");
});

test('a cell lists its targets with status and outcome; the URL keeps the cell', async ({ page, facts }) => {
  const targets = await facts.query(`SELECT target_id, doc_id FROM targets
    WHERE city_id = 'linxia' AND domain = 'service' AND comparator <> 'qualitative' ORDER BY target_id`);
  await page.goto('/?view=attainment&lang=en');
  await page.locator('a[data-city="linxia"][data-domain="service"]').click();
  await expect(page).toHaveURL(/[?&]cell=linxia\.service(&|$)/);
  const list = page.getByRole('region', { name: /Targets of Linxia/ });
  await expect(list.locator('tbody tr')).toHaveCount(targets.length);
  await expect(list.locator('tbody tr').first()).toHaveAttribute(
    'data-target',
    String(targets[0]?.target_id),
  );
  const met = list.locator('tr[data-status="met"]');
  await expect(met).toContainText('2020: 7');
  await expect(met.getByRole('link')).toHaveAttribute(
    'href',
    /\?view=city&lang=en&doc=linxia-2013&target=linxia-2013-/,
  );

  await page.goBack();
  await expect(page).not.toHaveURL(/cell=/);
  await expect(page.getByText('Select a cell of the table to list its targets here.')).toBeVisible();
  await page.goForward();
  await expect(list.locator('tbody tr')).toHaveCount(targets.length);
});

test('your own outcome file turns Hangzhou’s spot-check target to met, in the table and in its cell', async ({
  page,
  facts,
}) => {
  const [target] = await facts.query(`SELECT target_id FROM targets
    WHERE city_id = 'hangzhou' AND indicator_id = 'product_spot_check_pass_rate'`);
  const [before] = await facts.query(`SELECT count(*) FILTER (WHERE status = 'met') AS met,
      count(*) FILTER (WHERE status = 'no_outcome') AS no_outcome
    FROM published.attainment WHERE city_id = 'hangzhou' AND domain = 'product'`);
  // Hand-checked: the published Hangzhou rates pool other checks, so nothing of Hangzhou's products is met.
  expect(Number(before?.met)).toBe(0);

  await page.goto('/?view=outcomes&lang=en');
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await page.getByRole('region', { name: 'Your outcomes' }).locator('input[type="file"]').setInputFiles(GOOD);
  await expect(page.locator('[data-file="good-outcomes.csv"]')).toContainText('2 rows joined');

  await page.goto('/?view=attainment&lang=en&cell=hangzhou.product');
  const cell = page.locator('a[data-city="hangzhou"][data-domain="product"]');
  // The file's 2015 figure (94.97%) meets the plan's ≥ 90%.
  await expect(cell.locator('[data-status="met"]')).toHaveText('1 Met');
  await expect(cell.locator('[data-status="no_outcome"]')).toHaveText(
    `${Number(before?.no_outcome) - 1} No outcome reported`,
  );
  const row = page.locator(`tr[data-target="${String(target?.target_id)}"]`);
  await expect(row).toHaveAttribute('data-status', 'met');
  await expect(row).toContainText('2015: 94.97%');
  await expect(row).toContainText('yours');
  await page.evaluate(() => localStorage.clear());
});

test('filters apply, and the words are Chinese in Chinese', async ({ page }) => {
  await page.goto('/?view=attainment&lang=zh&city=taiyuan&domain=environment');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('达成概览');
  await expect(page.locator('a[data-city]')).toHaveCount(1);
  await expect(page.locator('a[data-city="taiyuan"][data-domain="environment"]')).toContainText(
    '未见公布结果',
  );
  await expect(page.locator('[data-judgement]')).toContainText('以数据集日期');
});
