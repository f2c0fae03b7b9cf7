import { describe, expect, it } from 'vitest';
import type { TargetRecord } from '../../../../src/lib/extract/types';
import {
  APPROX_TOLERANCE,
  calcAttainment,
  calcAttainments,
  calcPlanBaseYear,
  describeReason,
  formatOutcomeLabel,
  parseOutcomesCsv,
  type AttainmentOptions,
  type OutcomeRow,
} from '../../../../src/lib/outcomes';
import { TARGETS } from '../../../fixtures/outcomes/targets';
import { listOutcomeCsvs, loadCatalog, readRepoFile } from './load';

const { indicators, cities } = loadCatalog();
const indicatorOf = (t: TargetRecord) => indicators.find((i) => i.indicator_id === t.indicator_id) ?? null;
const OPTIONS = { currentYear: 2024 };

/** The repository's real city outcomes. */
const REAL: OutcomeRow[] = listOutcomeCsvs().flatMap(
  (file) => parseOutcomesCsv(readRepoFile(file), { file, catalog: { indicators, cities, targets: [] } }).rows,
);

/**
 * A HYPOTHETICAL outcome for exercising the rules (no such figure was published): annual, exact,
 * in the unit of the target's indicator unless overridden.
 */
function hypothetical(
  target: TargetRecord,
  year: number,
  value: number,
  extra: Partial<OutcomeRow> = {},
): OutcomeRow {
  return {
    city_id: target.city_id,
    indicator_id: target.indicator_id,
    target_id: null,
    indicator_zh: null,
    indicator_en: null,
    year,
    period: 'annual',
    value,
    unit: indicatorOf(target)?.unit ?? target.unit ?? '',
    as_of: null,
    source_title: 'hypothetical value for a unit test',
    source_url: null,
    quote: null,
    notes: null,
    caveat: null,
    source_kind: null,
    match: 'exact',
    file: 'test',
    line: 0,
    ...extra,
  };
}

function assess(target: TargetRecord, outcomes: OutcomeRow[], options: AttainmentOptions = OPTIONS) {
  return calcAttainment(target, outcomes, indicatorOf(target), options);
}

const T = TARGETS;
const pm25Equal = { ...T.shanweiPm25, comparator: '=' as const };
const pm25AtMost = { ...T.shanweiPm25, comparator: '<=' as const, value: 35 };
const pm25Range = { ...T.shanweiPm25, comparator: 'range' as const, value: 25, value_max: 35 };
const goodAirApprox = { ...T.taiyuanGoodAir, comparator: '~' as const, value: 90, target_year: 2014 };

describe('calcAttainment: comparators (hypothetical outcomes of the target year)', () => {
  it.each([
    // target, outcome of the target year, status, gap
    ['>= 90, outcome 91', T.hangzhouSpotCheck, 91, 'met', null],
    ['>= 90, outcome exactly 90', T.hangzhouSpotCheck, 90, 'met', null],
    ['>= 90, outcome 89.5', T.hangzhouSpotCheck, 89.5, 'missed', 0.5],
    ['= 7 (higher is better): 7', T.linxia4a, 7, 'met', null],
    ['= 7 (higher is better): 8 exceeds', T.linxia4a, 8, 'met', null],
    ['= 7 (higher is better): 6', T.linxia4a, 6, 'missed', 1],
    ['= 30 (lower is better): 28', pm25Equal, 28, 'met', null],
    ['= 30 (lower is better): 31', pm25Equal, 31, 'missed', 1],
    ['<= 35: 35', pm25AtMost, 35, 'met', null],
    ['<= 35: 36.2', pm25AtMost, 36.2, 'missed', 1.2],
    ['~30 (±5 %): 31.5 at the edge', T.shanweiPm25, 31.5, 'met', null],
    ['~30 (±5 %): 28.5 at the edge', T.shanweiPm25, 28.5, 'met', null],
    ['~30 (±5 %): 31.6 outside', T.shanweiPm25, 31.6, 'missed', 1.6],
    ['~30 (lower is better): 18 is better', T.shanweiPm25, 18, 'met', null],
    ['~90 (higher is better): 85 outside', goodAirApprox, 85, 'missed', 5],
    ['~90 (higher is better): 95 better', goodAirApprox, 95, 'met', null],
    ['range 30–32 (higher): 33 beyond', T.shijiazhuangWellKnown, 33, 'met', null],
    ['range 30–32 (higher): 32 top', T.shijiazhuangWellKnown, 32, 'met', null],
    ['range 30–32 (higher): 31 inside', T.shijiazhuangWellKnown, 31, 'partly_met', 1],
    ['range 30–32 (higher): 30 floor', T.shijiazhuangWellKnown, 30, 'partly_met', 2],
    ['range 30–32 (higher): 29 below', T.shijiazhuangWellKnown, 29, 'missed', 1],
    ['range 25–35 (lower): 24 beyond', pm25Range, 24, 'met', null],
    ['range 25–35 (lower): 30 inside', pm25Range, 30, 'partly_met', 5],
    ['range 25–35 (lower): 36 above', pm25Range, 36, 'missed', 1],
  ] as const)('%s', (_, target, value, status, gap) => {
    const a = assess(target, [hypothetical(target, target.target_year!, value)]);
    expect([a.status, a.gap]).toEqual([status, gap]);
    expect(a.outcome?.value).toBe(value);
    if (status !== 'met') expect(a.gapUnit).toBe(indicatorOf(target)?.unit);
  });

  it(`shows the tolerance it used (±${APPROX_TOLERANCE * 100}%)`, () => {
    expect(APPROX_TOLERANCE).toBe(0.05);
    expect(describeReason('en', assess(T.shanweiPm25, [hypothetical(T.shanweiPm25, 2017, 31)]).reason)).toBe(
      '31 μg/m³ is within ±5% of ~30.',
    );
  });
});

