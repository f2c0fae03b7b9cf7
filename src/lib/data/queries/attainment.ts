/**
 * The Attainment overview's queries: the count of each status per city and domain (a GROUP BY over
 * `attainment`), and the targets of one cell (`?cell=<city_id>.<domain>`) with the outcome each rests on.
 */

import {
  REASON_CODES,
  STATUS_ORDER,
  type AttainmentReason,
  type AttainmentStatus,
} from '../../outcomes/attainment.ts';
import { COMPARATORS, DOMAINS, type Comparator, type Domain } from '../../extract/types.ts';
import {
  readNullableNumber,
  readNullableString,
  readNumber,
  readOneOf,
  readString,
  type RawRow,
} from '../fields.ts';
import { defineQuery } from '../query.ts';
import { bindFilters, TARGET_FILTER_SQL } from '../sql.ts';
import {
  buildOutcomeColumnsSql,
  decodeOutcomeRecord,
  ORIGINS,
  OUTCOME_BASE_QUERIES,
  readStatus,
  type Origin,
  type OutcomeRecord,
} from './outcome-shared.ts';

/** A cell's targets listed at most; the cell says how many there are. */
export const CELL_LIST_LIMIT = 200;

/** One city × domain cell of {@link STATUS_MATRIX_QUERY}: cells without quantitative targets are absent. */
export interface StatusCellRow {
  cityId: string;
  domain: Domain;
  /** Targets of each status, every status present (0 where none). */
  counts: Readonly<Record<AttainmentStatus, number>>;
  total: number;
}

/** Quantitative targets per city, domain and status, under the filters. */
export const STATUS_MATRIX_QUERY = defineQuery({
  name: 'attainment.matrix',
  sql: `SELECT t.city_id, t.domain, count(*)::INTEGER AS total,
  ${STATUS_ORDER.map((s) => `count(*) FILTER (WHERE t.status = '${s}')::INTEGER AS "${s}"`).join(',\n  ')}
FROM attainment t
WHERE ${TARGET_FILTER_SQL}
GROUP BY t.city_id, t.domain
ORDER BY t.city_id, t.domain`,
  bind: ({ filters }) => bindFilters(filters),
  decode: (rows) =>
    rows.map((row): StatusCellRow => ({
      cityId: readString(row, 'city_id'),
      domain: readOneOf(row, 'domain', DOMAINS),
      counts: Object.fromEntries(STATUS_ORDER.map((s) => [s, readNumber(row, s)])) as Record<
        AttainmentStatus,
        number
      >,
      total: readNumber(row, 'total'),
    })),
});

/** The cell a `?cell=<city_id>.<domain>` parameter names, or null. */
export function readSelectedCell(
  params: Readonly<Record<string, string>>,
): { cityId: string; domain: Domain } | null {
  const [cityId, domain, ...rest] = (params['cell'] ?? '').split('.');
  if (!cityId || rest.length > 0 || !DOMAINS.includes(domain as Domain)) return null;
  return { cityId, domain: domain as Domain };
}

/** One target of {@link CELL_TARGETS_QUERY}. */
export interface CellTargetRow {
  targetId: string;
  docId: string;
  /** The canonical indicator's name, else the target's own wording. */
  indicatorNameZh: string;
  indicatorNameEn: string;
  comparator: Comparator;
  value: number | null;
  valueMax: number | null;
  unit: string | null;
  unitZh: string | null;
  targetYear: number | null;
  quote: string;
  status: AttainmentStatus;
  /** Why, as a code and in a sentence in each language (src/lib/outcomes/words.ts, published by the build). */
  reasonCode: AttainmentReason['code'];
  reason: string;
  reasonZh: string;
  /** The outcome the status rests on, if any. */
  outcome: { year: number; period: string; value: number; unit: string; origin: Origin } | null;
  /** Targets in the cell (the list shows the first {@link CELL_LIST_LIMIT}). */
  cellCount: number;
}

