/** The structure of a cleaned plan: paragraphs under a heading tree, sentences and clauses, target-year phrases. */
import { isTargetYear } from './types.ts';

/** A span of the cleaned text, [start, end). */
export interface Span {
  start: number;
  end: number;
}

export interface HeadingLevel {
  kind: string;
  title: string;
  /** The target year this part of the plan works to, once a heading or a sentence has set it. */
  year: number | null;
}

/** One line of the cleaned text, with the heading path it sits under. */
export interface Paragraph extends Span {
  /** Headings enclosing the paragraph, outermost first; the paragraph's own heading is last. */
  headings: HeadingLevel[];
  /** Set when this paragraph opens a heading: where the heading's title ends in the paragraph. */
  headingEnd: number | null;
  /** Where a list-item or heading marker (1. / (一) / 一、) ends, so quotes can skip it. */
  markerEnd: number;
}

const HEADING_PATTERNS: [kind: string, pattern: RegExp, alwaysHeading: boolean][] = [
  ['chapter', /^第[一二三四五六七八九十百零〇]+[章节篇](?:\s|$)?/, true],
  ['part', /^第[一二三四五六七八九十百零〇]+部分/, true],
  ['article', /^第[一二三四五六七八九十百零〇]+条/, false],
  ['cn', /^[一二三四五六七八九十]+[、.]/, true],
  ['cn-paren', /^[(][一二三四五六七八九十]+[)]/, true],
  ['num', /^\d{1,2}(?:\.|、)(?!\d)/, false],
  ['num-paren', /^[(]\d{1,2}[)]/, false],
  ['circled', /^[①-⑳]/, false],
];

/** A heading's title stops at the first full stop or colon; list items end with ; instead. */
const MAX_TITLE = 40;

interface HeadingMatch {
  kind: string;
  markerEnd: number;
  titleEnd: number | null;
}

/** Recognise a heading or list marker at the start of a line (offsets relative to the line). */
export function parseHeading(line: string): HeadingMatch | null {
  for (const [kind, pattern, alwaysHeading] of HEADING_PATTERNS) {
    const m = pattern.exec(line);
    if (!m) continue;
    const markerEnd = m[0].length;
    const stop = line.slice(markerEnd).search(/[。:;!?]/);
    const delimiter = stop < 0 ? '' : line[markerEnd + stop];
    const titleEnd = stop < 0 ? line.length : markerEnd + stop;
    const isTitle = delimiter !== ';' && titleEnd <= MAX_TITLE && (stop >= 0 || line.length <= MAX_TITLE);
    if (isTitle) return { kind, markerEnd, titleEnd };
    if (alwaysHeading) return { kind, markerEnd, titleEnd: Math.min(titleEnd, MAX_TITLE) };
    return { kind, markerEnd, titleEnd: null };
  }
  return null;
}

const YEAR_IN_TITLE = /(?:19|20)\d{2}(?=年)/g;

/** The last year in a heading that a target can be set for (a heading's 1985年 is history). */
function lastYearIn(text: string): number | null {
  let year: number | null = null;
  for (const m of text.matchAll(YEAR_IN_TITLE)) if (isTargetYear(Number(m[0]))) year = Number(m[0]);
  return year;
}

/**
 * Split the cleaned text into paragraphs (lines) and track the heading tree. Heading kinds nest in the
 * order they first appear, like Markdown: a kind already on the stack closes everything below it.
 */
export function parseParagraphs(text: string): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let stack: HeadingLevel[] = [];
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const line = text.slice(start, end);
    if (line) {
      const heading = parseHeading(line);
      let headingEnd: number | null = null;
      if (heading && heading.titleEnd !== null) {
        const at = stack.findIndex((h) => h.kind === heading.kind);
        if (at >= 0) stack = stack.slice(0, at);
        const title = line.slice(0, heading.titleEnd).trim();
        const inherited = stack.length ? stack[stack.length - 1]!.year : null;
        stack = [...stack, { kind: heading.kind, title, year: lastYearIn(title) ?? inherited }];
        headingEnd = start + heading.titleEnd;
      }
      paragraphs.push({
        start,
        end,
        headings: stack,
        headingEnd,
        markerEnd: start + (heading?.markerEnd ?? 0),
      });
    }
    start = end + 1;
  }
  return paragraphs;
}

/** Sentences of a paragraph: up to and including 。！？ (half-width after cleaning: !?). */
export function splitSentences(text: string, span: Span): Span[] {
  const out: Span[] = [];
  let s = span.start;
  for (let i = span.start; i < span.end; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x3002 || c === 0x21 || c === 0x3f) {
      out.push({ start: s, end: i + 1 });
      s = i + 1;
    }
  }
  if (s < span.end) out.push({ start: s, end: span.end });
  return out;
}

// Character codes are compared as numbers: this loop runs over every character of every sentence.
function bracketDepthChange(c: number): number {
  switch (c) {
    case 0x28: // (
    case 0x300a: // 《
    case 0x201c: // “
    case 0x5b: // [
    case 0x3014: // 〔
      return 1;
    case 0x29: // )
    case 0x300b: // 》
    case 0x201d: // ”
    case 0x5d: // ]
    case 0x3015: // 〕
      return -1;
    default:
      return 0;
  }
}
const COMMA = 0x2c;

