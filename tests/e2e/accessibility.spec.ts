import AxeBuilder from '@axe-core/playwright';
import { VIEW_IDS } from '../../src/lib/state/url.ts';
import { expect, test } from './fixtures.ts';

/** Every view, and the pages within views a person reaches by a link: the brief, side by side, presenting. */
const PAGES = [
  ...VIEW_IDS.map((view) => `view=${view}`),
  'view=city&print=1',
  'view=city&side=&indicator=brand_products',
  'view=overview&present=1',
];

for (const lang of ['zh', 'en'] as const) {
  for (const query of PAGES) {
    test(`no serious or critical WCAG 2.1 A/AA violation: ?${query}&lang=${lang}`, async ({ page }) => {
      await page.goto(`/?${query}&lang=${lang}`);
      await expect(page.locator('main, [data-slide-frame], [role="region"]').first()).toBeVisible();
      // Wait for the view to settle: no skeleton, nothing marked busy.
      await expect(page.locator('[aria-busy="true"], .skeleton')).toHaveCount(0, { timeout: 30_000 });
      const results = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
        .analyze();
      const serious = results.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map(
          (v) =>
            `${v.id} (${v.nodes.length}): ${v.nodes
              .slice(0, 3)
              .map((n) => n.target.join(' '))
              .join(' | ')}`,
        );
      expect(serious).toEqual([]);
    });
  }
}

test('every chart offers its data as a table and describes itself to screen readers; its controls work by keyboard with a visible focus', async ({
  page,
  facts,
}) => {
  await page.goto('/?view=overview&lang=en');
  const timeline = page.getByRole('figure', { name: 'Plans from issue to horizon' });
  await expect(timeline).toHaveAccessibleDescription(/.+/);
  const toggle = timeline.getByRole('button', { name: 'Show as table' });
  await toggle.focus();
  // The focus ring is drawn (an outline wider than zero), so a keyboard user sees where they are.
  expect(await toggle.evaluate((button) => getComputedStyle(button).outlineWidth)).not.toBe('0px');
  await page.keyboard.press('Enter');
  await expect(timeline.getByRole('button', { name: 'Hide the table' })).toHaveAttribute(
    'aria-expanded',
    'true',
  );
  const table = timeline.getByRole('table', { name: 'Plans from issue to horizon' });
  await expect(table.locator('tbody tr')).toHaveCount(facts.plans.length);
  const titles = await facts.query('SELECT title FROM documents');
  for (const row of titles) await expect(table.getByText(String(row.title))).toBeVisible();

  // Add to deck by keyboard alone.
  const add = page
    .getByRole('figure', { name: 'Targets by city and domain' })
    .getByRole('button', { name: 'Add to deck' });
  await add.focus();
  await page.keyboard.press('Space');
  await expect(page.getByRole('button', { name: 'Deck (1)' })).toBeVisible();
  await page.getByRole('button', { name: 'Deck (1)' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog', { name: 'Your deck' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog', { name: 'Your deck' })).toHaveCount(0);
});
