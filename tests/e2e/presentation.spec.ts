import { expect, test } from './fixtures.ts';

test('presentation mode hides the navigation and filters, moves card by card, and Esc returns', async ({
  page,
}) => {
  await page.goto('/?view=overview&lang=en');
  const nav = page.getByRole('navigation', { name: 'Views' });
  await expect(nav).toBeVisible();
  await page.getByRole('link', { name: 'Present' }).click();
  await expect(page).toHaveURL(/[?&]present=1/);
  await expect(nav).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Clear filters' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Download SVG' }).first()).toBeHidden();

  const cards = page.locator('main [data-slide]');
  const total = await cards.count();
  expect(total).toBeGreaterThan(1);
  const counter = page.getByText(new RegExp(`^\\d+ / ${total}$`));
  await page.keyboard.press('PageDown');
  await expect(counter).toHaveText(`1 / ${total}`);
  await page.keyboard.press('ArrowRight');
  await expect(counter).toHaveText(`2 / ${total}`);
  await expect(cards.nth(1)).toBeInViewport({ ratio: 0.5 });
  // Type is larger for the projector.
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe('20px');

  await page.keyboard.press('Escape');
  await expect(page).not.toHaveURL(/present=/);
  await expect(nav).toBeVisible();
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe('16px');

  // Back returns to the presentation, as it is part of the URL.
  await page.goBack();
  await expect(page).toHaveURL(/[?&]present=1/);
  await expect(nav).toHaveCount(0);
});

test('presentation mode opens from a link and works in every view', async ({ page }) => {
  await page.goto('/?view=methodology&lang=zh&present=1');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('方法说明');
  await expect(page.getByRole('navigation')).toHaveCount(0);
  await page.getByRole('link', { name: '退出演示（Esc）' }).click();
  await expect(page).not.toHaveURL(/present=/);
  await expect(page.getByRole('navigation', { name: '视图' })).toBeVisible();
});
