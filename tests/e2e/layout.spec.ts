/**
 * What a person sees on a laptop (1280 × 720), a large screen (1440 × 900) and a phone (390 × 844): the first
 * screen, the filter bar collapsing to one line, the filters each view follows, the navigation on one row,
 * the phone's menu and filter button, no sideways scrolling, and where keyboard focus goes.
 */

import type { Page } from '@playwright/test';
import { VIEW_IDS } from '../../src/lib/state/url.ts';
import { expect, test } from './fixtures.ts';

const LAPTOP = { width: 1280, height: 720 };

type FilterGroup = 'cities' | 'domains' | 'years';

/** The filters a person should see on each view: none where they do not apply (the SQL console, Methodology,
 * adding plans); Compare has its domain tabs. */
function expectedFilters(view: string): FilterGroup[] {
  if (view === 'sql' || view === 'methodology' || view === 'plans') return [];
  if (view === 'compare') return ['cities', 'years'];
  return ['cities', 'domains', 'years'];
}
const PHONE = { width: 390, height: 844 };

/** The collapsed filter line (fixed at the top once the page's filter bar has scrolled away). */
function filterLine(page: Page) {
  return page.locator('[data-covers-top]');
}

/** The page's own filter bar, at the top of the page. */
function filterBar(page: Page) {
  return page.locator('#filter-row');
}

