import type { Page } from '@playwright/test';
import { expect, test, type Facts } from './fixtures.ts';

const DOMAINS = ['product', 'engineering', 'service', 'environment', 'foundation'];

/** The card holding the indicators' charts. */
function indicators(page: Page) {
  return page.locator('section[aria-labelledby="compare-indicators"]');
}

function visibleTooltip(page: Page) {
  return page.locator('[role="tooltip"]:visible');
}

interface TargetFact {
  targetId: string;
  cityId: string;
  indicatorId: string | null;
}

async function quantitativeTargets(facts: Facts, domain: string, where = 'true'): Promise<TargetFact[]> {
  const rows = await facts.query(`SELECT target_id, city_id, indicator_id FROM targets
    WHERE domain = '${domain}' AND comparator <> 'qualitative' AND ${where} ORDER BY target_id`);
  return rows.map((r) => ({
    targetId: String(r.target_id),
    cityId: String(r.city_id),
    indicatorId: r.indicator_id === null ? null : String(r.indicator_id),
  }));
}

/** Checks that the page shows exactly these targets: mapped ones as marks, the others as cards. */
async function expectTargetsShown(page: Page, targets: TargetFact[]) {
  const mapped = targets.filter((t) => t.indicatorId !== null);
  const unmapped = targets.filter((t) => t.indicatorId === null);
  const marks = indicators(page).locator('a.mark');
  await expect(marks).toHaveCount(mapped.length);
  const shown = await marks.evaluateAll((els) => els.map((el) => el.getAttribute('data-target')));
  expect(shown.sort()).toEqual(mapped.map((t) => t.targetId).sort());
  await expect(page.locator('section[aria-labelledby="compare-unmapped"] li[data-target]')).toHaveCount(
    unmapped.length,
  );
}

test("Hangzhou's product spot-check target is 90% 以上, and selecting it opens its sentence", async ({
  page,
  facts,
}) => {
  const [fact] = await facts.query("SELECT doc_id, quote FROM targets WHERE target_id = 'hangzhou-2013-002'");
  await page.goto('/?view=compare&lang=zh&domain=product');
  const section = page.locator('[data-indicator="product_spot_check_pass_rate"]');
  await expect(section.getByRole('heading', { level: 3 })).toHaveText('产品质量监督抽查合格率');
  const row = section.locator('g.row[data-target="hangzhou-2013-002"]');
  await expect(row).toContainText('杭州市 · 2015');
  await expect(row).toContainText('≥ 90%');

  const mark = section.locator('a.mark[data-target="hangzhou-2013-002"]');
  await mark.hover();
  const tooltip = visibleTooltip(page);
  await expect(tooltip).toContainText('杭州市');
  await expect(tooltip).toContainText('不低于（以上）');
  await expect(tooltip).toContainText('≥ 90%');
  await expect(tooltip).toContainText(/目标年份\s*2015/);
  await expect(tooltip).toContainText(String(fact?.quote));
  expect(String(fact?.quote)).toContain('90%以上');

  await mark.click();
  await expect(page).toHaveURL(
    new RegExp(`\\?view=city&lang=zh&domain=product&doc=${String(fact?.doc_id)}&target=hangzhou-2013-002$`),
  );
});

test('each domain shows every quantitative target: on its indicator axis, or as a card', async ({
  page,
  facts,
}) => {
  await page.goto('/?view=compare&lang=en');
  // Without a domain filter the first domain is shown.
  await expect(
    page.getByRole('navigation', { name: 'Domain' }).getByRole('link', { name: 'Products' }),
  ).toHaveAttribute('aria-current', 'page');
  for (const domain of DOMAINS) {
    await page.getByRole('navigation', { name: 'Domain' }).locator(`a[data-domain="${domain}"]`).click();
    await expect(page).toHaveURL(new RegExp(`[?&]domain=${domain}(&|$)`));
    await expectTargetsShown(page, await quantitativeTargets(facts, domain));
  }
});

test('indicators set by more cities come first', async ({ page, facts }) => {
  const expected = (
    await facts.query(`SELECT indicator_id, count(DISTINCT city_id) AS cities, count(*) AS n FROM targets
      WHERE domain = 'product' AND comparator <> 'qualitative' AND indicator_id IS NOT NULL
      GROUP BY indicator_id ORDER BY cities DESC, n DESC, indicator_id`)
  ).map((r) => String(r.indicator_id));
  await page.goto('/?view=compare&lang=en&domain=product');
  const sections = indicators(page).locator('section[data-indicator]');
  await expect(sections).toHaveCount(expected.length);
  expect(await sections.evaluateAll((els) => els.map((el) => el.getAttribute('data-indicator')))).toEqual(
    expected,
  );
  await expect(sections.first().getByRole('heading', { level: 3 })).toHaveText(
    'Provincial-or-higher brand-name products',
  );
});

