import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { parseCsvTable } from '../../src/lib/build/read-csv.ts';
import { expect as baseExpect, test } from './fixtures.ts';
import { longestTask, markLongTasks } from './long-tasks.ts';

// On a loaded machine the first statement on the console's connection can take several seconds.
const expect = baseExpect.configure({ timeout: 60_000 });

function editor(page: Page) {
  return page.getByRole('textbox', { name: /SQL query|SQL 查询语句/ });
}

function result(page: Page) {
  return page.getByRole('region', { name: /^(Result|结果)$/ }).first();
}

// DuckDB-WASM starts in a worker after the page has drawn; on a busy machine that can take half a minute.
test.beforeEach(() => test.setTimeout(300_000));

/** Waits until the engine is ready and has run the console's opening example, so the Run button can be used. */
async function waitForEngine(page: Page, name = 'Run') {
  await expect(page.locator('[data-stats]')).toBeVisible({ timeout: 150_000 });
  await expect(page.getByRole('button', { name, exact: true })).toBeEnabled();
}

/** Types a query and runs it with the keyboard shortcut. */
async function runQuery(page: Page, sql: string) {
  await editor(page).fill(sql);
  await editor(page).press('Control+Enter');
}

test('runs SELECT count(*) FROM targets and shows the number the Parquet holds', async ({ page, facts }) => {
  const [{ n }] = (await facts.query('SELECT count(*)::INTEGER AS n FROM targets')) as [{ n: number }];
  await page.goto('/?view=sql&lang=en');
  await waitForEngine(page);
  await runQuery(page, 'SELECT count(*) FROM targets');
  await expect(page).toHaveURL(/sql=SELECT/);
  await expect(result(page).locator('[data-stats]')).toHaveText(/^1 row · [\d,]+ ms$/);
  await expect(result(page).getByRole('columnheader')).toHaveText(['count_star()']);
  await expect(result(page).locator('tbody td')).toHaveText([String(n)]);
});

test('refuses DROP TABLE targets, and the table is still whole afterwards', async ({ page, facts }) => {
  const [{ n }] = (await facts.query('SELECT count(*)::INTEGER AS n FROM targets')) as [{ n: number }];
  await page.goto('/?view=sql&lang=en');
  await waitForEngine(page);
  await runQuery(page, 'DROP TABLE targets');
  const alert = page.locator('[data-failure]');
  await expect(alert).toContainText('This statement was not run.');
  await expect(alert).toContainText('The console is read-only: DROP statements are not run.');
  for (const [sql, words] of [
    ["INSERT INTO targets (target_id) VALUES ('x')", 'INSERT statements are not run'],
    ['SELECT 1; DROP TABLE targets', 'one statement at a time'],
    ['WITH x AS (SELECT 1) DELETE FROM targets', 'DELETE changes data or settings'],
    ['SET threads = 1', 'SET statements are not run'],
  ] as const) {
    await runQuery(page, sql);
    await expect(alert).toContainText(words);
  }
  await runQuery(page, 'SELECT count(*) AS n FROM targets');
  await expect(result(page).locator('tbody td')).toHaveText([String(n)]);
});

test('shows DuckDB’s own message for a query it cannot run, and the page keeps working', async ({ page }) => {
  await page.goto('/?view=sql&lang=en');
  await waitForEngine(page);
  await runQuery(page, 'SELECT no_such_column FROM targets');
  const alert = page.locator('[data-failure]');
  await expect(alert).toContainText('DuckDB could not run the query:');
  await expect(alert).toContainText('no_such_column');
  await runQuery(page, 'SELECT 1 AS one');
  await expect(result(page).locator('tbody td')).toHaveText(['1']);
});

test('lists every table with its columns and types, and inserts a name at the cursor', async ({
  page,
  facts,
}) => {
  await page.goto('/?view=sql&lang=en');
  const tables = (await facts.query(
    `SELECT DISTINCT table_name FROM information_schema.columns
      WHERE table_catalog = current_database() AND table_schema = 'main' AND table_name NOT LIKE 'user_%'`,
  )) as { table_name: string }[];
  const schema = page.locator('[data-schema]');
  for (const { table_name } of tables) {
    await expect(schema.locator(`[data-table="${table_name}"]`)).toBeVisible();
  }
  await expect(schema.locator('[data-table="targets"]')).toContainText('target_year');
  await expect(schema.locator('[data-table="targets"]')).toContainText('INTEGER');
  await waitForEngine(page);
  await editor(page).fill('SELECT count(*) FROM ');
  await schema.getByRole('button', { name: 'Insert references' }).click();
  await expect(editor(page)).toHaveValue('SELECT count(*) FROM "references"');
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  const [{ n }] = (await facts.query('SELECT count(*)::INTEGER AS n FROM "references"')) as [{ n: number }];
  await expect(result(page).locator('tbody td')).toHaveText([String(n)]);
});

