import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

/** The page neither scrolls nor hides part of the slide: the slide is inside the window. */
async function expectSlideFits(page: Page): Promise<void> {
  const fits = await page.evaluate(() => {
    const slide = document.querySelector('[data-slide-frame]')?.getBoundingClientRect();
    return {
      scrolls: document.documentElement.scrollHeight > window.innerHeight,
      inside:
        slide !== undefined &&
        slide.top >= -1 &&
        slide.left >= -1 &&
        slide.bottom <= window.innerHeight + 1 &&
        slide.right <= window.innerWidth + 1,
      ratio: slide === undefined ? 0 : slide.width / slide.height,
    };
  });
  expect(fits.scrolls).toBe(false);
  expect(fits.inside).toBe(true);
  expect(fits.ratio).toBeCloseTo(16 / 9, 1);
}

test('with an empty deck, Present shows the view’s charts as 16:9 slides; keys move, Esc returns', async ({
  page,
  facts,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('/?view=overview&lang=en');
  const nav = page.getByRole('navigation', { name: 'Views' });
  await expect(nav).toBeVisible();
  await page.getByRole('link', { name: 'Present' }).click();
  await expect(page).toHaveURL(/[?&]present=1/);
  await expect(nav).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Clear filters' })).toHaveCount(0);

  const slide = page.locator('[data-slide-frame]');
  await expect(slide.getByRole('heading', { level: 2 })).toHaveText('Targets by city and domain');
  await expect(slide.locator('.number')).toHaveText('1 / 3');
  // The first slide is the whole matrix: every city's row is on the slide.
  for (const city of facts.cities)
    await expect(slide.getByText(city.nameEn, { exact: false }).first()).toBeVisible();
  await expect(slide.locator('[data-finding]')).toContainText('sets the most quantitative targets');
  await expect(slide.locator('[data-source]')).toContainText('Dataset of ');
  // No desk hints and no buttons on a slide.
  await expect(slide.getByRole('button')).toHaveCount(0);
  await expect(slide.getByText(/hover|select a/i)).toHaveCount(0);
  await expectSlideFits(page);

  await page.keyboard.press('PageDown');
  await expect(slide.locator('.number')).toHaveText('2 / 3');
  await expect(slide.getByRole('heading', { level: 2 })).toHaveText('Plans from issue to horizon');
  await expectSlideFits(page);
  await page.mouse.wheel(0, 2000);
  await expect(slide.locator('.number')).toHaveText('2 / 3');
  await page.keyboard.press('ArrowRight');
  await expect(slide.getByRole('heading', { level: 2 })).toHaveText('How specific is each plan?');
  await expectSlideFits(page);
  await page.keyboard.press('PageUp');
  await expect(slide.locator('.number')).toHaveText('2 / 3');

  await page.keyboard.press('Escape');
  await expect(page).not.toHaveURL(/present=/);
  await expect(nav).toBeVisible();

  // Back returns to the presentation, as it is part of the URL.
  await page.goBack();
  await expect(page).toHaveURL(/[?&]present=1/);
  await expect(nav).toHaveCount(0);
});

test('presentation mode opens from a link in Chinese; a view without charts says so', async ({ page }) => {
  await page.goto('/?view=methodology&lang=zh&present=1');
  await expect(page.getByText('本视图没有可演示的图表。请从其他视图将图表加入演示稿。')).toBeVisible();
  await page.getByRole('link', { name: '退出演示（Esc）' }).click();
  await expect(page).not.toHaveURL(/present=/);
  await expect(page.getByRole('navigation', { name: '视图' })).toBeVisible();
});