describe('calcAttainment: targets near 100 % (the ceiling case)', () => {
  it.each([
    // target, baseline (plan base year), outcome, status, gap, share of the baseline's gap closed
    ['= 100: 100 meets it', T.linxiaMajorWorks, 98, 100, 'met', null, null],
    ['= 100: 99.5 misses it', T.linxiaMajorWorks, 98, 99.5, 'missed', 0.5, 0.75],
    ['= 100: a baseline already at 100 gives no share', T.linxiaMajorWorks, 100, 99, 'missed', 1, null],
    ['= 100: falling from the baseline closes a negative share', T.linxiaMajorWorks, 99, 98, 'missed', 2, -1],
    ['>= 90: 89 from 86 closes 75 %', T.hangzhouSpotCheck, 86, 89, 'missed', 1, 0.75],
    ['= 80 (below 90): no share', T.linxiaSewage, 60, 79, 'missed', 1, null],
  ] as const)('%s', (_, target, base, value, status, gap, share) => {
    const baseYear = calcPlanBaseYear(target.doc_id)!;
    const a = assess(target, [
      hypothetical(target, baseYear, base),
      hypothetical(target, target.target_year!, value),
    ]);
    expect([a.status, a.gap, a.gapClosedShare]).toEqual([status, gap, share]);
    expect(a.baseline?.year).toBe(baseYear);
  });

  it('without a baseline a missed 100 % target has a gap but no share', () => {
    const a = assess(T.linxiaMajorWorks, [hypothetical(T.linxiaMajorWorks, 2015, 99.5)]);
    expect([a.status, a.gap, a.gapClosedShare, a.baseline]).toEqual(['missed', 0.5, null, null]);
  });
});

