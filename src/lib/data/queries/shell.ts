/** The queries of the page around every view: the filter bar's choices of city and year. */

import { readNullableNumber } from '../fields.ts';
import { defineQuery } from '../query.ts';
import { CITIES_QUERY } from './shared.ts';

/** The first and last target year of any record. */
export interface YearSpanRow {
  firstTargetYear: number | null;
  lastTargetYear: number | null;
}

/** Every target year in the data, whatever the filters: the filter bar offers them all. */
export const YEAR_SPAN_QUERY = defineQuery({
  name: 'shell.yearSpan',
  sql: `SELECT min(target_year) AS first_target_year, max(target_year) AS last_target_year FROM targets`,
  bind: () => [],
  decode: (rows): YearSpanRow => ({
    firstTargetYear: rows[0] === undefined ? null : readNullableNumber(rows[0], 'first_target_year'),
    lastTargetYear: rows[0] === undefined ? null : readNullableNumber(rows[0], 'last_target_year'),
  }),
});

/** The filter bar's choices; its cities are every city, whatever the filters. */
export const SHELL_QUERIES = {
  cities: CITIES_QUERY,
  span: YEAR_SPAN_QUERY,
};
