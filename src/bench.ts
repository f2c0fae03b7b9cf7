/**
 * The bare page scripts/bench-ui.ts compares the app with: it starts DuckDB-WASM with the published database,
 * runs one query and draws one chart, with no framework and no build-time answers.
 */

import { scaleBand, scaleLinear } from 'd3';
import { startEngine } from './lib/data/engine.ts';
import { bindQuery } from './lib/data/query.ts';
import { CITY_DOMAIN_COUNTS_QUERY } from './lib/data/queries/overview.ts';
import { DEFAULT_VIEW_STATE } from './lib/data/answers.ts';
import { FIRST_CHART_MARK } from './lib/perf.ts';

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
}

run().catch((error: unknown) => {
  const status = document.getElementById('status');
  if (status !== null)
    status.textContent = `Failed: ${error instanceof Error ? error.message : String(error)}`;
  throw error;
});
