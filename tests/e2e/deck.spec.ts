import { readFile } from 'node:fs/promises';
import { strFromU8, unzipSync } from 'fflate';
import { expect, test } from './fixtures.ts';

test('a deck is built from several views, titled, reordered, restored from its URL and stepped through at 1280 × 720', async ({
  page,
  facts,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('/?view=overview&lang=en&domain=environment');
  const matrix = page.getByRole('figure', { name: 'Targets by city and domain' });
  await matrix.getByRole('button', { name: 'Add to deck' }).click();
  await expect(matrix.getByRole('button', { name: 'In deck ✓' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('button', { name: 'Deck (1)' })).toBeVisible();
  await expect(page).toHaveURL(/[?&]deck=/);

  await page.goto(page.url().replace('view=overview', 'view=attainment'));
  const status = page.getByRole('figure', { name: /Status of every quantitative target/ });
  await status.getByRole('button', { name: 'Add to deck' }).click();
  await expect(page.getByRole('button', { name: 'Deck (2)' })).toBeVisible();

  await page.getByRole('button', { name: 'Deck (2)' }).click();
  const panel = page.getByRole('dialog', { name: 'Your deck' });
  await expect(panel.locator('[data-deck-slide]')).toHaveCount(2);
  // Each slide proposes a finding worked out from its data.
  const cells = await facts.cells({ domains: ['environment'] });
  const top = [...cells].sort(
    (a, b) => b.quantitative - a.quantitative || a.cityId.localeCompare(b.cityId),
  )[0];
  const topName = facts.cities.find((c) => c.cityId === top?.cityId)?.nameEn ?? '';
  await expect(panel.locator('[data-proposed-finding]').first()).toHaveText(
    new RegExp(
      `^${topName} sets the most quantitative targets in any one domain: ${top?.quantitative} in environment`,
    ),
  );
  await panel.getByLabel('Title').first().fill('Where the environment targets are');
  await panel.getByLabel('Finding').nth(1).fill('Few environment targets can be judged yet.');
  await panel.getByRole('button', { name: 'Move slide 2 up' }).click();
  await expect(panel.locator('[data-deck-slide="1"]')).toContainText('Attainment by city and domain');
  await panel.getByRole('button', { name: 'Close' }).click();

  // The deck lives in the URL: a new page restores it, titles and findings included.
  const link = page.url();
  expect(link).toMatch(/[?&]deck=[A-Za-z0-9_-]+/);
  const other = await page.context().newPage();
  await other.setViewportSize({ width: 1280, height: 720 });
  await other.goto(`${link}&present=1`);
  const slide = other.locator('[data-slide-frame]');
  await expect(slide.locator('[data-finding]')).toHaveText('Few environment targets can be judged yet.');
  await expect(slide.locator('.number')).toHaveText('1 / 2');
  await expect(slide.locator('[data-source]')).toContainText('Dataset of ');
  expect(await other.evaluate(() => document.documentElement.scrollHeight <= window.innerHeight)).toBe(true);
  await other.keyboard.press('ArrowRight');
  await expect(slide.getByRole('heading', { level: 2 })).toHaveText('Where the environment targets are');
  await expect(slide.locator('.number')).toHaveText('2 / 2');
  // The matrix shows only the environment column, with every city that has a record.
  await expect(slide.getByRole('columnheader', { name: 'Environment' })).toBeVisible();
  await expect(slide.getByRole('columnheader', { name: 'Products' })).toHaveCount(0);
  const box = await slide.boundingBox();
  expect(box?.height).toBeLessThanOrEqual(720);
  await other.setViewportSize({ width: 1920, height: 1080 });
  expect(await other.evaluate(() => document.documentElement.scrollHeight <= window.innerHeight)).toBe(true);
  await expect.poll(async () => Math.round((await slide.boundingBox())?.width ?? 0)).toBe(1920);
  await other.close();
});

test('the deck downloads as PowerPoint: one slide per deck slide, the chart as a picture, editable Chinese text', async ({
  page,
}) => {
  await page.goto('/?view=overview&lang=zh');
  await page
    .getByRole('figure', { name: '各城市分领域目标数量' })
    .getByRole('button', { name: '加入演示' })
    .click();
  await page
    .getByRole('figure', { name: '规划文件：从发布到目标期限' })
    .getByRole('button', { name: '加入演示' })
    .click();
  await page.getByRole('button', { name: '演示稿（2）' }).click();
  const panel = page.getByRole('dialog', { name: '我的演示稿' });
  const finding = await panel.locator('[data-proposed-finding]').first();
  await expect(finding).toContainText('在单一领域设定的量化目标最多');
  const proposed = (await finding.textContent()) ?? '';
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 60_000 }),
    panel.getByRole('button', { name: '下载 PowerPoint' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^deck-\d{4}-\d{2}-\d{2}\.pptx$/);
  const files = unzipSync(new Uint8Array(await readFile(await download.path())));
  const slides = Object.keys(files).filter((name) => /^ppt\/slides\/slide\d+\.xml$/.test(name));
  expect(slides.sort()).toEqual(['ppt/slides/slide1.xml', 'ppt/slides/slide2.xml']);
  const first = strFromU8(files['ppt/slides/slide1.xml'] ?? new Uint8Array());
  expect(first).toContain('<a:t>各城市分领域目标数量</a:t>');
  expect(first).toContain(`<a:t>${proposed}</a:t>`);
  expect(first).toContain('来源：《');
  expect(first).toContain('lang="zh-CN"');
  const images = Object.keys(files).filter((name) => name.startsWith('ppt/media/') && name.endsWith('.png'));
  expect(images).toHaveLength(2);
  const png = files[images[0] ?? ''] ?? new Uint8Array();
  // A picture drawn at twice the chart's size: wider than the 1,184 px the chart takes on a slide.
  expect(new DataView(png.buffer, png.byteOffset).getUint32(16)).toBeGreaterThan(2000);
});
