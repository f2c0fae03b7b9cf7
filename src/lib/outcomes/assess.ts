/** Every target judged against the outcomes at hand (published and a researcher's own), and the counts per city and domain. */

import type { Domain, Indicator, TargetRecord } from '../extract/types';
import { calcAttainment, groupOutcomesByCity, type Attainment, type AttainmentStatus } from './attainment';
import type { OutcomeRow } from './types';

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

/** A target, its indicator and its attainment; outcome rows keep their own type (e.g. with an origin). */
export interface AssessedTarget<O extends OutcomeRow = OutcomeRow> {
  target: TargetRecord;
  indicator: Indicator | null;
  attainment: Attainment & { outcome: O | null; baseline: O | null };
}

/**
 * calcAssessedTargets(targets, outcomes, indicators, currentYear) judges each target. Outcomes with
 * `origin: 'yours'` are offered first, so where a researcher's row and a published row both could assess
 * a target, the researcher's reading is used (the published row is then shown as context).
 */
export function calcAssessedTargets<O extends OutcomeRow & { origin?: string }>(
  targets: readonly TargetRecord[],
  outcomes: readonly O[],
  indicators: readonly Indicator[],
  currentYear: number,
): AssessedTarget<O>[] {
  const byId = new Map(indicators.map((i) => [i.indicator_id, i]));
  const ordered = [
    ...outcomes.filter((o) => o.origin === 'yours'),
    ...outcomes.filter((o) => o.origin !== 'yours'),
  ];
  const byCity = groupOutcomesByCity(ordered);
  return targets.map((target) => {
    const indicator = (target.indicator_id !== null && byId.get(target.indicator_id)) || null;
    const attainment = calcAttainment(target, byCity.get(target.city_id) ?? [], indicator, {
      currentYear,
    }) as AssessedTarget<O>['attainment'];
    return { target, indicator, attainment };
  });
}

/** Counts of each status in one city × domain cell. */
export interface StatusCell {
  cityId: string;
  domain: Domain;
  counts: Readonly<Record<AttainmentStatus, number>>;
  total: number;
}

function emptyCounts(): Record<AttainmentStatus, number> {
  return Object.fromEntries(STATUS_ORDER.map((s) => [s, 0])) as Record<AttainmentStatus, number>;
}

/** calcStatusMatrix(assessed, cityIds, domains) is one row per city and one cell per domain, zeros included. */
export function calcStatusMatrix(
  assessed: readonly AssessedTarget[],
  cityIds: readonly string[],
  domains: readonly Domain[],
): StatusCell[][] {
  return cityIds.map((cityId) =>
    domains.map((domain) => {
      const counts = emptyCounts();
      let total = 0;
      for (const { target, attainment } of assessed) {
        if (target.city_id !== cityId || target.domain !== domain) continue;
        counts[attainment.status] += 1;
        total += 1;
      }
      return { cityId, domain, counts, total };
    }),
  );
}
