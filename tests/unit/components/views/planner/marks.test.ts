import { describe, expect, it } from 'vitest';
import { buildPlannerMarks } from '../../../../../src/components/views/planner/marks.ts';
import { PLANNER_STRINGS } from '../../../../../src/components/views/planner/strings.ts';
import type { PeerTargetRow, ReportedOutcome } from '../../../../../src/lib/data/queries/planner.ts';
import type { ReferenceRow } from '../../../../../src/lib/data/tables.ts';
import { createFormatters } from '../../../../../src/lib/i18n/format.ts';

// Shanwei 2017: PM2.5年均浓度维持在30微克/立方米左右.
const peer: PeerTargetRow = {
  targetId: 'shanwei-2017-015',
  docId: 'shanwei-2017',
  cityId: 'shanwei',
  level: 30,
  comparator: '~',
  value: 30,
  valueMax: null,
  unit: 'μg/m³',
  unitZh: null,
  targetYear: 2017,
  quote: 'PM2.5年均浓度维持在30微克/立方米左右',
};

function outcome(over: Partial<ReportedOutcome>): ReportedOutcome {
  return {
    city_id: 'taiyuan',
    indicator_id: 'pm25_concentration',
    target_id: null,
    indicator_zh: null,
    indicator_en: null,
    year: 2018,
    period: 'annual',
    value: 59,
    unit: 'μg/m³',
    as_of: null,
    source_title: 'a bulletin',
    source_url: null,
    quote: 'a quoted sentence',
    notes: null,
    caveat: null,
    source_kind: 'mirror',
    match: 'exact',
    file: 'data/outcomes/city-outcomes.csv',
    line: 2,
    source_title_zh: null,
    notes_zh: null,
    caveat_zh: null,
    outcomeKey: 'taiyuan|pm25_concentration|2018|annual',
    origin: 'published',
    isAssessing: true,
    ...over,
  };
}

const reference = (over: Partial<ReferenceRow>): ReferenceRow => ({
  reference_id: 'sx-2017-outcome-pm25',
  indicator_id: 'pm25_concentration',
  scope: 'provincial',
  region_zh: '山西省',
  region_en: 'Shanxi',
  kind: 'outcome',
  comparator: '=',
  value: 59,
  value_max: null,
  unit: 'μg/m³',
  year: 2017,
  quote: 'a quoted sentence',
  source_title: 'a bulletin',
  source_url: 'https://example.org/',
  source_note: null,
  ...over,
});

function build(input: Partial<Parameters<typeof buildPlannerMarks>[0]>) {
  return buildPlannerMarks({
    peers: [],
    outcomes: [],
    references: [],
    unit: 'μg/m³',
    proposalYear: 2025,
    latest: null,
    cityName: (id) => ({ shanwei: 'Shanwei', taiyuan: 'Taiyuan' })[id] ?? id,
    lang: 'en',
    format: createFormatters('en'),
    t: PLANNER_STRINGS.en,
    ...input,
  });
}

describe('buildPlannerMarks', () => {
  it('draws a peer target at its level, named by city, year and promise, with its sentence', () => {
    expect(build({ peers: [peer] })).toEqual([
      {
        key: 'shanwei-2017-015',
        row: 'targets',
        value: 30,
        filled: true,
        outdated: false,
        label: 'Shanwei · 2017: ≈ 30 μg/m³',
        lines: [peer.quote],
      },
    ]);
  });

  it.each([
    ['an assessing published outcome is filled', outcome({}), true, false, 'Taiyuan · 2018: 59 μg/m³'],
    [
      'a context outcome is hollow',
      outcome({ isAssessing: false, match: 'context' }),
      false,
      false,
      'Taiyuan · 2018: 59 μg/m³',
    ],
    ['your outcome says so', outcome({ origin: 'yours' }), true, true, 'Taiyuan · 2018: 59 μg/m³ (yours)'],
  ])('%s', (_label, row, filled, yours, label) => {
    const [mark] = build({ outcomes: [row] });
    expect(mark).toMatchObject({ row: 'outcomes', value: 59, filled, yours, label });
    expect(mark?.lines).toEqual([row.source_title, row.quote]);
  });

  it('draws a peer target set ten years or more before the proposal hollow, as outdated', () => {
    const [mark] = build({ peers: [peer], proposalYear: 2030 });
    expect(mark).toMatchObject({ filled: false, outdated: true });
  });

  it('draws the city’s latest value, typed for a city not in the data, as its own mark', () => {
    const marks = build({ latest: { city: 'Foshan', year: 2024, value: 42 } });
    expect(marks).toEqual([
      expect.objectContaining({
        key: 'latest',
        row: 'outcomes',
        isLatest: true,
        label: 'Foshan · 2024 (latest): 42 μg/m³',
      }),
    ]);
  });

  it('keeps outcomes of two origins with the same key apart', () => {
    const marks = build({ outcomes: [outcome({}), outcome({ origin: 'yours' })] });
    expect(new Set(marks.map((m) => m.key)).size).toBe(2);
  });

  it('draws a reference outcome filled and a reference target hollow, and leaves out one without a number', () => {
    const marks = build({
      references: [
        reference({}),
        reference({
          reference_id: 'cn-target',
          kind: 'target',
          comparator: '<=',
          value: 35,
          region_en: 'China',
        }),
        reference({ reference_id: 'no-number', comparator: 'qualitative', value: null }),
      ],
    });
    expect(marks.map((m) => [m.key, m.filled, m.label, m.tag])).toEqual([
      ['sx-2017-outcome-pm25', true, 'Shanxi · 2017 outcome: 59 μg/m³', 'Shanxi 2017 outcome'],
      ['cn-target', false, 'China · 2017 target: ≤ 35 μg/m³', 'China 2017 target'],
    ]);
  });
});
