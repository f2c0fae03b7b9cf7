import { describe, expect, it } from 'vitest';
import type { TargetRecord } from '../../../../src/lib/extract/types';
import {
  buildOutcomeKey,
  calcAttainmentTable,
  calcJudgementDate,
  calcUserAttainment,
  listTouchKeys,
  parseOutcomesCsv,
  type AttainmentRow,
  type JudgementDate,
  type OutcomeRow,
} from '../../../../src/lib/outcomes';
import { TARGETS } from '../../../fixtures/outcomes/targets';
import { listOutcomeCsvs, loadCatalog, readRepoFile } from './load';

const { indicators, cities } = loadCatalog();
const T = TARGETS;
const ALL: TargetRecord[] = Object.values(TARGETS);
const JUDGED_2026: JudgementDate = { datasetDate: '2026-12-07', latestOutcomeYear: 2025 };

/** The repository's real city outcomes (data/outcomes/*.csv). */
const PUBLISHED: OutcomeRow[] = listOutcomeCsvs().flatMap(
  (file) => parseOutcomesCsv(readRepoFile(file), { file, catalog: { indicators, cities, targets: [] } }).rows,
);

/** A researcher's row, annual and exact unless said otherwise (HYPOTHETICAL unless its comment cites a source). */
function yours(
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
    unit: indicators.find((i) => i.indicator_id === target.indicator_id)?.unit ?? target.unit ?? '',
    as_of: null,
    source_title: 'a researcher’s file',
    source_url: null,
    quote: 'a sentence',
    notes: null,
    caveat: null,
    source_kind: null,
    match: 'exact',
    file: 'mine.csv',
    line: 2,
    ...extra,
  };
}

function byTarget(rows: readonly AttainmentRow[], target: TargetRecord): AttainmentRow | undefined {
  return rows.find((row) => row.target_id === target.target_id);
}

describe('calcJudgementDate', () => {
  it.each([
    ['2026-12-07T21:47:00Z', '2026-12-07', 2025],
    ['2027-01-01T00:00:00Z', '2027-01-01', 2026],
    ['2016-12-31T23:59:59Z', '2016-12-31', 2015],
  ])('a dataset built at %s is judged as of %s: outcomes up to %s', (at, datasetDate, latestOutcomeYear) => {
    expect(calcJudgementDate(new Date(at))).toEqual({ datasetDate, latestOutcomeYear });
  });
});

describe('calcAttainmentTable (the published table)', () => {
  const table = calcAttainmentTable(ALL, PUBLISHED, indicators, JUDGED_2026);

  it('has one row per quantitative target and none for a qualitative commitment', () => {
    expect(table.map((row) => row.target_id)).toEqual(
      ALL.filter((t) => t.comparator !== 'qualitative').map((t) => t.target_id),
    );
    expect(byTarget(table, T.hangzhouDemonstrationCity)).toBeUndefined();
  });

  it.each([
    // Linxia promised 7 4A-or-higher attractions by 2020; 7 were reported in late 2020 (approximate).
    ['linxia4a', T.linxia4a, 'met', 'linxia|scenic_4a_plus|2020|annual', 1],
    // Hangzhou's published rates pool other checks (different definition): three rows of context.
    ['hangzhouSpotCheck', T.hangzhouSpotCheck, 'no_outcome', null, 3],
    // Taiyuan's PM2.5 target is for 2014; only 2018 was found.
    ['taiyuanPm25', T.taiyuanPm25, 'no_outcome', null, 1],
    // Shanwei's PM2.5 by 2017: two monthly 2017 values and 2019, 2020 annual ones, none of 2017.
    ['shanweiPm25', T.shanweiPm25, 'no_outcome', null, 4],
    ['shanweiRegionalBrand (an additional count)', T.shanweiRegionalBrand, 'not_assessable', null, 0],
  ] as const)('%s: %s, resting on %s, %s outcome rows', (_label, target, status, key, count) => {
    expect(byTarget(table, target)).toMatchObject({
      status,
      outcome_key: key,
      outcome_origin: key === null ? null : 'published',
      outcome_count: count,
    });
  });

  it.each([
    ['a range 30–32 where higher is better commits to its top', T.shijiazhuangWellKnown, 32],
    ['"about 30" commits to 30', T.shanweiPm25, 30],
    ['a change states no level', T.taiyuanPm25, null],
    ['a target without a canonical indicator has no comparable level', T.shanweiRegionalBrand, null],
  ] as const)('level: %s', (_label, target, level) => {
    expect(byTarget(table, target)?.level).toBe(level);
  });

  it('carries the target’s city, domain, indicator and year, and the judgement date in every row', () => {
    expect(byTarget(table, T.linxiaSewage)).toMatchObject({
      city_id: 'linxia',
      domain: 'environment',
      indicator_id: 'sewage_treatment_rate',
      target_year: 2015,
    });
    expect(new Set(table.map((row) => `${row.dataset_date} ${row.latest_outcome_year}`))).toEqual(
      new Set(['2026-12-07 2025']),
    );
  });

  it('judges a target due after the latest year an outcome could exist as not due', () => {
    const early = calcAttainmentTable([T.linxia4a], PUBLISHED, indicators, {
      datasetDate: '2019-06-01',
      latestOutcomeYear: 2018,
    });
    expect(early[0]?.status).toBe('not_due');
  });
});

