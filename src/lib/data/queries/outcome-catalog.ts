/**
 * What a person's outcome files are checked against in the browser: the cities, canonical indicators and
 * published targets (the same checks as the build's).
 */

import { COMPARATORS } from '../../extract/types.ts';
import type { OutcomeCatalog } from '../../outcomes/types.ts';
import { readNullableString, readOneOf, readString } from '../fields.ts';
import { defineQuery } from '../query.ts';

/** Every city id. */
export const CATALOG_CITIES_QUERY = defineQuery({
  name: 'catalog.cities',
  sql: 'SELECT city_id FROM cities ORDER BY city_id',
  bind: () => [],
  decode: (rows): OutcomeCatalog['cities'] => rows.map((row) => ({ city_id: readString(row, 'city_id') })),
});

/** Every canonical indicator's id and unit. */
export const CATALOG_INDICATORS_QUERY = defineQuery({
  name: 'catalog.indicators',
  sql: 'SELECT indicator_id, unit FROM indicators ORDER BY indicator_id',
  bind: () => [],
  decode: (rows): OutcomeCatalog['indicators'] =>
    rows.map((row) => ({ indicator_id: readString(row, 'indicator_id'), unit: readString(row, 'unit') })),
});

/** Every published target a row may name by target_id. */
export const CATALOG_TARGETS_QUERY = defineQuery({
  name: 'catalog.targets',
  sql: `SELECT target_id, city_id, indicator_id, unit, comparator FROM published.targets ORDER BY target_id`,
  bind: () => [],
  decode: (rows): OutcomeCatalog['targets'] =>
    rows.map((row) => ({
      target_id: readString(row, 'target_id'),
      city_id: readString(row, 'city_id'),
      indicator_id: readNullableString(row, 'indicator_id'),
      unit: readNullableString(row, 'unit'),
      comparator: readOneOf(row, 'comparator', COMPARATORS),
    })),
});

/** The catalog, asked together. */
export const OUTCOME_CATALOG_QUERIES = {
  cities: CATALOG_CITIES_QUERY,
  indicators: CATALOG_INDICATORS_QUERY,
  targets: CATALOG_TARGETS_QUERY,
};
