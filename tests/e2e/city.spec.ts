import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

/** The source reader's text, found by its role and name as a person (or screen reader) would. */
function reader(page: Page) {
  return page.getByRole('document', { name: /^Text of|全文$/ });
}

/** The highlights of one target in the reader. */
function highlight(page: Page, targetId: string) {
  return reader(page).locator(`[data-targets~="${targetId}"]`);
}

function targetList(page: Page) {
  return page.getByRole('region', { name: /Targets by domain and section|按领域和章节列出的目标/ });
}

test('a Hangzhou target opened from the URL is highlighted in its sentence and scrolled into view', async ({
  page,
  facts,
}) => {
  await page.goto('/?view=city&lang=en&doc=hangzhou-2013&target=hangzhou-2013-021');
  const mark = highlight(page, 'hangzhou-2013-021');
  const [row] = await facts.query(`SELECT quote FROM targets WHERE target_id = 'hangzhou-2013-021'`);
  await expect(mark).toHaveText(String(row?.quote));
  await expect(mark).toHaveAttribute('aria-current', 'true');
  await expect(mark).toBeInViewport();
  // Only the selected target gets the stronger highlight.
  await expect(reader(page).locator('[aria-current="true"]')).toHaveCount(1);

  // Hand-checked in the plan: the product spot-check pass rate, 稳定在90%以上.
  await expect(highlight(page, 'hangzhou-2013-002')).toHaveText('国家监督抽查合格率稳定在90%以上');
  await expect(highlight(page, 'hangzhou-2013-002')).not.toHaveAttribute('aria-current', 'true');
});

test('the plan headline shows title, issuing body, 文号, date, horizon, counts and specificity from the data', async ({
  page,
  facts,
}) => {
  await page.goto('/?view=city&lang=en&doc=hangzhou-2013');
  const headline = page.locator('header.plan-headline');
  await expect(headline.getByRole('heading', { level: 2 })).toHaveText(
    '杭州市争创全国质量强市示范城市工作方案',
  );
  await expect(headline.locator('[data-field="issuing-body"]')).toHaveText('杭州市人民政府办公厅');
  await expect(headline.locator('[data-field="doc-number"]')).toHaveText('杭政办函〔2013〕98号');
  await expect(headline.locator('[data-field="issue-date"]')).toHaveText('2013-05-24');
  await expect(headline.locator('[data-field="horizon"]')).toHaveText('2015');
  const [counts] = await facts.query(`SELECT
      count(*) FILTER (WHERE comparator <> 'qualitative') AS quantitative,
      count(*) FILTER (WHERE comparator = 'qualitative') AS qualitative
    FROM targets WHERE doc_id = 'hangzhou-2013'`);
  await expect(headline.locator('[data-figure="quantitative"] dd')).toHaveText(String(counts?.quantitative));
  await expect(headline.locator('[data-figure="qualitative"] dd')).toHaveText(String(counts?.qualitative));
  const plan = facts.plans.find((p) => p.docId === 'hangzhou-2013');
  const score = `${Math.round((100 * (plan?.specific ?? 0)) / (plan?.records ?? 1))}%`;
  await expect(headline.locator('[data-figure="specificity"] dd:not(.note)')).toHaveText(score);
});

test('every record of a plan is highlighted in the reader and listed by domain', async ({ page, facts }) => {
  const rows = await facts.query(`SELECT target_id, domain FROM targets WHERE doc_id = 'shanwei-2017'`);
  await page.goto('/?view=city&lang=en&doc=shanwei-2017');
  // A deep link to a plan waits for the engine: the reader draws when the answer arrives.
  await expect(reader(page).locator('[data-targets]').first()).toBeVisible();
  const ids = await reader(page)
    .locator('[data-targets]')
    .evaluateAll((marks) => [
      ...new Set(marks.flatMap((m) => (m.getAttribute('data-targets') ?? '').split(' '))),
    ]);
  expect(ids.sort()).toEqual(rows.map((r) => String(r.target_id)).sort());
  await expect(targetList(page).locator('tr[data-target]')).toHaveCount(rows.length);
  const products = rows.filter((r) => r.domain === 'product').length;
  await expect(targetList(page).locator('section[data-domain="product"] tr[data-target]')).toHaveCount(
    products,
  );
});

