/**
 * Shared e2e fixtures: every test fails on a console error, an uncaught exception or a request to any host
 * other than the page's own; `facts` holds what the published data says, computed here with plain SQL.
 */

import { test as base, expect } from '@playwright/test';
import { openPublishedEngine } from '../published-data.ts';

/** A city as the cities table names it. */
export interface CityFact {
  cityId: string;
  nameZh: string;
  nameEn: string;
}

/** Counts of one city × domain cell. */
export interface CellFact {
  cityId: string;
  domain: string;
  quantitative: number;
  qualitative: number;
}

/** A plan's specificity inputs. */
export interface PlanFact {
  docId: string;
  records: number;
  specific: number;
}

/** What the data says, for tests to compare the page against. */
export interface Facts {
  cities: CityFact[];
  /** Counts for a filter: city ids and domains ('' = all), and an inclusive target-year range. */
  cells(filter?: {
    cities?: string[];
    domains?: string[];
    yearFrom?: number;
    yearTo?: number;
  }): Promise<CellFact[]>;
  plans: PlanFact[];
  /** Runs any read-only SQL against the published tables. */
  query(sql: string): Promise<Record<string, unknown>[]>;
}

interface Fixtures {
  guard: void;
  /** Expectations that may be loosened by a test that provokes errors on purpose. */
  allowConsoleErrors: boolean;
}

export const test = base.extend<Fixtures, { facts: Facts }>({
  allowConsoleErrors: [false, { option: true }],
  facts: [
    // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's dependencies from this pattern.
    async ({}, use) => {
      const engine = await openPublishedEngine();
      const query = async (sql: string) => (await engine.run(sql)) as Record<string, unknown>[];
      const cities = (await query('SELECT city_id, name_zh, name_en FROM cities ORDER BY city_id')).map(
        (r) => ({
          cityId: String(r.city_id),
          nameZh: String(r.name_zh),
          nameEn: String(r.name_en),
        }),
      );
      const plans = (
        await query(`SELECT doc_id, count(*) AS records,
            count(*) FILTER (WHERE value IS NOT NULL AND target_year IS NOT NULL AND coalesce(lead_department, '') <> '') AS specific
          FROM targets GROUP BY doc_id`)
      ).map((r) => ({ docId: String(r.doc_id), records: Number(r.records), specific: Number(r.specific) }));
      const cells: Facts['cells'] = async (filter = {}) => {
        const where = ['true'];
        if (filter.cities) where.push(`city_id IN (${filter.cities.map((c) => `'${c}'`).join(',')})`);
        if (filter.domains) where.push(`domain IN (${filter.domains.map((d) => `'${d}'`).join(',')})`);
        if (filter.yearFrom !== undefined) where.push(`target_year >= ${filter.yearFrom}`);
        if (filter.yearTo !== undefined) where.push(`target_year <= ${filter.yearTo}`);
        const rows = await query(`SELECT city_id, domain,
            count(*) FILTER (WHERE comparator <> 'qualitative') AS quantitative,
            count(*) FILTER (WHERE comparator = 'qualitative') AS qualitative
          FROM targets WHERE ${where.join(' AND ')} GROUP BY ALL`);
        return rows.map((r) => ({
          cityId: String(r.city_id),
          domain: String(r.domain),
          quantitative: Number(r.quantitative),
          qualitative: Number(r.qualitative),
        }));
      };
      await use({ cities, cells, plans, query });
      engine.close();
    },
    { scope: 'worker' },
  ],
  guard: [
    async ({ page, baseURL, allowConsoleErrors }, use) => {
      const origin = new URL(baseURL ?? '').origin;
      const foreign: string[] = [];
      const errors: string[] = [];
      page.on('request', (request) => {
        const url = new URL(request.url());
        if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== origin) foreign.push(request.url());
      });
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
      await use();
      expect(foreign, 'requests to other hosts').toEqual([]);
      if (!allowConsoleErrors) expect(errors, 'console errors').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
