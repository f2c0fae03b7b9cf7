import { describe, expect, it } from 'vitest';
import type { TargetRecord } from '../../../../src/lib/extract/types';
import {
  calcAttainment,
  describeReason,
  formatOutcomeMention,
  parseOutcomesCsv,
  REASON_CODES,
  STATUS_DEFINITIONS,
  STATUS_LABELS,
  STATUS_ORDER,
  type AttainmentReason,
  type OutcomeRow,
} from '../../../../src/lib/outcomes';
import { TARGETS as T } from '../../../fixtures/outcomes/targets';
import { listOutcomeCsvs, loadCatalog, readRepoFile } from './load';

const { indicators, cities } = loadCatalog();
const indicatorOf = (t: TargetRecord) => indicators.find((i) => i.indicator_id === t.indicator_id) ?? null;
const REAL: OutcomeRow[] = listOutcomeCsvs().flatMap(
  (file) => parseOutcomesCsv(readRepoFile(file), { file, catalog: { indicators, cities, targets: [] } }).rows,
);
const NUMBERS = { tolerance: '5%', nearCeiling: '90%', assessingMatches: 'exact or approximate' };

/** Words of three Latin letters or more, outside the units and names Chinese text writes in Latin letters. */
function findEnglish(text: string): string[] {
  return (text.replace(/PM2\.5|PM10|μg\/m³|[A-Z]\d?级?/g, '').match(/[A-Za-z]{3,}/g) ?? []).filter(
    (word) => word !== 'rank',
  );
}

describe('one vocabulary of statuses', () => {
  it.each(['zh', 'en'] as const)('names and defines every status in %s', (lang) => {
    expect(Object.keys(STATUS_LABELS[lang]).sort()).toEqual([...STATUS_ORDER].sort());
    for (const status of STATUS_ORDER) expect(STATUS_DEFINITIONS[lang][status](NUMBERS)).not.toBe('');
  });

  it('gives each status a distinct name in each language', () => {
    for (const lang of ['zh', 'en'] as const)
      expect(new Set(Object.values(STATUS_LABELS[lang])).size).toBe(STATUS_ORDER.length);
  });

  it('defines "cannot be assessed" for a target without a canonical indicator', () => {
    expect(STATUS_DEFINITIONS.en.not_assessable(NUMBERS)).toContain('without a canonical indicator');
    expect(STATUS_DEFINITIONS.zh.not_assessable(NUMBERS)).toContain('没有标准指标');
  });
});

describe('describeReason: why a target has its status, in both languages', () => {
  it.each([
    // target (fixtures quote the plans), the real outcomes, code, English, Chinese
    [
      'Hangzhou 2013: 国家监督抽查合格率 ≥ 90% by 2015, only a differently defined figure',
      T.hangzhouSpotCheck,
      'no_outcome',
      'No annual exact or approximate outcome for 2015. Context only: 2015: 94.97% (different definition).',
      '2015 年没有口径一致或相近的年度结果。仅供参考：2015：94.97%（口径不同，仅供参考）。',
    ],
    [
      'Linxia 2013: 4A级以上旅游景区 7 by 2020, a stock counted in November 2020',
      T.linxia4a,
      'level_met',
      '7 reaches the target = 7.',
      '7 达到目标（达到 7）。',
    ],
  ] as const)('%s', (_, target, code, en, zh) => {
    const { reason } = calcAttainment(target, REAL, indicatorOf(target), { currentYear: 2025 });
    expect(reason.code).toBe(code);
    expect(describeReason('en', reason)).toBe(en);
    expect(describeReason('zh', reason)).toBe(zh);
  });

  it('says why a target without a canonical indicator cannot be assessed', () => {
    // Linxia 2013: 争创中国名牌1个 (达到 a value, and no indicator says which way is better).
    const target: TargetRecord = {
      ...T.linxia4a,
      target_id: 'linxia-brand',
      indicator_id: null,
      unit: 'count',
    };
    const a = calcAttainment(target, REAL, null, { currentYear: 2025 });
    expect([a.status, a.reason.code]).toEqual(['not_assessable', 'no_direction']);
    expect(describeReason('en', a.reason)).toMatch(/^No canonical indicator/);
    expect(describeReason('zh', a.reason)).toMatch(/^没有标准指标/);
  });

  const SAMPLES: AttainmentReason[] = [
    { code: 'qualitative' },
    { code: 'no_target_year' },
    { code: 'additional_count' },
    { code: 'zero_baseline' },
    { code: 'not_due', year: 2030, latestYear: 2025 },
    { code: 'change_unit', targetUnit: 'count', unit: '%' },
    { code: 'unit_mismatch', targetUnit: '‰', unit: '%' },
    { code: 'no_direction', comparator: 'range' },
    { code: 'no_outcome', year: 2017, context: [] },
    { code: 'no_outcome_unmapped', year: 2017 },
    { code: 'no_baseline', baseYear: 2012 },
    {
      code: 'change_met',
      change: -6,
      basis: 'relative',
      fromYear: 2013,
      toYear: 2014,
      comparator: 'decrease_by',
      value: 5,
      required: 57,
    },
    {
      code: 'change_missed',
      change: -2,
      basis: 'relative',
      fromYear: 2013,
      toYear: 2014,
      comparator: 'decrease_by',
      value: 5,
      required: 57,
    },
    { code: 'about_within', outcome: 31, unit: 'μg/m³', value: 30, tolerance: 5 },
    { code: 'about_better', outcome: 21, unit: 'μg/m³', value: 30, tolerance: 5 },
    { code: 'about_outside', outcome: 40, unit: 'μg/m³', value: 30, tolerance: 5 },
    { code: 'range_met', outcome: 33, unit: 'count', low: 30, high: 32, full: 32 },
    { code: 'range_partly', outcome: 31, unit: 'count', low: 30, high: 32, full: 32 },
    { code: 'range_missed', outcome: 29, unit: 'count', low: 30, high: 32, full: 32 },
    { code: 'level_met', outcome: 95, unit: '%', floor: true, comparator: '>=', value: 90 },
    { code: 'level_missed', outcome: 85, unit: '%', floor: true, comparator: '>=', value: 90 },
  ];

  it('has a sample of every code', () => {
    expect(SAMPLES.map((r) => r.code).sort()).toEqual([...REASON_CODES].sort());
  });

  it.each(SAMPLES.map((r) => [r.code, r] as const))('writes %s in Chinese words only', (_, reason) => {
    expect(findEnglish(describeReason('zh', reason))).toEqual([]);
    expect(describeReason('en', reason)).toMatch(/^[A-Z0-9~]/);
  });
});

describe('formatOutcomeMention', () => {
  it.each([
    [
      { year: 2018, period: 'annual', value: 59, unit: 'μg/m³', as_of: null, match: 'exact' },
      '2018: 59 μg/m³',
      '2018: 59 μg/m³',
    ],
    [
      { year: 2017, period: 'monthly 2017-08', value: 16, unit: 'μg/m³', as_of: null, match: 'context' },
      '2017-08: 16 μg/m³ (monthly, context)',
      '2017-08：16 μg/m³（月度，仅供参考）',
    ],
    [
      { year: 2014, period: 'annual', value: 44, unit: 'count', as_of: '2014-06-27', match: 'approximate' },
      '2014: 44 (as of 2014-06-27, approximate)',
      '2014：44（截至 2014-06-27，口径相近）',
    ],
  ] as const)('%j', (outcome, en, zh) => {
    expect(formatOutcomeMention('en', outcome)).toBe(en);
    expect(formatOutcomeMention('zh', outcome)).toBe(zh);
  });
});
