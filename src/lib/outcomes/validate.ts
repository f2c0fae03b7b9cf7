import { COMPARATORS, DOMAINS, type Comparator, type Domain, type Indicator } from '../extract/types';
import {
  OUTCOME_MATCHES,
  SOURCE_KINDS,
  type CityRow,
  type IssueKind,
  type OutcomeCatalog,
  type OutcomeMatch,
  type OutcomeRow,
  type ParseResult,
  type ReferenceRow,
  type SourceKind,
  type ValidationIssue,
} from './types';

/**
 * A row as it arrives from any reader: CSV cells (strings) or spreadsheet cells (strings, numbers,
 * dates, empty). `line` is the 1-based file line or spreadsheet row number used in messages.
 */
export interface InputRecord {
  line: number;
  values: Readonly<Record<string, unknown>>;
  /** Cells in the row, when the reader knows it; rows longer than the header are reported. */
  cellCount?: number;
}

/** Outcome keys (city, indicator or target, year, period) already seen, to find duplicates across files. */
export type OutcomeKeyIndex = Map<string, { file: string; line: number }>;

export interface ValidateOutcomeOptions {
  /** Shown in every message, e.g. `data/outcomes/city-outcomes.csv` or the uploaded file's name. */
  file: string;
  catalog: OutcomeCatalog;
  /** Share one index between calls to report duplicates across several files. */
  seen?: OutcomeKeyIndex;
}

/** Columns an outcome file must have (the others of OUTCOME_COLUMNS are optional). */
export const REQUIRED_OUTCOME_COLUMNS = [
  'city_id',
  'indicator_id',
  'year',
  'period',
  'value',
  'unit',
  'source_title',
  'match',
] as const;

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

/** formatIssue(issue) is the one-line message shown to people: `file line N: message`. */
export function formatIssue(issue: ValidationIssue): string {
  return `${issue.file} line ${issue.line}: ${issue.message}`;
}

/** checkColumns(columns, required, file) reports each required column the header lacks (line 1). */
export function checkColumns(
  columns: readonly string[],
  required: readonly string[],
  file: string,
): ValidationIssue[] {
  return required
    .filter((name) => !columns.includes(name))
    .map((name) => issue('missing_column', file, 1, name, `missing column "${name}"`));
}

/** createOutcomeKeyIndex() starts an empty index for duplicate checks across files. */
export function createOutcomeKeyIndex(): OutcomeKeyIndex {
  return new Map();
}

/**
 * validateOutcomeRecords(records, options) checks outcome rows against the known cities, indicators
 * and targets and returns the valid rows, typed, with one issue per problem found. A row with any
 * issue is left out of `rows`.
 */