test('with only a target in the URL, the plan is the target’s own', async ({ page, facts }) => {
  const [row] = await facts.query(`SELECT d.title, t.quote FROM targets t JOIN documents d USING (doc_id)
    WHERE t.target_id = 'shanwei-2017-010'`);
  await page.goto('/?view=city&lang=en&target=shanwei-2017-010');
  await expect(page.locator('header.plan-headline h2')).toHaveText(String(row?.title));
  await expect(highlight(page, 'shanwei-2017-010')).toHaveText(String(row?.quote));
  await expect(highlight(page, 'shanwei-2017-010')).toBeInViewport();
});

test('without a plan in the URL, the first plan of the filtered cities opens, and the picker changes it', async ({
  page,
  facts,
}) => {
  await page.goto('/?view=city&lang=en&city=taiyuan');
  const [taiyuan] = await facts.query(`SELECT title FROM documents WHERE city_id = 'taiyuan'`);
  await expect(page.locator('header.plan-headline h2')).toHaveText(String(taiyuan?.title));
  await expect(page).toHaveURL(/city=taiyuan/);

  await page.goto('/?view=city&lang=en');
  const picker = page.getByLabel('Plan to show');
  await expect(picker.locator('option')).toHaveCount(facts.plans.length);
  await picker.selectOption('linxia-2013');
  await expect(page).toHaveURL(/doc=linxia-2013/);
  const [linxia] = await facts.query(`SELECT title FROM documents WHERE doc_id = 'linxia-2013'`);
  await expect(page.locator('header.plan-headline h2')).toHaveText(String(linxia?.title));
});

test('selecting a value in the list scrolls the reader to it; back returns, and so does the back button', async ({
  page,
  facts,
}) => {
  // The plan's last quote, far down the text, so the reader has to scroll to show it.
  const [last] = await facts.query(`SELECT target_id, quote FROM targets WHERE doc_id = 'linxia-2013'
    ORDER BY quote_start DESC, target_id LIMIT 1`);
  const lastId = String(last?.target_id);
  await page.goto('/?view=city&lang=en&doc=linxia-2013');
  await expect(highlight(page, lastId).first()).not.toBeInViewport();

  await targetList(page).locator(`tr[data-target="${lastId}"] td.value a`).click();
  await expect(page).toHaveURL(new RegExp(`target=${lastId}`));
  await expect(highlight(page, lastId).first()).toHaveAttribute('aria-current', 'true');
  await expect(highlight(page, lastId).first()).toBeInViewport();
  await expect(targetList(page).locator(`tr[data-target="${lastId}"]`)).toHaveClass(/selected/);

  await page.goBack();
  await expect(page).not.toHaveURL(/target=/);
  await expect(reader(page).locator('[aria-current="true"]')).toHaveCount(0);

  await page.goForward();
  await expect(page).toHaveURL(new RegExp(`target=${lastId}`));
  await page.getByRole('button', { name: '← Back' }).click();
  await expect(page).toHaveURL(/view=city&lang=en&doc=linxia-2013$/);
});

test('hovering or focusing a highlight shows the target’s value, year and sentence', async ({
  page,
  facts,
}) => {
  const [row] = await facts.query(
    `SELECT quote, target_year, value FROM targets WHERE target_id = 'taiyuan-2014-003'`,
  );
  await page.goto('/?view=city&lang=en&doc=taiyuan-2014');
  const tooltip = page.locator('#reader-tooltip');
  await highlight(page, 'taiyuan-2014-003').hover();
  await expect(tooltip).toBeVisible();
  await expect(tooltip).toContainText(String(row?.quote));
  await expect(tooltip).toContainText(new RegExp(`Target year\\s*${String(row?.target_year)}`));
  await expect(tooltip).toContainText(`decrease by ${String(row?.value)}%`);
  await page.mouse.move(0, 0);
  await expect(tooltip).toBeHidden();

  await highlight(page, 'taiyuan-2014-001').focus();
  const [first] = await facts.query(`SELECT quote FROM targets WHERE target_id = 'taiyuan-2014-001'`);
  await expect(tooltip).toContainText(String(first?.quote));
});

