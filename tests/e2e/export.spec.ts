import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

async function download(
  page: Page,
  region: string,
  button: string,
): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('region', { name: region }).getByRole('button', { name: button }).click(),
  ]);
  const path = await file.path();
  return { name: file.suggestedFilename(), bytes: await readFile(path) };
}

/** Parses SVG text in the page, as a browser opening the file would. */
async function parseSvg(page: Page, text: string): Promise<{ root: string; errors: number; width: number }> {
  return page.evaluate((svg) => {
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    return {
      root: doc.documentElement.nodeName,
      errors: doc.getElementsByTagName('parsererror').length,
      width: Number(doc.documentElement.getAttribute('width')),
    };
  }, text);
}

test('a chart downloads as a valid SVG with its title, its marks styled as on screen, and its sources', async ({
  page,
  facts,
}) => {
  await page.goto('/?lang=en');
  const { name, bytes } = await download(page, 'Plans from issue to horizon', 'Download SVG');
  expect(name).toBe('Plans from issue to horizon.svg');
  const svg = bytes.toString('utf8');
  const parsed = await parseSvg(page, svg);
  expect(parsed).toMatchObject({ root: 'svg', errors: 0 });
  expect(svg).toContain('<rect width="100%" height="100%" fill="#ffffff"/>');
  expect(svg).toContain('>Plans from issue to horizon<');
  for (const city of facts.cities) expect(svg).toContain(city.nameEn);
  // Computed styles are inlined: the bars carry the accent colour the stylesheet gives them.
  expect(svg).toMatch(/class="bar[ "][^>]*style="[^"]*fill: rgb\(29, 79, 145\)/);
  const titles = await facts.query('SELECT title FROM documents ORDER BY doc_id');
  expect(svg).toContain('Source: ');
  expect(svg).toContain('City Quality Targets');
  for (const row of titles) expect(svg.replace(/<\/text><text[^>]*>/g, ' ')).toContain(String(row.title));
  expect(svg).not.toContain('role="tooltip"');
  expect(svg).not.toContain('Download PNG');
});

test('a chart downloads as a PNG at twice its size, and Chinese titles survive', async ({ page }) => {
  await page.goto('/?lang=zh');
  const svgFile = await download(page, '规划文件：从发布到目标期限', '下载 SVG');
  const svg = svgFile.bytes.toString('utf8');
  expect(svg).toContain('>规划文件：从发布到目标期限<');
  expect(svg).toContain('来源：《');
  const { width } = await parseSvg(page, svg);

  const png = await download(page, '规划文件：从发布到目标期限', '下载 PNG');
  expect(png.name).toBe('规划文件：从发布到目标期限.png');
  expect([...png.bytes.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
  expect(png.bytes.subarray(12, 16).toString('ascii')).toBe('IHDR');
  expect(png.bytes.readUInt32BE(16)).toBe(width * 2);
  expect(png.bytes.readUInt32BE(20)).toBeGreaterThan(200);
  expect(png.bytes.length).toBeGreaterThan(20_000);
});

test('an HTML-and-SVG chart (specificity) and the draft strip plot export too', async ({ page }) => {
  await page.goto('/?lang=en');
  const specificity = await download(page, 'How specific is each plan?', 'Download SVG');
  expect(specificity.bytes.toString('utf8')).toContain('<foreignObject');
  expect((await parseSvg(page, specificity.bytes.toString('utf8'))).errors).toBe(0);
  const png = await download(page, 'How specific is each plan?', 'Download PNG');
  expect([...png.bytes.subarray(0, 8)]).toEqual(PNG_SIGNATURE);

  await page.goto('/?view=check&lang=en');
  await page.getByRole('button', { name: 'Try a paragraph from a real plan' }).click();
  const strip = await download(page, 'Draft targets beside peers', 'Download SVG');
  expect(strip.name).toBe('Draft targets beside peers.svg');
  expect(strip.bytes.toString('utf8')).toContain('Product quality supervisory');
});
