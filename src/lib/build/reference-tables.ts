/** The reference tables of the dataset (cities, canonical indicators, national and provincial references): read and checked row by row. */
import { COMPARATORS, DOMAINS, type Comparator, type Domain, type Indicator } from '../extract/types';
import { parseCsvTable, splitList } from './read-csv';
import {
  validateRows,
  checkColumns,
  isHttpUrl,
  parseNumber,
  parseYear,
  type InputRecord,
  type ParseResult,
} from './issues';

/** One national or provincial reference target or outcome. */
export interface ReferenceRow {
  reference_id: string;
  /** Null only for qualitative rows that no canonical indicator covers. */
  indicator_id: string | null;
  scope: 'national' | 'provincial';
  region_zh: string;
  region_en: string;
  kind: 'target' | 'outcome';
  comparator: Comparator;
  value: number | null;
  value_max: number | null;
  unit: string | null;
  year: number;
  quote: string;
  source_title: string;
  source_url: string;
  source_note: string | null;
  file: string;
  line: number;
}

export interface CityRow {
  city_id: string;
  name_zh: string;
  name_en: string;
  province_zh: string;
  province_en: string;
  admin_level: 'prefecture-level city' | 'autonomous prefecture';
  lat: number | null;
  lon: number | null;
  coord_source: string | null;
}

export const REFERENCE_COLUMNS = [
  'reference_id',
  'indicator_id',
  'scope',
  'region_zh',
  'region_en',
  'kind',
  'comparator',
  'value',
  'value_max',
  'unit',
  'year',
  'quote',
  'source_title',
  'source_url',
  'source_note',
] as const;

export const CITY_COLUMNS = [
  'city_id',
  'name_zh',
  'name_en',
  'province_zh',
  'province_en',
  'admin_level',
  'lat',
  'lon',
  'coord_source',
] as const;

export const INDICATOR_COLUMNS = [
  'indicator_id',
  'name_zh',
  'name_en',
  'domain',
  'topic',
  'unit',
  'direction',
  'wordings',
  'exclude',
] as const;

/**
 * validateReferenceRecords(records, options) checks national and provincial reference rows: known
 * indicator (empty only for qualitative rows), unit equal to the indicator's (`%` also allowed for
 * relative increase_by/decrease_by), numbers where the comparator needs them, a full source
 * (title, address and quote), and no two rows for the same indicator, region, kind and year.
 */
