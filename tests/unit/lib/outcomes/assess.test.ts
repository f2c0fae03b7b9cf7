import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { calcOutcomeInputs, type OutcomeInputs } from '../../../../src/lib/data/queries-outcomes.ts';
import type { Dataset } from '../../../../src/lib/data/parquet.ts';
import { calcAssessedTargets, calcStatusMatrix, STATUS_ORDER } from '../../../../src/lib/outcomes/assess.ts';
import { parseOutcomesCsv } from '../../../../src/lib/outcomes/parse.ts';
import type { OutcomeRow } from '../../../../src/lib/outcomes/types.ts';
import { ROOT, readPublishedDataset } from '../../../published-data.ts';

const NO_FILTERS = { cities: [], domains: [], yearFrom: null, yearTo: null };
let data: Dataset;
let yours: OutcomeRow[];

beforeAll(async () => {
  data = await readPublishedDataset();
  const catalog = { cities: data.cities.rows, indicators: data.indicators.rows, targets: data.targets.rows };
  const text = readFileSync(path.join(ROOT, 'tests/fixtures/outcomes/good-outcomes.csv'), 'utf8');
  yours = parseOutcomesCsv(text, { file: 'good-outcomes.csv', catalog }).rows;
});

function assess(inputs: OutcomeInputs) {
  return calcAssessedTargets(inputs.targets, inputs.outcomes, inputs.indicators, 2025);
}

function statusOf(inputs: OutcomeInputs, cityId: string, indicatorId: string) {
  return assess(inputs).find((a) => a.target.city_id === cityId && a.target.indicator_id === indicatorId)
    ?.attainment;
}

describe('calcAssessedTargets on the published data', () => {
  it.each([
    // Linxia promised 7 4A-or-higher attractions by 2020; 7 were reported in late 2020.
    ['linxia', 'scenic_4a_plus', 'met'],
    // Hangzhou's published spot-check rates pool other checks (different definition): context only.
    ['hangzhou', 'product_spot_check_pass_rate', 'no_outcome'],
    // Taiyuan's PM2.5 "下降5%" by 2014: only a 2018 value exists.
    ['taiyuan', 'pm25_concentration', 'no_outcome'],
    // Shanwei's PM2.5 "30左右" by 2017: only monthly 2017 values, which never assess.
    ['shanwei', 'pm25_concentration', 'no_outcome'],
  ])('%s %s is %s', (cityId, indicatorId, status) => {
    const inputs = calcOutcomeInputs(data, { filters: NO_FILTERS, userOutcomes: [] });
    expect(statusOf(inputs, cityId, indicatorId)?.status).toBe(status);
  });

  it("uses the researcher's reading where it can assess: Hangzhou's 94.97% (2015) meets ≥ 90%", () => {
    const inputs = calcOutcomeInputs(data, { filters: NO_FILTERS, userOutcomes: yours });
    const attainment = statusOf(inputs, 'hangzhou', 'product_spot_check_pass_rate');
    expect(attainment?.status).toBe('met');
    expect(attainment?.outcome).toMatchObject({ value: 94.97, year: 2015, origin: 'yours' });
    // The published row of the same year stays visible, as context.
    expect(attainment?.context.map((c) => c.label)).toContain('2015: 94.97% (different definition)');
  });
});

describe('calcStatusMatrix', () => {
  it('counts every quantitative target once, in its city and domain, zeros included', () => {
    const inputs = calcOutcomeInputs(data, { filters: NO_FILTERS, userOutcomes: [] });
    const assessed = assess(inputs);
    const cities = [...new Set(data.documents.rows.map((d) => d.city_id))].sort();
    const matrix = calcStatusMatrix(assessed, [...cities, 'nowhere'], ['product', 'environment']);
    const total = matrix.flat().reduce((sum, cell) => sum + cell.total, 0);
    expect(total).toBe(
      inputs.targets.filter((t) => t.domain === 'product' || t.domain === 'environment').length,
    );
    expect(matrix.at(-1)?.every((cell) => cell.total === 0)).toBe(true);
    for (const cell of matrix.flat())
      expect(STATUS_ORDER.reduce((sum, s) => sum + cell.counts[s], 0)).toBe(cell.total);
    const linxiaService = calcStatusMatrix(assessed, ['linxia'], ['service'])[0]?.[0];
    expect(linxiaService?.counts.met).toBe(1);
  });
});