export function validateOutcomeRecords(
  records: readonly InputRecord[],
  options: ValidateOutcomeOptions,
): ParseResult<OutcomeRow> {
  const { file, catalog } = options;
  const seen = options.seen ?? createOutcomeKeyIndex();
  const cities = new Set(catalog.cities.map((c) => c.city_id));
  const indicators = new Map(catalog.indicators.map((i) => [i.indicator_id, i]));
  const targets = new Map(catalog.targets.map((t) => [t.target_id, t]));
  const rows: OutcomeRow[] = [];
  const issues: ValidationIssue[] = [];

  for (const record of records) {
    const found: ValidationIssue[] = [];
    const at = (kind: IssueKind, column: string | null, message: string) =>
      found.push(issue(kind, file, record.line, column, message));
    const get = (column: string) => cellText(record.values[column]);

    checkShape(record, at);
    const cityId = get('city_id');
    if (!cityId) at('missing_field', 'city_id', 'city_id is empty');
    else if (!cities.has(cityId))
      at('unknown_city', 'city_id', `unknown city "${cityId}" (known: ${[...cities].join(', ')})`);

    const indicatorId = get('indicator_id');
    const targetId = get('target_id');
    const indicator = indicatorId ? indicators.get(indicatorId) : undefined;
    const target = targetId ? targets.get(targetId) : undefined;
    if (!indicatorId && !targetId)
      at('missing_indicator', 'indicator_id', 'give an indicator_id or a target_id');
    if (indicatorId && !indicator)
      at('unknown_indicator', 'indicator_id', `unknown indicator "${indicatorId}"`);
    if (targetId && !target) at('unknown_target', 'target_id', `unknown target "${targetId}"`);
    if (target && cityId && target.city_id !== cityId)
      at('target_mismatch', 'target_id', `target ${targetId} belongs to ${target.city_id}, not ${cityId}`);
    if (target && indicator && target.indicator_id && target.indicator_id !== indicatorId)
      at(
        'target_mismatch',
        'indicator_id',
        `target ${targetId} maps to ${target.indicator_id}, not ${indicatorId}`,
      );

    const year = parseYear(record.values['year']);
    if (year === null) at('bad_year', 'year', `year "${get('year')}" is not a year`);
    const value = parseNumber(record.values['value']);
    if (value === null) at('bad_value', 'value', `value "${get('value')}" is not a number`);

    const unit = get('unit');
    if (!unit) at('missing_field', 'unit', 'unit is empty');
    else if (indicator && unit !== indicator.unit)
      at(
        'unit_mismatch',
        'unit',
        `unit "${unit}" does not match indicator ${indicator.indicator_id} (${indicator.unit})`,
      );
    else if (!indicator && target && target.unit && !isChange(target.comparator) && unit !== target.unit)
      at(
        'unit_mismatch',
        'unit',
        `unit "${unit}" does not match target ${target.target_id} (${target.unit})`,
      );

    const period = get('period');
    const periodYear = parsePeriodYear(period);
    if (periodYear === null)
      at('bad_period', 'period', `period "${period}" is not annual, monthly YYYY-MM or quarterly YYYY-Qn`);
    else if (year !== null && periodYear !== 'annual' && periodYear !== year)
      at('bad_period', 'period', `period "${period}" is not in year ${year}`);

    const asOf = get('as_of');
    if (asOf && !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(asOf))
      at('bad_date', 'as_of', `as_of "${asOf}" is not YYYY, YYYY-MM or YYYY-MM-DD`);
    else if (asOf && year !== null && Number(asOf.slice(0, 4)) !== year)
      at('bad_date', 'as_of', `as_of "${asOf}" is not in year ${year}`);

    checkSource(get('source_title'), get('source_url'), get('quote'), at);

    const match = get('match');
    if (!OUTCOME_MATCHES.includes(match as OutcomeMatch))
      at('bad_enum', 'match', `match "${match}" is not one of ${OUTCOME_MATCHES.join(', ')}`);
    const sourceKind = get('source_kind');
    if (sourceKind && !SOURCE_KINDS.includes(sourceKind as SourceKind))
      at('bad_enum', 'source_kind', `source_kind "${sourceKind}" is not one of ${SOURCE_KINDS.join(', ')}`);

    if (cityId && (indicatorId || targetId) && year !== null && periodYear !== null) {
      const key = [cityId, indicatorId || `target:${targetId}`, year, period].join('|');
      const first = seen.get(key);
      if (first) {
        const where = first.file === file ? `line ${first.line}` : `${first.file} line ${first.line}`;
        at(
          'duplicate',
          null,
          `duplicate of ${where} (${cityId}, ${indicatorId || targetId}, ${year}, ${period})`,
        );
      } else seen.set(key, { file, line: record.line });
    }

    issues.push(...found);
    if (found.length > 0 || year === null || value === null) continue;
    rows.push({
      city_id: cityId,
      indicator_id: indicatorId || null,
      target_id: targetId || null,
      indicator_zh: get('indicator_zh') || null,
      indicator_en: get('indicator_en') || null,
      year,
      period,
      value,
      unit,
      as_of: asOf || null,
      source_title: get('source_title'),
      source_url: get('source_url') || null,
      quote: get('quote') || null,
      notes: get('notes') || null,
      caveat: get('caveat') || null,
      source_kind: (sourceKind || null) as SourceKind | null,
      match: match as OutcomeMatch,
      file,
      line: record.line,
    });
  }
  return { rows, issues };
}

