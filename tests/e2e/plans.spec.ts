/**
 * Add plans (?view=plans) as a person does: a Word file and a PDF of plans not in the dataset (made here from
 * the seed plans, with another city's name), one value corrected, the plan added to the dashboard and found in
 * the Overview and the Target explorer, kept across a reload, removed; bad files named with their reason;
 * two tabs keeping both their plans and outcome files.
 */

import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { strToU8, zipSync } from 'fflate';
import type { Page } from '@playwright/test';
import { ROOT } from '../published-data.ts';
import { planDocx, printablePlan, printPdfs, seedLines } from '../unit/lib/read/fixtures.ts';
import { expect, test } from './fixtures.ts';

/** Hangzhou's plan as Wenzhou's (another 文号, another text), one sentence written so the extraction misreads it. */
function wenzhouDocx(): Buffer {
  const lines = seedLines('hangzhou-2013').map((line) =>
    line.replaceAll('杭', '温').replace('农业标准化生产普及率达到30%', '农业标准化生产普及率从25%提高到30%'),
  );
  return Buffer.from(planDocx(lines));
}

/** Shanwei's plan as Shantou's, printed to PDF by Chromium (running header, page numbers). */
async function shantouPdf(): Promise<Buffer> {
  const lines = seedLines('shanwei-2017').map((line) => line.replaceAll('汕尾', '汕头'));
  const pdfs = await printPdfs([
    { name: 'shantou-2017', html: printablePlan(lines), header: '汕头市人民政府办公室文件' },
  ]);
  return Buffer.from(pdfs.get('shantou-2017')!);
}

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

function fileInput(page: Page) {
  return page.getByRole('region', { name: 'Add files' }).locator('input[type="file"]');
}

function imported(page: Page, name: string) {
  return page.locator(`[data-import="${name}"]`);
}

