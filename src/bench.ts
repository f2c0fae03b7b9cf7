/**
 * The bare page scripts/bench-ui.ts compares the app with: it starts DuckDB-WASM with the published database,
 * runs one query and draws one chart, with no framework and no build-time answers. With `?profile=<domain>`
 * it then times every view's queries for that domain in DuckDB-WASM (for scripts/bench-scale.ts).
 */

import { scaleBand, scaleLinear } from 'd3';
import { startEngine } from './lib/data/engine.ts';
import { bindQuery } from './lib/data/query.ts';
import { CITY_DOMAIN_COUNTS_QUERY } from './lib/data/queries/overview.ts';
import { DEFAULT_VIEW_STATE } from './lib/data/answers.ts';
import type { Engine } from './lib/data/engine.ts';
import { DOMAINS, type Domain } from './lib/extract/types.ts';
import type { RawRow } from './lib/data/fields.ts';
import { calcMedian, FIRST_CHART_MARK } from './lib/perf.ts';

const SVG = 'http://www.w3.org/2000/svg';

async function run(): Promise<void> {
  const engine = await startEngine({ baseUrl: import.meta.env.BASE_URL });
  const [result] = engine.runBatch([bindQuery(CITY_DOMAIN_COUNTS_QUERY, DEFAULT_VIEW_STATE)]);
  const counts = CITY_DOMAIN_COUNTS_QUERY.decode(await (result as Promise<Record<string, unknown>[]>));
  const totals = new Map<string, number>();
  for (const row of counts) totals.set(row.cityId, (totals.get(row.cityId) ?? 0) + row.quantitativeCount);

  const width = 640;
  const height = 40 * totals.size;
  const y = scaleBand([...totals.keys()], [0, height]).padding(0.2);
  const x = scaleLinear([0, Math.max(1, ...totals.values())], [120, width]);
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('width', String(width));
  svg.setAttribute('height', String(height));
  for (const [cityId, total] of totals) {
    const label = document.createElementNS(SVG, 'text');
    label.setAttribute('y', String((y(cityId) ?? 0) + y.bandwidth() / 2));
    label.setAttribute('dominant-baseline', 'central');
    label.textContent = cityId;
    const bar = document.createElementNS(SVG, 'rect');
    bar.setAttribute('x', String(x(0)));
    bar.setAttribute('y', String(y(cityId) ?? 0));
    bar.setAttribute('height', String(y.bandwidth()));
    bar.setAttribute('width', String(x(total) - x(0)));
    svg.append(label, bar);
  }
  document.getElementById('chart')?.append(svg);
  performance.mark(FIRST_CHART_MARK);
  const status = document.getElementById('status');
  if (status !== null) status.textContent = `DuckDB ${engine.bundle} ready; chart drawn.`;
  const domain = new URLSearchParams(location.search).get('profile');
  if (domain !== null && (DOMAINS as readonly string[]).includes(domain))
    await profileQueries(engine, domain as Domain);
}

/** One view query in DuckDB-WASM: its run in the engine alone, with the rows handed over, and decoded. */
export interface QueryProfile {
  view: string;
  query: string;
  rows: number;
  /** EXPLAIN ANALYZE's total: the query in the worker, nothing else. */
  engineMs: number;
  /** From sending the statement to its rows on the page (the query, Arrow across, rows built). */
  answeredMs: number;
  decodeMs: number;
}

/** Times each view's queries three times for one domain chosen; the medians go to `window.cqtProfile`. */
async function profileQueries(engine: Engine, domain: Domain): Promise<void> {
  const { VIEW_QUERIES } = await import('./lib/data/queries/index.ts');
  const state = { ...DEFAULT_VIEW_STATE, filters: { ...DEFAULT_VIEW_STATE.filters, domains: [domain] } };
  const profiles: QueryProfile[] = [];
  const seen = new Set<string>();
  for (const [view, queries] of Object.entries(VIEW_QUERIES)) {
    for (const query of queries) {
      if (seen.has(query.name)) continue;
      seen.add(query.name);
      const statement = bindQuery(query, { ...state, lang: 'en' });
      const answered: number[] = [];
      const decoded: number[] = [];
      const explained: number[] = [];
      let rows: RawRow[] = [];
      for (let run = 0; run < 3; run += 1) {
        const started = performance.now();
        rows = await (engine.runBatch([statement])[0] as Promise<RawRow[]>);
        const received = performance.now();
        query.decode(rows);
        decoded.push(performance.now() - received);
        answered.push(received - started);
        const plan = await (engine.runBatch([
          { ...statement, sql: `EXPLAIN ANALYZE ${statement.sql}` },
        ])[0] as Promise<RawRow[]>);
        const total = /Total Time: ([\d.]+)s/.exec(
          plan.map((row) => String(row['explain_value'])).join('\n'),
        );
        explained.push(total ? Number(total[1]) * 1000 : NaN);
      }
      profiles.push({
        view,
        query: query.name,
        rows: rows.length,
        engineMs: calcMedian(explained),
        answeredMs: calcMedian(answered),
        decodeMs: calcMedian(decoded),
      });
    }
  }
  (window as unknown as { cqtProfile: QueryProfile[] }).cqtProfile = profiles;
}

run().catch((error: unknown) => {
  const status = document.getElementById('status');
  if (status !== null)
    status.textContent = `Failed: ${error instanceof Error ? error.message : String(error)}`;
  throw error;
});
