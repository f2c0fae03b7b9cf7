/**
 * Attainment as a table: one row per quantitative target, judged by the one rule (attainment.ts). The build
 * publishes it for the published outcomes; the browser re-judges only the targets a researcher's own outcome
 * rows can touch, with the same code, and keeps those rows beside the published ones.
 */

import type { Domain, Indicator, TargetRecord } from '../extract/types';
import {
  calcAttainments,
  type Attainment,
  type AttainmentOptions,
  type AttainmentReason,
  type AttainmentStatus,
} from './attainment';
import { calcTargetLevel } from './planner';
import type { ProgressStatus } from './progress';
import type { OutcomeRow } from './types';
import { buildOutcomeKey } from './validate';
import { describeReason } from './words';

/** Where a row comes from: the published dataset, or a researcher's own files in this browser. */
export type Origin = 'published' | 'yours';

/** The date attainment is judged at: the dataset's date, and the latest year an annual outcome could exist. */
export interface JudgementDate {
  /** The day the dataset was built, `YYYY-MM-DD`. */
  datasetDate: string;
  /** The year before the dataset's date: no annual outcome of a later year can have been published. */
  latestOutcomeYear: number;
}

/** One row of the `attainment` table (the same columns in `published.attainment` and `user_attainment`). */
export interface AttainmentRow {
  target_id: string;
  /** The target's city, domain, indicator and year, so the views filter and group without a join. */
  city_id: string;
  domain: Domain;
  indicator_id: string | null;
  target_year: number | null;
  status: AttainmentStatus;
  /** Why, as a code (attainment.ts `REASON_CODES`), and in one sentence in English and in Chinese (words.ts). */
  reason_code: AttainmentReason['code'];
  reason: string;
  reason_zh: string;
  /** The outcome that assessed the target ({@link buildOutcomeKey}) and where it comes from. */
  outcome_key: string | null;
  outcome_origin: Origin | null;
  /** The base-year outcome, when one exists. */
  baseline_key: string | null;
  baseline_origin: Origin | null;
  base_year: number | null;
  gap: number | null;
  gap_unit: string | null;
  gap_closed_share: number | null;
  change: number | null;
  change_basis: 'relative' | 'absolute' | null;
  /** Outcome rows of any period and match filed under the target's city and indicator (or target_id). */
  outcome_count: number;
  progress_status: ProgressStatus | null;
  progress_method: 'target' | 'trend' | null;
  /** R (target method) or the direction-signed growth rate (trend method). */
  progress_value: number | null;
  progress_base_year: number | null;
  progress_base_value: number | null;
  progress_current_year: number | null;
  progress_current_value: number | null;
  progress_observed_rate: number | null;
  progress_required_rate: number | null;
  /** The level the target commits to, comparable across cities (planner.ts `calcTargetLevel`); null if none. */
  level: number | null;
  /** {@link JudgementDate}, the same in every row. */
  dataset_date: string;
  latest_outcome_year: number;
}

/** calcJudgementDate(date) is the judgement date of a dataset built on `date` (UTC). */
export function calcJudgementDate(date: Date): JudgementDate {
  return { datasetDate: date.toISOString().slice(0, 10), latestOutcomeYear: date.getUTCFullYear() - 1 };
}

/** The options of the attainment rule for a judgement date. */
export function toAttainmentOptions(judgement: JudgementDate): AttainmentOptions {
  return { currentYear: judgement.latestOutcomeYear };
}

/**
 * toAttainmentRow(target, attainment, indicator, judgement, originOf) flattens one judgement into a table
 * row; `originOf` says where each outcome row the judgement rests on comes from.
 */
export function toAttainmentRow(
  target: TargetRecord,
  attainment: Attainment,
  indicator: Indicator | null,
  judgement: JudgementDate,
  originOf: (row: OutcomeRow) => Origin,
): AttainmentRow {
  const { outcome, baseline, progress } = attainment;
  const rows = new Set([outcome, baseline, ...attainment.context.map((c) => c.row)]);
  rows.delete(null);
  return {
    target_id: target.target_id,
    city_id: target.city_id,
    domain: target.domain,
    indicator_id: target.indicator_id,
    target_year: target.target_year,
    status: attainment.status,
    reason_code: attainment.reason.code,
    reason: describeReason('en', attainment.reason),
    reason_zh: describeReason('zh', attainment.reason),
    outcome_key: outcome === null ? null : buildOutcomeKey(outcome),
    outcome_origin: outcome === null ? null : originOf(outcome),
    baseline_key: baseline === null ? null : buildOutcomeKey(baseline),
    baseline_origin: baseline === null ? null : originOf(baseline),
    base_year: attainment.baseYear,
    gap: attainment.gap,
    gap_unit: attainment.gapUnit,
    gap_closed_share: attainment.gapClosedShare,
    change: attainment.change,
    change_basis: attainment.changeBasis,
    outcome_count: rows.size,
    progress_status: progress?.status ?? null,
    progress_method: progress?.method ?? null,
    progress_value: progress?.progressValue ?? null,
    progress_base_year: progress?.baseYear ?? null,
    progress_base_value: progress?.baseValue ?? null,
    progress_current_year: progress?.currentYear ?? null,
    progress_current_value: progress?.currentValue ?? null,
    progress_observed_rate: progress?.observedRate ?? null,
    progress_required_rate: progress?.requiredRate ?? null,
    level:
      indicator === null
        ? null
        : calcTargetLevel(
            {
              comparator: target.comparator,
              value: target.value,
              valueMax: target.value_max,
              isNewCount: target.is_new_count,
            },
            indicator.direction,
          ),
    dataset_date: judgement.datasetDate,
    latest_outcome_year: judgement.latestOutcomeYear,
  };
}