export function validateReferenceRecords(
  records: readonly InputRecord[],
  options: { file: string; catalog: { indicators: readonly Pick<Indicator, 'indicator_id' | 'unit'>[] } },
): ParseResult<ReferenceRow> {
  const { file } = options;
  const indicators = new Map(options.catalog.indicators.map((i) => [i.indicator_id, i]));
  const ids = new Map<string, number>();
  const facts = new Map<string, number>();
  return validateRows<ReferenceRow>(records, file, ({ at, get, line, values }) => {
    const id = get('reference_id');
    if (!id) at('missing_field', 'reference_id', 'reference_id is empty');
    else if (ids.has(id)) at('duplicate', 'reference_id', `reference_id "${id}" repeats line ${ids.get(id)}`);
    else ids.set(id, line);

    const comparator = get('comparator') as Comparator;
    const qualitative = comparator === 'qualitative';
    if (!COMPARATORS.includes(comparator))
      at('bad_enum', 'comparator', `comparator "${comparator}" is not one of ${COMPARATORS.join(', ')}`);

    const indicatorId = get('indicator_id');
    const indicator = indicatorId ? indicators.get(indicatorId) : undefined;
    if (indicatorId && !indicator)
      at('unknown_indicator', 'indicator_id', `unknown indicator "${indicatorId}"`);
    if (!indicatorId && !qualitative)
      at('missing_indicator', 'indicator_id', 'indicator_id may be empty only for qualitative rows');

    const scope = get('scope');
    if (scope !== 'national' && scope !== 'provincial')
      at('bad_enum', 'scope', `scope "${scope}" is not national or provincial`);
    const kind = get('kind');
    if (kind !== 'target' && kind !== 'outcome')
      at('bad_enum', 'kind', `kind "${kind}" is not target or outcome`);
    for (const column of ['region_zh', 'region_en'])
      if (!get(column)) at('missing_field', column, `${column} is empty`);

    const year = parseYear(values['year']);
    if (year === null) at('bad_year', 'year', `year "${get('year')}" is not a year`);

    const value = parseNumber(values['value']);
    const valueMax = parseNumber(values['value_max']);
    const unit = get('unit');
    if (qualitative) {
      if (get('value') || get('value_max')) at('bad_value', 'value', 'a qualitative row has no value');
    } else {
      if (value === null) at('bad_value', 'value', `value "${get('value')}" is not a number`);
      if (comparator === 'range' && valueMax === null)
        at('bad_value', 'value_max', `value_max "${get('value_max')}" is not a number`);
      if (comparator !== 'range' && get('value_max'))
        at('bad_value', 'value_max', 'value_max is only for ranges');
      const unitOk = indicator && (unit === indicator.unit || (isChange(comparator) && unit === '%'));
      if (indicator && !unitOk)
        at(
          'unit_mismatch',
          'unit',
          `unit "${unit}" does not match indicator ${indicator.indicator_id} (${indicator.unit})`,
        );
    }

    const url = get('source_url');
    for (const column of ['source_title', 'source_url', 'quote'])
      if (!get(column)) at('missing_source', column, `missing source: ${column} is empty`);
    if (url && !isHttpUrl(url)) at('bad_url', 'source_url', `source_url "${url}" is not an http(s) address`);

    if (indicatorId && !qualitative && year !== null) {
      const key = [indicatorId, get('region_en'), kind, year].join('|');
      const first = facts.get(key);
      if (first !== undefined)
        at(
          'duplicate',
          null,
          `duplicate of line ${first} (${indicatorId}, ${get('region_en')}, ${kind}, ${year})`,
        );
      else facts.set(key, line);
    }

    if (year === null) return null;
    return {
      reference_id: id,
      indicator_id: indicatorId || null,
      scope: scope as ReferenceRow['scope'],
      region_zh: get('region_zh'),
      region_en: get('region_en'),
      kind: kind as ReferenceRow['kind'],
      comparator,
      value: qualitative ? null : value,
      value_max: comparator === 'range' ? valueMax : null,
      unit: unit || null,
      year,
      quote: get('quote'),
      source_title: get('source_title'),
      source_url: url,
      source_note: get('source_note') || null,
      file,
      line: line,
    };
  });
}

/** validateCityRecords(records, options) checks the cities table; coordinates need a source address. */
export function validateCityRecords(
  records: readonly InputRecord[],
  options: { file: string },
): ParseResult<CityRow> {
  const { file } = options;
  const ids = new Map<string, number>();
  return validateRows<CityRow>(records, file, ({ at, get, line, values }) => {
    const id = get('city_id');
    if (!/^[a-z][a-z0-9_-]*$/.test(id))
      at('bad_value', 'city_id', `city_id "${id}" is not a lower-case slug`);
    else if (ids.has(id)) at('duplicate', 'city_id', `city_id "${id}" repeats line ${ids.get(id)}`);
    else ids.set(id, line);
    for (const column of ['name_zh', 'name_en', 'province_zh', 'province_en'])
      if (!get(column)) at('missing_field', column, `${column} is empty`);
    const level = get('admin_level');
    if (level !== 'prefecture-level city' && level !== 'autonomous prefecture')
      at(
        'bad_enum',
        'admin_level',
        `admin_level "${level}" is not prefecture-level city or autonomous prefecture`,
      );

    const lat = parseNumber(values['lat']);
    const lon = parseNumber(values['lon']);
    const source = get('coord_source');
    if (get('lat') && (lat === null || lat < -90 || lat > 90))
      at('bad_value', 'lat', `lat "${get('lat')}" is not a latitude`);
    if (get('lon') && (lon === null || lon < -180 || lon > 180))
      at('bad_value', 'lon', `lon "${get('lon')}" is not a longitude`);
    if ((lat === null) !== (lon === null)) at('missing_field', 'lat', 'give both lat and lon, or neither');
    if (lat !== null && !source)
      at('missing_source', 'coord_source', 'coordinates need a coord_source address');
    if (source && !isHttpUrl(source))
      at('bad_url', 'coord_source', `coord_source "${source}" is not an http(s) address`);

    return {
      city_id: id,
      name_zh: get('name_zh'),
      name_en: get('name_en'),
      province_zh: get('province_zh'),
      province_en: get('province_en'),
      admin_level: level as CityRow['admin_level'],
      lat,
      lon,
      coord_source: source || null,
    };
  });
}

