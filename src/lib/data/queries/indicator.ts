/**
 * Indicator detail's queries: every canonical indicator with its counts (the picker), and the records and
 * reference targets of the indicator shown. Which indicator is shown is decided in SQL from the URL (the
 * `indicator` parameter, else the first indicator of the filtered domains that has records), so all three
 * bind from the URL alone and run together.
 */

import { DOMAINS, type Domain } from '../../extract/types.ts';
import { readNumber, readOneOf, readString, type RawRow } from '../fields.ts';
import { defineQuery, type ViewState } from '../query.ts';
import { buildListMatchSql, buildOrderListSql } from '../sql.ts';
import {
  COMPARED_TARGET_COLUMNS_SQL,
  COMPARED_TARGET_JOINS_SQL,
  decodeComparedTargetRow,
  decodeReferenceTargetRow,
  REFERENCE_ORDER_SQL,
  REFERENCE_TARGET_COLUMNS_SQL,
  YEAR_RANGE_SQL,
} from './compare.ts';

/**
 * Every canonical indicator with how many records and cities it has under the city (`$1`) and year (`$3`,
 * `$4`) filters (zero included), by domain, then cities, then records, then id.
 */
const INDICATOR_LIST_SQL = `SELECT i.indicator_id, i.name_zh, i.name_en, i.domain, i.unit, i.direction,
  count(t.target_id)::INTEGER AS target_count,
  count(DISTINCT t.city_id)::INTEGER AS city_count
FROM indicators i
LEFT JOIN targets t ON t.indicator_id = i.indicator_id AND ${buildListMatchSql('$1', 't.city_id')}
  AND ${YEAR_RANGE_SQL}
GROUP BY i.indicator_id, i.name_zh, i.name_en, i.domain, i.unit, i.direction
ORDER BY list_position(${buildOrderListSql(DOMAINS)}, i.domain), city_count DESC, target_count DESC,
  i.indicator_id`;

/**
 * A CTE `chosen(indicator_id)` (also the deck's, `deck.ts`): the indicator `$5` names, else the first of the list with records in the
 * filtered domains (`$2`), else the first of the list. Uses the list's own parameters `$1`, `$3`, `$4`.
 */
export const CHOSEN_SQL = `listed AS (${INDICATOR_LIST_SQL}),
chosen AS (
  SELECT coalesce(
    (SELECT indicator_id FROM indicators WHERE indicator_id = $5),
    (SELECT indicator_id FROM listed WHERE target_count > 0 AND ${buildListMatchSql('$2', 'domain')} LIMIT 1),
    (SELECT indicator_id FROM listed LIMIT 1)
  ) AS indicator_id
)`;

export function bindChosen({ filters, params }: ViewState): (string | number | null)[] {
  return [
    filters.cities.join(','),
    filters.domains.join(','),
    filters.yearFrom,
    filters.yearTo,
    params['indicator'] ?? '',
  ];
}

/** One indicator of {@link INDICATOR_LIST_QUERY}. */
export interface IndicatorListRow {
  indicatorId: string;
  nameZh: string;
  nameEn: string;
  domain: Domain;
  unit: string;
  direction: 'higher' | 'lower';
  /** Records (quantitative and qualitative) under the city and year filters. */
  targetCount: number;
  cityCount: number;
}

/** Decodes one row of {@link INDICATOR_LIST_QUERY}. */
export function decodeIndicatorListRow(row: RawRow): IndicatorListRow {
  return {
    indicatorId: readString(row, 'indicator_id'),
    nameZh: readString(row, 'name_zh'),
    nameEn: readString(row, 'name_en'),
    domain: readOneOf(row, 'domain', DOMAINS),
    unit: readString(row, 'unit'),
    direction: readOneOf(row, 'direction', ['higher', 'lower'] as const),
    targetCount: readNumber(row, 'target_count'),
    cityCount: readNumber(row, 'city_count'),
  };
}

/** The canonical indicators, for the picker, with the one shown flagged. */
export const INDICATOR_LIST_QUERY = defineQuery({
  name: 'indicator.list',
  sql: `WITH ${CHOSEN_SQL}
SELECT listed.*, listed.indicator_id = (SELECT indicator_id FROM chosen) AS is_chosen FROM listed
ORDER BY list_position(${buildOrderListSql(DOMAINS)}, listed.domain), listed.city_count DESC,
  listed.target_count DESC, listed.indicator_id`,
  bind: bindChosen,
  decode: (rows) => ({
    indicators: rows.map(decodeIndicatorListRow),
    chosenId: (rows.find((row) => row['is_chosen'] === true)?.['indicator_id'] as string | undefined) ?? null,
  }),
});

/**
 * Every record of the indicator shown, qualitative commitments included, in the selected cities and target
 * years, by target year, city and document order. The domain filter does not apply: the indicator belongs to
 * one domain and was chosen by name.
 */
export const INDICATOR_TARGETS_QUERY = defineQuery({
  name: 'indicator.targets',
  sql: `WITH ${CHOSEN_SQL}
SELECT ${COMPARED_TARGET_COLUMNS_SQL}
FROM targets t
${COMPARED_TARGET_JOINS_SQL}
WHERE t.indicator_id = (SELECT indicator_id FROM chosen) AND ${buildListMatchSql('$1', 't.city_id')}
  AND ${YEAR_RANGE_SQL}
ORDER BY t.target_year NULLS LAST, t.city_id, t.target_id`,
  bind: bindChosen,
  decode: (rows) => rows.map(decodeComparedTargetRow),
});

/** National and provincial reference targets with a number for the indicator shown, in the year range. */
export const INDICATOR_REFERENCES_QUERY = defineQuery({
  name: 'indicator.references',
  sql: `WITH ${CHOSEN_SQL}
SELECT ${REFERENCE_TARGET_COLUMNS_SQL}
FROM "references" r
WHERE r.kind = 'target' AND r.value IS NOT NULL AND r.indicator_id = (SELECT indicator_id FROM chosen)
  AND ($3::INTEGER IS NULL OR r.year >= $3::INTEGER)
  AND ($4::INTEGER IS NULL OR r.year <= $4::INTEGER)
ORDER BY ${REFERENCE_ORDER_SQL}`,
  bind: bindChosen,
  decode: (rows) => rows.map(decodeReferenceTargetRow),
});

/** Everything Indicator detail draws, asked together. */
export const INDICATOR_QUERIES = {
  list: INDICATOR_LIST_QUERY,
  targets: INDICATOR_TARGETS_QUERY,
  references: INDICATOR_REFERENCES_QUERY,
};
