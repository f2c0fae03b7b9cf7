/** The planner chart's marks: peers' target levels, reported outcomes and references, each with its label and tooltip lines. */

import type { PeerTargetRow, ReportedOutcome } from '../../../lib/data/queries/planner.ts';
import type { ReferenceRow } from '../../../lib/data/tables.ts';
import { formatTargetValue } from '../../../lib/i18n/common.ts';
import type { Formatters } from '../../../lib/i18n/format.ts';
import type { Lang } from '../../../lib/i18n/lang.ts';
import { isOutdatedTarget } from '../../../lib/outcomes/planner.ts';
import { formatOutcomeValue, pickOutcomeWords } from '../outcomes/format-outcome.ts';
import type { PLANNER_STRINGS } from './strings.ts';

/** One mark of the planner chart. */
export interface PlannerMark {
  key: string;
  row: 'targets' | 'outcomes' | 'references';
  value: number;
  /** Filled (a target level, an assessing outcome, a reference outcome) or hollow (context, reference target). */
  filled: boolean;
  /** A row of the researcher's own (drawn with a dashed outline). */
  yours?: boolean;
  /** A peer target set ten years or more before the proposal (drawn hollow). */
  outdated?: boolean;
  /** The city's latest value, where the proposal starts from (drawn as a square). */
  isLatest?: boolean;
  /** A short name drawn beside the mark (references: which region, year and kind). */
  tag?: string;
  /** Accessible name and tooltip title. */
  label: string;
  /** Tooltip lines under the title. */
  lines: readonly string[];
}

/** What {@link buildPlannerMarks} draws from. */
export interface PlannerMarksInput {
  peers: readonly PeerTargetRow[];
  outcomes: readonly ReportedOutcome[];
  references: readonly ReferenceRow[];
  /** The indicator's unit. */
  unit: string;
  /** The year the proposal is for (peer targets ten years or more before it are outdated). */
  proposalYear: number;
  /** Where the proposal starts from: the city's latest value, typed or from the data; null if none. */
  latest: { city: string; year: number; value: number } | null;
  /** A city's name in the language shown. */
  cityName: (cityId: string) => string;
  lang: Lang;
  format: Formatters;
  t: (typeof PLANNER_STRINGS)['en'];
}

/**
 * buildPlannerMarks(input) is one mark per peer target (at its level; hollow when outdated), per reported
 * outcome (filled when it may assess a target), the city's latest value, and per reference with a number
 * (filled for an outcome, hollow for a target, named beside it).
 */
export function buildPlannerMarks(input: PlannerMarksInput): PlannerMark[] {
  const { lang, format, t, cityName } = input;
  const show = (value: number) => formatOutcomeValue(lang, format, value, input.unit);
  return [
    ...input.peers.map((peer): PlannerMark => ({
      key: peer.targetId,
      row: 'targets',
      value: peer.level,
      filled: !isOutdatedTarget(peer.targetYear, input.proposalYear),
      outdated: isOutdatedTarget(peer.targetYear, input.proposalYear),
      label: `${cityName(peer.cityId)} · ${peer.targetYear ?? '—'}: ${formatTargetValue(lang, format, peer)}`,
      lines: [peer.quote],
    })),
    ...input.outcomes.map((o): PlannerMark => {
      const words = pickOutcomeWords(lang, o);
      return {
        key: `${o.origin}:${o.outcomeKey}`,
        row: 'outcomes',
        value: o.value,
        filled: o.isAssessing,
        yours: o.origin === 'yours',
        label: `${cityName(o.city_id)} · ${o.year}: ${show(o.value)}${o.origin === 'yours' ? ` (${t.yours})` : ''}`,
        lines: [
          words.title,
          ...(o.quote === null ? [] : [o.quote]),
          ...(words.caveat === null ? [] : [words.caveat.text]),
        ],
      };
    }),
    ...(input.latest === null
      ? []
      : [
          {
            key: 'latest',
            row: 'outcomes' as const,
            value: input.latest.value,
            filled: true,
            isLatest: true,
            label: t.latestMark(input.latest.city, String(input.latest.year), show(input.latest.value)),
            lines: [],
          },
        ]),
    ...input.references.flatMap((r): PlannerMark[] =>
      r.value === null
        ? []
        : [
            {
              key: r.reference_id,
              row: 'references',
              value: r.value,
              filled: r.kind === 'outcome',
              tag: `${lang === 'zh' ? r.region_zh : r.region_en} ${r.year} ${t.targetKind[r.kind]}`,
              label: `${lang === 'zh' ? r.region_zh : r.region_en} · ${r.year} ${t.targetKind[r.kind]}: ${formatTargetValue(
                lang,
                format,
                {
                  comparator: r.comparator,
                  value: r.value,
                  valueMax: r.value_max,
                  unit: r.unit,
                  unitZh: null,
                },
              )}`,
              lines: [r.source_title, r.quote],
            },
          ],
    ),
  ];
}