function decodeCellTarget(row: RawRow): CellTargetRow {
  const outcomeYear = readNullableNumber(row, 'outcome_year');
  return {
    targetId: readString(row, 'target_id'),
    docId: readString(row, 'doc_id'),
    indicatorNameZh: readString(row, 'indicator_name_zh'),
    indicatorNameEn: readString(row, 'indicator_name_en'),
    comparator: readOneOf(row, 'comparator', COMPARATORS),
    value: readNullableNumber(row, 'value'),
    valueMax: readNullableNumber(row, 'value_max'),
    unit: readNullableString(row, 'unit'),
    unitZh: readNullableString(row, 'unit_zh'),
    targetYear: readNullableNumber(row, 'target_year'),
    quote: readString(row, 'quote'),
    status: readStatus(row, 'status'),
    reasonCode: readOneOf(row, 'reason_code', REASON_CODES),
    reason: readString(row, 'reason'),
    reasonZh: readString(row, 'reason_zh'),
    outcome:
      outcomeYear === null
        ? null
        : {
            year: outcomeYear,
            period: readString(row, 'outcome_period'),
            value: readNumber(row, 'outcome_value'),
            unit: readString(row, 'outcome_unit'),
            origin: readOneOf(row, 'outcome_origin', ORIGINS),
          },
    cellCount: readNumber(row, 'cell_count'),
  };
}

/** The targets of the selected cell under the filters, by target_id; none when no cell is selected. */
export const CELL_TARGETS_QUERY = defineQuery({
  name: 'attainment.cell',
  sql: `WITH cell AS (
  SELECT t.*, count(*) OVER ()::INTEGER AS cell_count FROM attainment t
  WHERE ${TARGET_FILTER_SQL} AND t.city_id = $5 AND t.domain = $6
  ORDER BY t.target_id
  LIMIT ${CELL_LIST_LIMIT}
)
SELECT a.target_id, r.doc_id, coalesce(i.name_zh, r.indicator_zh) AS indicator_name_zh,
  coalesce(i.name_en, r.indicator_en) AS indicator_name_en, r.comparator, r.value, r.value_max, r.unit,
  r.unit_zh, r.target_year, r.quote, a.status, a.reason_code, a.reason, a.reason_zh, a.cell_count,
  o.year AS outcome_year, o.period AS outcome_period, o.value AS outcome_value, o.unit AS outcome_unit,
  o.origin AS outcome_origin
FROM cell a
JOIN targets r ON r.target_id = a.target_id
LEFT JOIN indicators i ON i.indicator_id = a.indicator_id
LEFT JOIN outcomes o ON o.outcome_key = a.outcome_key AND o.origin = a.outcome_origin
ORDER BY a.target_id`,
  bind: ({ filters, params }) => {
    const cell = readSelectedCell(params);
    return [...bindFilters(filters), cell?.cityId ?? '', cell?.domain ?? ''];
  },
  decode: (rows) => rows.map(decodeCellTarget),
});

/** The outcome each listed target's status rests on, by target_id: what its source card shows. */
export const CELL_OUTCOMES_QUERY = defineQuery({
  name: 'attainment.cellOutcomes',
  sql: `WITH cell AS (
  SELECT t.target_id, t.outcome_key, t.outcome_origin FROM attainment t
  WHERE ${TARGET_FILTER_SQL} AND t.city_id = $5 AND t.domain = $6
  ORDER BY t.target_id
  LIMIT ${CELL_LIST_LIMIT}
)
SELECT a.target_id AS rests_for, ${buildOutcomeColumnsSql('o')}
FROM cell a
JOIN outcomes o ON o.outcome_key = a.outcome_key AND o.origin = a.outcome_origin
ORDER BY a.target_id`,
  bind: CELL_TARGETS_QUERY.bind,
  decode: (rows): Record<string, OutcomeRecord> =>
    Object.fromEntries(rows.map((row) => [readString(row, 'rests_for'), decodeOutcomeRecord(row)])),
});

/** Everything the Attainment overview draws, asked together. */
export const ATTAINMENT_VIEW_QUERIES = {
  ...OUTCOME_BASE_QUERIES,
  matrix: STATUS_MATRIX_QUERY,
  cell: CELL_TARGETS_QUERY,
  cellOutcomes: CELL_OUTCOMES_QUERY,
};
