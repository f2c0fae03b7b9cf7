/**
 * The review layer: data/curation/overrides.csv and overrides-<doc_id>.csv (plans exported from the dashboard): corrections applied after extraction (a field changed, a record
 * excluded, a missed target added at a sentence of the plan), never adding a number absent from the quote.
 */
import { COMPARATORS, DOMAINS, type Comparator, type Domain, type TargetRecord } from '../extract/types.ts';
import { findNumbers } from '../extract/numerals.ts';
import { toSimplifiedShadow } from '../extract/chars.ts';
import { parseParagraphs } from '../extract/structure.ts';
import { DataFileError, parseCsvTable, requireColumns } from './read-csv.ts';

export interface Override {
  line: number;
  target_id: string;
  field: OverrideField;
  value: string;
  reason: string;
}

/**
 * Fields a reviewer may correct; `exclude` (value true) removes a record that is not a target; `quote` adds a
 * record the extraction missed: its target_id is new (`<doc_id>-<suffix>`) and its value is
 * `<quote_start>:<quote>`, the sentence as the plan's text has it (the offset says which, should the sentence
 * occur twice); later rows set its fields.
 */
export const OVERRIDE_FIELDS = [
  'quote',
  'domain',
  'topic',
  'indicator_id',
  'indicator_zh',
  'indicator_en',
  'comparator',
  'value',
  'value_max',
  'unit',
  'unit_zh',
  'target_year',
  'year_basis',
  'is_new_count',
  'lead_department',
  'review',
  'exclude',
] as const;
export type OverrideField = (typeof OVERRIDE_FIELDS)[number];

export const OVERRIDE_COLUMNS = ['target_id', 'field', 'value', 'reason'] as const;

/** Parse the overrides file (fields and reasons checked; targets and values are checked on apply). */
export function parseOverrides(text: string, file: string): Override[] {
  if (!text.trim()) return [];
  const table = parseCsvTable(text);
  requireColumns(table, OVERRIDE_COLUMNS, file);
  return table.records.map(({ line, values: v, cellCount }) => {
    if (cellCount !== table.columns.length) {
      throw new DataFileError(file, line, `expected ${table.columns.length} fields, found ${cellCount}`);
    }
    if (!v.target_id) throw new DataFileError(file, line, 'target_id is empty');
    if (!OVERRIDE_FIELDS.includes(v.field as OverrideField)) {
      throw new DataFileError(
        file,
        line,
        `field "${v.field}" cannot be overridden (allowed: ${OVERRIDE_FIELDS.join(', ')})`,
      );
    }
    if (!v.reason) throw new DataFileError(file, line, 'reason is empty: say why the record is corrected');
    return {
      line,
      target_id: v.target_id,
      field: v.field as OverrideField,
      value: v.value ?? '',
      reason: v.reason,
    };
  });
}

/** Numbers written in a quote (Arabic, Chinese, 百分之…), to check that an override stays faithful. */
export function numbersInQuote(quote: string): Set<number> {
  return new Set(findNumbers(toSimplifiedShadow(quote)).map((t) => t.value));
}

export interface OverrideResult {
  records: TargetRecord[];
  applied: number;
  excluded: string[];
  /** Records added by a `quote` row. */
  added: string[];
}

/** A plan's text and city, for records a `quote` row adds. */
export interface OverrideDocument {
  city_id: string;
  text: string;
}

/** The value of a `quote` row that adds a record at `start`. */
export function formatAddedQuote(start: number, quote: string): string {
  return `${start}:${quote}`;
}

/** The heading path of the line at `at` (what the extraction calls a record's section). */
export function findSectionAt(text: string, at: number): string {
  const paragraph = parseParagraphs(text).find((p) => p.start <= at && at <= p.end);
  return paragraph === undefined ? '' : paragraph.headings.map((h) => h.title).join(' › ');
}

/**
 * A record the extraction missed, at a sentence of its plan: no number until a reviewer's rows set one
 * (qualitative), its section from the plan's headings. Throws a message when the sentence is not in the text.
 */
export function createAddedRecord(
  targetId: string,
  docId: string,
  document: OverrideDocument,
  value: string,
): TargetRecord {
  const m = /^(\d+):([\s\S]+)$/.exec(value);
  if (m === null) throw new Error(`quote "${value}" must be written as <quote_start>:<the sentence>`);
  const quote = m[2]!;
  let start = Number(m[1]);
  if (document.text.slice(start, start + quote.length) !== quote) {
    // The offset is from another reading of the file: the sentence itself decides, if it occurs once.
    const first = document.text.indexOf(quote);
    if (first === -1) throw new Error(`the quote of ${targetId} is not in the text of ${docId}: "${quote}"`);
    if (document.text.indexOf(quote, first + 1) !== -1)
      throw new Error(`the quote of ${targetId} occurs more than once in ${docId}, and not at ${start}`);
    start = first;
  }
  return {
    target_id: targetId,
    doc_id: docId,
    city_id: document.city_id,
    domain: 'foundation',
    topic: '',
    indicator_id: null,
    indicator_zh: '',
    indicator_en: '',
    comparator: 'qualitative',
    value: null,
    value_max: null,
    unit: null,
    unit_zh: null,
    target_year: null,
    year_basis: 'explicit',
    is_new_count: false,
    quote,
    quote_start: start,
    quote_end: start + quote.length,
    section: findSectionAt(document.text, start),
    lead_department: null,
    review: 'corrected',
  };
}