test('an example runs, its link reopens it, and the CSV export holds every row', async ({ page, facts }) => {
  await page.goto('/?view=sql&lang=en');
  await waitForEngine(page);
  await page.locator('[data-example="top-city"]').click();
  // The example picks its city in SQL; here, the same city worked out from the published data.
  const [top] = (await facts.query(`SELECT city_id FROM targets WHERE comparator <> 'qualitative'
    GROUP BY city_id ORDER BY count(*) DESC, city_id LIMIT 1`)) as [{ city_id: string }];
  const expected = (await facts.query(
    `SELECT target_id, value, quote FROM targets WHERE city_id = '${top.city_id}' AND comparator <> 'qualitative' ORDER BY target_id`,
  )) as { target_id: string; value: number; quote: string }[];
  await expect(result(page).locator('[data-stats]')).toHaveText(
    new RegExp(`^${expected.length} rows · [\\d,]+ ms$`),
  );
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export CSV' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^query-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = parseCsvTable((await readFile((await download.path()) as string)).toString('utf8'));
  expect(csv.records.map((r) => r.values.target_id)).toEqual(expected.map((r) => r.target_id));
  expect(csv.records[0]?.values).toMatchObject({
    target_id: expected[0]!.target_id,
    value: String(expected[0]!.value),
    quote: expected[0]!.quote,
  });
  // The URL holds the query: a reload shows it, and runs it when Run is pressed.
  await page.reload();
  await expect(editor(page)).toHaveValue(/WITH top_city AS/);
  await expect(result(page).locator('[data-waiting]')).toContainText('press Run');
  await expect(page.getByRole('button', { name: 'Run', exact: true })).toBeEnabled({ timeout: 150_000 });
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  await expect(result(page).locator('[data-stats]')).toHaveText(
    new RegExp(`^${expected.length} rows · [\\d,]+ ms$`),
  );
  // Back returns to the query before.
  const before = page.url();
  await page.locator('[data-example="describe"]').click();
  await expect(result(page).getByRole('columnheader', { name: 'column_name' })).toBeVisible();
  await expect(page).not.toHaveURL(before);
  await page.goBack();
  await expect(editor(page)).toHaveValue(/WITH top_city AS/);
});

test('speaks Chinese', async ({ page }) => {
  await page.goto('/?view=sql&lang=zh');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('SQL 查询');
  await waitForEngine(page, '运行');
  await runQuery(page, 'DROP TABLE targets');
  await expect(page.locator('[data-failure]')).toContainText('控制台为只读：不运行 DROP 语句');
});

test('a link to a hundred million rows runs only on Run, shows the first rows and the count, and the page stays responsive', async ({
  page,
}) => {
  const sql = 'SELECT * FROM range(100000000)';
  await page.goto(`/?view=sql&lang=en&sql=${encodeURIComponent(sql)}`);
  await expect(editor(page)).toHaveValue(sql);
  const run = page.getByRole('button', { name: 'Run', exact: true });
  await expect(run).toBeEnabled({ timeout: 150_000 });
  // The engine is up and nothing ran: the link's query waits for the person.
  await expect(result(page).locator('[data-waiting]')).toHaveText(
    'This query came with the link and has not been run. Read it, then press Run (or Ctrl+Enter) to run it.',
  );
  await expect(result(page).locator('[data-stats]')).toHaveCount(0);
  await markLongTasks(page);
  await run.click();
  // The first rows come before the count.
  await expect(result(page).locator('tbody tr').first()).toHaveText('0', { timeout: 120_000 });
  await expect(result(page).locator('[data-stats]')).toHaveText(/^100,000,000 rows · [\d,]+ ms$/, {
    timeout: 120_000,
  });
  await expect(result(page).locator('[data-truncated]')).toHaveText(
    'Showing the first 1,000 of 100,000,000 rows; the CSV export has them all.',
  );
  await expect(result(page).getByRole('columnheader')).toHaveText(['range']);
  await expect(result(page).locator('tbody tr').first()).toHaveText('0');
  expect(await longestTask(page), 'longest main-thread task (ms)').toBeLessThan(500);
});

test('Cancel interrupts a query that would run for minutes, and the next query answers at once', async ({
  page,
}) => {
  await page.goto('/?view=sql&lang=en');
  await waitForEngine(page);
  await markLongTasks(page);
  await runQuery(page, 'SELECT sum(range % 7) AS s FROM range(100000000000)');
  await expect(page.getByRole('button', { name: 'Running…' })).toBeDisabled();
  // The page answers while DuckDB works: typing reaches the editor.
  await editor(page).press('End');
  await editor(page).pressSequentially(' ', { timeout: 5_000 });
  const started = Date.now();
  await page.getByRole('button', { name: 'Cancel', exact: true }).click();
  await expect(page.locator('[data-failure]')).toContainText('The query was cancelled.');
  await expect(page.getByRole('button', { name: 'Run', exact: true })).toBeEnabled();
  await runQuery(page, 'SELECT 42 AS answer');
  // A hundred billion rows would take hours: an answer now means the engine stopped the query.
  await expect(result(page).locator('tbody td')).toHaveText(['42'], { timeout: 20_000 });
  expect(Date.now() - started).toBeLessThan(20_000);
  expect(await longestTask(page), 'longest main-thread task (ms)').toBeLessThan(500);
});

test('the CSV export writes a formula cell as text', async ({ page }) => {
  await page.goto('/?view=sql&lang=en');
  await waitForEngine(page);
  await runQuery(
    page,
    `SELECT '=HYPERLINK("http://example.invalid","x")' AS link, '@SUM(A1)' AS at, '-2+3' AS minus, '-5' AS number, 7 AS n`,
  );
  await expect(result(page).locator('[data-stats]')).toHaveText(/^1 row · /);
  // The table shows the value as it is; only the file neutralises it.
  await expect(result(page).locator('tbody td').first()).toHaveText(
    '=HYPERLINK("http://example.invalid","x")',
  );
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export CSV' }).click(),
  ]);
  const text = (await readFile((await download.path()) as string)).toString('utf8');
  expect(text).toBe(
    '\uFEFFlink,at,minus,number,n\r\n"\'=HYPERLINK(""http://example.invalid"",""x"")",\'@SUM(A1),\'-2+3,-5,7\r\n',
  );
});
