/**
 * Attainment: whether a plan target (TargetRecord) was met, judged against the city's outcome for the
 * target year. The rules are written out in data/outcomes/README.md ("Attainment").
 */

import type { Indicator, TargetRecord } from '../extract/types';
import { calcProgress, type Progress } from './progress';
import { ASSESSING_MATCHES, type OutcomeRow } from './types';

export type AttainmentStatus =
  'met' | 'partly_met' | 'missed' | 'not_due' | 'no_outcome' | 'no_baseline' | 'not_assessable';

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

export interface Attainment {
  target_id: string;
  status: AttainmentStatus;
  /** One sentence saying why. */
  reason: string;
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
 * groupOutcomesByCity(outcomes) is each city's rows, in their order: a target is only ever assessed by its
 * own city's rows, and handing each target every row made assessing n targets against m rows cost n × m
 * (119,000 × 13,600 at 1,000 times today's data).
 */
export function groupOutcomesByCity<O extends OutcomeRow>(outcomes: readonly O[]): Map<string, O[]> {
  const byCity = new Map<string, O[]>();
  for (const row of outcomes) {
    const rows = byCity.get(row.city_id);
    if (rows === undefined) byCity.set(row.city_id, [row]);
    else rows.push(row);
  }
  return byCity;
}

/** calcAttainments(targets, outcomes, indicators, options) assesses every target. */
export function calcAttainments(
  targets: readonly TargetRecord[],
  outcomes: readonly OutcomeRow[],
  indicators: readonly Indicator[],
  options: AttainmentOptions,
): Attainment[] {
  const byId = new Map(indicators.map((i) => [i.indicator_id, i]));
  const byCity = groupOutcomesByCity(outcomes);
  return targets.map((t) =>
    calcAttainment(
      t,
      byCity.get(t.city_id) ?? [],
      (t.indicator_id && byId.get(t.indicator_id)) || null,
      options,
    ),
  );
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
    reason: '',
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
  const finish = (status: AttainmentStatus, reason: string, used: OutcomeRow | null = null): Attainment => {
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
    return finish('not_assessable', 'A qualitative commitment is never assessed against a number.');
  if (year === null) return finish('not_assessable', 'The target has no target year.');
  if (target.is_new_count)
    return finish(
      'not_assessable',
      'An additional count (新增) cannot be checked against stock outcomes without knowing its period.',
    );
  if (year > options.currentYear)
    return finish(
      'not_due',
      `Due in ${year}, after ${options.currentYear}, the latest year an outcome could exist.`,
    );

  const change = comparator === 'increase_by' || comparator === 'decrease_by';
  const basis = change ? changeBasis(target.unit, unit) : null;
  if (change && basis === null)
    return finish(
      'not_assessable',
      `A change in "${target.unit}" cannot be read against outcomes in ${unit}.`,
    );
  if (!change && indicator && target.unit !== null && target.unit !== indicator.unit)
    return finish(
      'not_assessable',
      `The target is in "${target.unit}" but indicator ${indicator.indicator_id} is in ${indicator.unit}.`,
    );
  if ((comparator === '=' || comparator === 'range') && direction === null)
    return finish(
      'not_assessable',
      `No canonical indicator says whether higher or lower is better for "${comparator}".`,
    );

  if (!outcome) return finish('no_outcome', noOutcomeReason(rows, year));
  const v = outcome.value;
  result.gapUnit = unit;

  if (change) {
    if (!baselineRow)
      return finish(
        'no_baseline',
        `A change needs the ${baseYear ?? 'base-year'} outcome (the year before the plan).`,
        outcome,
      );
    const b = baselineRow.value;
    if (basis === 'relative' && b === 0)
      return finish('not_assessable', 'A relative change from 0 is undefined.', outcome);
    const sign = comparator === 'increase_by' ? 1 : -1;
    const observed = basis === 'relative' ? ((v - b) / b) * 100 : v - b;
    const required = basis === 'relative' ? b * (1 + (sign * value) / 100) : b + sign * value;
    result.change = round(observed);
    result.changeBasis = basis;
    const what = `${describeChange(observed, basis)} from ${baselineRow.year} to ${year}`;
    if (atLeast(sign * observed, value))
      return finish('met', `${what}; the target was ${comparator} ${value}.`, outcome);
    result.gap = round(Math.abs(required - v));
    return finish(
      'missed',
      `${what}; the target was ${comparator} ${value} (a level of ${round(required)}).`,
      outcome,
    );
  }

  const shown = formatValue(v, unit);
  if (comparator === '~') {
    const tolerance = APPROX_TOLERANCE * Math.abs(value);
    if (Math.abs(v - value) <= tolerance + EPSILON)
      return finish('met', `${shown} is within ±${APPROX_TOLERANCE * 100}% of ~${value}.`, outcome);
    if (direction !== null && isBetter(v, value, direction))
      return finish('met', `${shown} is better than ~${value} by more than the tolerance.`, outcome);
    result.gap = round(Math.abs(v - value));
    return finish('missed', `${shown} is outside ±${APPROX_TOLERANCE * 100}% of ~${value}.`, outcome);
  }

  if (comparator === 'range') {
    const lo = Math.min(value, target.value_max ?? value);
    const hi = Math.max(value, target.value_max ?? value);
    const [full, part] = direction === 'higher' ? [hi, lo] : [lo, hi];
    if (reaches(v, full, direction))
      return finish('met', `${shown} reaches the whole range ${lo}–${hi}.`, outcome);
    result.gap = round(Math.abs(full - v));
    if (reaches(v, part, direction))
      return finish('partly_met', `${shown} is inside the range ${lo}–${hi} but short of ${full}.`, outcome);
    result.gap = round(Math.abs(part - v));
    return finish('missed', `${shown} does not reach the range ${lo}–${hi}.`, outcome);
  }

  // '>=', '<=' follow the comparator; '=' (达到 X) is a floor when higher is better, a ceiling when lower is.
  const floor = comparator === '>=' || (comparator === '=' && direction === 'higher');
  const ok = floor ? atLeast(v, value) : atLeast(-v, -value);
  if (ok)
    return finish(
      'met',
      `${shown} ${floor ? 'reaches' : 'stays within'} the target ${comparator} ${value}.`,
      outcome,
    );
  result.gap = round(Math.abs(value - v));
  if (unit === '%' && floor && value >= NEAR_CEILING_PERCENT && baselineRow && value - baselineRow.value > 0)
    result.gapClosedShare = round((v - baselineRow.value) / (value - baselineRow.value));
  return finish('missed', `${shown} falls short of the target ${comparator} ${value}.`, outcome);
}

/** formatOutcomeLabel(row) is a short label: `2018: 59 μg/m³`, `2017-08: 16 μg/m³ (monthly)`. */
export function formatOutcomeLabel(row: OutcomeRow): string {
  const when = row.period === 'annual' ? String(row.year) : row.period.replace(/^\w+ /, '');
  const notes = [
    row.period === 'annual' ? null : row.period.split(' ')[0],
    row.as_of ? `as of ${row.as_of}` : null,
    row.match === 'exact' ? null : row.match.replace('_', ' '),
  ].filter((note) => note !== null);
  return `${when}: ${formatValue(row.value, row.unit)}${notes.length ? ` (${notes.join(', ')})` : ''}`;
}

const EPSILON = 1e-9;

function isOutcomeOf(row: OutcomeRow, target: TargetRecord): boolean {
  if (row.city_id !== target.city_id) return false;
  return (
    row.target_id === target.target_id ||
    (target.indicator_id !== null && row.indicator_id === target.indicator_id)
  );
}

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

function noOutcomeReason(rows: readonly OutcomeRow[], year: number): string {
  const sameYear = rows.filter((row) => row.year === year).map(formatOutcomeLabel);
  const base = `No annual exact or approximate outcome for ${year}.`;
  return sameYear.length ? `${base} Context only: ${sameYear.join('; ')}.` : base;
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

function describeChange(observed: number, basis: 'relative' | 'absolute' | null): string {
  const amount = round(observed);
  return basis === 'relative' ? `Changed by ${amount}%` : `Changed by ${amount}`;
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

function formatValue(value: number, unit: string | null): string {
  if (unit === '%') return `${value}%`;
  if (unit === 'count' || unit === null) return String(value);
  if (unit === 'rank') return `rank ${value}`;
  return `${value} ${unit}`;
}
