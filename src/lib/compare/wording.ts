/**
 * How cities word one canonical indicator: the number in each quote (to highlight it), and the differences
 * a reader must see before comparing (another wording, another unit, 以上 against 左右, an addition or a
 * change rather than a level, a target year not stated in the sentence, no number at all).
 */

import type { Comparator } from '../extract/types.ts';

/** A piece of a quote; `isNumber` marks the target's own number. */
export interface QuotePart {
  text: string;
  isNumber: boolean;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function buildNumberPattern(value: number): string {
  const written = String(value);
  // 1 is also written 1.0; 0 may be 零 (零事故).
  const digits = `(?<![\\d.])${escapeRegExp(written)}${Number.isInteger(value) ? '(?:\\.0+)?' : ''}(?![\\d.])`;
  return value === 0 ? `(?:${digits}|零)` : digits;
}

/**
 * Splits a quote so its target number(s) can be highlighted: the first place each of `value` and
 * `valueMax` is written with Arabic digits (or 零 for zero). A quote without them is one plain part.
 */
export function calcQuoteParts(quote: string, value: number | null, valueMax: number | null): QuotePart[] {
  const spans: [number, number][] = [];
  for (const number of [value, valueMax]) {
    if (number === null) continue;
    const pattern = new RegExp(buildNumberPattern(number), 'g');
    for (const match of quote.matchAll(pattern)) {
      const start = match.index;
      const end = start + match[0].length;
      if (spans.some(([s, e]) => start < e && end > s)) continue;
      spans.push([start, end]);
      break;
    }
  }
  spans.sort((a, b) => a[0] - b[0]);
  const parts: QuotePart[] = [];
  let cursor = 0;
  for (const [start, end] of spans) {
    if (start > cursor) parts.push({ text: quote.slice(cursor, start), isNumber: false });
    parts.push({ text: quote.slice(start, end), isNumber: true });
    cursor = end;
  }
  if (cursor < quote.length || parts.length === 0) parts.push({ text: quote.slice(cursor), isNumber: false });
  return parts;
}

/** The words a plan uses for each bound, most common first; the first one found in the quote is shown. */
const BOUND_WORDS: Readonly<Record<Comparator, readonly string[]>> = {
  '>=': ['以上', '不低于', '不少于', '超过'],
  '<=': ['以下', '以内', '不超过', '不高于', '控制在'],
  '~': ['左右', '约'],
  '=': ['达到', '稳定在', '为', '达'],
  range: ['-', '~', '—', '至', '到'],
  increase_by: ['提高', '增长', '增加', '提升'],
  decrease_by: ['下降', '降低', '减少'],
  qualitative: [],
};

/**
 * The word of the quote that sets the bound (以上, 左右, 达到…): the first of the comparator's usual words
 * that the quote contains, or null when it contains none (共900个: a bare number).
 */
export function calcBoundWord(comparator: Comparator, quote: string): string | null {
  return BOUND_WORDS[comparator].find((word) => quote.includes(word)) ?? null;
}

/** A difference a reader should know before comparing a record with the others of its indicator. */
export type WordingFlag =
  /** The plan names the quantity differently from the canonical name. */
  | { kind: 'wording'; canonical: string }
  /** The plan's wording joins several quantities (或, 及, 、, 和) under one number: it may count more. */
  | { kind: 'broader'; canonical: string }
  /** The plan's unit is not the indicator's (e.g. a growth rate in % of a count). */
  | { kind: 'unit'; unit: string | null; expected: string }
  /** Other records of the indicator set another bound (以上 here, 左右 or 达到 there); null: no bound word. */
  | { kind: 'bound'; word: string | null; others: (string | null)[] }
  /** An addition (新增), not a total. */
  | { kind: 'addition' }
  /** A change by an amount (提高/降低), not a level. */
  | { kind: 'change' }
  /** No number: a qualitative commitment. */
  | { kind: 'qualitative' }
  /** The target year comes from the section heading or the document's horizon, not the sentence. */
  | { kind: 'year'; basis: 'section' | 'document' };

/**
 * Words that join several quantities into one: 名牌产品或区域品牌产品, 国际标准或国外先进标准, 蔬菜、畜禽和果品,
 * A及B (not the 及 of 普及, popularisation).
 */
const JOINED = /[或、和]|(?<!普)及/;

/**
 * isBroaderWording(wording, canonical) is true when a plan's wording joins several quantities under one
 * number (或, 及, 、, 和) where the canonical name does not: 省级以上名牌产品或区域品牌产品 counts regional
 * brands as well as the 省级以上名牌产品 the indicator counts, so it may measure something broader.
 */
export function isBroaderWording(wording: string, canonical: string): boolean {
  return JOINED.test(wording) && !JOINED.test(canonical);
}

/** The fields of a record that its flags are computed from. */
export interface WordedRecord {
  indicatorZh: string;
  comparator: Comparator;
  value: number | null;
  unit: string | null;
  isNewCount: boolean;
  yearBasis: 'explicit' | 'section' | 'document';
  quote: string;
}

/** The canonical indicator the records are compared on. */
export interface CanonicalIndicator {
  nameZh: string;
  unit: string;
}

/**
 * The flags of each record, in the order given. Bounds are compared among the records that state a level
 * (not an addition, change or qualitative commitment): when they use more than one comparator, each of
 * them is flagged with its own word and the others'.
 */
export function calcWordingFlags(
  records: readonly WordedRecord[],
  indicator: CanonicalIndicator,
): WordingFlag[][] {
  const isLevel = (r: WordedRecord) =>
    r.value !== null &&
    r.comparator !== 'qualitative' &&
    r.comparator !== 'increase_by' &&
    r.comparator !== 'decrease_by' &&
    !r.isNewCount;
  const levelComparators = new Set(records.filter(isLevel).map((r) => r.comparator));
  return records.map((record) => {
    const flags: WordingFlag[] = [];
    if (record.indicatorZh !== indicator.nameZh) flags.push({ kind: 'wording', canonical: indicator.nameZh });
    if (isBroaderWording(record.indicatorZh, indicator.nameZh))
      flags.push({ kind: 'broader', canonical: indicator.nameZh });
    if (record.comparator === 'qualitative' || record.value === null) {
      flags.push({ kind: 'qualitative' });
    } else if (record.unit !== indicator.unit) {
      flags.push({ kind: 'unit', unit: record.unit, expected: indicator.unit });
    }
    if (record.comparator === 'increase_by' || record.comparator === 'decrease_by') {
      flags.push({ kind: 'change' });
    } else if (record.isNewCount) {
      flags.push({ kind: 'addition' });
    }
    if (isLevel(record) && levelComparators.size > 1) {
      const word = calcBoundWord(record.comparator, record.quote);
      const others = [
        ...new Set(
          records
            .filter((r) => isLevel(r) && r.comparator !== record.comparator)
            .map((r) => calcBoundWord(r.comparator, r.quote)),
        ),
      ];
      flags.push({ kind: 'bound', word, others });
    }
    if (record.yearBasis !== 'explicit') flags.push({ kind: 'year', basis: record.yearBasis });
    return flags;
  });
}
