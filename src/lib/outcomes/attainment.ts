/**
 * Attainment: whether a plan target (TargetRecord) was met, judged against the city's outcome for the
 * target year. The rules are written out in this folder's README.md ("Attainment: the rules").
 */

import type { Indicator, TargetRecord } from '../extract/types';
import { calcProgress, type Progress } from './progress';
import { ASSESSING_MATCHES, type OutcomeRow } from './types';
import { formatOutcomeMention } from './words';

export type AttainmentStatus =
  'met' | 'partly_met' | 'missed' | 'not_due' | 'no_outcome' | 'no_baseline' | 'not_assessable';

/** Statuses in the order they are shown: results first, then why there is none. */
export const STATUS_ORDER: readonly AttainmentStatus[] = [
  'met',
  'partly_met',
  'missed',
  'no_baseline',
  'no_outcome',
  'not_due',
  'not_assessable',
];

/** Relative tolerance of `~` (左右) targets: an outcome within ±5 % of the stated value meets it. */
export const APPROX_TOLERANCE = 0.05;

/** Percentage targets at or above this value also report the share of the baseline's gap closed. */
export const NEAR_CEILING_PERCENT = 90;

/** Units that declare a change target in absolute percentage points rather than relative per cent. */
export const PERCENTAGE_POINT_UNITS: readonly string[] = ['pp', 'percentage_points'];

export interface AttainmentOptions {
  /** The latest year whose annual outcome could exist; targets due after it are `not_due`. */
  currentYear: number;
  /** Base year by doc_id, where a plan states its own; otherwise the year before the plan (calcPlanBaseYear). */
  baseYears?: Readonly<Record<string, number>>;
}

export type ContextReason = 'other_year' | 'not_annual' | 'different_definition' | 'context';

/** An outcome shown beside a target but never used to assess it. */
export interface ContextOutcome {
  row: OutcomeRow;
  /** e.g. `2018: 59 μg/m³`, `2017-08: 16 μg/m³ (monthly)`, `2015: 94.97% (different definition)`. */
  label: string;
  reason: ContextReason;
}

/** An outcome as a reason names it. */
export type OutcomeMention = Pick<OutcomeRow, 'year' | 'period' | 'value' | 'unit' | 'as_of' | 'match'>;

/**
 * Why a target has its status: a code and the values its sentence names. The sentences, in both languages,
 * are words.ts `describeReason`; the build publishes the code and both sentences.
 */
export type AttainmentReason =
  | { code: 'qualitative' | 'no_target_year' | 'additional_count' | 'zero_baseline' }
  | { code: 'not_due'; year: number; latestYear: number }
  | { code: 'change_unit'; targetUnit: string | null; unit: string | null }
  | { code: 'unit_mismatch'; targetUnit: string; unit: string }
  | { code: 'no_direction'; comparator: '=' | 'range' }
  | { code: 'no_outcome'; year: number; context: OutcomeMention[] }
  | { code: 'no_outcome_unmapped'; year: number }
  | { code: 'no_baseline'; baseYear: number | null }
  | {
      code: 'change_met' | 'change_missed';
      change: number;
      basis: 'relative' | 'absolute' | null;
      fromYear: number;
      toYear: number;
      comparator: string;
      value: number;
      required: number;
    }
  | {
      code: 'about_within' | 'about_better' | 'about_outside';
      outcome: number;
      unit: string | null;
      value: number;
      tolerance: number;
    }
  | {
      code: 'range_met' | 'range_partly' | 'range_missed';
      outcome: number;
      unit: string | null;
      low: number;
      high: number;
      full: number;
    }
  | {
      code: 'level_met' | 'level_missed';
      outcome: number;
      unit: string | null;
      floor: boolean;
      comparator: string;
      value: number;
    };

/** Every reason code, in the order the rule tries them. */
export const REASON_CODES: readonly AttainmentReason['code'][] = [
  'qualitative',
  'no_target_year',
  'additional_count',
  'not_due',
  'change_unit',
  'unit_mismatch',
  'no_direction',
  'no_outcome',
  'no_outcome_unmapped',
  'no_baseline',
  'zero_baseline',
  'change_met',
  'change_missed',
  'about_within',
  'about_better',
  'about_outside',
  'range_met',
  'range_partly',
  'range_missed',
  'level_met',
  'level_missed',
];