/** The plan a new target_id belongs to: the longest doc_id it starts with, followed by `-`. */
function findDocOf(targetId: string, documents: ReadonlyMap<string, OverrideDocument>): string | null {
  let best: string | null = null;
  for (const docId of documents.keys())
    if (targetId.startsWith(`${docId}-`) && (best === null || docId.length > best.length)) best = docId;
  return best;
}

/**
 * Apply overrides in file order (each names its file and line). A reviewed record is marked `corrected`
 * (or gets the `review` value an override sets). A `quote` row adds a record to the plan of `documents` its
 * target_id starts with. Throws DataFileError for an unknown target, a bad value, or a number that its
 * record's quote does not contain.
 */
export function applyOverrides(
  records: TargetRecord[],
  overrides: (Override & { file?: string })[],
  file: string,
  indicatorIds: ReadonlySet<string>,
  documents: ReadonlyMap<string, OverrideDocument> = new Map(),
): OverrideResult {
  const byId = new Map(records.map((r) => [r.target_id, { ...r }]));
  const order = records.map((r) => r.target_id);
  const excluded = new Set<string>();
  const added: string[] = [];
  for (const o of overrides) {
    const fail = (problem: string): never => {
      throw new DataFileError(o.file ?? file, o.line, problem);
    };
    if (o.field === 'quote') {
      if (byId.has(o.target_id))
        fail(`target_id "${o.target_id}" exists: a quote row adds a record under a new target_id`);
      const docId =
        findDocOf(o.target_id, documents) ??
        fail(`target_id "${o.target_id}" does not start with the doc_id of a plan and -`);
      try {
        byId.set(o.target_id, createAddedRecord(o.target_id, docId, documents.get(docId)!, o.value));
      } catch (e) {
        fail((e as Error).message);
      }
      order.push(o.target_id);
      added.push(o.target_id);
      continue;
    }
    const record = byId.get(o.target_id) ?? fail(`unknown target_id "${o.target_id}"`);
    const v = o.value;
    const num = () => {
      if (v === '') return null;
      const n = Number(v);
      if (!Number.isFinite(n)) fail(`${o.field} "${v}" is not a number`);
      if (!numbersInQuote(record.quote).has(n))
        fail(`${o.field} ${v} does not appear in the quote of ${o.target_id}: "${record.quote}"`);
      return n;
    };
    switch (o.field) {
      case 'exclude':
        if (v !== 'true') fail('exclude takes the value true');
        excluded.add(o.target_id);
        break;
      case 'domain':
        if (!DOMAINS.includes(v as Domain)) fail(`domain "${v}" is not one of ${DOMAINS.join(', ')}`);
        record.domain = v as Domain;
        break;
      case 'comparator':
        if (!COMPARATORS.includes(v as Comparator))
          fail(`comparator "${v}" is not one of ${COMPARATORS.join(', ')}`);
        record.comparator = v as Comparator;
        break;
      case 'indicator_id':
        if (v && !indicatorIds.has(v)) fail(`indicator_id "${v}" is not in data/indicators.csv`);
        record.indicator_id = v || null;
        break;
      case 'value':
        record.value = num();
        break;
      case 'value_max':
        record.value_max = num();
        break;
      case 'target_year': {
        if (v && !/^(?:19|20)\d{2}$/.test(v)) fail(`target_year "${v}" is not a year`);
        record.target_year = v ? Number(v) : null;
        break;
      }
      case 'year_basis':
        if (!['explicit', 'section', 'document'].includes(v))
          fail(`year_basis "${v}" must be explicit, section or document`);
        record.year_basis = v as TargetRecord['year_basis'];
        break;
      case 'is_new_count':
        if (v !== 'true' && v !== 'false') fail('is_new_count takes true or false');
        record.is_new_count = v === 'true';
        break;
      case 'review':
        if (!['auto', 'reviewed', 'corrected'].includes(v))
          fail(`review "${v}" must be auto, reviewed or corrected`);
        record.review = v as TargetRecord['review'];
        break;
      case 'topic':
      case 'indicator_zh':
      case 'indicator_en':
      case 'unit':
      case 'unit_zh':
      case 'lead_department':
        record[o.field] =
          v || ((o.field === 'topic' || o.field.startsWith('indicator_') ? '' : null) as never);
        break;
    }
    if (o.field !== 'review') record.review = 'corrected';
    byId.set(o.target_id, record);
  }
  return {
    records: order.filter((id) => !excluded.has(id)).map((id) => byId.get(id)!),
    applied: overrides.length,
    excluded: [...excluded],
    added,
  };
}
