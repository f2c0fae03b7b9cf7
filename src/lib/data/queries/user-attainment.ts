/**
 * What re-judging a researcher's outcome rows reads from the engine: the targets their rows can touch, the
 * published outcomes of those targets, the canonical indicators and the judgement date. The rows' touch keys
 * (src/lib/outcomes/attainment-table.ts `listTouchKeys`) are bound as one comma-joined parameter (ids never
 * hold a comma: the rows were checked against the published cities, indicators and targets).
 */

import { calcUserAttainment, listTouchKeys, type AttainmentRow } from '../../outcomes/attainment-table.ts';
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

/** The state the re-judging queries are asked with: the touch keys, joined. */
export function buildTouchState(touchKeys: readonly string[]): ViewState {
  return { filters: NO_FILTERS, params: { touches: [...touchKeys].sort().join(',') }, lang: 'zh' };
}

/** Quantitative targets whose city and indicator (or city and target_id) is one of the touch keys ($1). */
const TOUCHED_SQL = `WITH touched AS (
  SELECT t.* FROM targets t
  WHERE t.comparator <> 'qualitative' AND (
    list_contains(string_split($1, ','), t.city_id || '|i:' || t.indicator_id)
    OR list_contains(string_split($1, ','), t.city_id || '|t:' || t.target_id))
)`;

const bindTouches = ({ params }: ViewState) => [params['touches'] ?? ''];

/** The targets a researcher's rows can touch. */
export const TOUCHED_TARGETS_QUERY = defineQuery({
  name: 'userAttainment.targets',
  sql: `${TOUCHED_SQL}
SELECT * FROM touched ORDER BY target_id`,
  bind: bindTouches,
  decode: (rows) => rows.map(decodeTargetRecord),
});

/** The published outcomes of those targets, in the order the build read them. */
export const TOUCHED_OUTCOMES_QUERY = defineQuery({
  name: 'userAttainment.outcomes',
  sql: `${TOUCHED_SQL}
SELECT DISTINCT ${buildOutcomeColumnsSql('o')}
FROM (SELECT *, 'published' AS origin FROM published.outcomes) o
JOIN touched t ON o.city_id = t.city_id AND (o.target_id = t.target_id OR o.indicator_id = t.indicator_id)
ORDER BY o.file, o.line`,
  bind: bindTouches,
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

/**
 * Re-judges the targets a researcher's rows can touch, with the same rule and at the same date as the build:
 * reads what the rule needs through the coordinator (waiting for the engine), then judges in TypeScript.
 */
export async function judgeUserOutcomes(
  coordinator: QueryCoordinator,
  yours: readonly OutcomeRow[],
): Promise<AttainmentRow[]> {
  if (yours.length === 0) return [];
  const state = buildTouchState(listTouchKeys(yours));
  const [targets, published, indicators, judgement] = await Promise.all([
    coordinator.ask(USER_ATTAINMENT_QUERIES.targets, state),
    coordinator.ask(USER_ATTAINMENT_QUERIES.outcomes, state),
    coordinator.ask(USER_ATTAINMENT_QUERIES.indicators, state),
    coordinator.ask(USER_ATTAINMENT_QUERIES.date, state),
  ]);
  return calcUserAttainment({ targets, published, yours, indicators, judgement });
}