describe('calcUserAttainment (re-judging a researcher’s rows)', () => {
  // Hangzhou's 2015 report: 合格率为94.97%(去年93.64%) — read as the plan's rate (tests/fixtures/outcomes/good-outcomes.csv).
  const hangzhou2015 = yours(T.hangzhouSpotCheck, 2015, 94.97, { match: 'approximate' });

  it.each([
    [
      'your 2015 reading of Hangzhou’s spot-check rate meets ≥ 90%; the published rows stay context',
      [hangzhou2015],
      [['hangzhouSpotCheck', 'met', 'yours', 4]],
    ],
    [
      'a row of another year is context: the status stays',
      [yours(T.hangzhouSpotCheck, 2013, 88)],
      [['hangzhouSpotCheck', 'no_outcome', null, 4]],
    ],
    [
      'your row beside a published one that could assess the same target is used; theirs becomes context',
      [yours(T.linxia4a, 2020, 5)],
      [['linxia4a', 'missed', 'yours', 2]],
    ],
    [
      'a row filed under a target_id touches that target only (the published 2014 stock stays context)',
      [
        yours(T.shijiazhuangFamous, 2015, 360, {
          indicator_id: null,
          target_id: T.shijiazhuangFamous.target_id,
        }),
      ],
      [['shijiazhuangFamous', 'met', 'yours', 2]],
    ],
    [
      'rows touching two targets re-judge both, each against its own rows',
      [hangzhou2015, yours(T.linxiaSewage, 2015, 79)],
      [
        ['hangzhouSpotCheck', 'met', 'yours', 4],
        ['linxiaSewage', 'missed', 'yours', 1],
      ],
    ],
    [
      'a row on an indicator of a city with no such target touches nothing',
      [yours({ ...T.linxia4a, city_id: 'taiyuan' }, 2020, 9)],
      [],
    ],
    ['no rows: nothing is re-judged', [], []],
  ] as const)('%s', (_label, rows, expected) => {
    const judged = calcUserAttainment({
      targets: ALL,
      published: PUBLISHED,
      yours: rows,
      indicators,
      judgement: JUDGED_2026,
    });
    expect(
      judged.map((row) => {
        const name = Object.entries(T).find(([, t]) => t.target_id === row.target_id)?.[0];
        return [name, row.status, row.outcome_origin, row.outcome_count];
      }),
    ).toEqual(expected);
  });

  it('takes your base-year row as the baseline: 86 (2012) to 89 (2015) misses ≥ 90 and closes 75% of the gap', () => {
    const [row] = calcUserAttainment({
      targets: [T.hangzhouSpotCheck],
      published: PUBLISHED,
      yours: [yours(T.hangzhouSpotCheck, 2012, 86), yours(T.hangzhouSpotCheck, 2015, 89)],
      indicators,
      judgement: JUDGED_2026,
    });
    expect(row).toMatchObject({
      status: 'missed',
      gap: 1,
      gap_closed_share: 0.75,
      base_year: 2012,
      baseline_key: 'hangzhou|product_spot_check_pass_rate|2012|annual',
      baseline_origin: 'yours',
      outcome_key: buildOutcomeKey(yours(T.hangzhouSpotCheck, 2015, 89)),
      outcome_origin: 'yours',
    });
    expect(row?.progress_status).not.toBeNull();
  });

  it('judges at the published date: a target due after it stays not due whatever your rows say', () => {
    const [row] = calcUserAttainment({
      targets: [T.linxia4a],
      published: PUBLISHED,
      yours: [yours(T.linxia4a, 2020, 9)],
      indicators,
      judgement: { datasetDate: '2019-06-01', latestOutcomeYear: 2018 },
    });
    expect(row?.status).toBe('not_due');
  });
});

