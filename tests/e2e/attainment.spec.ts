import { OUTCOME_QUERIES } from '../../src/lib/data/queries/outcomes.ts';
import { calcAssessedTargets, STATUS_ORDER } from '../../src/lib/outcomes/assess.ts';
import { buildState, openPublishedEngine, runQuery } from '../published-data.ts';
import { expect, test } from './fixtures.ts';

const DOMAINS = ['product', 'engineering', 'service', 'environment', 'foundation'];
const LABELS: Record<string, string> = {
  met: 'Met',
  partly_met: 'Partly met',
  missed: 'Missed',
  no_baseline: 'No baseline',
  no_outcome: 'No outcome reported',
  not_due: 'Not due yet',
  not_assessable: 'Cannot be assessed',
};

test('every cell counts the quantitative targets the data holds, by status', async ({ page, facts }) => {
  const totals = await facts.query(`SELECT city_id, domain, count(*) AS n FROM targets
    WHERE comparator <> 'qualitative' GROUP BY ALL`);
  const engine = await openPublishedEngine();
  const state = buildState();
  const assessed = calcAssessedTargets(
    await runQuery(engine, OUTCOME_QUERIES.targets, state),
    await runQuery(engine, OUTCOME_QUERIES.outcomes, state),
    await runQuery(engine, OUTCOME_QUERIES.indicators, state),
    new Date().getUTCFullYear() - 1,
  );
  engine.close();

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
      for (const status of STATUS_ORDER) {
        const n = assessed.filter(
          (a) => a.target.city_id === cityId && a.target.domain === domain && a.attainment.status === status,
        ).length;
        const count = cell.locator(`[data-status="${status}"]`);
        if (n === 0) await expect(count).toHaveCount(0);
        else await expect(count).toHaveText(`${n} ${LABELS[status]}`);
      }
    }
  }
  // Hand-checked: Linxia promised 7 4A-or-higher attractions by 2020 and reported 7.
  await expect(table.locator('a[data-city="linxia"][data-domain="service"] [data-status="met"]')).toHaveText(
    '1 Met',
  );
});

test('a cell lists its targets with status and outcome; the URL keeps the cell', async ({ page, facts }) => {
  const targets = await facts.query(`SELECT target_id, doc_id FROM targets
    WHERE city_id = 'linxia' AND domain = 'service' AND comparator <> 'qualitative' ORDER BY target_id`);
  await page.goto('/?view=attainment&lang=en');
  await page.locator('a[data-city="linxia"][data-domain="service"]').click();
  await expect(page).toHaveURL(/[?&]cell=linxia\.service(&|$)/);
  const list = page.getByRole('region', { name: /Targets of Linxia/ });
  await expect(list.locator('tbody tr')).toHaveCount(targets.length);
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

test('filters apply, and the words are Chinese in Chinese', async ({ page }) => {
  await page.goto('/?view=attainment&lang=zh&city=taiyuan&domain=environment');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('达成概览');
  await expect(page.locator('a[data-city]')).toHaveCount(1);
  await expect(page.locator('a[data-city="taiyuan"][data-domain="environment"]')).toContainText(
    '未见公布结果',
  );
});
