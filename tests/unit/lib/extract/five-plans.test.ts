/** The five seed plans against a hand-checked list of their quantitative targets (tests/fixtures/gold). */
import { readFileSync } from 'node:fs';
import { csvParse } from 'd3';
import { describe, expect, it } from 'vitest';
import { parseManifest } from '../../../../src/lib/build/manifest.ts';
import { extractPlan } from '../../../../src/lib/extract/index.ts';
import type { TargetRecord } from '../../../../src/lib/extract/types.ts';
import { indicators, readSource } from '../../helpers.ts';

const manifest = parseManifest(readFileSync('data/sources/manifest.csv', 'utf8'), 'manifest.csv');
const gold = csvParse(readFileSync('tests/fixtures/gold/five-plans.csv', 'utf8'));

const extracted = new Map(
  manifest.map((m) => {
    const plan = extractPlan(readSource(m.doc_id), {
      docId: m.doc_id,
      cityId: m.city_id,
      horizonYears: m.horizon_years,
      issueYear: m.issue_date ? Number(m.issue_date.slice(0, 4)) : null,
      indicators,
    });
    return [m.doc_id, plan] as const;
  }),
);

const key = (r: { doc_id: string; quote: string; value: unknown; comparator: string }) =>
  `${r.doc_id}|${r.quote}|${Number(r.value)}|${r.comparator}`;

describe.each(manifest.map((m) => m.doc_id))('%s', (docId) => {
  const plan = extracted.get(docId)!;
  const found = plan.records.filter((r) => r.comparator !== 'qualitative');
  const expected = gold.filter((g) => g.doc_id === docId);

  it('finds every hand-checked target and nothing else (recall and precision 1.0)', () => {
    const foundKeys = found.map((r) => key(r));
    const expectedKeys = expected.map((g) => key(g as unknown as TargetRecord));
    expect(foundKeys.filter((k) => !expectedKeys.includes(k))).toEqual([]);
    expect(expectedKeys.filter((k) => !foundKeys.includes(k))).toEqual([]);
  });

  it('gives each target the checked value, bound, unit, year and domain', () => {
    const actual = found.map((r) => [
      r.value,
      r.value_max,
      r.comparator,
      r.unit,
      r.target_year,
      r.domain,
      r.is_new_count,
    ]);
    const wanted = expected.map((g) => [
      Number(g.value),
      g.value_max ? Number(g.value_max) : null,
      g.comparator,
      g.unit,
      Number(g.target_year),
      g.domain,
      g.is_new_count === 'true',
    ]);
    expect(actual).toEqual(wanted);
  });

  it('cuts every quote out of the cleaned text at its offsets', () => {
    for (const r of plan.records) expect(plan.text.slice(r.quote_start, r.quote_end)).toBe(r.quote);
  });

  it('numbers records in document order with stable ids', () => {
    expect(plan.records.map((r) => r.target_id)).toEqual(
      plan.records.map((_, i) => `${docId}-${String(i + 1).padStart(3, '0')}`),
    );
    const starts = plan.records.map((r) => r.quote_start);
    expect([...starts].sort((a, b) => a - b)).toEqual(starts);
  });
});

describe('canonical indicators', () => {
  it('are shared by at least two cities wherever the plans share a wording', () => {
    const all = [...extracted.values()].flatMap((p) => p.records);
    const cities = (id: string) =>
      new Set(all.filter((r) => r.indicator_id === id).map((r) => r.city_id)).size;
    for (const id of [
      'product_spot_check_pass_rate',
      'agrifood_pass_rate',
      'intl_standard_adoption_rate',
      'major_works_acceptance_rate',
      'other_works_acceptance_rate',
      'drinking_water_source_compliance',
      'pm25_concentration',
      'china_well_known_trademarks',
      'provincial_famous_trademarks',
      'brand_products',
      'standards_drafted',
    ]) {
      expect(cities(id), id).toBeGreaterThanOrEqual(2);
    }
  });

  it('take their domain from the indicator', () => {
    const byId = new Map(indicators.map((i) => [i.indicator_id, i]));
    for (const r of [...extracted.values()].flatMap((p) => p.records)) {
      if (r.indicator_id) expect(r.domain, r.target_id).toBe(byId.get(r.indicator_id)!.domain);
    }
  });
});