describe('calcUserAttainment with plans added in the browser', () => {
  /** A plan of the same city and indicator as a published target, added by a person: another doc_id. */
  const added = (target: TargetRecord, changes: Partial<TargetRecord> = {}): TargetRecord => ({
    ...target,
    doc_id: 'mine-2016',
    target_id: 'mine-2016-001',
    review: 'corrected',
    ...changes,
  });

  it.each([
    [
      'judged against the published outcomes of its city and indicator, as the build judges its own targets',
      [added(T.linxia4a)],
      [],
    ],
    [
      'a city the dataset does not have: no outcome can speak to it',
      [added(T.linxia4a, { city_id: 'wenzhou' })],
      [],
    ],
    [
      'a qualitative commitment has no row',
      [added(T.linxia4a, { comparator: 'qualitative', value: null })],
      [],
    ],
    ['with your outcome row of its indicator', [added(T.linxia4a)], [yours(T.linxia4a, 2020, 5)]],
  ] as const)('%s', (_label, plans, rows) => {
    const judged = calcUserAttainment({
      targets: ALL,
      plans,
      published: PUBLISHED,
      yours: rows,
      indicators,
      judgement: JUDGED_2026,
    });
    // The one rule, applied to the same target as if the build had it: the oracle is the build's own table.
    const asBuilt = calcAttainmentTable(
      plans.filter((p) => p.comparator !== 'qualitative'),
      [...rows, ...PUBLISHED],
      indicators,
      JUDGED_2026,
    );
    const mine = judged.filter((row) => row.target_id === 'mine-2016-001');
    expect(mine.map((row) => [row.status, row.outcome_key])).toEqual(
      asBuilt.map((row) => [row.status, row.outcome_key]),
    );
    expect(mine.length).toBe(plans.filter((p) => p.comparator !== 'qualitative').length);
  });
});

describe('listTouchKeys', () => {
  it('names each city with its indicator and with its target once', () => {
    expect(
      listTouchKeys([
        yours(T.hangzhouSpotCheck, 2015, 95),
        yours(T.hangzhouSpotCheck, 2016, 96),
        yours(T.shijiazhuangFamous, 2015, 1, { target_id: T.shijiazhuangFamous.target_id }),
      ]),
    ).toEqual([
      'hangzhou|i:product_spot_check_pass_rate',
      'shijiazhuang|i:provincial_famous_trademarks',
      `shijiazhuang|t:${T.shijiazhuangFamous.target_id}`,
    ]);
  });
});

describe('buildOutcomeKey', () => {
  it.each([
    [
      { indicator_id: 'pm25_concentration', target_id: null, period: 'annual' },
      'taiyuan|pm25_concentration|2018|annual',
    ],
    [{ indicator_id: null, target_id: 't-1', period: 'annual' }, 'taiyuan|target:t-1|2018|annual'],
    [
      { indicator_id: 'pm25_concentration', target_id: null, period: 'monthly 2018-08' },
      'taiyuan|pm25_concentration|2018|monthly 2018-08',
    ],
  ])('%j → %s', (fields, key) => {
    expect(buildOutcomeKey({ city_id: 'taiyuan', year: 2018, ...fields })).toBe(key);
  });
});
