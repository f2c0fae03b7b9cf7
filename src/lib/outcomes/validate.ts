import {
  validateRows,
  isHttpUrl,
  parseNumber,
  parseYear,
  type At,
  type InputRecord,
  type ParseResult,
} from '../build/issues';
import { isChange } from '../build/reference-tables';
import {
  OUTCOME_MATCHES,
  SOURCE_KINDS,
  type OutcomeCatalog,
  type OutcomeMatch,
  type OutcomeRow,
  type SourceKind,
} from './types';

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

/**
 * buildOutcomeKey(row) names an outcome row by what makes it unique among the rows of one origin (the
 * published files, or a researcher's files): city, indicator (or target), year and period, e.g.
 * `<city_id>|pm25_concentration|2018|annual`. It stays the same when other rows are added or lines move.
 */
export function buildOutcomeKey(
  row: Pick<OutcomeRow, 'city_id' | 'indicator_id' | 'target_id' | 'year' | 'period'>,
): string {
  return [row.city_id, row.indicator_id ?? `target:${row.target_id ?? ''}`, row.year, row.period].join('|');
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
  return validateRows<OutcomeRow>(records, file, ({ at, get, line, values }) => {
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

    const year = parseYear(values['year']);
    if (year === null) at('bad_year', 'year', `year "${get('year')}" is not a year`);
    const value = parseNumber(values['value']);
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
      const key = buildOutcomeKey({
        city_id: cityId,
        indicator_id: indicatorId || null,
        target_id: targetId || null,
        year,
        period,
      });
      const first = seen.get(key);
      if (first) {
        const where = first.file === file ? `line ${first.line}` : `${first.file} line ${first.line}`;
        at(
          'duplicate',
          null,
          `duplicate of ${where} (${cityId}, ${indicatorId || targetId}, ${year}, ${period})`,
        );
      } else seen.set(key, { file, line: line });
    }

    if (year === null || value === null) return null;
    return {
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
      line: line,
    };
  });
}

/** 'annual' for annual rows, the period's year for monthly or quarterly rows, null if malformed. */
function parsePeriodYear(period: string): 'annual' | number | null {
  if (period === 'annual') return 'annual';
  const sub = /^(?:monthly (\d{4})-(0[1-9]|1[0-2])|quarterly (\d{4})-Q[1-4])$/.exec(period);
  return sub ? Number(sub[1] ?? sub[3]) : null;
}

/** A source is a title and an address or a quoted sentence; an address is http(s). */
export function checkSource(title: string, url: string, quote: string, at: At): void {
  if (!title || (!url && !quote))
    at(
      'missing_source',
      'source_title',
      'missing source: a source_title and a source_url or quote are required',
    );
  if (url && !isHttpUrl(url)) at('bad_url', 'source_url', `source_url "${url}" is not an http(s) address`);
}