test('a Word file and a PDF are read, one value corrected, and the plan joins every view until it is removed', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await page.goto('/?view=plans&lang=en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Add plans');
  await fileInput(page).setInputFiles([
    { name: '温州市质量强市工作方案.docx', mimeType: DOCX, buffer: wenzhouDocx() },
    { name: '汕头市行动计划.pdf', mimeType: 'application/pdf', buffer: await shantouPdf() },
  ]);
  await expect(imported(page, '温州市质量强市工作方案.docx')).toHaveAttribute('data-status', 'done', {
    timeout: 60_000,
  });
  await expect(imported(page, '汕头市行动计划.pdf')).toHaveAttribute('data-status', 'done', {
    timeout: 60_000,
  });
  await expect(page.getByRole('status').filter({ hasText: 'files read' })).toHaveText('2 of 2 files read');
  const list = page.getByRole('region', { name: 'Your plans' });
  await expect(list.locator('tr[data-plan]')).toHaveCount(2);
  await expect(list.locator('tr[data-plan]').first()).toContainText('温州市争创全国质量强市示范城市工作方案');
  await expect(list.locator('tr[data-plan]').first()).toContainText('In review');

  // Review the Word plan: its metadata is read from its text; Wenzhou is no city of the dataset.
  await imported(page, '温州市质量强市工作方案.docx').getByRole('link', { name: 'Review' }).click();
  const meta = page.getByRole('region', { name: 'The plan' });
  await expect(meta.locator('input[name="city_zh"]')).toHaveValue('温州市');
  await expect(meta.locator('input[name="doc_number"]')).toHaveValue('温政办函〔2013〕98号');
  await expect(meta.locator('input[name="issue_date"]')).toHaveValue('2013-05-24');
  await expect(meta.locator('input[name="horizon_years"]')).toHaveValue('2015');
  await meta.locator('input[name="city_en"]').fill('Wenzhou');
  await meta.getByRole('button', { name: 'Apply' }).click();
  await expect(meta.locator('[data-doc-id]')).toHaveText('wenzhou-2013');

  // The extraction took the starting level (25%) for the target: the reviewer corrects it to 30%.
  const records = page.getByRole('region', { name: 'Records' });
  const misread = records.locator('tr[data-record]').filter({ hasText: '从25%提高到30%' });
  await expect(misread).toHaveCount(2);
  const first = misread.first();
  const value = first.getByRole('textbox', { name: /^Value of/ });
  await expect(value).toHaveValue('25');
  await value.fill('35');
  await value.press('Enter');
  await expect(first.getByRole('alert')).toHaveText(
    '35 is not written in this sentence: a value must be a number the sentence states.',
  );
  await value.fill('30');
  await value.press('Enter');
  await expect(first.getByRole('alert')).toHaveCount(0);
  await expect(first).toContainText('corrected');
  // The second record of the sentence says the same without a wording: removed.
  await misread
    .nth(1)
    .getByRole('button', { name: /^Remove of/ })
    .click();
  await expect(records.locator('tr.removed').filter({ hasText: '从25%提高到30%' })).toHaveCount(1);
  // The text beside the records highlights every one of them.
  await expect(
    page
      .getByRole('document', { name: /Text of/ })
      .locator('a.mark')
      .first(),
  ).toBeVisible();

  await meta.getByRole('button', { name: '加入看板 · Add to the dashboard' }).click();
  await expect(meta.getByRole('status').filter({ hasText: 'Added' })).toHaveText(
    'Added: Wenzhou is in every view as yours.',
  );

  // The Overview's matrix has a row for Wenzhou, drawn by the engine from the plan's records.
  await page.goto('/?view=overview&lang=en');
  await expect(page.locator('[data-engine="ready"]')).toBeVisible({ timeout: 30_000 });
  const wenzhouRow = page.locator('th[scope="row"]').filter({ hasText: 'Wenzhou' });
  await expect(wenzhouRow).toBeVisible();

  // The Target explorer has the corrected value, marked as the person's own.
  await page.goto('/?view=explorer&lang=en&city=wenzhou');
  const row = page.locator('tr[data-origin="yours"]').filter({ hasText: '从25%提高到30%' });
  await expect(row).toHaveCount(1);
  await expect(row.locator('[data-column="value"]')).toHaveText('30%');
  await expect(row.locator('[data-column="city"]')).toContainText('Wenzhou');
  await expect(row.locator('[data-column="review"]')).toHaveText('Corrected');

  // After a reload the Overview's first drawing already holds the plan: the build's answers, which know only
  // the published plans, wait until the kept plans are read, and are then not used for these queries.
  await page.goto('/?view=overview&lang=en');
  await page.locator('th[scope="row"]').first().waitFor();
  expect(await page.locator('th[scope="row"]').allTextContents()).toContainEqual(
    expect.stringContaining('Wenzhou'),
  );

  // Kept across a reload: the City profile opens the plan with the reader on its text.
  await page.goto('/?view=explorer&lang=en&city=wenzhou');
  await expect(row.locator('[data-column="value"]')).toHaveText('30%');
  await page.goto('/?view=city&lang=en&doc=wenzhou-2013');
  await expect(page.locator('.plan-title')).toHaveText('温州市争创全国质量强市示范城市工作方案');
  await expect(page.locator('[data-origin="yours"]')).toHaveText('your plan, added in this browser');
  await expect(page.getByRole('document').locator('a.mark').first()).toBeVisible();

  // The SQL console sees it in documents and targets.
  const sql = `SELECT count(*) AS n FROM targets WHERE origin = 'yours' AND city_id = 'wenzhou' AND value = 30 AND quote LIKE '%从25%提高到30%%'`;
  await page.goto(`/?view=sql&lang=en&sql=${encodeURIComponent(sql)}`);
  // The kept plan is written to the engine after it starts; the console may answer before that: run again.
  await expect(async () => {
    await page.getByRole('button', { name: 'Run' }).click();
    await expect(page.getByRole('region', { name: 'Result' }).first().locator('tbody td')).toHaveText(['1'], {
      timeout: 2_000,
    });
  }).toPass({ timeout: 30_000 });

  // Removed: gone from every view.
  await page.goto('/?view=plans&lang=en');
  await page
    .getByRole('region', { name: 'Your plans' })
    .getByRole('button', { name: 'Remove 温州市争创全国质量强市示范城市工作方案' })
    .click();
  await expect(page.getByRole('region', { name: 'Your plans' }).locator('tr[data-plan]')).toHaveCount(1);
  await page.goto('/?view=overview&lang=en');
  await expect(page.locator('[data-engine="ready"]')).toBeVisible({ timeout: 30_000 });
  await expect(page.locator('th[scope="row"]').filter({ hasText: 'Shijiazhuang' })).toBeVisible();
  await expect(page.locator('th[scope="row"]').filter({ hasText: 'Wenzhou' })).toHaveCount(0);
});

