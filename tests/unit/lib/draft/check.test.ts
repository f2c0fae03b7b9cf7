/** "Check a draft": the build's extraction on a draft's text, and each target set beside the published peers. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHECK_QUERIES } from '../../../../src/lib/data/queries/check.ts';
import {
  compareDraftTargets,
  extractDraft,
  summariseDraftCheck,
  type PeerData,
} from '../../../../src/lib/draft/check.ts';
import type { Indicator } from '../../../../src/lib/extract/types.ts';
import type { NodeEngine } from '../../../../scripts/lib/duckdb-node.ts';
import { ROOT, buildState, openPublishedEngine, runQuery } from '../../../published-data.ts';

let engine: NodeEngine;
let indicators: Indicator[];
let peers: PeerData;

beforeAll(async () => {
  engine = await openPublishedEngine();
  const state = buildState();
  const extraction = await runQuery(engine, CHECK_QUERIES.indicators, state);
  indicators = extraction.forExtraction;
  peers = {
    indicators: extraction.info,
    targets: await runQuery(engine, CHECK_QUERIES.peerTargets, state),
    outcomes: await runQuery(engine, CHECK_QUERIES.peerOutcomes, state),
  };
});

afterAll(() => engine.close());

/** Hangzhou's 产品质量 paragraph, as the plan writes it. */
function hangzhouProductParagraph(): string {
  const text = readFileSync(path.join(ROOT, 'data/sources/hangzhou-2013.txt'), 'utf8');
  const line = text.split('\n').find((l) => l.startsWith('(一)产品质量。'));
  if (line === undefined) throw new Error('Hangzhou plan has no 产品质量 paragraph');
  return line;
}

describe('extractDraft', () => {
  it('reads the targets of Hangzhou’s 产品质量 paragraph as the build does', () => {
    const { records } = extractDraft(hangzhouProductParagraph(), { indicators });
    const spotCheck = records.find((r) => r.indicator_id === 'product_spot_check_pass_rate');
    expect(spotCheck).toMatchObject({ comparator: '>=', value: 90, unit: '%' });
    expect(spotCheck?.quote).toBe('国家监督抽查合格率稳定在90%以上');
    expect(records.find((r) => r.indicator_id === 'standards_drafted')).toMatchObject({
      comparator: '=',
      value: 300,
      unit: 'count',
    });
  });

  it('takes the horizon year the person gives when the text states none', () => {
    const { records } = extractDraft(hangzhouProductParagraph(), { indicators, horizonYear: 2025 });
    expect(records.every((r) => r.target_year === 2025)).toBe(true);
  });
});

describe('compareDraftTargets', () => {
  it('places 90% 以上 within the published spot-check targets', () => {
    const checked = compareDraftTargets(
      extractDraft(hangzhouProductParagraph(), { indicators }).records,
      peers,
    );
    const spotCheck = checked.find((c) => c.record.indicator_id === 'product_spot_check_pass_rate');
    expect(spotCheck?.comparison.flags).toEqual(['within_peer_range']);
    const published = peers.targets
      .filter((t) => t.indicatorId === 'product_spot_check_pass_rate' && t.unit === '%')
      .map((t) => t.value);
    expect(spotCheck?.comparison.peerLevels).toEqual([...published].sort((a, b) => (a ?? 0) - (b ?? 0)));
  });

  it('flags a spot-check target above every peer and every reported outcome', () => {
    const { records } = extractDraft('到2025年,产品质量监督抽查合格率达到98%以上。', { indicators });
    const [checked] = compareDraftTargets(records, peers);
    expect(checked?.indicator?.direction).toBe('higher');
    expect(checked?.comparison.flags).toEqual(['above_every_peer', 'above_any_outcome']);
  });

  it.each([
    ['研发经费投入强度达到2.5%', 'rd_share_gdp', '%'],
    ['顾客满意度指数达到80以上', 'customer_satisfaction', 'score'],
  ])('finds the canonical indicator of a draft’s %s', (sentence, indicatorId, unit) => {
    const { records } = extractDraft(`到2025年,${sentence}。`, { indicators });
    expect(records[0]).toMatchObject({ indicator_id: indicatorId, unit });
  });

  it('compares a change only with changes: 细颗粒物浓度下降10% is not set beside PM2.5 levels', () => {
    const { records } = extractDraft('到2025年,细颗粒物(PM2.5)浓度下降10%。', { indicators });
    const [checked] = compareDraftTargets(records, peers);
    expect(checked).toMatchObject({ kind: 'change', ambition: 'higher' });
    expect(checked?.peers.every((p) => p.comparator === 'decrease_by')).toBe(true);
    expect(checked?.outcomes).toEqual([]);
  });

  it('counts where the draft’s targets stand, for the summary', () => {
    const checked = compareDraftTargets(
      extractDraft('到2025年,产品质量监督抽查合格率达到98%以上,研发经费投入强度达到2.5%,新产品10个。', {
        indicators,
      }).records,
      peers,
    );
    const summary = summariseDraftCheck(checked);
    expect(summary.total).toBe(checked.length);
    expect(summary.compared + summary.noPeers).toBe(summary.total);
    expect(summary.moreAmbitious).toBeGreaterThanOrEqual(1);
    expect(summary.moreAmbitious + summary.within + summary.lessAmbitious).toBe(summary.compared);
  });

  it('leaves qualitative commitments out and gives unmapped targets no peer data', () => {
    const checked = compareDraftTargets(
      extractDraft(hangzhouProductParagraph(), { indicators }).records,
      peers,
    );
    expect(checked.every((c) => c.record.comparator !== 'qualitative')).toBe(true);
    const unmapped = checked.filter((c) => c.indicator === null);
    expect(unmapped.length).toBeGreaterThan(0);
    for (const c of unmapped) expect(c.comparison.flags).toEqual(['no_peer_data']);
  });
});
