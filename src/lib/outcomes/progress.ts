/**
 * Progress status in the manner of Open SDG's progress measure (Statistics Canada's method, itself
 * modelled on Eurostat's): the observed compound annual growth rate (CAGR) since a base year is
 * compared with the CAGR required to reach the target on time, or, without a numeric target, with
 * fixed growth rates. Method and thresholds:
 * https://github.com/open-sdg/open-sdg/blob/26d2e38700e4fee329fea4823e908c4298064693/docs/progress-methodology.md
 * https://github.com/open-sdg/sdg-build/blob/139fede74ba534d2ed8b9eee4cd878b41f54cb67/sdg/ProgressMeasure.py
 */

export type ProgressStatus =
  'target_achieved' | 'substantial_progress' | 'moderate_progress' | 'limited_progress' | 'deterioration';

/** Open SDG's names for each status, to show in the UI. */
export const PROGRESS_LABELS: Readonly<Record<ProgressStatus, string>> = {
  target_achieved: 'Target achieved',
  substantial_progress: 'On track',
  moderate_progress: 'Progress made but acceleration needed',
  limited_progress: 'Limited progress',
  deterioration: 'Deterioration',
};

export interface ProgressThresholds {
  high: number;
  med: number;
  low: number;
}

/**
 * Open SDG's default thresholds. With a target they apply to R, the ratio of observed to required
 * CAGR (R ≥ 0.95 on track, 0.6 ≤ R < 0.95 acceleration needed, 0 ≤ R < 0.6 limited, R < 0
 * deterioration). Without a target they apply to the observed CAGR signed by the desired direction
 * (≥ 1.5 %, 0.5–1.5 %, 0–0.5 %, < 0).
 */
export const PROGRESS_THRESHOLDS: Readonly<{
  withTarget: ProgressThresholds;
  withoutTarget: ProgressThresholds;
}> = {
  withTarget: { high: 0.95, med: 0.6, low: 0 },
  withoutTarget: { high: 0.015, med: 0.005, low: 0 },
};

/** Exponent of Open SDG's scaling factor C = 1 − (y₀ / limit)^a for series near a natural limit. */
export const PROGRESS_LIMIT_EXPONENT = 4.44;

/** Open SDG replaces a zero base or target value by this before taking ratios. */
export const PROGRESS_ZERO_REPLACEMENT = 0.001;

export interface ProgressPoint {
  year: number;
  value: number;
}

export interface ProgressInput {
  /** Annual values, one per year, any order. */
  points: readonly ProgressPoint[];
  direction: 'higher' | 'lower';
  /** The level the target requires by its year; null for the trend-only method. */
  target?: { value: number; year: number } | null;
  /** First year to use (the base year); the earliest point at or after it is the base. */
  baseYear?: number | null;
  /** A natural limit (100 for a share), used only by the trend-only method to scale its thresholds. */
  limit?: number | null;
}

export interface Progress {
  method: 'target' | 'trend';
  status: ProgressStatus;
  baseYear: number;
  baseValue: number;
  currentYear: number;
  currentValue: number;
  /** CAGR observed from the base to the latest point. */
  observedRate: number;
  /** CAGR required from the base to reach the target on time; null for the trend method. */
  requiredRate: number | null;
  /** R for the target method, direction-signed CAGR for the trend method; null if R is undefined. */
  progressValue: number | null;
  /** The thresholds as applied (the trend method scales them near a limit). */
  thresholds: ProgressThresholds;
}

/**
 * calcProgress(input) is the progress status of a series, or null when it cannot be assessed
 * (fewer than two points from the base year on, or values of both signs).
 */
export function calcProgress(input: ProgressInput): Progress | null {
  const baseYear = input.baseYear ?? -Infinity;
  const points = [...input.points].filter((p) => p.year >= baseYear).sort((a, b) => a.year - b.year);
  const base = points[0];
  const current = points[points.length - 1];
  if (!base || !current || current.year - base.year < 1) return null;
  if ((base.value < 0 && current.value > 0) || (base.value > 0 && current.value < 0)) return null;

  const baseValue = base.value === 0 ? PROGRESS_ZERO_REPLACEMENT : base.value;
  const sign = baseValue < 0 ? -1 : 1;
  const d = input.direction === 'higher' ? 1 : -1;
  const observedRate = calcGrowthRate(current.value, baseValue, current.year - base.year);
  const common = {
    baseYear: base.year,
    baseValue: base.value,
    currentYear: current.year,
    currentValue: current.value,
    observedRate,
  };

  const target = input.target;
  if (target && target.year > base.year) {
    const targetValue = target.value === 0 ? PROGRESS_ZERO_REPLACEMENT : target.value;
    const thresholds = PROGRESS_THRESHOLDS.withTarget;
    const achieved = d === 1 ? current.value >= target.value : current.value <= target.value;
    const requiredRate = calcGrowthRate(targetValue, baseValue, target.year - base.year);
    // A base already at the target needs no growth: not achieved now means it moved away.
    const progressValue = requiredRate === 0 ? null : (sign * d * observedRate) / Math.abs(requiredRate);
    const status: ProgressStatus = achieved
      ? 'target_achieved'
      : progressValue === null
        ? 'deterioration'
        : classify(progressValue, thresholds);
    return { method: 'target', status, requiredRate, progressValue, thresholds, ...common };
  }

  const coefficient = input.limit == null ? 1 : calcLimitCoefficient(base.value, input.limit);
  const defaults = PROGRESS_THRESHOLDS.withoutTarget;
  const thresholds = {
    high: defaults.high * coefficient,
    med: defaults.med * coefficient,
    low: defaults.low * coefficient,
  };
  const progressValue = sign * d * observedRate;
  return {
    method: 'trend',
    status: classify(progressValue, thresholds),
    requiredRate: null,
    progressValue,
    thresholds,
    ...common,
  };
}

/** calcGrowthRate(value, base, years) is the compound annual growth rate from base to value. */
export function calcGrowthRate(value: number, base: number, years: number): number {
  return (value / base) ** (1 / years) - 1;
}

/** Open SDG's scaling factor C (0–1) for thresholds of a series whose base is near a natural limit. */
export function calcLimitCoefficient(baseValue: number, limit: number): number {
  const b = Math.abs(baseValue);
  const l = Math.abs(limit);
  if (b >= 2 * l) return 1;
  if (b <= l) return 1 - (b / l) ** PROGRESS_LIMIT_EXPONENT;
  return 1 - ((2 * l - b) / l) ** PROGRESS_LIMIT_EXPONENT;
}

function classify(value: number, t: ProgressThresholds): ProgressStatus {
  if (value >= t.high) return 'substantial_progress';
  if (value >= t.med) return 'moderate_progress';
  if (value >= t.low) return 'limited_progress';
  return 'deterioration';
}