export interface Attainment {
  target_id: string;
  status: AttainmentStatus;
  /** Why, as a code with its values (words.ts `describeReason` writes it). */
  reason: AttainmentReason;
  /** The outcome that assessed the target: annual, exact or approximate, of the target year. */
  outcome: OutcomeRow | null;
  /** The outcome of the base year, when one was needed or available. */
  baseline: OutcomeRow | null;
  baseYear: number | null;
  /** How far a missed (or partly met) target fell short, in gapUnit (the indicator's unit); ≥ 0. */
  gap: number | null;
  gapUnit: string | null;
  /**
   * For missed percentage targets ≥ NEAR_CEILING_PERCENT with a baseline: the share of the baseline's
   * distance to the target that was closed, (outcome − baseline) / (target − baseline); may be < 0.
   */
  gapClosedShare: number | null;
  /** For increase_by / decrease_by: the change from the baseline, in per cent or in the indicator's unit. */
  change: number | null;
  changeBasis: 'relative' | 'absolute' | null;
  context: ContextOutcome[];
  /** Open SDG-style progress where ≥ 2 annual assessing outcomes exist up to the target year. */
  progress: Progress | null;
}

/**
 * calcPlanBaseYear(docId, baseYears) is the base year of a plan: the year the plan states, if given
 * in baseYears, else the year before the one in its doc_id (taiyuan-2014 → 2013). Null if neither.
 */
export function calcPlanBaseYear(docId: string, baseYears?: Readonly<Record<string, number>>): number | null {
  const stated = baseYears?.[docId];
  if (stated !== undefined) return stated;
  const year = /-(\d{4})$/.exec(docId)?.[1];
  return year ? Number(year) - 1 : null;
}

/**
 * calcAttainments(targets, outcomes, indicators, options) assesses every target. Outcomes are looked up by
 * city and indicator (or target_id) first, so the cost grows with the rows, not with targets × outcomes; each
 * target sees its rows in the order given (which decides between two rows that could both assess it).
 */
export function calcAttainments(
  targets: readonly TargetRecord[],
  outcomes: readonly OutcomeRow[],
  indicators: readonly Indicator[],
  options: AttainmentOptions,
): Attainment[] {
  const byId = new Map(indicators.map((i) => [i.indicator_id, i]));
  const byKey = new Map<string, number[]>();
  outcomes.forEach((row, i) => {
    for (const key of listOutcomeLookupKeys(row)) {
      const bucket = byKey.get(key);
      if (bucket === undefined) byKey.set(key, [i]);
      else bucket.push(i);
    }
  });
  return targets.map((t) => {
    const found = new Set(listTargetLookupKeys(t).flatMap((key) => byKey.get(key) ?? []));
    const rows = [...found].sort((a, b) => a - b).map((i) => outcomes[i] as OutcomeRow);
    return calcAttainment(t, rows, (t.indicator_id && byId.get(t.indicator_id)) || null, options);
  });
}

/**
 * isOutcomeOf(row, target) is true when an outcome row speaks to a target: the same city, and filed under the
 * target's indicator or its target_id.
 */
export function isOutcomeOf(row: OutcomeRow, target: TargetRecord): boolean {
  if (row.city_id !== target.city_id) return false;
  return (
    row.target_id === target.target_id ||
    (target.indicator_id !== null && row.indicator_id === target.indicator_id)
  );
}

/** The keys an outcome row is found under: its city with its indicator, and with its target. */
function listOutcomeLookupKeys(row: OutcomeRow): string[] {
  const keys: string[] = [];
  if (row.indicator_id !== null) keys.push(`${row.city_id}|i:${row.indicator_id}`);
  if (row.target_id !== null) keys.push(`${row.city_id}|t:${row.target_id}`);
  return keys;
}

/** The keys a target's outcome rows are found under (the lookup side of {@link isOutcomeOf}). */
function listTargetLookupKeys(target: TargetRecord): string[] {
  const keys = [`${target.city_id}|t:${target.target_id}`];
  if (target.indicator_id !== null) keys.push(`${target.city_id}|i:${target.indicator_id}`);
  return keys;
}

/**
 * calcAttainment(target, outcomes, indicator, options) gives one target its status. `outcomes` may
 * hold any rows: those of the target's city and indicator (or filed under its target_id) are used.
 */
