/**
 * Large and broken outcome files: a 25,000-row spreadsheet loads (read in a worker of this origin), a 50 MB
 * CSV of wrong rows keeps the page responsive and lists a summary rather than every problem, an unclosed
 * quote is reported on its line, and the rows a researcher exports neutralise formula cells.
 */

import { readFile, writeFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect as baseExpect, test } from './fixtures.ts';
import { longestTask, markLongTasks } from './long-tasks.ts';
import {
  createOutcomeCsv,
  createOutcomeRows,
  createOutcomeXlsx,
  type OutcomeSubject,
} from './outcome-files.ts';

// Reading and checking tens of thousands of rows on a loaded two-core machine takes a while.
const expect = baseExpect.configure({ timeout: 120_000 });
test.beforeEach(() => test.setTimeout(400_000));

function upload(page: Page) {
  return page.getByRole('region', { name: /Your outcomes|您的结果数据/ });
}

async function subjects(facts: { query(sql: string): Promise<Record<string, unknown>[]> }) {
  const rows = await facts.query(`SELECT c.city_id, i.indicator_id, i.unit FROM cities c, indicators i
    ORDER BY i.indicator_id, c.city_id`);
  return rows.map((r): OutcomeSubject => ({
    cityId: String(r.city_id),
    indicatorId: String(r.indicator_id),
    unit: String(r.unit),
  }));
}

test.beforeEach(async ({ page }) => {
  await page.goto('/?view=outcomes&lang=en');
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await expect(page.locator('[data-engine="ready"]')).toBeVisible({ timeout: 150_000 });
});

test('a 25,000-row XLSX loads, and its rows are in the engine for every view', async ({
  page,
  facts,
}, info) => {
  const rows = createOutcomeRows(await subjects(facts), 25_000);
  const file = info.outputPath('outcomes-25000.xlsx');
  const bytes = createOutcomeXlsx(rows);
  expect(bytes.length).toBeGreaterThan(5_000_000);
  await writeFile(file, bytes);
  await markLongTasks(page);
  const started = Date.now();
  await upload(page).locator('input[type="file"]').setInputFiles(file);
  await expect(upload(page).locator('[data-file="outcomes-25000.xlsx"]')).toContainText(
    '25,000 rows joined · 0 rows with problems',
  );
  const joinedMs = Date.now() - started;
  const longest = await longestTask(page);
  console.log(
    `25,000-row XLSX (${(bytes.length / 1e6).toFixed(1)} MB): joined in ${joinedMs} ms, longest main-thread task ${longest} ms`,
  );
  // The rows are the engine's: the SQL console (opened in the page, so the rows stay) counts them as "yours".
  await page
    .getByRole('navigation', { name: 'Views' })
    .getByRole('link', { name: 'SQL', exact: true })
    .click();
  const editor = page.getByRole('textbox', { name: 'SQL query' });
  await expect(page.locator('[data-stats]')).toBeVisible();
  await editor.fill("SELECT count(*) AS n FROM outcomes WHERE origin = 'yours'");
  await editor.press('Control+Enter');
  const result = page.getByRole('region', { name: 'Result' }).first();
  await expect(result.locator('tbody td')).toHaveText(['25000']);
  console.log(
    `first console query over 25,000 rows of yours: ${await result.locator('[data-stats]').textContent()}`,
  );
});

test('a 50 MB CSV of wrong rows is checked in a worker with progress, and its problems are summarised, not all drawn', async ({
  page,
  facts,
}, info) => {
  const [subject] = await subjects(facts);
  const valid = createOutcomeRows([subject as OutcomeSubject], 1)[0] ?? {};
  // Every row names a city the data does not have (each a different one, so none is a duplicate).
  const line =
    createOutcomeCsv([{ ...valid, city_id: 'atlantis-#', notes: '说明'.repeat(60) }]).split('\n')[1] ?? '';
  const count = Math.ceil(50_000_000 / Buffer.byteLength(`${line}\n`));
  const body = Array.from({ length: count }, (_, i) => line.replace('#', String(i))).join('\n');
  const csv = `${createOutcomeCsv([]).trimEnd()}\n${body}\n`;
  const file = info.outputPath('wrong-50mb.csv');
  await writeFile(file, csv);
  const size = Buffer.byteLength(csv);
  expect(size).toBeGreaterThan(50_000_000);
  await markLongTasks(page);
  await upload(page).locator('input[type="file"]').setInputFiles(file);
  await expect(upload(page).locator('[data-progress]')).toContainText(
    /Checking wrong-50mb\.csv: [\d,]+ of [\d,]+ rows…/,
  );
  const entry = upload(page).locator('[data-file="wrong-50mb.csv"]');
  const n = count.toLocaleString('en-GB');
  await expect(entry).toContainText(`0 rows joined · ${n} rows with problems`, { timeout: 300_000 });
  // Every row names an unknown city: one count, on the city_id column.
  await expect(entry.locator('[data-issue-summary]')).toHaveText(`Problems by column: city_id\u00a0${n}`);
  await expect(entry.locator('[data-issues-capped]')).toHaveText(
    `The first 100 of ${n} problems are listed below; the counts above cover them all.`,
  );
  await expect(entry.locator('tbody tr')).toHaveCount(100);
  const longest = await longestTask(page);
  console.log(`50 MB CSV (${count} rows, all wrong): longest main-thread task ${longest} ms`);
  expect(longest, 'longest main-thread task (ms)').toBeLessThan(2_000);
});

test('an unclosed quote is reported on its line, and the rows after it are joined', async ({
  page,
  facts,
}, info) => {
  const rows = createOutcomeRows(await subjects(facts), 4);
  const lines = createOutcomeCsv(rows).split('\n');
  // Line 3 (the second row): its source title opens a quote that is never closed.
  lines[2] = (lines[2] ?? '').replace('统计公报', '"统计公报');
  const file = info.outputPath('unclosed.csv');
  await writeFile(file, lines.join('\n'));
  await upload(page).locator('input[type="file"]').setInputFiles(file);
  const entry = upload(page).locator('[data-file="unclosed.csv"]');
  await expect(entry).toContainText('3 rows joined · 1 rows with problems');
  await expect(entry.locator('tbody tr')).toHaveText([
    /^unclosed\.csv\s*3\s*—\s*a quoted field opened on this line is never closed \(a " is missing\), so this line was left out; the lines after it were read$/,
  ]);
});

test('"Export your rows" writes a formula cell as text', async ({ page, facts }, info) => {
  const [row] = createOutcomeRows(await subjects(facts), 1);
  const formula = '=HYPERLINK("http://example.invalid","点击")';
  const file = info.outputPath('formula.csv');
  await writeFile(file, createOutcomeCsv([{ ...row, quote: formula, notes: '@SUM(A1:A9)' }]));
  await upload(page).locator('input[type="file"]').setInputFiles(file);
  await expect(upload(page).locator('[data-file="formula.csv"]')).toContainText(
    '1 rows joined · 0 rows with problems',
  );
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    upload(page).getByRole('button', { name: 'Export your rows (CSV)' }).click(),
  ]);
  const text = (await readFile((await download.path()) as string)).toString('utf8');
  expect(text.startsWith('\uFEFFcity_id,indicator_id,')).toBe(true);
  expect(text).toContain(`"'=HYPERLINK(""http://example.invalid"",""点击"")"`);
  expect(text).toContain(`,'@SUM(A1:A9),`);
  expect(text).not.toMatch(/,=HYPERLINK|,"=HYPERLINK|,@SUM/);
});