test('bad files are named with their reason, nothing of them is kept, and the page stays usable', async ({
  page,
}) => {
  await page.goto('/?view=plans&lang=en');
  const png = Buffer.from([
    0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52,
  ]);
  const locked = strToU8(
    `%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n4 0 obj << /Filter /Standard /V 1 /R 2 /O <${'11'.repeat(32)}> /U <${'22'.repeat(32)}> /P -4 >> endobj\ntrailer << /Root 1 0 R /Size 5 /Encrypt 4 0 R /ID [<${'33'.repeat(16)}> <${'33'.repeat(16)}>] >>\n%%EOF`,
  );
  // 300 MB of zeros compress to a few hundred kB: the reader stops at 256 MB.
  const bomb = zipSync({ 'word/document.xml': new Uint8Array(300 * 1024 * 1024) }, { level: 9 });
  const files = [
    { name: 'empty.txt', mimeType: 'text/plain', buffer: Buffer.alloc(0) },
    { name: 'photo.pdf', mimeType: 'application/pdf', buffer: png },
    { name: 'locked.pdf', mimeType: 'application/pdf', buffer: Buffer.from(locked) },
    {
      name: 'broken.docx',
      mimeType: DOCX,
      buffer: Buffer.from(zipSync({ 'word/document.xml': strToU8('<w:document/>') }).slice(0, 40)),
    },
    { name: 'bomb.docx', mimeType: DOCX, buffer: Buffer.from(bomb) },
    {
      name: 'menu.html',
      mimeType: 'text/html',
      buffer: Buffer.from(
        '<html><body><div class="nav"><a href="/">首页</a> <a href="/a">新闻中心</a></div></body></html>',
      ),
    },
    {
      name: 'old.doc',
      mimeType: 'application/msword',
      buffer: Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]),
    },
    // A published plan again: reported, not added twice.
    {
      name: 'hangzhou.txt',
      mimeType: 'text/plain',
      buffer: await readFile(path.join(ROOT, 'data/sources/hangzhou-2013.txt')),
    },
  ];
  await fileInput(page).setInputFiles(files);
  const reasons: Record<string, string> = {
    'empty.txt': 'cannot be read: the file is empty',
    'photo.pdf':
      'cannot be read: the file is a PNG image named .pdf, not a document with text: run OCR on it first',
    'locked.pdf': 'cannot be read: the PDF is password-protected',
    'broken.docx': 'cannot be read: the',
    'bomb.docx': 'refused as a possible zip bomb',
    'menu.html': 'cannot be read: the page has no document text: only navigation, links and page furniture',
    'old.doc': 'save it as .docx or PDF',
    'hangzhou.txt': 'it is the same plan as the published plan “杭州市争创全国质量强市示范城市工作方案”',
  };
  for (const [name, reason] of Object.entries(reasons)) {
    await expect(imported(page, name)).toHaveAttribute('data-status', 'failed', { timeout: 60_000 });
    await expect(imported(page, name).getByRole('alert')).toContainText(reason);
  }
  await expect(page.getByRole('region', { name: 'Your plans' })).toContainText('No plan added yet.');

  // In Chinese, the reasons are Chinese too.
  await page.goto('/?view=plans&lang=zh');
  await page
    .getByRole('region', { name: '添加文件' })
    .locator('input[type="file"]')
    .setInputFiles([files[0]!, files[2]!]);
  await expect(imported(page, 'empty.txt').getByRole('alert')).toHaveText('无法读取：文件为空（0 字节）');
  await expect(imported(page, 'locked.pdf').getByRole('alert')).toHaveText(
    '无法读取：PDF 设有密码：请保存一份未加密的副本后再添加',
  );

  // More than 50 files at once: the first 50 are read, the others named and left out.
  await page.goto('/?view=plans&lang=en');
  const many = Array.from({ length: 52 }, (_, i) => ({
    name: `note-${String(i + 1).padStart(2, '0')}.txt`,
    mimeType: 'text/plain',
    buffer: Buffer.from('会议通知：请各单位按时参加。'),
  }));
  await fileInput(page).setInputFiles(many);
  await expect(imported(page, 'note-52.txt').getByRole('alert')).toHaveText(
    'not read: at most 50 files at a time. Add it with the next files.',
  );
  await expect(imported(page, 'note-50.txt')).toHaveAttribute('data-status', 'failed', { timeout: 60_000 });
  await expect(imported(page, 'note-50.txt').getByRole('alert')).toContainText('no quantitative target');
  await expect(page.getByRole('region', { name: 'Your plans' })).toContainText('No plan added yet.');
});