/**
 * validateIndicatorRecords(records, options) reads data/indicators.csv rows into Indicator records.
 * Empty `wordings` stay an empty list: such outcome-only context indicators match no plan target.
 */
export function validateIndicatorRecords(
  records: readonly InputRecord[],
  options: { file: string },
): ParseResult<Indicator> {
  const { file } = options;
  const ids = new Map<string, number>();
  return validateRows<Indicator>(records, file, ({ at, get, line }) => {
    const id = get('indicator_id');
    if (!/^[a-z][a-z0-9_]*$/.test(id))
      at('bad_value', 'indicator_id', `indicator_id "${id}" is not a snake_case id`);
    else if (ids.has(id)) at('duplicate', 'indicator_id', `indicator_id "${id}" repeats line ${ids.get(id)}`);
    else ids.set(id, line);
    for (const column of ['wordings', 'exclude'])
      for (const pattern of splitList(get(column))) {
        try {
          new RegExp(pattern);
        } catch {
          at('bad_value', column, `wording "${pattern}" is not a valid regular expression`);
        }
      }
    const domain = get('domain') as Domain;
    if (!DOMAINS.includes(domain))
      at('bad_enum', 'domain', `domain "${domain}" is not one of ${DOMAINS.join(', ')}`);
    const direction = get('direction');
    if (direction !== 'higher' && direction !== 'lower')
      at('bad_enum', 'direction', `direction "${direction}" is not higher or lower`);
    for (const column of ['name_zh', 'name_en', 'topic', 'unit'])
      if (!get(column)) at('missing_field', column, `${column} is empty`);

    return {
      indicator_id: id,
      name_zh: get('name_zh'),
      name_en: get('name_en'),
      domain,
      topic: get('topic'),
      unit: get('unit'),
      direction: direction as Indicator['direction'],
      wordings: splitList(get('wordings')),
      exclude: splitList(get('exclude')),
    };
  });
}

/** increase_by and decrease_by are changes, measured in % (relative) rather than the indicator's unit. */
export function isChange(comparator: Comparator | string): boolean {
  return comparator === 'increase_by' || comparator === 'decrease_by';
}

/** parseReferencesCsv(text, options) reads and validates data/references.csv. */
export function parseReferencesCsv(
  text: string,
  options: { file: string; catalog: { indicators: readonly Pick<Indicator, 'indicator_id' | 'unit'>[] } },
): ParseResult<ReferenceRow> {
  const table = parseCsvTable(text);
  const missing = checkColumns(table.columns, REFERENCE_COLUMNS, options.file);
  if (missing.length > 0) return { rows: [], issues: missing };
  return validateReferenceRecords(table.records, options);
}

/** parseCitiesCsv(text, options) reads and validates data/cities.csv. */
export function parseCitiesCsv(text: string, options: { file: string }): ParseResult<CityRow> {
  const table = parseCsvTable(text);
  const missing = checkColumns(table.columns, CITY_COLUMNS, options.file);
  if (missing.length > 0) return { rows: [], issues: missing };
  return validateCityRecords(table.records, options);
}

/** parseIndicatorsCsv(text, options) reads data/indicators.csv into Indicator records. */
export function parseIndicatorsCsv(text: string, options: { file: string }): ParseResult<Indicator> {
  const table = parseCsvTable(text);
  const missing = checkColumns(table.columns, INDICATOR_COLUMNS, options.file);
  if (missing.length > 0) return { rows: [], issues: missing };
  return validateIndicatorRecords(table.records, options);
}
