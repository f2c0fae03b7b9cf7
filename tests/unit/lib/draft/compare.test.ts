import { describe, expect, it } from 'vitest';
import {
  calcAmbition,
  calcAmbitionDirection,
  calcDraftComparison,
  calcTargetKind,
  calcTargetLevel,
  type ComparableTarget,
  type DraftFlag,
  type TargetKind,
} from '../../../../src/lib/draft/compare.ts';

function target(
  comparator: ComparableTarget['comparator'],
  value: number | null,
  unit: string | null = '%',
  extra: Partial<ComparableTarget> = {},
): ComparableTarget {
  return { comparator, value, valueMax: null, unit, isNewCount: false, ...extra };
}

// Peers from the published plans: product spot-check pass rate targets of Shijiazhuang (85% 以上),
// Hangzhou (90% 以上) and Linxia (95% 以上); national outcomes 2012–2016 (88.9 … 92.3).
const SPOT_CHECK_PEERS = [target('>=', 85), target('>=', 90), target('>=', 95)];
const SPOT_CHECK_OUTCOMES = [88.9, 89.8, 92.3, 91.1, 91.6].map((value) => ({ value, unit: '%' }));
// PM2.5 (lower is better): Shanwei 30 μg/m³ 左右; outcomes 18, 21 (Shanwei), 59 (Taiyuan).
const PM25_PEERS = [target('~', 30, 'μg/m³')];
const PM25_OUTCOMES = [18, 21, 59].map((value) => ({ value, unit: 'μg/m³' }));

describe('calcDraftComparison', () => {
  it.each<
    [
      string,
      ComparableTarget,
      'higher' | 'lower',
      ComparableTarget[],
      { value: number; unit: string }[],
      DraftFlag[],
    ]
  >([
    [
      '国家监督抽查合格率稳定在90%以上 is within 85–95',
      target('>=', 90),
      'higher',
      SPOT_CHECK_PEERS,
      SPOT_CHECK_OUTCOMES,
      ['within_peer_range'],
    ],
    [
      'a peer’s own value counts as within the range (95 = the highest)',
      target('>=', 95),
      'higher',
      SPOT_CHECK_PEERS,
      SPOT_CHECK_OUTCOMES,
      ['within_peer_range', 'above_any_outcome'],
    ],
    [
      '98% 以上 is above every peer and every outcome',
      target('>=', 98),
      'higher',
      SPOT_CHECK_PEERS,
      SPOT_CHECK_OUTCOMES,
      ['above_every_peer', 'above_any_outcome'],
    ],
    [
      '80% is below every peer',
      target('=', 80),
      'higher',
      SPOT_CHECK_PEERS,
      SPOT_CHECK_OUTCOMES,
      ['below_every_peer'],
    ],
    [
      'PM2.5 25 μg/m³ is below the only peer but not below every outcome',
      target('<=', 25, 'μg/m³'),
      'lower',
      PM25_PEERS,
      PM25_OUTCOMES,
      ['below_every_peer'],
    ],
    [
      'PM2.5 15 μg/m³ is below every outcome too',
      target('<=', 15, 'μg/m³'),
      'lower',
      PM25_PEERS,
      PM25_OUTCOMES,
      ['below_every_peer', 'below_any_outcome'],
    ],
    [
      'a level in another unit has no peer data',
      target('>=', 90, 'count'),
      'higher',
      SPOT_CHECK_PEERS,
      SPOT_CHECK_OUTCOMES,
      ['no_peer_data'],
    ],
    [
      'a change (下降5%) has no level to compare',
      target('decrease_by', 5),
      'lower',
      PM25_PEERS,
      PM25_OUTCOMES,
      ['no_peer_data'],
    ],
    [
      'an additional count (新增2项) is not compared with stocks',
      target('>=', 2, 'count', { isNewCount: true }),
      'higher',
      [target('=', 300, 'count'), target('>=', 5, 'count')],
      [{ value: 9, unit: 'count' }],
      ['no_peer_data'],
    ],
    [
      'Taiyuan 2014: PM2.5 下降5% beside a 下降3% (a larger cut is more ambitious)',
      target('decrease_by', 5),
      'higher',
      [target('decrease_by', 3)],
      PM25_OUTCOMES,
      ['above_every_peer'],
    ],
    [
      'a change (提高5%) is never set beside levels (95%) or outcomes',
      target('increase_by', 5),
      'higher',
      SPOT_CHECK_PEERS,
      SPOT_CHECK_OUTCOMES,
      ['no_peer_data'],
    ],
    [
      'a cut (下降) is not compared with a rise (提高)',
      target('decrease_by', 5),
      'higher',
      [target('increase_by', 5)],
      [],
      ['no_peer_data'],
    ],
    [
      'additions are compared with additions: 新增2个 beside 新增1个 and 新增3个',
      target('=', 2, 'count', { isNewCount: true }),
      'higher',
      [target('=', 1, 'count', { isNewCount: true }), target('=', 3, 'count', { isNewCount: true })],
      [{ value: 9, unit: 'count' }],
      ['within_peer_range'],
    ],
    [
      'no peers, but beyond every outcome',
      target('>=', 10, 'count'),
      'higher',
      [],
      [{ value: 9, unit: 'count' }],
      ['no_peer_data', 'above_any_outcome'],
    ],
  ])('%s', (_name, draft, direction, peers, outcomes, flags) => {
    expect(calcDraftComparison(draft, direction, peers, outcomes).flags).toEqual(flags);
  });

  it('reports the peer levels and outcomes it compared, ascending', () => {
    const result = calcDraftComparison(target('>=', 90), 'higher', SPOT_CHECK_PEERS, SPOT_CHECK_OUTCOMES);
    expect(result.level).toBe(90);
    expect(result.peerLevels).toEqual([85, 90, 95]);
    expect(result.outcomeValues).toEqual([88.9, 89.8, 91.1, 91.6, 92.3]);
  });
});

