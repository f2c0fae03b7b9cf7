import { readFileSync } from 'node:fs';
import path from 'node:path';
import { APPROX_TOLERANCE, NEAR_CEILING_PERCENT } from '../../src/lib/outcomes/attainment.ts';
import { PROGRESS_THRESHOLDS } from '../../src/lib/outcomes/progress.ts';
import { ROOT } from '../published-data.ts';
import { expect, test } from './fixtures.ts';

const { version } = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };

test('the dataset counts match the published Parquet', async ({ page, facts }) => {
  const [row] = await facts.query(`SELECT
    (SELECT count(*) FROM documents) AS documents,
    (SELECT count(DISTINCT city_id) FROM documents) AS cities,
    (SELECT count(*) FROM targets) AS records,
    (SELECT count(*) FROM targets WHERE comparator <> 'qualitative') AS quantitative,
    (SELECT count(*) FROM targets WHERE comparator = 'qualitative') AS qualitative,
    (SELECT count(*) FROM indicators) AS indicators,
    (SELECT count(*) FROM outcomes) AS outcomes,
    (SELECT count(*) FROM "references") AS "references"`);
  await page.goto('/?view=methodology&lang=en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Methodology');
  for (const key of [
    'documents',
    'cities',
    'records',
    'quantitative',
    'qualitative',
    'indicators',
    'outcomes',
    'references',
  ]) {
    await expect(page.locator(`[data-figure="${key}"] dd`)).toHaveText(String(row?.[key]));
  }
  // Hand-checked: five plans from five cities.
  await expect(page.locator('[data-figure="documents"] dd')).toHaveText('5');

  const [unmapped] = await facts.query(`SELECT count(*) AS n FROM targets
    WHERE comparator <> 'qualitative' AND indicator_id IS NULL`);
  await expect(page.locator('[data-limit="unmapped"]')).toContainText(
    `${String(unmapped?.n)} of ${String(row?.quantitative)} quantitative targets map to no canonical indicator`,
  );
});

test('the attainment and progress rules state the constants the code uses', async ({ page }) => {
  await page.goto('/?view=methodology&lang=en');
  await expect(page.locator('[data-status="met"]')).toContainText(`±${APPROX_TOLERANCE * 100}%`);
  await expect(page.locator('[data-status="missed"]')).toContainText(`${NEAR_CEILING_PERCENT}% or more`);
  const progress = page.getByRole('region', { name: 'Progress: the Open SDG method' });
  await expect(progress).toContainText(`R ≥ ${PROGRESS_THRESHOLDS.withTarget.high}: on track`);
  await expect(progress).toContainText(`${PROGRESS_THRESHOLDS.withoutTarget.high * 100}%`);
  for (const status of [
    'met',
    'partly_met',
    'missed',
    'not_due',
    'no_outcome',
    'no_baseline',
    'not_assessable',
  ]) {
    await expect(page.locator(`[data-status="${status}"]`)).toBeVisible();
  }
});

test('the citation names the version, the build date and this site, and lists every plan', async ({
  page,
  facts,
  baseURL,
}) => {
  await page.goto('/?view=methodology&lang=en');
  const citation = page.locator('[data-citation]');
  await expect(citation).toContainText(
    `City Quality Targets (城市质量发展目标), version ${version}, built 20`,
  );
  await expect(citation).toContainText(`${baseURL}/`);
  const titles = await facts.query('SELECT doc_id, title FROM documents');
  for (const doc of titles) {
    await expect(page.locator(`li[data-doc="${String(doc.doc_id)}"]`)).toContainText(String(doc.title));
  }
});

test('the page reads in Chinese', async ({ page }) => {
  await page.goto('/?view=methodology&lang=zh');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('方法说明');
  await expect(page.getByRole('heading', { name: '已知局限' })).toBeVisible();
  await expect(page.locator('[data-status="met"]')).toContainText(`±${APPROX_TOLERANCE * 100}%`);
  await expect(page.locator('[data-citation]')).toContainText(
    '城市质量发展目标（City Quality Targets），版本',
  );
});