/**
 * validateReferenceRecords(records, options) checks national and provincial reference rows: known
 * indicator (empty only for qualitative rows), unit equal to the indicator's (`%` also allowed for
 * relative increase_by/decrease_by), numbers where the comparator needs them, a full source
 * (title, address and quote), and no two rows for the same indicator, region, kind and year.
 */
export function validateReferenceRecords(
  records: readonly InputRecord[],
  options: { file: string; catalog: Pick<OutcomeCatalog, 'indicators'> },
): ParseResult<ReferenceRow> {
  const { file } = options;
  const indicators = new Map(options.catalog.indicators.map((i) => [i.indicator_id, i]));
  const ids = new Map<string, number>();
  const facts = new Map<string, number>();
  const rows: ReferenceRow[] = [];
  const issues: ValidationIssue[] = [];

  for (const record of records) {
    const found: ValidationIssue[] = [];
    const at = (kind: IssueKind, column: string | null, message: string) =>
      found.push(issue(kind, file, record.line, column, message));
    const get = (column: string) => cellText(record.values[column]);

    checkShape(record, at);
    const id = get('reference_id');
    if (!id) at('missing_field', 'reference_id', 'reference_id is empty');
    else if (ids.has(id)) at('duplicate', 'reference_id', `reference_id "${id}" repeats line ${ids.get(id)}`);
    else ids.set(id, record.line);

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

    const year = parseYear(record.values['year']);
    if (year === null) at('bad_year', 'year', `year "${get('year')}" is not a year`);

    const value = parseNumber(record.values['value']);
    const valueMax = parseNumber(record.values['value_max']);
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
      else facts.set(key, record.line);
    }

    issues.push(...found);
    if (found.length > 0 || year === null) continue;
    rows.push({
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
      line: record.line,
    });
  }
  return { rows, issues };
}

/** validateCityRecords(records, options) checks the cities table; coordinates need a source address. */
export function validateCityRecords(
  records: readonly InputRecord[],
  options: { file: string },
): ParseResult<CityRow> {
  const { file } = options;
  const ids = new Map<string, number>();
  const rows: CityRow[] = [];
  const issues: ValidationIssue[] = [];
  for (const record of records) {
    const found: ValidationIssue[] = [];
    const at = (kind: IssueKind, column: string | null, message: string) =>
      found.push(issue(kind, file, record.line, column, message));
    const get = (column: string) => cellText(record.values[column]);

    checkShape(record, at);
    const id = get('city_id');
    if (!/^[a-z][a-z0-9_-]*$/.test(id))
      at('bad_value', 'city_id', `city_id "${id}" is not a lower-case slug`);
    else if (ids.has(id)) at('duplicate', 'city_id', `city_id "${id}" repeats line ${ids.get(id)}`);
    else ids.set(id, record.line);
    for (const column of ['name_zh', 'name_en', 'province_zh', 'province_en'])
      if (!get(column)) at('missing_field', column, `${column} is empty`);
    const level = get('admin_level');
    if (level !== 'prefecture-level city' && level !== 'autonomous prefecture')
      at(
        'bad_enum',
        'admin_level',
        `admin_level "${level}" is not prefecture-level city or autonomous prefecture`,
      );

    const lat = parseNumber(record.values['lat']);
    const lon = parseNumber(record.values['lon']);
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

    issues.push(...found);
    if (found.length > 0) continue;
    rows.push({
      city_id: id,
      name_zh: get('name_zh'),
      name_en: get('name_en'),
      province_zh: get('province_zh'),
      province_en: get('province_en'),
      admin_level: level as CityRow['admin_level'],
      lat,
      lon,
      coord_source: source || null,
    });
  }
  return { rows, issues };
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
  const rows: Indicator[] = [];
  const issues: ValidationIssue[] = [];
  for (const record of records) {
    const found: ValidationIssue[] = [];
    const at = (kind: IssueKind, column: string | null, message: string) =>
      found.push(issue(kind, file, record.line, column, message));
    const get = (column: string) => cellText(record.values[column]);

    checkShape(record, at);
    const id = get('indicator_id');
    if (!/^[a-z][a-z0-9_]*$/.test(id))
      at('bad_value', 'indicator_id', `indicator_id "${id}" is not a snake_case id`);
    else if (ids.has(id)) at('duplicate', 'indicator_id', `indicator_id "${id}" repeats line ${ids.get(id)}`);
    else ids.set(id, record.line);
    const domain = get('domain') as Domain;
    if (!DOMAINS.includes(domain))
      at('bad_enum', 'domain', `domain "${domain}" is not one of ${DOMAINS.join(', ')}`);
    const direction = get('direction');
    if (direction !== 'higher' && direction !== 'lower')
      at('bad_enum', 'direction', `direction "${direction}" is not higher or lower`);
    for (const column of ['name_zh', 'name_en', 'topic', 'unit'])
      if (!get(column)) at('missing_field', column, `${column} is empty`);

    issues.push(...found);
    if (found.length > 0) continue;
    rows.push({
      indicator_id: id,
      name_zh: get('name_zh'),
      name_en: get('name_en'),
      domain,
      topic: get('topic'),
      unit: get('unit'),
      direction: direction as Indicator['direction'],
      wordings: splitList(get('wordings')),
      exclude: splitList(get('exclude')),
    });
  }
  return { rows, issues };
}

