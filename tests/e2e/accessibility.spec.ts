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
