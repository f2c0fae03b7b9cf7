/**
 * npm run bench:draft — how long "Check a draft" takes on a real-plan-sized draft: the five seed plans
 * joined and cut to 30,000 characters, extracted and compared with the published peers, median of several runs.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { parseIndicatorsCsv } from '../src/lib/build/reference-tables.ts';
import { DEFAULT_VIEW_STATE } from '../src/lib/data/answers.ts';
import { CHECK_QUERIES } from '../src/lib/data/queries/check.ts';
import { compareDraftTargets, extractDraft, type PeerData } from '../src/lib/draft/check.ts';
import { decodeDocument } from '../src/lib/extract/decode.ts';
import { openPublishedEngine, runQuery } from '../tests/published-data.ts';

/** The size of a real plan, in characters (the five seed plans run from about 4,000 to 12,000). */
const DRAFT_CHARS = 30_000;
/** What the view promises: a 30,000-character draft checked within this many milliseconds. */
const BUDGET_MS = 300;
const RUNS = 15;

/** The five plans as a draft would be pasted: their text, joined, cut at the last line break before the size. */
function buildDraft(): string {
  const plans = readdirSync('data/sources')
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => decodeDocument(new Uint8Array(readFileSync(`data/sources/${f}`))).text);
  let text = plans.join('\n');
  while (text.length < DRAFT_CHARS) text += '\n' + plans.join('\n');
  const cut = text.lastIndexOf('\n', DRAFT_CHARS);
  return text.slice(0, cut > 0 ? cut : DRAFT_CHARS);
}

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? NaN;
}

async function main(): Promise<void> {
  const indicators = parseIndicatorsCsv(readFileSync('data/indicators.csv', 'utf8'), {
    file: 'data/indicators.csv',
  }).rows;
  const engine = await openPublishedEngine();
  const peers: PeerData = {
    indicators: (await runQuery(engine, CHECK_QUERIES.indicators, DEFAULT_VIEW_STATE)).info,
    targets: await runQuery(engine, CHECK_QUERIES.peerTargets, DEFAULT_VIEW_STATE),
    outcomes: await runQuery(engine, CHECK_QUERIES.peerOutcomes, DEFAULT_VIEW_STATE),
  };
  engine.close();
  const draft = buildDraft();

  const check = () => compareDraftTargets(extractDraft(draft, { indicators }).records, peers);
  const first = performance.now();
  const checked = check();
  const coldMs = performance.now() - first;
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    check();
    times.push(performance.now() - t0);
  }
  const med = median(times);
  const flagged = checked.filter((c) => !c.comparison.flags.includes('no_peer_data')).length;
  process.stdout.write(
    `bench:draft: ${draft.length.toLocaleString('en')} characters from the five seed plans, ` +
      `${checked.length} quantitative targets (${flagged} with peer data)\n` +
      `  first run ${coldMs.toFixed(1)} ms; median of ${RUNS} runs ${med.toFixed(1)} ms ` +
      `(min ${Math.min(...times).toFixed(1)}, max ${Math.max(...times).toFixed(1)}); budget ${BUDGET_MS} ms: ` +
      `${med < BUDGET_MS ? 'within' : 'OVER'}\n`,
  );
  if (med >= BUDGET_MS) process.exitCode = 1;
}

main().catch((error: unknown) => {
  process.stderr.write(`bench:draft failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