describe('calcTargetLevel', () => {
  it.each<[string, ComparableTarget, 'higher' | 'lower', number | null]>([
    [
      '30—32 件 (higher is better) commits to 32',
      target('range', 30, 'count', { valueMax: 32 }),
      'higher',
      32,
    ],
    [
      'a range when lower is better commits to its lower end',
      target('range', 30, 'μg/m³', { valueMax: 35 }),
      'lower',
      30,
    ],
    ['左右 commits to its value', target('~', 30, 'μg/m³'), 'lower', 30],
    [
      '提高10% commits to a change of 10 (compared only with changes)',
      target('increase_by', 10),
      'higher',
      10,
    ],
    ['a qualitative commitment has no level', target('qualitative', null, null), 'higher', null],
  ])('%s', (_name, t, direction, level) => {
    expect(calcTargetLevel(t, direction)).toBe(level);
  });
});

describe('calcTargetKind and calcAmbitionDirection', () => {
  it.each<[string, ComparableTarget, 'higher' | 'lower', TargetKind | null, 'higher' | 'lower']>([
    ['稳定在90%以上: a level, higher is better', target('>=', 90), 'higher', 'level', 'higher'],
    ['PM2.5 下降5%: a change the better way', target('decrease_by', 5, '%'), 'lower', 'change', 'higher'],
    [
      '优良天数比例提高5个百分点: a change the better way',
      target('increase_by', 5, 'pp'),
      'higher',
      'change',
      'higher',
    ],
    [
      'a rise where lower is better: a smaller one is more ambitious',
      target('increase_by', 5),
      'lower',
      'change',
      'lower',
    ],
    ['新增5件: an addition', target('=', 5, 'count', { isNewCount: true }), 'higher', 'addition', 'higher'],
    ['a qualitative commitment', target('qualitative', null, null), 'higher', null, 'higher'],
  ])('%s', (_name, t, direction, kind, ambition) => {
    expect(calcTargetKind(t)).toBe(kind);
    expect(calcAmbitionDirection(t, direction)).toBe(ambition);
  });
});

describe('calcAmbition', () => {
  it.each<[DraftFlag, 'higher' | 'lower', string]>([
    ['above_every_peer', 'higher', 'more_ambitious'],
    ['above_every_peer', 'lower', 'less_ambitious'],
    ['below_every_peer', 'lower', 'more_ambitious'],
    ['below_every_peer', 'higher', 'less_ambitious'],
    ['below_any_outcome', 'lower', 'more_ambitious'],
    ['above_any_outcome', 'higher', 'more_ambitious'],
    ['within_peer_range', 'lower', 'within'],
    ['no_peer_data', 'higher', 'unknown'],
  ])('%s when %s is better is %s', (flag, direction, ambition) => {
    expect(calcAmbition(flag, direction)).toBe(ambition);
  });
});