test('two tabs keep both their plans and both their outcome files', async ({ page, context }) => {
  test.setTimeout(120_000);
  const other = await context.newPage();
  await page.goto('/?view=plans&lang=en');
  await other.goto('/?view=plans&lang=en');
  // A plan added in one tab appears in the other at once.
  await fileInput(page).setInputFiles([
    { name: '温州市质量强市工作方案.docx', mimeType: DOCX, buffer: wenzhouDocx() },
  ]);
  await expect(imported(page, '温州市质量强市工作方案.docx')).toHaveAttribute('data-status', 'done', {
    timeout: 60_000,
  });
  await expect(other.getByRole('region', { name: 'Your plans' }).locator('tr[data-plan]')).toHaveCount(1);

  // Each tab loads an outcome file of its own: both tabs keep both files, also after a reload.
  const upload = (p: Page) => p.getByRole('region', { name: 'Your outcomes' });
  await page.goto('/?view=outcomes&lang=en');
  await other.goto('/?view=outcomes&lang=en');
  const good = await readFile(path.join(ROOT, 'tests/fixtures/outcomes/good-outcomes.csv'));
  await upload(page)
    .locator('input[type="file"]')
    .setInputFiles({ name: 'tab-one.csv', mimeType: 'text/csv', buffer: good });
  await upload(other)
    .locator('input[type="file"]')
    .setInputFiles({ name: 'tab-two.csv', mimeType: 'text/csv', buffer: good });
  for (const tab of [page, other]) {
    await expect(upload(tab).locator('[data-file="tab-one.csv"]')).toBeVisible();
    await expect(upload(tab).locator('[data-file="tab-two.csv"]')).toBeVisible();
  }
  await other.reload();
  await expect(upload(other).locator('[data-file]')).toHaveCount(2);
  await other.close();
});

