/** The planner chart's marks: peers' target levels, reported outcomes and references, each with its label and tooltip lines. */

import type { PeerTargetRow, ReportedOutcome } from '../../../lib/data/queries/planner.ts';
import type { ReferenceRow } from '../../../lib/data/tables.ts';
import { formatTargetValue } from '../../../lib/i18n/common.ts';
import type { Formatters } from '../../../lib/i18n/format.ts';
import type { Lang } from '../../../lib/i18n/lang.ts';
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
  /** A city's name in the language shown. */
  cityName: (cityId: string) => string;
  lang: Lang;
  format: Formatters;
  t: (typeof PLANNER_STRINGS)['en'];
}

/**
 * buildPlannerMarks(input) is one mark per peer target (at its level), per reported outcome (filled when it
 * may assess a target) and per reference with a number (filled for an outcome, hollow for a target).
 */
export function buildPlannerMarks(input: PlannerMarksInput): PlannerMark[] {
  const { lang, format, t, cityName } = input;
  const show = (value: number) => formatOutcomeValue(lang, format, value, input.unit);
  return [
    ...input.peers.map((peer): PlannerMark => ({
      key: peer.targetId,
      row: 'targets',
      value: peer.level,
      filled: true,
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
    ...input.references.flatMap((r): PlannerMark[] =>
      r.value === null
        ? []
        : [
            {
              key: r.reference_id,
              row: 'references',
              value: r.value,
              filled: r.kind === 'outcome',
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
