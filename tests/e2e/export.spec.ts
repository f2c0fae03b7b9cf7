import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
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

test('an HTML-and-SVG chart (specificity) and the draft strip plot export as plain SVG too', async ({
  page,
}) => {
  await page.goto('/?lang=en');
  const specificity = await download(page, 'How specific is each plan?', 'Download SVG');
  const text = specificity.bytes.toString('utf8');
  expect(text).not.toContain('foreignObject');
  expect((await parseSvg(page, text)).errors).toBe(0);
  // Its HTML parts (plan names, counts) are SVG text, and its legend is drawn in.
  expect(text).toMatch(/<text[^>]*>Shijiazhuang|<text[^>]*>Hangzhou/);
  expect(text).toContain('<g class="legend"');
  expect(text).toMatch(/<text[^>]*>Environment<\/text>/);
  const png = await download(page, 'How specific is each plan?', 'Download PNG');
  expect([...png.bytes.subarray(0, 8)]).toEqual(PNG_SIGNATURE);

  await page.goto('/?view=check&lang=en');
  await page.getByRole('button', { name: 'Try a paragraph from a real plan' }).click();
  const strip = await download(page, 'Draft targets beside peers', 'Download SVG');
  expect(strip.name).toBe('Draft targets beside peers.svg');
  expect(strip.bytes.toString('utf8')).toContain('Product quality supervisory');
});

test('the Overview matrix downloads as plain SVG with its key, naming only the plans it shows, and copies to the clipboard', async ({
  page,
  facts,
}) => {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/?view=overview&lang=zh&city=hangzhou,taiyuan');
  const svgFile = await download(page, '各城市分领域目标数量', '下载 SVG');
  const svg = svgFile.bytes.toString('utf8');
  expect(svg).not.toContain('foreignObject');
  expect((await parseSvg(page, svg)).errors).toBe(0);
  expect(svg).toContain('>各城市分领域目标数量<');
  // Its key is its own column heads (the Overview draws no separate colour key): each domain named and
  // underlined in its colour, the colour the cells' bars use.
  for (const [name, colour] of [
    ['产品质量', 'rgb(0, 114, 178)'],
    ['工程质量', 'rgb(230, 159, 0)'],
    ['服务质量', 'rgb(204, 121, 167)'],
    ['环境质量', 'rgb(0, 158, 115)'],
    ['质量基础', 'rgb(213, 94, 0)'],
  ] as const) {
    expect(svg).toMatch(
      new RegExp(
        `<rect [^>]*fill="${colour.replace(/[()]/g, '\\$&')}"/>(<clipPath[^>]*><rect[^>]*/></clipPath>)?<g[^>]*><text[^>]*>${name}</text>`,
      ),
    );
  }
  expect(svg).toMatch(/<text[^>]*>杭州市<\/text>/);
  const flat = svg.replace(/<\/text><text[^>]*>/g, '');
  const titles = await facts.query('SELECT city_id, title FROM documents ORDER BY doc_id');
  for (const row of titles) {
    if (['hangzhou', 'taiyuan'].includes(String(row.city_id)))
      expect(flat).toContain(`《${String(row.title)}》`);
    else expect(flat).not.toContain(String(row.title));
  }
  expect(flat).toMatch(/数据集日期 \d{4}-\d{2}-\d{2}/);

  await page
    .getByRole('region', { name: '各城市分领域目标数量' })
    .getByRole('button', { name: '复制图片' })
    .click();
  await expect(page.getByRole('region', { name: '各城市分领域目标数量' }).getByText('已复制')).toBeVisible();
  const copied = await page.evaluate(async () => {
    const [item] = await navigator.clipboard.read();
    return item?.types ?? [];
  });
  expect(copied).toContain('image/png');
});

test('the Attainment matrix downloads as a PNG at twice its size, with the outcome sources in its source line', async ({
  page,
}) => {
  await page.goto('/?view=attainment&lang=en');
  const svg = (
    await download(page, 'Status of every quantitative target, by city and domain', 'Download SVG')
  ).bytes.toString('utf8');
  expect(svg).not.toContain('foreignObject');
  expect(svg.replace(/<\/text><text[^>]*>/g, ' ')).toContain('outcomes and references:');
  const { width } = await parseSvg(page, svg);
  const png = await download(page, 'Status of every quantitative target, by city and domain', 'Download PNG');
  expect([...png.bytes.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
  expect(png.bytes.readUInt32BE(16)).toBe(width * 2);
});

test('the filtered dataset downloads as CSV, XLSX and Parquet, each with its README', async ({
  page,
  facts,
}) => {
  await page.goto('/?view=explorer&lang=en&city=hangzhou,linxia&domain=environment');
  const [expected] = await facts.query(
    "SELECT count(*)::INTEGER AS n FROM targets WHERE city_id IN ('hangzhou', 'linxia') AND domain = 'environment'",
  );
  const rows = Number(expected?.n);
  const region = 'Targets';
  const csvZip = await download(page, region, 'CSV + README (.zip)');
  const csvFiles = unzipSync(new Uint8Array(csvZip.bytes));
  const csvName = Object.keys(csvFiles).find((name) => name.endsWith('.csv')) ?? '';
  const csvBytes = csvFiles[csvName] ?? new Uint8Array();
  // UTF-8 with a byte-order mark, so Excel opens the Chinese correctly.
  expect([...csvBytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const csv = strFromU8(csvBytes);
  expect(csv.trimEnd().split('\r\n')).toHaveLength(rows + 1);
  const readme = strFromU8(csvFiles['README.txt'] ?? new Uint8Array());
  expect(readme).toContain(`${rows} in all`);
  expect(readme).toContain('  - Cities: hangzhou, linxia');
  expect(readme).toContain('  - Domains: Environment');
  expect(readme).toContain('How to cite:');
  expect(readme).toContain('quote_start (integer)');

  const xlsx = await download(page, region, 'Excel (.xlsx)');
  const book = unzipSync(new Uint8Array(xlsx.bytes));
  expect(strFromU8(book['xl/workbook.xml'] ?? new Uint8Array())).toMatch(/name="targets".*name="README"/s);
  expect((strFromU8(book['xl/worksheets/sheet1.xml'] ?? new Uint8Array()).match(/<row /g) ?? []).length).toBe(
    rows + 1,
  );

  const parquetZip = await download(page, region, 'Parquet + README (.zip)');
  const parquetFiles = unzipSync(new Uint8Array(parquetZip.bytes));
  const parquetName = Object.keys(parquetFiles).find((name) => name.endsWith('.parquet')) ?? '';
  const path = join(await mkdtemp(join(tmpdir(), 'e2e-parquet-')), 'targets.parquet');
  await writeFile(path, parquetFiles[parquetName] ?? new Uint8Array());
  const [back] = await facts.query(
    `SELECT count(*)::INTEGER AS n, count(DISTINCT city_id)::INTEGER AS cities FROM read_parquet('${path}')`,
  );
  expect(back).toEqual({ n: rows, cities: 2 });
  expect(strFromU8(parquetFiles['README.txt'] ?? new Uint8Array())).toContain('Fields:');
});
