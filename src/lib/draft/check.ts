/** Checking a draft plan: the build's own extraction on pasted text, then each target placed among its peers. */

import type { Origin } from '../data/setup.ts';
import { extractPlan, type ExtractedPlan } from '../extract/index.ts';
import type { Indicator, TargetRecord } from '../extract/types.ts';
import {
  calcAmbitionDirection,
  calcDraftComparison,
  calcTargetKind,
  isComparable,
  type ComparableOutcome,
  type ComparableTarget,
  type Direction,
  type DraftComparison,
  type TargetKind,
} from './compare.ts';

/** The doc_id and city_id a draft's records carry: it is no published plan. */
export const DRAFT_ID = 'draft';

/** Options for {@link extractDraft}. */
export interface DraftOptions {
  /** Canonical indicators, as the build uses them (wordings and exclusions as regular expressions). */
  indicators: readonly Indicator[];
  /** The draft's horizon year, when the person gives one; else it is read from the text, if stated. */
  horizonYear?: number | null;
}

/** extractDraft(text, options) runs the build's extraction on a draft's text (pure; for a worker or the page). */
export function extractDraft(text: string, options: DraftOptions): ExtractedPlan {
  return extractPlan(text, {
    docId: DRAFT_ID,
    cityId: DRAFT_ID,
    indicators: options.indicators,
    horizonYears: options.horizonYear ? [options.horizonYear] : undefined,
  });
}

/** Where a peer value comes from: a city's plan or outcome, or a national or provincial reference. */
export type PeerScope = 'city' | 'national' | 'provincial';

/** A target for a canonical indicator: a city's (published, or a person's own), or a national or provincial one. */
export interface PeerTarget extends ComparableTarget {
  indicatorId: string;
  scope: PeerScope;
  /** `targets.target_id`, or `references.reference_id`. */
  sourceId: string;
  /** The plan it is quoted from (null for references). */
  docId: string | null;
  nameZh: string;
  nameEn: string;
  /** Target year. */
  year: number | null;
  quote: string;
  sourceTitle: string | null;
  /** 'yours' for a person's own target; references are published. */
  origin: Origin;
}

/** A reported outcome for a canonical indicator: a city's, or a national or provincial one. */
export interface ReportedOutcome extends ComparableOutcome {
  indicatorId: string;
  scope: PeerScope;
  nameZh: string;
  nameEn: string;
  year: number;
  sourceTitle: string;
}

/** A canonical indicator as the comparison needs it. */
export interface IndicatorInfo {
  indicatorId: string;
  nameZh: string;
  nameEn: string;
  unit: string;
  direction: Direction;
}

/** Everything the draft is compared with. */
export interface PeerData {
  indicators: readonly IndicatorInfo[];
  targets: readonly PeerTarget[];
  outcomes: readonly ReportedOutcome[];
}

/** One target of the draft, with what it was compared with. */
export interface CheckedTarget {
  record: TargetRecord;
  /** The canonical indicator it maps to, if any. */
  indicator: IndicatorInfo | null;
  /** A level, a change or an addition: it is compared only with peers' targets of its kind. */
  kind: TargetKind;
  /** Which way its number is more ambitious (for a change: the size of a change the better way). */
  ambition: Direction;
  comparison: DraftComparison;
  /** The peers' targets it was compared with (same indicator and unit, and the same kind of target). */
  peers: PeerTarget[];
  /** The reported outcomes it was compared with (same indicator and unit; levels only). */
  outcomes: ReportedOutcome[];
}

/** How a draft's targets compare, counted: what the summary at the top of "Check a draft" says. */
export interface DraftSummary {
  /** Quantitative targets read. */
  total: number;
  /** Those with peers' targets of their kind to compare with. */
  compared: number;
  moreAmbitious: number;
  within: number;
  lessAmbitious: number;
  /** Without peers' targets of their kind, and of those, how many map to no canonical indicator. */
  noPeers: number;
  unmapped: number;
  /** Beyond every reported outcome compared, in the better direction. */
  beyondOutcomes: number;
}

/** summariseDraftCheck(checked) counts the draft's targets by where they stand among their peers. */
export function summariseDraftCheck(checked: readonly CheckedTarget[]): DraftSummary {
  const summary: DraftSummary = {
    total: checked.length,
    compared: 0,
    moreAmbitious: 0,
    within: 0,
    lessAmbitious: 0,
    noPeers: 0,
    unmapped: 0,
    beyondOutcomes: 0,
  };
  for (const item of checked) {
    const { flags } = item.comparison;
    if (flags.includes('no_peer_data')) {
      summary.noPeers++;
      if (item.indicator === null) summary.unmapped++;
    } else {
      summary.compared++;
      if (flags.includes('within_peer_range')) summary.within++;
      else if (flags.includes(item.ambition === 'higher' ? 'above_every_peer' : 'below_every_peer'))
        summary.moreAmbitious++;
      else summary.lessAmbitious++;
    }
    if (flags.includes(item.ambition === 'higher' ? 'above_any_outcome' : 'below_any_outcome'))
      summary.beyondOutcomes++;
  }
  return summary;
}

function groupByIndicator<T extends { indicatorId: string }>(items: readonly T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(item.indicatorId);
    if (group === undefined) groups.set(item.indicatorId, [item]);
    else group.push(item);
  }
  return groups;
}

function toComparable(record: TargetRecord): ComparableTarget {
  return {
    comparator: record.comparator,
    value: record.value,
    valueMax: record.value_max,
    unit: record.unit,
    isNewCount: record.is_new_count,
  };
}

/**
 * compareDraftTargets(records, peers) compares each quantitative target of a draft with the published
 * targets of the same canonical indicator, unit and kind (a level with levels, a change with changes in the
 * same sense, an addition with additions), and a level with the reported outcomes. Qualitative commitments
 * are left out; a target without an indicator gets `no_peer_data`.
 */
export function compareDraftTargets(records: readonly TargetRecord[], peers: PeerData): CheckedTarget[] {
  const indicators = new Map(peers.indicators.map((i) => [i.indicatorId, i]));
  const targetsBy = groupByIndicator(peers.targets);
  const outcomesBy = groupByIndicator(peers.outcomes);
  return records
    .filter((record) => record.comparator !== 'qualitative' && record.value !== null)
    .map((record) => {
      const draft = toComparable(record);
      const kind = calcTargetKind(draft) ?? 'level';
      const indicator = (record.indicator_id && indicators.get(record.indicator_id)) || null;
      if (indicator === null) {
        return {
          record,
          indicator,
          kind,
          ambition: 'higher',
          comparison: calcDraftComparison(draft, 'higher', [], []),
          peers: [],
          outcomes: [],
        };
      }
      const ambition = calcAmbitionDirection(draft, indicator.direction);
      const peerTargets = (targetsBy.get(indicator.indicatorId) ?? []).filter((p) => isComparable(draft, p));
      const outcomes =
        kind !== 'level'
          ? []
          : (outcomesBy.get(indicator.indicatorId) ?? []).filter((o) => o.unit === draft.unit);
      return {
        record,
        indicator,
        kind,
        ambition,
        comparison: calcDraftComparison(draft, ambition, peerTargets, outcomes),
        peers: peerTargets,
        outcomes,
      };
    });
}