/** parseNumber(cell) is the number a cell holds, or null: plain decimals only (no %, no thousands commas). */
export function parseNumber(cell: unknown): number | null {
  if (typeof cell === 'number') return Number.isFinite(cell) ? cell : null;
  const text = cellText(cell);
  return /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/.test(text) ? Number(text) : null;
}

function parseYear(cell: unknown): number | null {
  const year = parseNumber(cell);
  return year !== null && Number.isInteger(year) && year >= 1900 && year <= 2100 ? year : null;
}

/** 'annual' for annual rows, the period's year for monthly or quarterly rows, null if malformed. */
function parsePeriodYear(period: string): 'annual' | number | null {
  if (period === 'annual') return 'annual';
  const sub = /^(?:monthly (\d{4})-(0[1-9]|1[0-2])|quarterly (\d{4})-Q[1-4])$/.exec(period);
  return sub ? Number(sub[1] ?? sub[3]) : null;
}

function checkSource(
  title: string,
  url: string,
  quote: string,
  at: (kind: IssueKind, column: string | null, message: string) => void,
): void {
  if (!title || (!url && !quote))
    at(
      'missing_source',
      'source_title',
      'missing source: a source_title and a source_url or quote are required',
    );
  if (url && !isHttpUrl(url)) at('bad_url', 'source_url', `source_url "${url}" is not an http(s) address`);
}

function checkShape(
  record: InputRecord,
  at: (kind: IssueKind, column: string | null, message: string) => void,
): void {
  const columns = Object.keys(record.values).length;
  if (record.cellCount !== undefined && record.cellCount > columns)
    at('row_shape', null, `row has ${record.cellCount} cells but the header has ${columns} columns`);
}

function isChange(comparator: Comparator | string): boolean {
  return comparator === 'increase_by' || comparator === 'decrease_by';
}

function isHttpUrl(text: string): boolean {
  return /^https?:\/\/\S+$/.test(text);
}

function splitList(text: string): string[] {
  return text
    .split(';')
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

/** Cell contents as trimmed text: numbers as written by String, dates as YYYY-MM-DD, empty as ''. */
function cellText(cell: unknown): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? '' : cell.toISOString().slice(0, 10);
  return String(cell).trim();
}

function issue(
  kind: IssueKind,
  file: string,
  line: number,
  column: string | null,
  message: string,
): ValidationIssue {
  return { kind, file, line, column, message };
}