test.describe('a laptop, 1280 × 720', () => {
  test.use({ viewport: LAPTOP });

  test('the first screen says where to start, with three questions that open their views, and shows a chart', async ({
    page,
  }) => {
    await page.goto('/?lang=en');
    const start = page.getByRole('navigation', { name: 'Start with a question' });
    await expect(start.getByRole('link')).toHaveText([
      'How do cities’ targets for one indicator compare?',
      'Which targets were met, missed or not reported on?',
      'Where would a proposed target stand among peers?',
    ]);
    // The matrix's first city row is on the first screen.
    const firstRow = page
      .getByRole('region', { name: 'Targets by city and domain' })
      .locator('tbody tr')
      .first();
    await expect(firstRow).toBeVisible();
    const box = await firstRow.boundingBox();
    expect(box!.y + 40).toBeLessThan(LAPTOP.height);

    await start.getByRole('link', { name: 'Which targets were met, missed or not reported on?' }).click();
    await expect(page).toHaveURL(/[?&]view=attainment(&|$)/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Attainment overview');
  });

  test('the filter bar collapses to one opaque line once the page scrolls, and opens from it', async ({
    page,
  }) => {
    await page.goto('/?lang=en&domain=environment');
    await expect(filterBar(page).getByRole('button', { name: 'Environment' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await expect(filterLine(page)).toBeHidden();
    await page.mouse.wheel(0, 900);
    const line = filterLine(page);
    await expect(line).toBeVisible();
    await expect.poll(async () => (await line.boundingBox())?.y).toBe(0);
    expect((await line.boundingBox())!.height).toBeLessThan(60);
    const summary = line.locator('[data-filter-summary]');
    await expect(summary).toContainText('All cities');
    await expect(summary).toContainText('Environment');
    await expect(summary).toContainText('Any target year');
    // Opaque: nothing under it shows through.
    const background = await line.evaluate((element) => getComputedStyle(element).backgroundColor);
    expect(background).toMatch(/^rgb\(\d+, \d+, \d+\)$/);

    await line.getByRole('button', { name: 'Change filters' }).click();
    const panel = page.locator('#filter-panel');
    await panel.getByRole('button', { name: 'Hangzhou' }).click();
    await expect(page).toHaveURL(/[?&]city=hangzhou(&|$)/);
    await expect(line.locator('[data-filter-summary]')).toContainText('Hangzhou');
    await line.getByRole('button', { name: 'Done' }).click();
    await expect(panel).toHaveCount(0);
  });

  test('each view shows only the filters it follows', async ({ page }) => {
    for (const view of VIEW_IDS) {
      await page.goto(`/?view=${view}&lang=en`);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      const bar = filterBar(page);
      const filters = expectedFilters(view);
      if (filters.length === 0) {
        await expect(bar).toHaveCount(0);
        continue;
      }
      const groups = { cities: 'Cities', domains: 'Domains', years: 'Target years' } as const;
      for (const [key, label] of Object.entries(groups)) {
        const group = bar.getByRole('group', { name: label });
        if (filters.includes(key as FilterGroup)) await expect(group).toBeVisible();
        else await expect(group).toHaveCount(0);
      }
    }
  });

  test('the City profile’s reader: heading in view under the bar, the selected sentence focused', async ({
    page,
    facts,
  }) => {
    const [row] = await facts.query(`SELECT target_id, doc_id, quote FROM targets
      WHERE comparator <> 'qualitative' ORDER BY quote_start DESC, target_id LIMIT 1`);
    await page.goto(`/?view=city&lang=en&doc=${String(row?.doc_id)}&target=${String(row?.target_id)}`);
    const selected = page.locator(`a.mark.selected[data-targets~="${String(row?.target_id)}"]`);
    await expect(selected).toBeFocused();
    const heading = page.getByRole('heading', { name: 'The document' });
    const line = filterLine(page);
    const lineBottom = (await line.isVisible())
      ? (await line.boundingBox())!.y + (await line.boundingBox())!.height
      : 0;
    const headingBox = await heading.boundingBox();
    expect(headingBox!.y).toBeGreaterThanOrEqual(lineBottom);
    expect(headingBox!.y + headingBox!.height).toBeLessThan(LAPTOP.height);
    const markBox = await selected.boundingBox();
    expect(markBox!.y).toBeGreaterThan(lineBottom);
    expect(markBox!.y + markBox!.height).toBeLessThanOrEqual(LAPTOP.height);
    // The reader's scroll box ends inside the window.
    const scroller = await page.locator('.scroller').boundingBox();
    // Whole pixels: layout places boxes at fractions of a pixel (a bottom at 720.03 is drawn in the window).
    expect(Math.floor(scroller!.y + scroller!.height)).toBeLessThanOrEqual(LAPTOP.height);
  });

  test('choosing a view moves focus to its heading; the next Tab is in the view', async ({ page }) => {
    await page.goto('/?lang=en');
    const nav = page.getByRole('navigation', { name: 'Views' });
    await nav.getByRole('link', { name: 'Compare' }).focus();
    await page.keyboard.press('Enter');
    const heading = page.getByRole('heading', { level: 1 });
    await expect(heading).toHaveText('Compare by domain');
    await expect(heading).toBeFocused();
    await page.keyboard.press('Tab');
    const inMain = await page.evaluate(() => document.activeElement?.closest('main') !== null);
    expect(inMain).toBe(true);
  });

  test('opening a target from a list moves focus to its sentence in the reader', async ({ page, facts }) => {
    const [row] = await facts.query(`SELECT target_id, doc_id FROM targets
      WHERE comparator <> 'qualitative' ORDER BY doc_id, quote_start LIMIT 1 OFFSET 5`);
    await page.goto(`/?view=city&lang=en&doc=${String(row?.doc_id)}`);
    const list = page.getByRole('region', { name: 'Targets by domain and section' });
    await list
      .locator(`tr[data-target="${String(row?.target_id)}"] a`)
      .first()
      .click();
    await expect(page.locator(`a.mark.selected[data-targets~="${String(row?.target_id)}"]`)).toBeFocused();
  });
});

test.describe('a large screen, 1440 × 900', () => {
  test.use({ viewport: { width: 1440, height: 900 } });

  for (const lang of ['en', 'zh'] as const) {
    test(`the navigation is one row (${lang})`, async ({ page }) => {
      await page.goto(`/?lang=${lang}`);
      const links = page
        .getByRole('navigation', { name: lang === 'en' ? 'Views' : '视图' })
        .getByRole('link');
      await expect(links).toHaveCount(VIEW_IDS.length);
      const tops = new Set(
        await links.evaluateAll((elements) => elements.map((e) => Math.round(e.getBoundingClientRect().top))),
      );
      expect(tops.size).toBe(1);
    });
  }
});

test.describe('a phone, 390 × 844', () => {
  test.use({ viewport: PHONE });

  for (const lang of ['en', 'zh'] as const) {
    test(`no view scrolls sideways, and no button wraps a word a line (${lang})`, async ({ page }) => {
      for (const view of VIEW_IDS) {
        await page.goto(`/?view=${view}&lang=${lang}`);
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        await page.waitForLoadState('networkidle');
        const width = await page.evaluate(() => document.documentElement.scrollWidth);
        expect(width, view).toBeLessThanOrEqual(PHONE.width);
        const wrapped = await page.evaluate(() =>
          [...document.querySelectorAll<HTMLElement>('button, label.button')]
            .filter((button) => {
              const box = button.getBoundingClientRect();
              const line = parseFloat(getComputedStyle(button).lineHeight) || 20;
              return box.width > 0 && box.height > line * 2.6;
            })
            .map((button) => button.textContent?.trim()),
        );
        expect(wrapped, view).toEqual([]);
      }
    });
  }

  test('the navigation and the filters wait behind a menu and a filter button', async ({ page }) => {
    await page.goto('/?lang=en');
    const nav = page.getByRole('navigation', { name: 'Views' });
    await expect(nav.getByRole('link', { name: 'Planner' })).toBeHidden();
    await expect(filterBar(page)).toBeHidden();
    await expect(page.getByRole('heading', { level: 1 })).toBeInViewport();

    await page.getByRole('button', { name: 'Filters', exact: true }).click();
    await filterBar(page).getByRole('button', { name: 'Products' }).click();
    await expect(page).toHaveURL(/[?&]domain=product(&|$)/);
    await expect(page.getByRole('button', { name: 'Filters (1)' })).toBeVisible();

    await page.getByRole('button', { name: 'Menu' }).click();
    await expect(filterBar(page)).toBeHidden();
    await nav.getByRole('link', { name: 'Planner' }).click();
    await expect(page).toHaveURL(/[?&]view=planner(&|$)/);
    await expect(nav.getByRole('link', { name: 'Planner' })).toBeHidden();
    await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  });

  test('the Overview shows one card per city', async ({ page, facts }) => {
    await page.goto('/?lang=zh');
    const matrix = page.getByRole('region', { name: '各城市分领域目标数量' });
    const rows = matrix.locator('tbody tr');
    await expect(rows).toHaveCount(facts.cities.length);
    for (const row of await rows.all()) {
      const lefts = new Set(
        await row
          .locator('a.cell')
          .evaluateAll((cells) => cells.map((c) => Math.round(c.getBoundingClientRect().left))),
      );
      expect(lefts.size).toBe(1);
      const box = await row.boundingBox();
      expect(box!.x + box!.width).toBeLessThanOrEqual(PHONE.width);
    }
    await expect(rows.first().locator('a.cell').first()).toContainText('产品质量');
  });
});