function isClauseEnd(c: number): boolean {
  // , ; : 。 ! ?
  return c === 0x2c || c === 0x3b || c === 0x3a || c === 0x3002 || c === 0x21 || c === 0x3f;
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/**
 * Clauses of a sentence, split at , ; : and the sentence's end, but not inside brackets or quotes,
 * nor at the comma of 1,200. Each clause excludes its trailing delimiter.
 */
export function splitClauses(text: string, sentence: Span): Span[] {
  const out: Span[] = [];
  let depth = 0;
  let s = sentence.start;
  for (let i = sentence.start; i < sentence.end; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x28 && c !== 0x21) continue;
    const change = bracketDepthChange(c);
    if (change) depth = Math.max(0, depth + change);
    else if (depth === 0 && isClauseEnd(c)) {
      const thousands =
        c === COMMA &&
        isDigit(text.charCodeAt(i - 1)) &&
        isDigit(text.charCodeAt(i + 1)) &&
        isDigit(text.charCodeAt(i + 2)) &&
        isDigit(text.charCodeAt(i + 3)) &&
        !isDigit(text.charCodeAt(i + 4));
      if (thousands) continue;
      if (i > s) out.push({ start: s, end: i });
      s = i + 1;
    }
  }
  if (s < sentence.end) out.push({ start: s, end: sentence.end });
  return out;
}

/** A phrase that sets the year targets must be met by: 到2015年, 2014年底, 2015年8月前, 力争到2020年. */
export interface YearPhrase extends Span {
  year: number;
}

const YEAR_PHRASE =
  /(到|至|截至|截止到?|力争到|力争在|争取到|争取在|力争|争取|确保)?((?:19|20)\d{2})年(?:\d{1,2}月)?(底|末|前|以前|之前|内|年底|年末)?/g;
/** 比2015年, 较“十一五”末: a base of comparison, not a deadline. */
const COMPARED_WITH = /(?:比|较|与|同|相比)“?$/;

/** The end year of a Five-Year Plan named in a phrase like 到“十三五”末 (十二五 → 2015, 十三五 → 2020). */
const FIVE_YEAR_PLAN_END = /(?:到|至)?“?十([一二三四五六])五”?(?:末|期末|时期末)/g;
const FIVE_YEAR_PLAN_NUMBER: Record<string, number> = { 一: 11, 二: 12, 三: 13, 四: 14, 五: 15, 六: 16 };

/**
 * Target-year phrases in a span, in order. A bare year (2016年全市质量大会) does not count, except at
 * the very start of a sentence followed by a comma (2020年,全市…).
 */
export function findYearPhrases(text: string, span: Span): YearPhrase[] {
  const out: YearPhrase[] = [];
  const sub = text.slice(span.start, span.end);
  if (!sub.includes('年') && !sub.includes('五')) return out;
  for (const m of sub.matchAll(FIVE_YEAR_PLAN_END)) {
    if (COMPARED_WITH.test(sub.slice(Math.max(0, m.index - 3), m.index))) continue;
    const plan = FIVE_YEAR_PLAN_NUMBER[m[1]!]!;
    out.push({
      start: span.start + m.index,
      end: span.start + m.index + m[0].length,
      year: 2010 + (plan - 11) * 5,
    });
  }
  for (const m of sub.matchAll(YEAR_PHRASE)) {
    const sentenceInitial = m.index === 0 && sub[m[0].length] === ',';
    if (!m[1] && !m[3] && !sentenceInitial) continue;
    if (COMPARED_WITH.test(sub.slice(Math.max(0, m.index - 3), m.index))) continue;
    // 2014-2020年 and (2011—2020年) name a period, not a deadline.
    const before = sub[m.index - 1];
    if (!m[1] && before && /[-—~至]/.test(before)) continue;
    out.push({ start: span.start + m.index, end: span.start + m.index + m[0].length, year: Number(m[2]) });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Enumerated points inside a paragraph (一是… 二是… / 一要… 二要…) with a short title each. */
export interface InlinePoint {
  start: number;
  title: string;
}

const INLINE_POINT = /(?:^|[。;])([一二三四五六七八九十]+[是要])/g;

/** Find 一是/二是 points of a paragraph so targets inside them carry the point in their section path. */
export function findInlinePoints(text: string, span: Span): InlinePoint[] {
  const sub = text.slice(span.start, span.end);
  const out: InlinePoint[] = [];
  for (const m of sub.matchAll(INLINE_POINT)) {
    const at = m.index + m[0].length - m[1]!.length;
    // Only the first 24 characters can be the title: read no further for its end.
    const rest = sub.slice(at, at + 24);
    const stop = rest.search(/[。,;:]/);
    const title = stop < 0 ? rest : rest.slice(0, stop);
    out.push({ start: span.start + at, title });
  }
  return out;
}