test('every view shows an added plan of a city the dataset does not have, by its name', async ({ page }) => {
  test.setTimeout(180_000);
  await page.goto('/?view=plans&lang=en');
  await fileInput(page).setInputFiles([
    { name: '温州市质量强市工作方案.docx', mimeType: DOCX, buffer: wenzhouDocx() },
  ]);
  await imported(page, '温州市质量强市工作方案.docx')
    .getByRole('link', { name: 'Review' })
    .click({ timeout: 60_000 });
  const meta = page.getByRole('region', { name: 'The plan' });
  await meta.locator('input[name="city_en"]').fill('Wenzhou');
  await meta.getByRole('button', { name: 'Apply' }).click();
  await expect(meta.locator('[data-doc-id]')).toHaveText('wenzhou-2013');
  await meta.getByRole('button', { name: '加入看板 · Add to the dashboard' }).click();
  await expect(meta.getByRole('status').filter({ hasText: 'Added' })).toBeVisible();

  const views: [string, (p: Page) => ReturnType<Page['locator']>][] = [
    ['overview', (p) => p.locator('th[scope="row"]').filter({ hasText: 'Wenzhou' })],
    ['compare', (p) => p.getByText(/Wenzhou · 2015/).first()],
    ['indicator', (p) => p.getByRole('rowheader', { name: 'Wenzhou' }).first()],
    ['departments', (p) => p.getByRole('link', { name: 'No lead department named, Wenzhou: 24 records' })],
    ['attainment', (p) => p.locator('th[scope="row"]').filter({ hasText: 'Wenzhou' })],
    ['outcomes', (p) => p.getByRole('heading').filter({ hasText: 'Wenzhou' }).first()],
  ];
  for (const [view, find] of views) {
    await page.goto(`/?view=${view}&lang=en&city=wenzhou`);
    await expect(page.locator('[data-engine="ready"]')).toBeVisible({ timeout: 30_000 });
    await expect(find(page), view).toBeVisible();
    await expect(page.getByRole('alert'), view).toHaveCount(0);
  }
  // The filter bar offers the city by its name.
  await expect(
    page.getByRole('button', { name: 'Wenzhou' }).or(page.getByText('Wenzhou').first()),
  ).toBeVisible();
});

test('outcome files kept by an earlier version move into IndexedDB; one that cannot be read is kept, named and removable', async ({
  page,
}) => {
  const good = (await readFile(path.join(ROOT, 'tests/fixtures/outcomes/good-outcomes.csv'))).toString(
    'utf8',
  );
  await page.goto('/?view=outcomes&lang=en');
  // What an earlier version left in localStorage, and a record of IndexedDB this version cannot read.
  await page.evaluate(async (text) => {
    localStorage.setItem(
      'city-quality-targets.user-outcomes.v1',
      JSON.stringify([{ name: 'earlier.csv', kind: 'csv', text }]),
    );
    await new Promise<void>((resolve, reject) => {
      const open = indexedDB.open('city-quality-targets');
      open.onerror = () => reject(open.error);
      open.onsuccess = () => {
        const tx = open.result.transaction('outcome-files', 'readwrite');
        tx.objectStore('outcome-files').put({
          key: 'damaged.csv',
          savedAt: 1,
          value: { kind: 'csv', text: 42 },
        });
        tx.oncomplete = () => {
          open.result.close();
          resolve();
        };
      };
    });
  }, good);
  await page.reload();
  const upload = page.getByRole('region', { name: 'Your outcomes' });
  await expect(upload.locator('[data-file="earlier.csv"]')).toContainText('2 rows joined');
  expect(await page.evaluate(() => localStorage.getItem('city-quality-targets.user-outcomes.v1'))).toBeNull();
  const damaged = upload.locator('[data-unreadable="damaged.csv"]');
  await expect(damaged).toContainText(
    'damaged.csv is kept in this browser but cannot be read by this version; it is not used.',
  );
  // Still there after a reload; Remove takes it away.
  await page.reload();
  await expect(damaged).toBeVisible();
  await damaged.getByRole('button', { name: 'Remove damaged.csv' }).click();
  await expect(damaged).toHaveCount(0);
  await page.reload();
  await expect(upload.locator('[data-file="earlier.csv"]')).toBeVisible();
  await expect(upload.locator('[data-unreadable]')).toHaveCount(0);
});