export function calcAttainment(
  target: TargetRecord,
  outcomes: readonly OutcomeRow[],
  indicator: Indicator | null,
  options: AttainmentOptions,
): Attainment {
  const rows = outcomes
    .filter((row) => isOutcomeOf(row, target))
    .sort((a, b) => a.year - b.year || a.period.localeCompare(b.period));
  const baseYear = calcPlanBaseYear(target.doc_id, options.baseYears);
  const unit = indicator?.unit ?? target.unit;
  const assessing = rows.filter((row) => isAssessing(row) && (unit === null || row.unit === unit));
  const outcome = assessing.find((row) => row.year === target.target_year) ?? null;
  const baselineRow = assessing.find((row) => baseYear !== null && row.year === baseYear) ?? null;
  const direction = indicator?.direction ?? null;

  const result: Attainment = {
    target_id: target.target_id,
    status: 'not_assessable',
    reason: { code: 'qualitative' },
    outcome: null,
    baseline: baselineRow,
    baseYear,
    gap: null,
    gapUnit: null,
    gapClosedShare: null,
    change: null,
    changeBasis: null,
    context: [],
    progress: null,
  };
  const finish = (
    status: AttainmentStatus,
    reason: AttainmentReason,
    used: OutcomeRow | null = null,
  ): Attainment => {
    result.status = status;
    result.reason = reason;
    result.outcome = used;
    result.context = rows
      .filter((row) => row !== used && row !== baselineRow)
      .map((row) => toContext(row, target));
    result.progress = direction
      ? calcTargetProgress(target, assessing, direction, unit, baseYear, baselineRow)
      : null;
    return result;
  };

  const { comparator, value, target_year: year } = target;
  if (comparator === 'qualitative' || value === null)
    return finish('not_assessable', { code: 'qualitative' });
  if (year === null) return finish('not_assessable', { code: 'no_target_year' });
  if (target.is_new_count) return finish('not_assessable', { code: 'additional_count' });
  if (year > options.currentYear)
    return finish('not_due', { code: 'not_due', year, latestYear: options.currentYear });

  const change = comparator === 'increase_by' || comparator === 'decrease_by';
  const basis = change ? changeBasis(target.unit, unit) : null;
  if (change && basis === null)
    return finish('not_assessable', { code: 'change_unit', targetUnit: target.unit, unit });
  if (!change && indicator && target.unit !== null && target.unit !== indicator.unit)
    return finish('not_assessable', { code: 'unit_mismatch', targetUnit: target.unit, unit: indicator.unit });
  if ((comparator === '=' || comparator === 'range') && direction === null)
    return finish('not_assessable', { code: 'no_direction', comparator });

  if (!outcome) {
    if (indicator === null && rows.length === 0)
      return finish('no_outcome', { code: 'no_outcome_unmapped', year });
    const context = rows.filter((row) => row.year === year).map(toMention);
    return finish('no_outcome', { code: 'no_outcome', year, context });
  }
  const v = outcome.value;
  result.gapUnit = unit;

  if (change) {
    if (!baselineRow) return finish('no_baseline', { code: 'no_baseline', baseYear }, outcome);
    const b = baselineRow.value;
    if (basis === 'relative' && b === 0) return finish('not_assessable', { code: 'zero_baseline' }, outcome);
    const sign = comparator === 'increase_by' ? 1 : -1;
    const observed = basis === 'relative' ? ((v - b) / b) * 100 : v - b;
    const required = basis === 'relative' ? b * (1 + (sign * value) / 100) : b + sign * value;
    result.change = round(observed);
    result.changeBasis = basis;
    const said = {
      change: round(observed),
      basis,
      fromYear: baselineRow.year,
      toYear: year,
      comparator,
      value,
      required: round(required),
    };
    if (atLeast(sign * observed, value)) return finish('met', { code: 'change_met', ...said }, outcome);
    result.gap = round(Math.abs(required - v));
    return finish('missed', { code: 'change_missed', ...said }, outcome);
  }

  if (comparator === '~') {
    const tolerance = APPROX_TOLERANCE * Math.abs(value);
    const said = { outcome: v, unit, value, tolerance: APPROX_TOLERANCE * 100 };
    if (Math.abs(v - value) <= tolerance + EPSILON)
      return finish('met', { code: 'about_within', ...said }, outcome);
    if (direction !== null && isBetter(v, value, direction))
      return finish('met', { code: 'about_better', ...said }, outcome);
    result.gap = round(Math.abs(v - value));
    return finish('missed', { code: 'about_outside', ...said }, outcome);
  }

  if (comparator === 'range') {
    const lo = Math.min(value, target.value_max ?? value);
    const hi = Math.max(value, target.value_max ?? value);
    const [full, part] = direction === 'higher' ? [hi, lo] : [lo, hi];
    const said = { outcome: v, unit, low: lo, high: hi, full };
    if (reaches(v, full, direction)) return finish('met', { code: 'range_met', ...said }, outcome);
    result.gap = round(Math.abs(full - v));
    if (reaches(v, part, direction)) return finish('partly_met', { code: 'range_partly', ...said }, outcome);
    result.gap = round(Math.abs(part - v));
    return finish('missed', { code: 'range_missed', ...said }, outcome);
  }

  // '>=', '<=' follow the comparator; '=' (达到 X) is a floor when higher is better, a ceiling when lower is.
  const floor = comparator === '>=' || (comparator === '=' && direction === 'higher');
  const ok = floor ? atLeast(v, value) : atLeast(-v, -value);
  const said = { outcome: v, unit, floor, comparator, value };
  if (ok) return finish('met', { code: 'level_met', ...said }, outcome);
  result.gap = round(Math.abs(value - v));
  if (unit === '%' && floor && value >= NEAR_CEILING_PERCENT && baselineRow && value - baselineRow.value > 0)
    result.gapClosedShare = round((v - baselineRow.value) / (value - baselineRow.value));
  return finish('missed', { code: 'level_missed', ...said }, outcome);
}