describe('calcAttainment: increase_by / decrease_by against the base year', () => {
  it.each([
    // target, baseline (2013), outcome (2014), status, change, gap
    ['−5 %: 80 → 76', T.taiyuanPm25, 80, 76, 'met', -5, null],
    ['−5 %: 80 → 70', T.taiyuanPm25, 80, 70, 'met', -12.5, null],
    ['−5 %: 80 → 77', T.taiyuanPm25, 80, 77, 'missed', -3.75, 1],
    ['−5 %: 80 → 84 (worse)', T.taiyuanPm25, 80, 84, 'missed', 5, 8],
    ['+5 % (relative, of a share): 60 → 63', T.taiyuanGoodAir, 60, 63, 'met', 5, null],
    ['+5 % (relative, of a share): 60 → 62', T.taiyuanGoodAir, 60, 62, 'missed', 3.3333333333, 1],
  ] as const)('%s', (_, target, base, value, status, change, gap) => {
    const a = assess(target, [hypothetical(target, 2013, base), hypothetical(target, 2014, value)]);
    expect([a.status, a.change, a.changeBasis, a.gap]).toEqual([status, change, 'relative', gap]);
    expect(a.baseline?.year).toBe(2013);
  });

  it.each([
    ['+5 percentage points: 60 → 65', { ...T.taiyuanGoodAir, unit: 'pp' }, 60, 65, 'met', 5, null],
    ['+5 percentage points: 60 → 64', { ...T.taiyuanGoodAir, unit: 'pp' }, 60, 64, 'missed', 4, 1],
    [
      '+2 (count): 5 → 7',
      { ...T.linxia4a, comparator: 'increase_by' as const, value: 2, target_year: 2014 },
      5,
      7,
      'met',
      2,
      null,
    ],
  ])('absolute when the unit says so: %s', (_, target, base, value, status, change, gap) => {
    const baseYear = calcPlanBaseYear(target.doc_id)!;
    const a = assess(target, [
      hypothetical(target, baseYear, base),
      hypothetical(target, target.target_year!, value),
    ]);
    expect([a.status, a.change, a.changeBasis, a.gap]).toEqual([status, change, 'absolute', gap]);
  });

  it('is no_baseline without the outcome of the year before the plan', () => {
    const a = assess(T.taiyuanPm25, [
      hypothetical(T.taiyuanPm25, 2014, 76),
      hypothetical(T.taiyuanPm25, 2012, 80),
    ]);
    expect(a).toMatchObject({ status: 'no_baseline', baseYear: 2013, baseline: null });
    expect(a.outcome?.year).toBe(2014);
    expect(a.context.map((c) => c.label)).toEqual(['2012: 80 μg/m³']);
  });

  it('uses a base year the plan states instead of the year before it', () => {
    const outcomes = [hypothetical(T.taiyuanPm25, 2012, 80), hypothetical(T.taiyuanPm25, 2014, 76)];
    const a = assess(T.taiyuanPm25, outcomes, { currentYear: 2024, baseYears: { 'taiyuan-2014': 2012 } });
    expect([a.status, a.baseYear, a.change]).toEqual(['met', 2012, -5]);
  });

  it.each([
    ['an approximate baseline counts', { match: 'approximate' as const }, 'met'],
    ['a context baseline does not', { match: 'context' as const }, 'no_baseline'],
    ['a monthly baseline does not', { period: 'monthly 2013-12' }, 'no_baseline'],
  ])('%s', (_, extra, status) => {
    const a = assess(T.taiyuanPm25, [
      hypothetical(T.taiyuanPm25, 2013, 80, extra),
      hypothetical(T.taiyuanPm25, 2014, 76),
    ]);
    expect(a.status).toBe(status);
  });

  it('cannot read a change in a unit that is neither %, points nor the indicator unit', () => {
    const target = { ...T.taiyuanGoodAir, unit: 'μg/m³' };
    expect(assess(target, [hypothetical(target, 2013, 60), hypothetical(target, 2014, 63)]).status).toBe(
      'not_assessable',
    );
  });

  it('cannot take a relative change from 0', () => {
    const target = T.taiyuanGoodAir;
    expect(assess(target, [hypothetical(target, 2013, 0), hypothetical(target, 2014, 3)]).status).toBe(
      'not_assessable',
    );
  });
});

