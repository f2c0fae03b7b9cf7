/**
 * Outcome evidence as a person reads it: one set of status names in every view and the Methodology, a reason
 * for every status in the interface language, the outcome a status rests on opening its source card, and the
 * Chinese interface showing the curators' notes in Chinese.
 */

import { STATUS_LABELS } from '../../src/lib/outcomes/words.ts';
import { expect, test } from './fixtures.ts';

const STATUSES = Object.keys(STATUS_LABELS.zh) as (keyof (typeof STATUS_LABELS)['zh'])[];

/** Latin words of three letters or more, leaving out units and names Chinese text writes in Latin letters. */
function findEnglish(text: string): string[] {
  return (
    text.replace(/PM2\.5|PM10|μg\/m³|https?:\/\/\S+|[0-9]A级?|\b[0-9]A\b/g, '').match(/[A-Za-z]{3,}/g) ?? []
  );
}

test.describe('one status vocabulary', () => {
  for (const lang of ['zh', 'en'] as const) {
    test(`the legends, the lists and the Methodology name each status the same (${lang})`, async ({
      page,
    }) => {
      const names = STATUSES.map((status) => STATUS_LABELS[lang][status]);
      await page.goto(`/?view=methodology&lang=${lang}`);
      for (const [i, status] of STATUSES.entries())
        await expect(page.locator(`[data-status="${status}"] strong`)).toHaveText(names[i]!);

      await page.goto(`/?view=attainment&lang=${lang}`);
      const legend = page.getByRole('region', { name: lang === 'zh' ? /达成状态/ : /Status of every/ });
      for (const name of names) await expect(legend.getByText(name, { exact: true }).first()).toBeVisible();

      await page.goto(`/?view=outcomes&lang=${lang}`);
      const chart = page.getByRole('region', {
        name: lang === 'zh' ? '目标及其结果' : 'Targets and their outcomes',
      });
      for (const name of names) await expect(chart.getByText(name, { exact: true }).first()).toBeVisible();
    });
  }
});

test('each target that cannot be assessed says why, in Chinese in the Chinese interface', async ({
  page,
  facts,
}) => {
  const rows = await facts.query(`SELECT target_id, reason_zh FROM attainment
    WHERE city_id = 'linxia' AND domain = 'service' ORDER BY target_id`);
  await page.goto('/?view=attainment&lang=zh&cell=linxia.service');
  const list = page.getByRole('region', { name: /临夏回族自治州 · 服务质量的目标/ });
  await expect(list.getByRole('columnheader', { name: '原因' })).toBeVisible();
  for (const row of rows) {
    const why = list.locator(`tr[data-target="${String(row.target_id)}"] td.why`);
    await expect(why).toHaveText(String(row.reason_zh));
    expect(findEnglish(String(row.reason_zh))).toEqual([]);
  }
  // 扶贫旅游示范区 1个 (达到 a value): no canonical indicator says which way is better.
  await expect(list.locator('tr[data-status="not_assessable"] td.why').first()).toContainText('没有标准指标');
});

test('the outcome a status rests on opens its source card: title, address, sentence and caveats', async ({
  page,
  facts,
}) => {
  const [row] = await facts.query(`SELECT a.target_id, o.source_url, o.quote, o.caveat_zh, o.source_title_zh
    FROM attainment a JOIN outcomes o USING (outcome_key) WHERE a.status = 'met' AND a.city_id = 'linxia'`);
  await page.goto('/?view=attainment&lang=zh&cell=linxia.service');
  const line = page.locator(`tr[data-target="${String(row?.target_id)}"]`);
  const outcome = line.getByRole('button', { name: '2020: 7' });
  await expect(outcome).toHaveAttribute('aria-expanded', 'false');
  await outcome.click();
  await expect(outcome).toHaveAttribute('aria-expanded', 'true');
  const card = page.locator(`#source-${String(row?.target_id)} article`);
  await expect(card).toContainText(String(row?.source_title_zh));
  await expect(card.getByRole('link')).toHaveAttribute('href', String(row?.source_url));
  await expect(card.locator('blockquote')).toHaveText(String(row?.quote));
  await expect(card.locator('[data-caveat]')).toContainText(String(row?.caveat_zh));
});

test('no English note in the Chinese interface’s outcome sources; the English original on demand', async ({
  page,
}) => {
  await page.goto('/?view=outcomes&lang=zh');
  await expect(page.locator('[data-engine="ready"]')).toBeVisible({ timeout: 30_000 });
  const lines = page.locator('li[data-target]');
  await expect(lines.first()).toBeVisible();
  const buttons = page.getByRole('button', { name: '来源', exact: true });
  expect(await buttons.count()).toBeGreaterThan(3);
  // Each opened card's button turns into "收起来源", so the first closed one is always the next.
  for (let opened = 0; (await buttons.count()) > 0 && opened < 100; opened++) await buttons.first().click();
  const cards = page.locator('article[data-origin="published"]');
  await expect(cards.first()).toBeVisible();
  for (const card of await cards.all()) {
    await card.scrollIntoViewIfNeeded();
    // What is shown: everything but the folded English originals.
    const shown = await card.evaluate((element) => {
      const copy = element.cloneNode(true) as HTMLElement;
      copy.querySelectorAll('details p').forEach((p) => p.remove());
      return copy.innerText;
    });
    expect(findEnglish(shown), shown).toEqual([]);
    expect(shown).not.toMatch(/\b[a-z]{2}-\d{3}\b/);
  }
  const original = cards.first().locator('details').first();
  await original.locator('summary').click();
  await expect(original.locator('p[lang="en"]')).toBeVisible();
});

test('Target vs outcome opens on its results; the upload panel is folded below them', async ({ page }) => {
  await page.goto('/?view=outcomes&lang=en');
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  const results = page.getByRole('region', { name: 'Targets and their outcomes' });
  const upload = page.getByRole('region', { name: 'Your outcomes' });
  await expect(results.locator('li[data-target]').first()).toBeVisible();
  const [resultsBox, uploadBox] = [await results.boundingBox(), await upload.boundingBox()];
  expect(resultsBox!.y).toBeLessThan(uploadBox!.y);
  await expect(upload.getByText('Download the template (CSV)')).toBeHidden();
  await upload.getByText('Add your own outcome files (CSV or XLSX)').click();
  await expect(upload.getByText('Download the template (CSV)')).toBeVisible();
});