test('additions and changes are never drawn on the axis of levels', async ({ page, facts }) => {
  const rows = await facts.query(`SELECT target_id, comparator, is_new_count FROM targets
    WHERE indicator_id = 'brand_products' ORDER BY target_id`);
  await page.goto('/?view=compare&lang=en&domain=product');
  const section = page.locator('[data-indicator="brand_products"]');
  for (const row of rows) {
    const kind = ['increase_by', 'decrease_by'].includes(String(row.comparator))
      ? 'change'
      : row.is_new_count
        ? 'addition'
        : 'level';
    await expect(
      section.locator(`[data-facet^="${kind}|"] a.mark[data-target="${String(row.target_id)}"]`),
    ).toHaveCount(1);
  }
  // Taiyuan's 每年名牌数增长率为10% is a change in %, on its own, labelled axis.
  await expect(section.locator('[data-facet="change|%"]')).toContainText(
    'Changes (提高/降低 by), not levels',
  );
  await expect(section.locator('[data-facet="change|%"]')).toContainText('Taiyuan · 2014');
});

test('national targets are drawn beside the cities, with their source', async ({ page, facts }) => {
  const references = await facts.query(`SELECT reference_id, value, year, quote FROM "references"
    WHERE indicator_id = 'product_spot_check_pass_rate' AND kind = 'target' AND value IS NOT NULL ORDER BY year`);
  expect(references.map((r) => [Number(r.year), Number(r.value)])).toEqual([
    [2015, 90],
    [2020, 92],
  ]);
  await page.goto('/?view=compare&lang=en&domain=product');
  const section = page.locator('[data-indicator="product_spot_check_pass_rate"]');
  for (const reference of references) {
    const row = section.locator(`g.row[data-reference="${String(reference.reference_id)}"]`);
    await expect(row).toContainText(`National target · ${String(reference.year)}`);
    await expect(row).toContainText(`≥ ${String(reference.value)}%`);
  }
  const first = section.locator(`g.mark[data-reference="${String(references[0]?.reference_id)}"]`);
  await first.focus();
  await expect(visibleTooltip(page)).toContainText(String(references[0]?.quote));
});

test('keyboard focus on a mark shows its tooltip; Tab moves on and Enter opens the sentence', async ({
  page,
  facts,
}) => {
  const [fact] = await facts.query(
    "SELECT quote, doc_id FROM targets WHERE target_id = 'shijiazhuang-2011-004'",
  );
  await page.goto('/?view=compare&lang=en&domain=product');
  const mark = page.locator('a.mark[data-target="shijiazhuang-2011-004"]');
  await mark.focus();
  await expect(visibleTooltip(page)).toContainText(String(fact?.quote));
  await expect(visibleTooltip(page)).toContainText('at least (以上)');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/[?&]view=city&.*doc=shijiazhuang-2011&target=shijiazhuang-2011-004$/);
});

test('the city and year filters change the chart and the URL; back restores it', async ({ page, facts }) => {
  await page.goto('/?view=compare&lang=en&domain=environment');
  await expectTargetsShown(page, await quantitativeTargets(facts, 'environment'));

  await page.getByRole('group', { name: 'Cities' }).getByRole('button', { name: 'Shanwei' }).click();
  await expect(page).toHaveURL(/[?&]city=shanwei(&|$)/);
  await expectTargetsShown(page, await quantitativeTargets(facts, 'environment', "city_id = 'shanwei'"));

  await page.goBack();
  await expect(page).not.toHaveURL(/city=/);
  await page.getByLabel('From', { exact: true }).selectOption('2015');
  await page.getByLabel('To', { exact: true }).selectOption('2015');
  await expect(page).toHaveURL(/from=2015&to=2015/);
  await expectTargetsShown(
    page,
    await quantitativeTargets(facts, 'environment', 'target_year BETWEEN 2015 AND 2015'),
  );
});