function judge(
  targets: readonly TargetRecord[],
  outcomes: readonly OutcomeRow[],
  indicators: readonly Indicator[],
  judgement: JudgementDate,
  originOf: (row: OutcomeRow) => Origin,
): AttainmentRow[] {
  const byId = new Map(indicators.map((i) => [i.indicator_id, i]));
  const quantitative = targets.filter((t) => t.comparator !== 'qualitative');
  const attainments = calcAttainments(quantitative, outcomes, indicators, toAttainmentOptions(judgement));
  return quantitative.map((target, i) =>
    toAttainmentRow(
      target,
      attainments[i] as Attainment,
      (target.indicator_id !== null && byId.get(target.indicator_id)) || null,
      judgement,
      originOf,
    ),
  );
}

/**
 * calcAttainmentTable(targets, outcomes, indicators, judgement) is the published table: every quantitative
 * target (qualitative commitments have no row) judged against the published outcomes.
 */
export function calcAttainmentTable(
  targets: readonly TargetRecord[],
  outcomes: readonly OutcomeRow[],
  indicators: readonly Indicator[],
  judgement: JudgementDate,
): AttainmentRow[] {
  return judge(targets, outcomes, indicators, judgement, () => 'published');
}

/** What {@link calcUserAttainment} judges with. */
export interface UserAttainmentInput {
  /** Quantitative targets; at least those a researcher's row can touch (others are left out). */
  targets: readonly TargetRecord[];
  /** Targets of plans a person added in the browser: every quantitative one is judged (none by default). */
  plans?: readonly TargetRecord[];
  /** The published outcomes of those targets (more do no harm). */
  published: readonly OutcomeRow[];
  /** The researcher's own valid rows. */
  yours: readonly OutcomeRow[];
  indicators: readonly Indicator[];
  judgement: JudgementDate;
}

/**
 * calcUserAttainment(input) re-judges exactly the targets a researcher's rows can touch (same city, filed
 * under the target's indicator or target_id), and every target of the plans they added, against their rows
 * and the published ones. Their rows are offered first, so where both could assess a target their reading is
 * used and the published row becomes context. Every other target keeps its published row.
 */
export function calcUserAttainment(input: UserAttainmentInput): AttainmentRow[] {
  const { yours } = input;
  const plans = input.plans ?? [];
  if (yours.length === 0 && plans.length === 0) return [];
  const touches = new Set(listTouchKeys(yours));
  const touched = input.targets.filter(
    (t) =>
      touches.has(`${t.city_id}|t:${t.target_id}`) ||
      (t.indicator_id !== null && touches.has(`${t.city_id}|i:${t.indicator_id}`)),
  );
  const mine = new Set(yours);
  return judge(
    [...touched, ...plans],
    [...yours, ...input.published],
    input.indicators,
    input.judgement,
    (row) => (mine.has(row) ? 'yours' : 'published'),
  );
}

/**
 * listTargetKeys(targets) names the outcomes that can speak to these targets: `<city_id>|i:<indicator_id>`
 * and `<city_id>|t:<target_id>` of each (the keys {@link listTouchKeys} gives outcome rows), each once.
 */
export function listTargetKeys(targets: readonly TargetRecord[]): string[] {
  const keys = new Set<string>();
  for (const t of targets) {
    if (t.indicator_id !== null) keys.add(`${t.city_id}|i:${t.indicator_id}`);
    keys.add(`${t.city_id}|t:${t.target_id}`);
  }
  return [...keys];
}

/**
 * listTouchKeys(rows) names what a researcher's rows can touch: `<city_id>|i:<indicator_id>` and
 * `<city_id>|t:<target_id>`, each once. A target is touched when its city with its indicator, or with its
 * target_id, is among them.
 */
export function listTouchKeys(rows: readonly OutcomeRow[]): string[] {
  const keys = new Set<string>();
  for (const row of rows) {
    if (row.indicator_id !== null) keys.add(`${row.city_id}|i:${row.indicator_id}`);
    if (row.target_id !== null) keys.add(`${row.city_id}|t:${row.target_id}`);
  }
  return [...keys];
}