/** formatOutcomeLabel(row) is a short label: `2018: 59 μg/m³`, `2017-08: 16 μg/m³ (monthly)`. */
export function formatOutcomeLabel(row: OutcomeRow): string {
  return formatOutcomeMention('en', row);
}

/** The parts of an outcome row a reason names. */
function toMention(row: OutcomeRow): OutcomeMention {
  return {
    year: row.year,
    period: row.period,
    value: row.value,
    unit: row.unit,
    as_of: row.as_of,
    match: row.match,
  };
}

const EPSILON = 1e-9;

function isAssessing(row: OutcomeRow): boolean {
  return row.period === 'annual' && ASSESSING_MATCHES.includes(row.match);
}

function toContext(row: OutcomeRow, target: TargetRecord): ContextOutcome {
  const reason: ContextReason =
    row.period !== 'annual'
      ? 'not_annual'
      : row.match === 'different_definition'
        ? 'different_definition'
        : row.match === 'context'
          ? 'context'
          : row.year === target.target_year
            ? 'context'
            : 'other_year';
  return { row, label: formatOutcomeLabel(row), reason };
}

function calcTargetProgress(
  target: TargetRecord,
  assessing: readonly OutcomeRow[],
  direction: 'higher' | 'lower',
  unit: string | null,
  baseYear: number | null,
  baselineRow: OutcomeRow | null,
): Progress | null {
  const until = target.target_year ?? Infinity;
  const points = assessing
    .filter((row) => row.year <= until)
    .map((row) => ({ year: row.year, value: row.value }));
  const level = targetLevel(target, direction, unit, baselineRow);
  return calcProgress({
    points,
    direction,
    baseYear,
    target: level !== null && target.target_year !== null ? { value: level, year: target.target_year } : null,
    limit: unit === '%' && direction === 'higher' ? 100 : null,
  });
}

/** The level a target requires, for the progress measure; null when there is none (qualitative, no baseline). */
function targetLevel(
  target: TargetRecord,
  direction: 'higher' | 'lower',
  unit: string | null,
  baselineRow: OutcomeRow | null,
): number | null {
  const { comparator, value } = target;
  if (value === null || comparator === 'qualitative' || target.is_new_count) return null;
  if (comparator === 'range') {
    const other = target.value_max ?? value;
    return direction === 'higher' ? Math.max(value, other) : Math.min(value, other);
  }
  if (comparator === 'increase_by' || comparator === 'decrease_by') {
    const basis = changeBasis(target.unit, unit);
    if (!baselineRow || basis === null) return null;
    const sign = comparator === 'increase_by' ? 1 : -1;
    const b = baselineRow.value;
    return basis === 'relative' ? b * (1 + (sign * value) / 100) : b + sign * value;
  }
  return value;
}

/** Relative for '%' (unless the indicator's unit is itself a change unit), absolute for points or the indicator's unit. */
function changeBasis(
  targetUnit: string | null,
  indicatorUnit: string | null,
): 'relative' | 'absolute' | null {
  if (targetUnit !== null && PERCENTAGE_POINT_UNITS.includes(targetUnit)) return 'absolute';
  if (targetUnit === '%') return 'relative';
  if (targetUnit !== null && targetUnit === indicatorUnit) return 'absolute';
  return null;
}

function reaches(v: number, bound: number, direction: 'higher' | 'lower' | null): boolean {
  return direction === 'lower' ? atLeast(-v, -bound) : atLeast(v, bound);
}

function isBetter(v: number, value: number, direction: 'higher' | 'lower'): boolean {
  return direction === 'higher' ? v > value : v < value;
}

function atLeast(a: number, b: number): boolean {
  return a >= b - EPSILON;
}

function round(x: number): number {
  return Math.round(x * 1e10) / 1e10;
}