describe('calcAttainment: statuses other than met and missed', () => {
  it.each([
    ['qualitative: not_assessable', T.hangzhouDemonstrationCity, OPTIONS, 'not_assessable'],
    ['no target year: not_assessable', { ...T.linxia4a, target_year: null }, OPTIONS, 'not_assessable'],
    ['an additional count (新增): not_assessable', T.shanweiRegionalBrand, OPTIONS, 'not_assessable'],
    [
      'target unit differs from the indicator: not_assessable',
      { ...T.hangzhouSpotCheck, unit: 'count' },
      OPTIONS,
      'not_assessable',
    ],
    [
      '"=" with no indicator to give a direction: not_assessable',
      { ...T.linxia4a, indicator_id: null },
      OPTIONS,
      'not_assessable',
    ],
    ['due after the current year: not_due', T.linxia4a, { currentYear: 2019 }, 'not_due'],
    [
      'due in the current year, only another year published: no_outcome',
      T.linxia5a,
      { currentYear: 2020 },
      'no_outcome',
    ],
  ] as const)('%s', (_, target, options, status) => {
    expect(assess(target, [hypothetical(target, 2019, 7)], options).status).toBe(status);
  });

  it.each([
    ['monthly, even if exact', { period: 'monthly 2017-08' }, 'not_annual'],
    ['quarterly', { period: 'quarterly 2017-Q3' }, 'not_annual'],
    ['different definition', { match: 'different_definition' as const }, 'different_definition'],
    ['context', { match: 'context' as const }, 'context'],
  ])('a %s value of the target year never assesses it', (_, extra, reason) => {
    const a = assess(T.shanweiPm25, [hypothetical(T.shanweiPm25, 2017, 16, extra)]);
    expect(a.status).toBe('no_outcome');
    expect(a.outcome).toBeNull();
    expect(a.context.map((c) => c.reason)).toEqual([reason]);
  });

  it('another year never stands in for the target year', () => {
    const a = assess(T.hangzhouSpotCheck, [
      hypothetical(T.hangzhouSpotCheck, 2014, 95),
      hypothetical(T.hangzhouSpotCheck, 2016, 96),
    ]);
    expect(a.status).toBe('no_outcome');
    expect(a.context.map((c) => [c.label, c.reason])).toEqual([
      ['2014: 95%', 'other_year'],
      ['2016: 96%', 'other_year'],
    ]);
  });

  it("ignores other cities' and other indicators' outcomes", () => {
    const other = [
      hypothetical(T.hangzhouSpotCheck, 2015, 95, { city_id: 'taiyuan' }),
      hypothetical(T.hangzhouSpotCheck, 2015, 95, { indicator_id: 'provincial_spot_check_pass_rate' }),
    ];
    expect(assess(T.hangzhouSpotCheck, other)).toMatchObject({ status: 'no_outcome', context: [] });
  });

  it('uses a row filed under the target_id of a target without a canonical indicator', () => {
    const target = { ...T.shanweiPm25, indicator_id: null };
    const row = hypothetical(target, 2017, 29, {
      indicator_id: null,
      target_id: target.target_id,
      unit: 'μg/m³',
    });
    expect(assess(target, [row])).toMatchObject({ status: 'met', progress: null });
  });
});

describe('calcAttainment on the real outcomes in data/outcomes', () => {
  it.each([
    [
      'Linxia 4A-or-higher scenic areas = 7 by 2020: met by the approximate Nov 2020 stock',
      T.linxia4a,
      'met',
      ['2020: 7 (as of 2020-11-27, approximate)'],
      [],
    ],
    ['Linxia 5A = 3 by 2020: nothing published', T.linxia5a, 'no_outcome', [], []],
    [
      'Hangzhou 国家监督抽查 ≥ 90 by 2015: only pooled local checks, a different definition',
      T.hangzhouSpotCheck,
      'no_outcome',
      [],
      [
        '2014: 93.64% (different definition)',
        '2015: 94.97% (different definition)',
        '2016: 95.67% (different definition)',
      ],
    ],
    [
      'Shanwei PM2.5 ~30 by 2017: only monthly 2017 values and later years',
      T.shanweiPm25,
      'no_outcome',
      [],
      [
        '2017-08: 16 μg/m³ (monthly, context)',
        '2017-09: 20 μg/m³ (monthly, context)',
        '2019: 21 μg/m³',
        '2020: 18 μg/m³',
      ],
    ],
    ['Taiyuan PM2.5 −5 % by 2014: only 2018', T.taiyuanPm25, 'no_outcome', [], ['2018: 59 μg/m³']],
    [
      'Shijiazhuang 驰名商标 30–32 by 2015: only a mid-2014 stock',
      T.shijiazhuangWellKnown,
      'no_outcome',
      [],
      ['2014: 44 (as of 2014-06-27, approximate)'],
    ],
  ] as const)('%s', (_, target, status, used, context) => {
    const a = assess(target, REAL);
    expect(a.status).toBe(status);
    expect(a.outcome ? [formatOutcomeLabel(a.outcome)] : []).toEqual(used);
    expect(a.context.map((c) => c.label)).toEqual(context);
  });

  it('explains a no_outcome with the context of the target year', () => {
    expect(describeReason('en', assess(T.hangzhouSpotCheck, REAL).reason)).toBe(
      'No annual exact or approximate outcome for 2015. Context only: 2015: 94.97% (different definition).',
    );
  });

  it("calcAttainments gives each target what calcAttainment gives it with every city's rows", () => {
    const targets = Object.values(T);
    // Each target's own row at its year, and another city's row for the same indicator and year.
    const mixed = [
      ...REAL,
      ...targets.flatMap((t) => [
        hypothetical(t, t.target_year ?? 2015, (t.value ?? 0) + 1),
        hypothetical(t, t.target_year ?? 2015, 0, { city_id: t.city_id === 'linxia' ? 'taiyuan' : 'linxia' }),
      ]),
    ];
    expect(calcAttainments(targets, mixed, indicators, OPTIONS)).toEqual(
      targets.map((t) => calcAttainment(t, mixed, indicatorOf(t), OPTIONS)),
    );
  });

  it('calcAttainments assesses every target with its indicator', () => {
    const all = calcAttainments(Object.values(T), REAL, indicators, { currentYear: 2024 });
    expect(Object.fromEntries(all.map((a) => [a.target_id, a.status]))).toEqual({
      'fixture-taiyuan-pm25': 'no_outcome',
      'fixture-taiyuan-good-air': 'no_outcome',
      'fixture-taiyuan-drinking-water': 'no_outcome',
      'fixture-hangzhou-spot-check': 'no_outcome',
      'fixture-hangzhou-demonstration-city': 'not_assessable',
      'fixture-shijiazhuang-well-known': 'no_outcome',
      'fixture-shijiazhuang-famous': 'no_outcome',
      'fixture-shanwei-pm25': 'no_outcome',
      'fixture-shanwei-regional-brand': 'not_assessable',
      'fixture-linxia-4a': 'met',
      'fixture-linxia-5a': 'no_outcome',
      'fixture-linxia-major-works': 'no_outcome',
      'fixture-linxia-sewage': 'no_outcome',
    });
  });
});