test('domain and year filters narrow the list, not the document', async ({ page, facts }) => {
  const [row] =
    await facts.query(`SELECT count(*) FILTER (WHERE domain = 'environment') AS shown, count(*) AS total
    FROM targets WHERE doc_id = 'taiyuan-2014'`);
  await page.goto('/?view=city&lang=en&doc=taiyuan-2014&domain=environment');
  await expect(targetList(page).locator('tr[data-target]')).toHaveCount(Number(row?.shown));
  await expect(targetList(page)).toContainText(
    `${String(row?.shown)} of ${String(row?.total)} records match the filters`,
  );
  await expect(reader(page).locator('[data-targets]')).toHaveCount(Number(row?.total));
});

test('the language switch changes the labels and keeps the plan and target', async ({ page }) => {
  await page.goto('/?view=city&lang=en&doc=taiyuan-2014&target=taiyuan-2014-003');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('City profile');
  await expect(targetList(page).locator('tr[data-target="taiyuan-2014-003"] td.department')).toContainText(
    'Municipal Development and Reform Commission',
  );
  await page.getByRole('button', { name: '中文' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('城市档案');
  await expect(page.getByRole('heading', { name: '规划原文' })).toBeVisible();
  await expect(targetList(page).locator('tr[data-target="taiyuan-2014-003"] td.department')).toContainText(
    '市发改委',
  );
  await expect(page).toHaveURL(/lang=zh/);
  await expect(page).toHaveURL(/target=taiyuan-2014-003/);
  await expect(highlight(page, 'taiyuan-2014-003')).toHaveAttribute('aria-current', 'true');
});

test('a target that is not in the plan is reported, not silently dropped', async ({ page }) => {
  await page.goto('/?view=city&lang=en&doc=taiyuan-2014&target=hangzhou-2013-002');
  await expect(page.getByRole('status').filter({ hasText: 'hangzhou-2013-002' })).toHaveText(
    'Target hangzhou-2013-002 is not in this plan.',
  );
  await expect(page.locator('header.plan-headline h2')).toHaveText(
    '太原市贯彻实施质量发展纲要2014年行动计划',
  );
});

test('the reader copies the selected sentence with the plan’s title and 文号', async ({ page, facts }) => {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  const [row] = await facts.query(`SELECT t.target_id, t.doc_id, t.quote, d.title, d.doc_number FROM targets t
    JOIN documents d USING (doc_id) WHERE d.doc_number IS NOT NULL AND t.comparator <> 'qualitative'
    ORDER BY t.target_id LIMIT 1`);
  await page.goto(`/?view=city&lang=zh&doc=${String(row?.doc_id)}&target=${String(row?.target_id)}`);
  const button = page.getByRole('button', { name: '复制原文及出处' });
  await button.click();
  await expect(page.getByRole('button', { name: '已复制' })).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toContain(`“${String(row?.quote)}”`);
  expect(copied).toContain(`《${String(row?.title)}》`);
  expect(copied).toContain(String(row?.doc_number));
});

test('where the page may not use the clipboard, the quote with its citation is shown selected to copy by hand', async ({
  page,
  facts,
}) => {
  // A page served over plain http (an intranet server) has no navigator.clipboard.
  await page.addInitScript(() => Object.defineProperty(navigator, 'clipboard', { value: undefined }));
  const [row] = await facts.query(`SELECT t.target_id, t.doc_id, t.quote, d.title FROM targets t
    JOIN documents d USING (doc_id) WHERE t.comparator <> 'qualitative' ORDER BY t.target_id LIMIT 1`);
  await page.goto(`/?view=city&lang=en&doc=${String(row?.doc_id)}&target=${String(row?.target_id)}`);
  await page.getByRole('button', { name: 'Copy the quote with its citation' }).click();
  const field = page.getByRole('textbox', { name: /press Ctrl\+C/ });
  await expect(field).toBeFocused();
  await expect(field).toHaveValue(
    new RegExp(`“${String(row?.quote).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}”`),
  );
  await expect(field).toHaveValue(
    new RegExp(`《${String(row?.title).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}》`),
  );
  expect(await field.evaluate((el: HTMLTextAreaElement) => el.selectionEnd - el.selectionStart)).toBe(
    await field.evaluate((el: HTMLTextAreaElement) => el.value.length),
  );
});
