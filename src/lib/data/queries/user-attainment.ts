/**
 * What judging a person's own rows reads from the engine: the published targets their outcome rows can touch,
 * the published outcomes of those targets and of the targets of plans they added, the canonical indicators
 * and the judgement date. Touch keys (src/lib/outcomes/attainment-table.ts `listTouchKeys`) are bound as one
 * comma-joined parameter (ids never hold a comma: outcome rows were checked against the published cities,
 * indicators and targets, and ids of added plans are lower-case letters, digits and -).
 */

import {
  calcUserAttainment,
  listTargetKeys,
  listTouchKeys,
  type AttainmentRow,
} from '../../outcomes/attainment-table.ts';
import type { TargetRecord } from '../../extract/types.ts';
import type { OutcomeRow } from '../../outcomes/types.ts';
import type { QueryCoordinator } from '../coordinator.ts';
import { defineQuery, type ViewState } from '../query.ts';
import { NO_FILTERS } from '../../state/url.ts';
import {
  buildOutcomeColumnsSql,
  decodeIndicator,
  decodeOutcomeRecord,
  decodeTargetRecord,
  JUDGEMENT_QUERY,
} from './outcome-shared.ts';

/**
 * The state the judging queries are asked with: the touch keys of a person's outcome rows, joined, and (for
 * the outcomes) the keys of every target to judge; by default the same keys.
 */
export function buildTouchState(touchKeys: readonly string[], judgedKeys?: readonly string[]): ViewState {
  const params: Record<string, string> = { touches: [...touchKeys].sort().join(',') };
  if (judgedKeys !== undefined) params['judged'] = [...judgedKeys].sort().join(',');
  return { filters: NO_FILTERS, params, lang: 'zh' };
}

/** Published quantitative targets whose city and indicator (or city and target_id) is one of the touch keys ($1). */
export const TOUCHED_TARGETS_QUERY = defineQuery({
  name: 'userAttainment.targets',
  sql: `SELECT t.* FROM published.targets t
WHERE t.comparator <> 'qualitative' AND (
  list_contains(string_split($1, ','), t.city_id || '|i:' || t.indicator_id)
  OR list_contains(string_split($1, ','), t.city_id || '|t:' || t.target_id))
ORDER BY t.target_id`,
  bind: ({ params }) => [params['touches'] ?? ''],
  decode: (rows) => rows.map(decodeTargetRecord),
});

/**
 * The published outcomes filed under a judged target's city and indicator, or its city and target_id (the
 * keys, $1), in the order the build read them.
 */
export const TOUCHED_OUTCOMES_QUERY = defineQuery({
  name: 'userAttainment.outcomes',
  sql: `SELECT ${buildOutcomeColumnsSql('o')}
FROM (SELECT *, 'published' AS origin FROM published.outcomes) o
WHERE list_contains(string_split($1, ','), o.city_id || '|i:' || o.indicator_id)
  OR list_contains(string_split($1, ','), o.city_id || '|t:' || o.target_id)
ORDER BY o.file, o.line`,
  bind: ({ params }) => [params['judged'] ?? params['touches'] ?? ''],
  decode: (rows) => rows.map(decodeOutcomeRecord),
});

/** Every canonical indicator. */
export const JUDGING_INDICATORS_QUERY = defineQuery({
  name: 'userAttainment.indicators',
  sql: `SELECT indicator_id, name_zh, name_en, domain, topic, unit, direction FROM indicators ORDER BY indicator_id`,
  bind: () => [],
  decode: (rows) => rows.map(decodeIndicator),
});

/** What re-judging reads, asked together. */
export const USER_ATTAINMENT_QUERIES = {
  targets: TOUCHED_TARGETS_QUERY,
  outcomes: TOUCHED_OUTCOMES_QUERY,
  indicators: JUDGING_INDICATORS_QUERY,
  date: JUDGEMENT_QUERY,
};

/** A person's own rows that attainment is judged for. */
export interface UserRowsToJudge {
  /** Their valid outcome rows. */
  outcomes: readonly OutcomeRow[];
  /** The records of the plans they added (every quantitative one is judged). */
  targets: readonly TargetRecord[];
}

/**
 * Judges a person's own rows with the same rule and at the same date as the build: the published targets
 * their outcome rows can touch, and every target of the plans they added, against the published outcomes and
 * theirs. Reads what the rule needs through the coordinator (waiting for the engine), then judges in
 * TypeScript.
 */
export async function judgeUserRows(
  coordinator: QueryCoordinator,
  { outcomes: yours, targets: plans }: UserRowsToJudge,
): Promise<AttainmentRow[]> {
  const quantitative = plans.filter((t) => t.comparator !== 'qualitative');
  if (yours.length === 0 && quantitative.length === 0) return [];
  const touchKeys = listTouchKeys(yours);
  const touchState = buildTouchState(touchKeys);
  const [touched, indicators, judgement] = await Promise.all([
    touchKeys.length === 0 ? [] : coordinator.ask(USER_ATTAINMENT_QUERIES.targets, touchState),
    coordinator.ask(USER_ATTAINMENT_QUERIES.indicators, touchState),
    coordinator.ask(USER_ATTAINMENT_QUERIES.date, touchState),
  ]);
  const judgedKeys = listTargetKeys([...touched, ...quantitative]);
  const published = await coordinator.ask(
    USER_ATTAINMENT_QUERIES.outcomes,
    buildTouchState(touchKeys, judgedKeys),
  );
  return calcUserAttainment({
    targets: touched,
    plans: quantitative,
    published,
    yours,
    indicators,
    judgement,
  });
}

/** Re-judges the published targets a researcher's outcome rows can touch (no added plans). */
export function judgeUserOutcomes(
  coordinator: QueryCoordinator,
  yours: readonly OutcomeRow[],
): Promise<AttainmentRow[]> {
  return judgeUserRows(coordinator, { outcomes: yours, targets: [] });
}