describe('calcAttainment: progress (Open SDG) from annual assessing outcomes up to the target year', () => {
  it('is computed for a target not yet due', () => {
    const outcomes = [2012, 2013, 2014].map((y, i) => hypothetical(T.hangzhouSpotCheck, y, [86, 87, 88][i]!));
    const a = assess(T.hangzhouSpotCheck, outcomes, { currentYear: 2014 });
    expect(a.status).toBe('not_due');
    expect(a.progress).toMatchObject({
      method: 'target',
      baseYear: 2012,
      currentYear: 2014,
      status: 'moderate_progress',
    });
    expect(a.progress?.progressValue).toBeCloseTo(((88 / 86) ** 0.5 - 1) / ((90 / 86) ** (1 / 3) - 1), 12);
  });

  it('leaves out monthly, context and post-deadline values', () => {
    const outcomes = [
      hypothetical(T.shanweiPm25, 2016, 40),
      hypothetical(T.shanweiPm25, 2017, 16, { period: 'monthly 2017-08' }),
      hypothetical(T.shanweiPm25, 2017, 20, { match: 'context' }),
      hypothetical(T.shanweiPm25, 2020, 18),
    ];
    expect(assess(T.shanweiPm25, outcomes).progress).toBeNull();
  });

  it('uses the level an increase_by target implies', () => {
    const outcomes = [hypothetical(T.taiyuanGoodAir, 2013, 60), hypothetical(T.taiyuanGoodAir, 2014, 62)];
    const a = assess(T.taiyuanGoodAir, outcomes);
    expect(a.progress).toMatchObject({ method: 'target', status: 'moderate_progress' });
    expect(a.progress?.requiredRate).toBeCloseTo(0.05, 12);
  });

  it('falls back to the trend for a qualitative target with an indicator', () => {
    const target = { ...T.linxiaSewage, comparator: 'qualitative' as const, value: null };
    const outcomes = [hypothetical(target, 2012, 60), hypothetical(target, 2014, 70)];
    expect(assess(target, outcomes)).toMatchObject({
      status: 'not_assessable',
      progress: { method: 'trend' },
    });
  });
});

describe('calcPlanBaseYear', () => {
  it.each([
    ['shijiazhuang-2011', undefined, 2010],
    ['taiyuan-2014', undefined, 2013],
    ['linxia-2013', undefined, 2012],
    ['linxia-2013', { 'linxia-2013': 2010 }, 2010],
    ['upload', undefined, null],
  ])('%s → %s', (doc, stated, year) => {
    expect(calcPlanBaseYear(doc, stated)).toBe(year);
  });
});
