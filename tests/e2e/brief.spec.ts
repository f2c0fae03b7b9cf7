import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

/** The text of each page of a PDF, read with pdf.js (its worker code run in this thread). */
async function readPdfPages(bytes: Buffer): Promise<string[]> {
  const [pdfjs, worker] = await Promise.all([
    import('pdfjs-dist/legacy/build/pdf.mjs'),
    import('pdfjs-dist/legacy/build/pdf.worker.mjs'),
  ]);
  (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker ??= worker;
  const pdf = await pdfjs.getDocument({ data: new Uint8Array(bytes), isEvalSupported: false }).promise;
  const pages: string[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const content = await (await pdf.getPage(n)).getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
  }
  return pages;
}

/** Prints the page to A4 as Chromium's print does, and reads it back page by page. */
async function printToPdf(page: Page): Promise<string[]> {
  return readPdfPages(await page.pdf({ preferCSSPageSize: true, printBackground: true }));
}

test('the City profile prints an A4 brief: at a glance, targets by domain, attainment, peers and sources, with page numbers and the dataset date on every page', async ({
  page,
  facts,
}) => {
  const [plan] = await facts.query(`SELECT d.doc_id, d.title, d.city_id FROM documents d
    JOIN attainment a ON a.city_id = d.city_id WHERE a.outcome_key IS NOT NULL ORDER BY d.doc_id LIMIT 1`);
  const docId = String(plan?.doc_id);
  const [counts] = await facts.query(`SELECT count(*)::INTEGER AS records,
      (SELECT count(*)::INTEGER FROM attainment a JOIN targets x USING (target_id) WHERE x.doc_id = '${docId}' AND a.outcome_key IS NOT NULL) AS judged
    FROM targets WHERE doc_id = '${docId}'`);
  const [{ dataset_date: date } = {}] = await facts.query(
    'SELECT any_value(dataset_date) AS dataset_date FROM attainment',
  );

  await page.goto(`/?view=city&lang=en&doc=${docId}`);
  await page.getByRole('link', { name: 'Print brief' }).click();
  await expect(page).toHaveURL(/[?&]print=1/);
  const brief = page.locator('[data-brief]');
  await expect(brief.getByRole('heading', { name: 'Targets by domain' })).toBeVisible();
  await expect(brief.locator('.plan-title')).toHaveText(String(plan?.title));
  await expect(brief.locator('table[data-domain] tbody tr')).toHaveCount(Number(counts?.records));
  await expect(brief.getByRole('heading', { name: 'Attainment where outcomes exist' })).toBeVisible();
  await expect(brief.locator('td[data-status]')).toHaveCount(Number(counts?.judged));
  await expect(brief.getByText(`dataset of ${String(date)}`).first()).toBeVisible();
  await expect(page.getByRole('button', { name: 'Print' })).toBeVisible();
  const charts = brief.locator('[data-brief-chart]');
  const chartCount = await charts.count();
  expect(chartCount).toBeGreaterThan(0);
  const chartTexts = await charts.evaluateAll((figures) =>
    figures.map((figure) => {
      const labels = [...figure.querySelectorAll('svg text')].map((text) => text.textContent ?? '');
      return {
        caption: figure.querySelector('figcaption strong')?.textContent ?? '',
        last: labels.at(-1) ?? '',
      };
    }),
  );

  const pages = await printToPdf(page);
  expect(pages.length).toBeGreaterThanOrEqual(2);
  expect(pages.length).toBeLessThanOrEqual(10);
  pages.forEach((text, i) => {
    expect(text).toContain(`${i + 1} / ${pages.length}`);
    expect(text).toContain(`dataset of ${String(date)}`);
    // No navigation or filter bar on paper.
    expect(text).not.toContain('Clear filters');
    expect(text).not.toContain('Target explorer');
  });
  // No chart straddles two pages: each chart's caption (its name, then ·) and its last label are printed on
  // the same page. Spaces are left out: pdf.js splits and joins a line's runs in its own way.
  const squeezed = pages.map((text) => text.replace(/\s+/g, ''));
  for (const chart of chartTexts) {
    const captionPage = squeezed.findIndex((text) => text.includes(`${chart.caption}·`.replace(/\s+/g, '')));
    expect(captionPage, chart.caption).toBeGreaterThanOrEqual(0);
    expect(squeezed[captionPage], chart.caption).toContain(chart.last.replace(/\s+/g, ''));
  }
  expect(pages.at(-1)).toContain('How to cite');
});

test('the brief prints in Chinese too', async ({ page, facts }) => {
  const [plan] = await facts.query('SELECT doc_id, title FROM documents ORDER BY doc_id LIMIT 1');
  await page.goto(`/?view=city&lang=zh&doc=${String(plan?.doc_id)}&print=1`);
  await expect(page.locator('[data-brief]').getByRole('heading', { name: '分领域目标' })).toBeVisible();
  await expect(page.locator('[data-brief] .plan-title')).toHaveText(String(plan?.title));
  const pages = await printToPdf(page);
  expect(pages[0]).toContain(String(plan?.title));
  expect(pages.at(-1)).toContain('引用方式');
  pages.forEach((text, i) => expect(text).toContain(`${i + 1} / ${pages.length}`));
});
