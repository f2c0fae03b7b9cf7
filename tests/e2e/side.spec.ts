import { expect, test } from './fixtures.ts';

test('Compare opens the plans that set an indicator side by side, aligned by domain, the indicator’s sentences highlighted', async ({
  page,
  facts,
}) => {
  await page.goto('/?view=compare&lang=en');
  const section = page.locator('section.indicator').first();
  const indicatorId = await section.getAttribute('data-indicator');
  await section.getByRole('link', { name: 'Read side by side' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Plans side by side' })).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`indicator=${indicatorId}`));

  const quotes =
    await facts.query(`SELECT t.doc_id, t.quote, d.city_id FROM targets t JOIN documents d USING (doc_id)
    WHERE t.indicator_id = '${indicatorId}' ORDER BY d.city_id, t.quote_start`);
  const docs = [...new Set(quotes.map((q) => String(q.doc_id)))].slice(0, 3);
  const columns = page.locator('table.side thead th');
  await expect(columns).toHaveCount(docs.length);
  // Every sentence of the indicator in the plans shown is highlighted, and no other.
  const chosen = page.locator('li[data-chosen="true"]');
  const expected = quotes.filter((q) => docs.includes(String(q.doc_id)));
  await expect(chosen).toHaveCount(expected.length);
  for (const quote of expected)
    await expect(chosen.filter({ hasText: String(quote.quote) }).first()).toBeVisible();
  await expect(
    page.getByRole('status').filter({ hasText: `${expected.length} sentences of the indicator` }),
  ).toBeVisible();
  // Rows are domains: each domain heading spans every column.
  await expect(page.getByRole('columnheader', { name: 'Products' })).toHaveAttribute(
    'colspan',
    String(docs.length),
  );

  // A sentence opens its plan in the source reader, at the sentence.
  const first = chosen.first().getByRole('link');
  await first.click();
  await expect(page).toHaveURL(/[?&]target=/);
  await expect(page.getByRole('heading', { level: 1, name: 'City profile' })).toBeVisible();
});

test('the plans and the indicator are chosen in the page, in Chinese', async ({ page, facts }) => {
  const plans = await facts.query(
    'SELECT doc_id FROM documents ORDER BY city_id, issue_date NULLS LAST, doc_id',
  );
  const [a, b] = plans.map((p) => String(p.doc_id));
  await page.goto(`/?view=city&lang=zh&side=${a},${b}`);
  await expect(page.getByRole('heading', { level: 1, name: '规划并排阅读' })).toBeVisible();
  await expect(page.locator('table.side thead th')).toHaveCount(2);
  await expect(page.locator('li[data-chosen="true"]')).toHaveCount(0);
  await page.getByRole('button', { name: '添加规划' }).click();
  await expect(page.locator('table.side thead th')).toHaveCount(3);
  const picker = page.getByLabel('突出显示的指标');
  const option = await picker.locator('option').nth(1).getAttribute('value');
  await picker.selectOption(option ?? '');
  await expect(page).toHaveURL(new RegExp(`indicator=${option}`));
  await expect(page.locator('li[data-chosen="true"]').first()).toBeVisible();
});