test('targets without a canonical indicator are cards with their quote and a source link', async ({
  page,
  facts,
}) => {
  const [fact] = await facts.query(`SELECT target_id, doc_id, quote FROM targets
    WHERE domain = 'foundation' AND comparator <> 'qualitative' AND indicator_id IS NULL ORDER BY target_id LIMIT 1`);
  await page.goto('/?view=compare&lang=en&domain=foundation');
  const card = page.locator(
    `section[aria-labelledby="compare-unmapped"] li[data-target="${String(fact?.target_id)}"]`,
  );
  await expect(card).toContainText(String(fact?.quote));
  await expect(card.getByRole('link', { name: 'Open the sentence in its plan' })).toHaveAttribute(
    'href',
    `?view=city&lang=en&domain=foundation&doc=${String(fact?.doc_id)}&target=${String(fact?.target_id)}`,
  );
});

test('an indicator title leads to its detail page', async ({ page }) => {
  await page.goto('/?view=compare&lang=en&domain=environment');
  const title = page.locator('[data-indicator="drinking_water_source_compliance"]').getByRole('heading', {
    level: 3,
  });
  await title.getByRole('link').click();
  await expect(page).toHaveURL(
    /\?view=indicator&lang=en&domain=environment&indicator=drinking_water_source_compliance$/,
  );
});

test('the language switch changes the labels', async ({ page }) => {
  await page.goto('/?view=compare&lang=en&domain=product');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Compare by domain');
  await expect(page.locator('g.row[data-target="hangzhou-2013-002"]')).toContainText('Hangzhou · 2015');
  await page.getByRole('button', { name: '中文' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('分领域比较');
  await expect(
    page.getByRole('navigation', { name: '领域' }).getByRole('link', { name: '产品质量' }),
  ).toBeVisible();
  await expect(page.locator('g.row[data-target="hangzhou-2013-002"]')).toContainText('杭州市 · 2015');
  await expect(page).toHaveURL(/[?&]lang=zh(&|$)/);
});

test('a mark focused from under the sticky filter bar is scrolled out from under it', async ({ page }) => {
  await page.goto('/?view=compare&lang=en');
  const bar = page.locator('[data-covers-top]');
  const marks = page.locator('a.mark');
  await expect(marks.first()).toBeVisible();
  const barHeight = (await bar.boundingBox())?.height ?? 0;
  expect(barHeight).toBeGreaterThan(0);
  // A mark far enough down the page to be scrolled up to just below the window's top, under the bar.
  const covered = await marks.evaluateAll((elements, height) => {
    const mark = elements.find((e) => e.getBoundingClientRect().top > 1200) as HTMLElement;
    window.scrollBy(0, mark.getBoundingClientRect().top - height / 3);
    return mark.dataset['target'];
  }, barHeight);
  const mark = page.locator(`a.mark[data-target="${covered}"]`);
  expect((await mark.boundingBox())?.y ?? 0).toBeLessThan(barHeight);
  await mark.focus();
  await expect(page.getByRole('tooltip')).toBeVisible();
  expect((await mark.boundingBox())?.y ?? 0).toBeGreaterThanOrEqual(barHeight);
  const tip = await page.getByRole('tooltip').boundingBox();
  expect(tip?.y ?? 0).toBeGreaterThanOrEqual(barHeight);
});

test('an index lists the domain’s indicators and jumps to each; a broader wording is flagged', async ({
  page,
  facts,
}) => {
  const indicators = await facts.query(`SELECT DISTINCT indicator_id FROM targets
    WHERE domain = 'product' AND indicator_id IS NOT NULL AND value IS NOT NULL`);
  await page.goto('/?view=compare&lang=en&domain=product');
  const index = page.getByRole('navigation', { name: 'Indicators on this page' });
  await expect(index.getByRole('link')).toHaveCount(indicators.length);
  const last = index.getByRole('link').last();
  const id = String(await last.getAttribute('href')).replace('#indicator-section-', '');
  await last.click();
  const section = page.locator(`#indicator-section-${id}`);
  await expect(section).toBeFocused();
  await expect(section).toBeInViewport();
  // Shijiazhuang 2011: 省级以上名牌产品或区域品牌产品 counts regional brands too.
  const brands = page.locator('section[data-indicator="brand_products"]');
  await brands.scrollIntoViewIfNeeded();
  await expect(brands.locator('[data-broader]')).toContainText('省级以上名牌产品或区域品牌产品');
  await expect(brands.locator('g.row').filter({ hasText: '†' })).not.toHaveCount(0);
});

test('in Chinese the indicators carry no English subtitle', async ({ page }) => {
  await page.goto('/?view=compare&lang=zh&domain=product');
  const meta = page.locator('section[data-indicator] .meta').first();
  await expect(meta).toBeVisible();
  expect(await meta.textContent()).not.toMatch(/[A-Za-z]{3,}/);
});
