/** Find every target in a cleaned plan: numbers that are commitments, their bounds, units, years, wording and lead department. */
import { isTargetYear, type Comparator, type Indicator, type TargetRecord, type YearBasis } from './types.ts';
import { toSimplifiedShadow } from './chars.ts';
import { findNumbers, type NumberToken } from './numerals.ts';
import { parseBound, parseUnit } from './units.ts';
import {
  findInlinePoints,
  findYearPhrases,
  parseParagraphs,
  splitClauses,
  splitSentences,
  type HeadingLevel,
  type Paragraph,
  type Span,
  type YearPhrase,
} from './structure.ts';
import { findLeadDepartment } from './departments.ts';
import { ClauseText, classifyTarget } from './classify.ts';
import {
  CharPositions,
  createStripped,
  LastMatchScanner,
  PrefixTest,
  WordStarts,
  trimEndChars,
  trimEndWords,
  type ScanMatch,
} from './scan.ts';

export interface ExtractOptions {
  docId: string;
  cityId: string;
  /** The document's horizon years (the last one is the default target year). */
  horizonYears: number[];
  /** The year the plan was issued: a figure stated for an earlier year is a baseline, not a target. */
  issueYear?: number | null;
  /** The text's simplified shadow (toSimplifiedShadow), when the caller already has it. */
  shadow?: string;
  indicators: readonly Indicator[];
}

/** Verbs after which the subject of the clause is the measured quantity (合格率达到95%). */
const REACH_VERBS = [
  '增长率达到',
  '增长率为',
  '稳定保持在',
  '稳定保持',
  '稳定在',
  '保持在',
  '维持在',
  '控制在',
  '控制到',
  '提高到',
  '提升到',
  '提高至',
  '提升至',
  '增加到',
  '增长到',
  '增至',
  '下降到',
  '下降至',
  '降低到',
  '降低至',
  '降到',
  '降至',
  '不低于',
  '不少于',
  '不超过',
  '不高于',
  '不小于',
  '进入',
  '(?<=均|都)在',
  '达到',
  '保持',
  '维持',
  '提高(?!行动|工程)',
  '提升(?!行动|工程)',
  '增长',
  '增加',
  '下降',
  '降低',
  '减少',
  '超过',
  '低于',
  '高于',
  '(?<![下传表到])达(?![标成])',
  '(?<![作认成以称])为(?![主重先准])',
  '(?<![公])共(?![同享治建赢])',
];

/** Verbs whose object is the counted thing (培育140项名牌产品, 新增认定10个研究中心). */
const CREATE_VERBS = [
  '制定\\(修订\\)',
  '制订\\(修订\\)',
  '建设完成',
  '新建成',
  '新申报',
  '新创建',
  '新培育',
  '新认定',
  '制修订',
  '培育',
  '建成',
  '建设',
  '完成',
  '争创',
  '创建',
  '创成',
  '新增',
  '新建',
  '新设',
  '申报',
  '认定',
  '获得',
  '引导',
  '组织',
  '推动',
  '累计',
  '实现',
  '形成',
  '打造',
  '扶持',
  '引进',
  '突破',
  '开发',
  '制定',
  '制订',
  '修订',
  '起草',
  '培养',
  '评选',
  '选树',
  '遴选',
  '培树',
  '树立',
  '评定',
  '命名',
  '拥有',
  '建立',
  '设立',
  '力争',
  '争取',
];

/** The plain word of a verb pattern (达(?!标) → 达), so matched text can be looked up. */
const plain = (pattern: string) => pattern.replace(/\(\?<?[!=][^)]*\)/g, '').replace(/\\/g, '');
const byLength = (a: string, b: string) => plain(b).length - plain(a).length;
const VERB_PATTERN = new RegExp([...REACH_VERBS, ...CREATE_VERBS].sort(byLength).join('|'), 'g');
/** How far one attempt to match a verb reads around its position: no verb pattern has a quantifier. */
const VERB_REACH = Math.max(...[...REACH_VERBS, ...CREATE_VERBS].map((v) => v.length));
const REACH = new Set(REACH_VERBS.map(plain));
/** Verbs that are part of the measured thing itself (制定标准300项). */
const VERB_IN_NAME = new Set(['制定', '制订', '修订', '制修订', '起草', '制定(修订)', '制订(修订)']);

const NEW_COUNT = /新增|新建|新认定|新申报|新创建|新培育|新获|累计/;
const DECREASE = /(?:下降|降低|减少|削减|压减|缩减)$/;
const INCREASE = /(?:提高|增长|增加|提升|上升|增幅|增速|增长率为|增长率达到|增长率)$/;
const AT_LEAST = /(?:不低于|不少于|超过|高于|大于|至少|不小于)$/;
const AT_MOST = /(?:不超过|不高于|低于|少于|控制在|控制到|小于|降至|降到|下降到|下降至|降低到|降低至)$/;
/** Verbs of a change to make, after 比上年 or 同比 (比上年提升1个百分点, 同比增长8%). */
const CHANGE_VERB = '(?:提高|提升|增长|增加|上升|下降|降低|减少|压减)';
/**
 * Past or baseline statements are not commitments: markers anywhere before the number in the sentence.
 * Last year is past unless it is the base of a change to make (比上年提升1个百分点, 同比增长8%).
 */
const PAST_IN_SENTENCE = new RegExp(
  '截至目前|目前|现有|以来|截止到?(?:19|20)\\d{2}年' +
    '|(?<![比较与])(?:去年|上年)' +
    `|(?<=[比较与])(?:去年|上年)(?!(?:同期)?[^,;。]{0,16}?${CHANGE_VERB})` +
    `|同比(?!${CHANGE_VERB})`,
);
/** …and markers that only count inside the number's own clause (已建成 elsewhere is common)… */
const PAST_IN_CLAUSE = /已经|已/;
/** …or right before the number. */
const PAST_BEFORE_NUMBER = /了$/;
/** Longer than any match of the patterns above, or of the word lists tested against a number's left end. */
const MAX_WORD = 16;
/** How far past markers are read around a window's edge: a marker with what may follow it (比上年…提升). */
const MAX_PAST_CONTEXT = 24;
/** A rate per so many units, stated without a unit (万台特种设备死亡率控制在0.20以下): the unit it is per. */
const RATE_PER: [RegExp, string][] = [
  [/万台/, 'per_10k_units'],
  [/万车/, 'per_10k_vehicles'],
  [/十万人/, 'per_100k_people'],
  [/每万人|^万人/, 'per_10k_people'],
  [/亿元(?:GDP|国内生产总值|地区生产总值)?/, 'per_100m_cny'],
];
const RATE_PER_END = /(?:率|人数|起数|次数|事故数)$/;
/** Words that may name a rate per so many units, looked for just before a unit-less number. */
const RATE_PER_HINT = /万台|万车|万人|亿元/;
/** “十二五”期间: a Five-Year Plan period, past if it ended before the plan's own years. */
const FIVE_YEAR_PERIOD = /十([一二三四五六])五”?(?:期间|时期)/;
/** Set phrases that contain numerals but no quantity. */
const IDIOM =
  /^(?:一批|一次|一流|一体|一线|一致|一票|一步|一起|一般|一定|一些|一系列|一站式|一把手|一对一|一揽子|一是|一要|一方面|十分|三包|三同时|五小|三旧|一带一路|一岗双责|一张网|一盘棋|一张图|一码|一证|一照)/;
/** A count right after these words is the whole population (全市300余家单位), not a target. */
const POPULATION = /(?:全市|全州|全县|全区|全省|全国|全盟|全旗)$/;
const SCORE_SUBJECT = /满意度|满意率|指数|得分|评分|分值/;
const RATE_END = /(?:率|度|量|数|指数|比例|比重|覆盖面)$/;
const SUBJECT_FILLER_START =
  /^(?:(?:到|至|力争到|争取到)?(?:19|20)\d{2}年(?:底|末|前)?|我市|我州|我县|我区|全市|全州|全县|全区|全省|本市|力争|力促|争取|确保|努力|使|其中|并|和|及|以及|同时|进一步|逐步|基本实现|实现|基本(?=实现|达到|建成|形成)|每年|年均|均|全面|按照|根据|依据|进行|、|“)+/;
/** Words stripped from the end of a subject, as many as there are. */
const SUBJECT_FILLER_END = [
  '年均',
  '均',
  '力争',
  '争取',
  '要',
  '将',
  '应',
  '都',
  '全部',
  '稳定',
  '基本',
  '总体上',
  '进一步',
  '持续',
  '确保',
  '分别',
  '、',
  '“',
];
const BACKGROUND_HEADING =
  /发展现状|现状与|基本情况|工作回顾|主要成绩|取得的成绩|面临的形势|发展基础|形势分析/;
const PLAN_PARTS =
  /^(?:个|项)?(?:方面|重点任务|分解任务|主要任务|任务|量化指标|指标体系|指标|措施|举措|专项行动|行动|领域|环节|步骤|阶段|部分|章节)/;
const ZERO_TARGET = /^零(?=事故|伤亡|死亡|重大事故|污染事故)/;
/** 检出率为零, 实现零: zero as the value a rate or count must hold. */
const ZERO_VALUE = /(?:为|达到|实现|保持|控制为)$/;

interface Found {
  token: NumberToken;
  valueMax: number | null;
  unit: string | null;
  unitZh: string | null;
  comparator: Comparator;
  isNewCount: boolean;
  indicatorZh: string;
  /** Where the target's text ends (after its unit, bound and any object after the number). */
  consumedEnd: number;
  /** Offset of the clause the target sits in. */
  clause: Span;
}

/**
 * What finding targets asks of the whole document again and again, indexed once: the marks that open
 * and close titles and quotations, 已, and where each 新增-like word starts.
 */
interface DocumentScan {
  s: string;
  marks: CharPositions;
  newCount: WordStarts;
}

/** The sentence around a clause, with what is asked of its start again for each number in it. */
interface SentenceScan extends Span {
  /** PAST_IN_SENTENCE between the sentence's start and a number. */
  past: PrefixTest;
  /** The sentence's first FIVE_YEAR_PERIOD, once looked for. */
  period?: { end: number; plan: string } | null;
}

function createDocumentScan(s: string): DocumentScan {
  return { s, marks: new CharPositions(s, '《》“”'), newCount: new WordStarts(s, NEW_COUNT) };
}

function createSentenceScan(s: string, sentence: Span): SentenceScan {
  return { ...sentence, past: new PrefixTest(s, sentence.start, PAST_IN_SENTENCE, MAX_PAST_CONTEXT) };
}

/** Does `pattern` (a list of words ending in $) match the end of s.slice(start, end)? Reads only the last MAX_WORD characters. */
function endsWith(s: string, start: number, end: number, pattern: RegExp): boolean {
  return pattern.test(s.slice(Math.max(start, end - MAX_WORD), end));
}

function cleanSubject(s: string): string {
  let out = s.replace(/[“”]/g, '').trim();
  for (let i = 0; i < 3; i++) out = trimEndWords(out.replace(SUBJECT_FILLER_START, ''), SUBJECT_FILLER_END);
  return out.trim();
}

/** An object after the number: up to the next number or verb, and after the last 的 when that leaves a noun. */
function cleanObject(s: string): string {
  let out = s.replace(/[“”]/g, '').trim();
  out = trimEndChars(out, '、和及与,');
  const de = out.lastIndexOf('的');
  if (de >= 0 && out.length - de - 1 >= 3) out = out.slice(de + 1);
  return out.trim();
}

/** Is position `at` inside a 《title》 or a short “quoted name” of the paragraph? */
function isInsideNameOrTitle(doc: DocumentScan, para: Span, at: number): boolean {
  const { marks } = doc;
  const open = Math.max(marks.lastAtOrBefore('《', at), marks.lastAtOrBefore('“', at));
  if (open < para.start) return false;
  const opener = doc.s[open];
  const closer = opener === '《' ? '》' : '”';
  const closeBefore = marks.firstAtOrAfter(closer, open);
  if (closeBefore >= 0 && closeBefore < at) return false;
  if (opener === '《') return true;
  const close = marks.firstAtOrAfter('”', at);
  return close >= 0 && close - open <= 14;
}

function isYearToken(s: string, t: NumberToken): boolean {
  if (t.form !== 'arabic' || t.end - t.start !== 4 || t.value < 1900 || t.value > 2099) return false;
  const before = s[t.start - 1] ?? '';
  const after = s.slice(t.end, t.end + 5);
  return /^(?:年|〕|\]|\)|[-—~～至到](?:19|20)\d{2})/.test(after) || /[〔[(\-—~～]/.test(before);
}

/**
 * Extract every target and qualitative commitment of a cleaned plan text, in document order.
 * Rules match against a simplified-character shadow of the text; quotes and wording come from the
 * text itself.
 */
export function extractTargets(text: string, options: ExtractOptions): TargetRecord[] {
  const s = options.shadow ?? toSimplifiedShadow(text);
  const paragraphs = parseParagraphs(s);
  const numbers = findNumbers(s);
  const documentYear = options.horizonYears.length ? Math.max(...options.horizonYears) : null;
  // The year a plan speaks from: its issue year, or failing that its first horizon year.
  const referenceYear =
    options.issueYear ?? (options.horizonYears.length ? Math.min(...options.horizonYears) : null);
  const records: Omit<TargetRecord, 'target_id'>[] = [];
  const doc = createDocumentScan(s);
  let rootYear: number | null = null;
  let n = 0;

  for (let p = 0; p < paragraphs.length; p++) {
    const para = paragraphs[p]!;
    const innermost: HeadingLevel | undefined = para.headings[para.headings.length - 1];
    const sectionYear = () => {
      for (let i = para.headings.length - 1; i >= 0; i--) {
        const y = para.headings[i]!.year;
        if (y !== null) return y;
      }
      return rootYear;
    };
    const setSectionYear = (year: number) => {
      if (innermost) innermost.year = year;
      else rootYear = year;
    };
    const lead = findLeadDepartment(text, s, para, paragraphs[p + 1]);
    const points = findInlinePoints(s, para);
    const sectionOf = (at: number) => {
      const titles = para.headings.map((h) => h.title);
      const point = lastStartingBy(points, at);
      if (point) titles.push(point.title);
      return titles.join(' › ');
    };

    const paraNumbers: NumberToken[] = [];
    while (n < numbers.length && numbers[n]!.start < para.start) n++;
    for (let i = n; i < numbers.length && numbers[i]!.start < para.end; i++) paraNumbers.push(numbers[i]!);

    // A plan's review of where things stand (发展现状, 主要成绩) states baselines, not targets.
    if (para.headings.some((h) => BACKGROUND_HEADING.test(h.title))) continue;
    let next = 0;
    const inGoalSection = para.headings.some((h) => isGoalHeading(h.title));
    for (const sentence of splitSentences(s, para)) {
      const yearPhrases = findYearPhrases(s, sentence);
      const phraseBefore = createPhraseLookup(yearPhrases);
      while (next < paraNumbers.length && paraNumbers[next]!.start < sentence.start) next++;
      const hasNumber = next < paraNumbers.length && paraNumbers[next]!.start < sentence.end;
      // Most sentences state no number, no deadline and sit outside the goals: nothing to find there.
      if (!hasNumber && !yearPhrases.length && !inGoalSection) continue;
      const clauses = splitClauses(s, sentence);
      const sentenceScan = createSentenceScan(s, sentence);
      const found: Found[] = [];
      for (const clause of clauses) {
        const tokens: NumberToken[] = [];
        while (next < paraNumbers.length && paraNumbers[next]!.start < clause.start) next++;
        for (let k = next; k < paraNumbers.length && paraNumbers[k]!.start < clause.end; k++)
          tokens.push(paraNumbers[k]!);
        if (tokens.length) {
          for (const f of findInClause(doc, para, sentenceScan, clause, tokens, found, referenceYear))
            found.push(f);
        }
      }
      const eligibleForQualitative = yearPhrases.length > 0 || found.length > 0 || inGoalSection;

      // Many targets can share one clause: its quote and its text for classifying are worked out once.
      const quotes = new Map<number, { span: Span; clause: ClauseText }>();
      const quoteOf = (clause: Span) => {
        let quote = quotes.get(clause.start);
        if (!quote) {
          const span = trimQuote(s, clause, para);
          quote = { span, clause: new ClauseText(s.slice(span.start, span.end)) };
          quotes.set(clause.start, quote);
        }
        return quote;
      };
      const emit = (quote: Span, at: number, fields: Partial<Omit<TargetRecord, 'target_id'>>) => {
        const phrase = phraseBefore(at);
        // 到1985年: a year no target can be set for tells what was, not what is to be.
        if (phrase && !isTargetYear(phrase.year)) return;
        const { year, basis } = resolveYear(phrase, sectionYear(), documentYear);
        const { span: trimmed, clause } = quoteOf(quote);
        const indicatorZh = fields.indicator_zh ?? '';
        const value = fields.value ?? null;
        const comparator = fields.comparator ?? 'qualitative';
        const unit = fields.unit ?? null;
        const section = sectionOf(at);
        const classified = classifyTarget({
          indicatorZh: toSimplifiedShadow(indicatorZh),
          clause,
          // The full path, with inline markers (四是提升环境质量) that name the domain of what follows them.
          section,
          unit,
          comparator,
          indicators: options.indicators,
        });
        records.push({
          doc_id: options.docId,
          city_id: options.cityId,
          domain: classified.domain,
          topic: classified.topic,
          indicator_id: classified.indicatorId,
          indicator_zh: indicatorZh,
          indicator_en: classified.indicatorEn,
          comparator,
          value,
          value_max: fields.value_max ?? null,
          unit,
          unit_zh: fields.unit_zh ?? null,
          target_year: year,
          year_basis: basis,
          is_new_count: fields.is_new_count ?? false,
          quote: text.slice(trimmed.start, trimmed.end),
          quote_start: trimmed.start,
          quote_end: trimmed.end,
          section,
          lead_department: lead,
          review: 'auto',
        });
      };

      for (const f of found) {
        const phrase = phraseBefore(f.token.start);
        if (phrase && options.issueYear && phrase.year < options.issueYear) continue;
        emit(f.clause, f.token.start, {
          indicator_zh: f.indicatorZh,
          comparator: f.comparator,
          value: f.token.value,
          value_max: f.valueMax,
          unit: f.unit,
          unit_zh: f.unitZh,
          is_new_count: f.isNewCount,
        });
      }
      if (eligibleForQualitative) {
        const withTargets = new Set(found.map((f) => f.clause.start));
        for (const clause of clauses) {
          if (withTargets.has(clause.start)) continue;
          if (para.headingEnd !== null && clause.end <= para.headingEnd) continue;
          const q = findQualitative(s, clause);
          if (q) emit(clause, q.at, { indicator_zh: q.subject, comparator: 'qualitative' });
        }
      }
      // A deadline phrase in this sentence sets the year for what follows in the section.
      const last = yearPhrases[yearPhrases.length - 1];
      if (last && isTargetYear(last.year)) setSectionYear(last.year);
    }
  }

  records.sort((a, b) => a.quote_start - b.quote_start);
  return records.map((r, i) => ({ target_id: `${options.docId}-${String(i + 1).padStart(3, '0')}`, ...r }));
}

/** The last of `items` (in order of `start`) that starts at or before `at`. */
function lastStartingBy<T extends { start: number }>(items: readonly T[], at: number): T | undefined {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (items[mid]!.start <= at) lo = mid + 1;
    else hi = mid;
  }
  return items[lo - 1];
}

/**
 * For a sentence's year phrases (in order of start), the last one that ends at or before a position,
 * as phrases.filter((y) => y.end <= at).pop() finds it, by a binary search over ends.
 */
function createPhraseLookup(phrases: readonly YearPhrase[]): (at: number) => YearPhrase | undefined {
  if (phrases.length <= 1) return (at) => (phrases[0] && phrases[0].end <= at ? phrases[0] : undefined);
  const byEnd = phrases.map((y, i) => ({ end: y.end, i })).sort((a, b) => a.end - b.end);
  // latest[k]: the highest phrase index among byEnd[0..k].
  const latest: number[] = [];
  for (const { i } of byEnd) latest.push(Math.max(i, latest[latest.length - 1] ?? -1));
  return (at) => {
    let lo = 0;
    let hi = byEnd.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (byEnd[mid]!.end <= at) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 ? phrases[latest[lo - 1]!] : undefined;
  };
}

function resolveYear(
  phrase: YearPhrase | undefined,
  sectionYear: number | null,
  documentYear: number | null,
): { year: number | null; basis: YearBasis } {
  if (phrase) return { year: phrase.year, basis: 'explicit' };
  if (sectionYear !== null) return { year: sectionYear, basis: 'section' };
  return { year: documentYear, basis: 'document' };
}

/** A quote is its clause without a leading list marker, year phrase or opening filler. */
function trimQuote(s: string, clause: Span, para: Paragraph): Span {
  let start = clause.start;
  if (start < para.markerEnd) start = para.markerEnd;
  while (start < clause.end && /[\s、“]/.test(s[start]!) && s[start] !== '“') start++;
  let end = clause.end;
  while (end > start && /[\s。;,]/.test(s[end - 1]!)) end--;
  return { start, end };
}

/** Could this number be a quantity at all? Chinese numerals need a counting word after them. */
function isPlausibleNumber(s: string, t: NumberToken): boolean {
  if (t.form !== 'chinese') return true;
  const unit = parseUnit(s.slice(t.end, t.end + 8));
  return (
    (unit.unit !== null && !unit.excluded) ||
    ZERO_TARGET.test(s.slice(t.start, t.start + 5)) ||
    (t.value === 0 && ZERO_VALUE.test(s.slice(t.start - 3, t.start)))
  );
}

/** The opening “ of a long quotation around `at` (a quoted requirement), or -1. */
function quoteOpening(doc: DocumentScan, para: Span, at: number): number {
  const open = doc.marks.lastAtOrBefore('“', at);
  if (open < para.start) return -1;
  const close = doc.marks.firstAtOrAfter('”', open);
  return close > at ? open : -1;
}

/** A long wording keeps its last noun phrase: after the last 的 or 提供 when that leaves enough. */
function shorten(wording: string): string {
  if (wording.length <= 24) return wording;
  const cut = Math.max(wording.lastIndexOf('的'), wording.lastIndexOf('提供') + 1);
  return cut > 0 && wording.length - cut - 1 >= 6 ? wording.slice(cut + 1) : wording.slice(-40);
}

/** The words of the clause before this one, without citations: names a quantity like 自查 (…达到800分). */
function previousClauseWords(s: string, para: Paragraph, clause: Span): string {
  const from = Math.max(para.markerEnd, clause.start - 80);
  const text = s.slice(from, Math.max(from, clause.start - 1));
  const last = text.split(/[,;:。]/).pop() ?? '';
  return cleanSubject(last.replace(/《[^》]*》|\([^)]*\)|〔[^〕]*〕/g, '')).slice(-12);
}

/**
 * What findInClause asks of one clause again for each number in it, each worked out on first use and
 * kept: a clause can hold thousands of numbers, and none of these may rescan it from its start.
 */
class ClauseScan {
  readonly #s: string;
  readonly #clause: Span;
  #verbs?: LastMatchScanner;
  #past?: PrefixTest;
  #score?: WordStarts;
  readonly #subjects = new Map<string, string>();

  constructor(s: string, clause: Span) {
    this.#s = s;
    this.#clause = clause;
  }

  /** The last verb in s.slice(from, to), as a scan of that slice alone finds it. */
  lastVerb(from: number, to: number): ScanMatch | null {
    const { start, end } = this.#clause;
    this.#verbs ??= new LastMatchScanner(this.#s, VERB_PATTERN, start, end, VERB_REACH);
    return this.#verbs.last(from, to);
  }

  /** PAST_IN_CLAUSE between the clause's start and `at`. */
  isPastBefore(at: number): boolean {
    this.#past ??= new PrefixTest(this.#s, this.#clause.start, PAST_IN_CLAUSE, MAX_WORD);
    return this.#past.test(at) || endsWith(this.#s, this.#clause.start, at, PAST_BEFORE_NUMBER);
  }

  /**
   * Could cleanSubject(s.slice(start, end)) hold a SCORE_SUBJECT word? False only when it cannot:
   * cleaning removes quotation marks (joining what they separated) and trims, never adds.
   */
  mayNameScore(start: number, end: number): boolean {
    if (!this.#score) {
      const bare = createStripped(this.#s, this.#clause.start, this.#clause.end, /[“”]/);
      this.#score = new WordStarts(bare.text, SCORE_SUBJECT, bare.offsetOf);
    }
    return this.#score.hasStartIn(start, end);
  }

  /** cleanSubject(s.slice(start, end)), kept: numbers after one verb share the words before it. */
  subject(start: number, end: number): string {
    const key = `${start}:${end}`;
    let subject = this.#subjects.get(key);
    if (subject === undefined) {
      subject = cleanSubject(this.#s.slice(start, end));
      this.#subjects.set(key, subject);
    }
    return subject;
  }
}

/** The sentence's first “十X五”期间, found once: its matches cannot overlap, so it is also the first of every part of the sentence that holds it. */
function firstPeriod(s: string, sentence: SentenceScan): { end: number; plan: string } | null {
  if (sentence.period === undefined) {
    const m = FIVE_YEAR_PERIOD.exec(s.slice(sentence.start, sentence.end));
    sentence.period = m ? { end: sentence.start + m.index + m[0].length, plan: m[1]! } : null;
  }
  return sentence.period;
}

/** Is the number at `t` part of a statement about the past (a baseline) rather than a commitment? */
function isPast(
  s: string,
  sentence: SentenceScan,
  clause: ClauseScan,
  t: NumberToken,
  referenceYear: number | null,
): boolean {
  if (sentence.past.test(t.start) || clause.isPastBefore(t.start)) return true;
  const found = firstPeriod(s, sentence);
  const period = found && found.end <= t.start ? found : null;
  if (period && referenceYear !== null) return 2010 + '一二三四五六'.indexOf(period.plan) * 5 < referenceYear;
  return false;
}

/** The last `ch` in s.slice(start, end), or -1. */
function lastIndexWithin(s: string, ch: string, start: number, end: number): number {
  for (let i = end - 1; i >= start; i--) if (s[i] === ch) return i;
  return -1;
}

function findInClause(
  doc: DocumentScan,
  para: Paragraph,
  sentence: SentenceScan,
  clause: Span,
  tokens: NumberToken[],
  earlier: Found[],
  referenceYear: number | null,
): Found[] {
  const { s } = doc;
  const scan = new ClauseScan(s, clause);
  let brackets: BracketIndex | undefined;
  const out: Found[] = [];
  const plausible = tokens.filter((t) => isPlausibleNumber(s, t));
  let segmentStart = clause.start < para.markerEnd ? para.markerEnd : clause.start;
  for (let i = 0; i < plausible.length; i++) {
    const t = plausible[i]!;
    if (t.start < segmentStart) continue;
    const before = s.slice(Math.max(clause.start, t.start - 12), t.start);
    const prevChar = s[t.start - 1] ?? '';
    if (isYearToken(s, t)) continue;
    if (/[A-Za-z·.]/.test(prevChar) || /^[A-Za-z·]/.test(s.slice(t.end, t.end + 1))) continue;
    // 第49次, 每一个, 分四个阶段: ordinals, distributives and divisions are not quantities.
    if (prevChar === '第' || prevChar === '分' || (prevChar === '每' && t.form === 'chinese')) continue;
    if (t.form === 'chinese' && IDIOM.test(s.slice(t.start, t.start + 6))) continue;
    if (isInsideNameOrTitle(doc, para, t.start)) continue;

    // Ranges: 30-32项, 1~2家, 1—2个, 30至32.
    let valueMax: number | null = null;
    let end = t.end;
    const next = plausible[i + 1];
    if (next) {
      const between = s.slice(t.end, next.start);
      if (/^(?:%|个|项|家|件)?(?:[-~～—–]{1,2}|至)$/.test(between) && next.value > t.value) {
        valueMax = next.value;
        end = next.end;
        i++;
      }
    }
    const unitMatch = parseUnit(s.slice(end, end + 12));
    if (unitMatch.excluded) continue;
    let afterUnit = s.slice(end + unitMatch.length, end + unitMatch.length + 8);
    if (/^[内后前]/.test(afterUnit) && unitMatch.unit !== '%' && unitMatch.unit !== 'score') continue;
    const approx = /^余/.test(afterUnit);
    if (approx) afterUnit = afterUnit.slice(1);
    const bound = parseBound(afterUnit);
    const numberEnd = end + unitMatch.length + (approx ? 1 : 0) + bound.length;
    // 年销售收入超100亿元的企业: a number that qualifies a noun (…的) describes what is counted.
    if (s[numberEnd] === '的' && !/^的(?:目标|水平|要求|标准)/.test(s.slice(numberEnd, numberEnd + 3)))
      continue;

    let unit = t.form === 'percent-words' ? '%' : unitMatch.unit;
    let unitZh = t.form === 'percent-words' ? '%' : unitMatch.unitZh;
    const zeroValue =
      t.value === 0 &&
      t.form === 'chinese' &&
      ZERO_VALUE.test(before) &&
      /^(?:$|[,;。])/.test(s.slice(t.end, t.end + 1));
    const isZero = t.form === 'chinese' && (ZERO_TARGET.test(s.slice(t.start, t.start + 5)) || zeroValue);
    if (t.form === 'chinese' && unit === null && !isZero) continue;

    const quoteOpen = quoteOpening(doc, para, t.start);
    brackets ??= new BracketIndex(s, clause);
    const inner = brackets.enclosing(t.start);
    // A target inside brackets (其中…达到14%以上) has its own subject, after the bracket and 其中.
    const from = Math.max(quoteOpen >= segmentStart ? quoteOpen + 1 : segmentStart, inner?.subjectStart ?? 0);
    const segmentVerb = scan.lastVerb(from, t.start);
    const verb = segmentVerb ?? scan.lastVerb(clause.start, t.start);
    const continuing = earlier.length + out.length > 0 && !segmentVerb;
    if (isPast(s, sentence, scan, t, referenceYear) && !/每年|年均/.test(before)) continue;
    // 一支队伍, 一套机制: a Chinese 一 is an article unless a creation verb builds exactly one thing.
    if (t.form === 'chinese' && t.value === 1 && !isZero) {
      const built = /(?:建成|新增|创建|争创|培育|新建|建设)$/.test(s.slice(t.start - 3, t.start));
      if (!built || !/^[个家所座项]/.test(unitZh ?? '')) continue;
    }

    // Subject, object and the measured quantity's wording. Subject and between can run back a long
    // way over numbers that were not targets, so they are cleaned only once nothing else rules the number out.
    const verbInSegment = verb !== null && verb.start >= from;
    const subjectEnd = verbInSegment ? verb.start : t.start;
    const subjectOf = () => scan.subject(from, subjectEnd);
    const betweenOf = () => (verbInSegment ? scan.subject(verb.end, t.start) : '');
    const objectEnd = nextStop(s, numberEnd, clause.end, plausible[i + 1]);
    const objectText = cleanObject(s.slice(numberEnd, objectEnd));
    const object = objectText.length >= 2 ? objectText : '';

    if (unit === null && !isZero) {
      const mayBeScore =
        scan.mayNameScore(from, subjectEnd) || (verbInSegment && scan.mayNameScore(verb.end, t.start));
      const mayBeRate = RATE_PER_HINT.test(s.slice(Math.max(from, t.start - 40), t.start));
      if (!mayBeScore && !mayBeRate) continue;
      const quantity = subjectOf() || betweenOf();
      const per = RATE_PER_END.test(quantity) ? RATE_PER.find(([p]) => p.test(quantity)) : undefined;
      if (per) unit = per[1];
      else if (!SCORE_SUBJECT.test(quantity)) continue;
      // A satisfaction index (顾客满意度指数) is scored 0–100 like any satisfaction score; other indices are indices.
      else unit = /指数/.test(quantity) && !/满意/.test(quantity) ? 'index' : 'score';
    }
    // 进入全省前5位: a rank, where lower is better.
    const isRank = prevChar === '前' && /^[名位]/.test(unitZh ?? '');
    if (isRank) unit = 'rank';
    const isCount = unit === 'count' || unit === 'count_10k';
    if (isCount) {
      if (endsWith(s, from, t.start, POPULATION)) continue;
      // 14个方面重点任务, 全部146项分解任务: counts of the plan's own parts are scope, not targets.
      if (
        PLAN_PARTS.test(objectText) ||
        /(?:措施|举措|方面)$/.test(objectText) ||
        endsWith(s, from, t.start, /全部$/)
      ) {
        continue;
      }
      // 10种重点消费品等: a 等 within 8 characters before the count, with no verb after it, closes a scope list.
      const etc = lastIndexWithin(s, '等', Math.max(from, t.start - 8), t.start);
      if (etc >= 0 && !scan.lastVerb(etc, t.start)) continue;
      const verbAfter = /^(?:以上)?[^,;。]{0,10}?(?:获得|通过|达到|实现|建成)/.test(
        s.slice(numberEnd, objectEnd + 4),
      );
      if (!verb && !continuing && !verbAfter) continue;
    }

    let comparator: Comparator = '=';
    const leadStart = verb && verb.start >= clause.start ? verb.start : Math.max(clause.start, t.start - 6);
    const leadEndsWith = (pattern: RegExp) => endsWith(s, leadStart, t.start, pattern);
    if (valueMax !== null) comparator = 'range';
    else if (leadEndsWith(DECREASE)) comparator = 'decrease_by';
    else if (leadEndsWith(INCREASE)) comparator = 'increase_by';
    else if (bound.comparator) comparator = bound.comparator;
    else if (leadEndsWith(AT_LEAST)) comparator = '>=';
    else if (leadEndsWith(AT_MOST)) comparator = '<=';
    if (approx && comparator === '=') comparator = '>=';
    // 近100个, 约30%: about.
    if (
      comparator === '=' &&
      /(?:将近|接近|近|约|大约)$/.test(s.slice(Math.max(clause.start, t.start - 2), t.start))
    ) {
      comparator = '~';
    }

    const subject = subjectOf();
    const between = betweenOf();
    let indicatorZh: string;
    if (isZero) {
      indicatorZh = (zeroValue ? subject : between || subject) + (zeroValue ? '' : s.slice(t.end, t.end + 2));
    } else if (verbInSegment && !REACH.has(verb.text)) {
      const objectWord = between && !between.endsWith('的') ? between : object;
      if (VERB_IN_NAME.has(verb.text))
        indicatorZh = objectWord ? verb.text + objectWord : subject + verb.text;
      else indicatorZh = objectWord || subject || subject + verb.text;
    } else {
      indicatorZh = subject || between || object;
    }
    // 3个以上中华老字号、1个示范区: a wording read after the number is used up, so the next target starts after it.
    const namedByObject = !isZero && !verbInSegment && !subject && !between && object !== '';
    const previous = out[out.length - 1] ?? earlier[earlier.length - 1];
    if (!indicatorZh && continuing && previous) indicatorZh = previous.indicatorZh;
    if (!indicatorZh) indicatorZh = previousClauseWords(s, para, clause);
    // 其中五星级3家: borrow the head noun of the previous target (四星级及以上饭店 → 饭店).
    if (/(?:级|类|星级|以上)$/.test(indicatorZh) && previous) {
      const head = previous.indicatorZh.split(/级|以上|类/).pop() ?? '';
      if (head.length >= 2) indicatorZh += head;
    }
    // 合格率比上年提升1个百分点: the base of the change is not part of the quantity's name.
    indicatorZh = shorten(indicatorZh.replace(/(?:比|较|与)(?:上年|去年|上一年度?)(?:同期)?$|同比$/, ''));

    const isNewCount = doc.newCount.hasStartIn(
      Math.min(from, Math.max(clause.start, (verb?.start ?? t.start) - 4)),
      t.start,
    );
    if (isRank && comparator === '=') comparator = '<=';
    // 每万人发明专利拥有量8件 is per 10,000 people; its growth rate (年均增长15%) stays in %.
    if ((unit === 'count' || unit === null) && comparator !== 'increase_by' && comparator !== 'decrease_by') {
      if (/每万人|^万人/.test(indicatorZh)) unit = 'per_10k_people';
      else if (/每百万人/.test(indicatorZh)) unit = 'per_1m_people';
      else if (/每千人/.test(indicatorZh)) unit = 'per_1k_people';
      else if (RATE_PER_END.test(indicatorZh) && /万台|万车/.test(indicatorZh))
        unit = RATE_PER.find(([p]) => p.test(indicatorZh))![1];
    }
    if (isZero) {
      unit = /率$/.test(indicatorZh) ? '%' : 'count';
      unitZh = null;
    }

    const base: Found = {
      token: t,
      valueMax,
      unit,
      unitZh,
      comparator,
      isNewCount,
      indicatorZh,
      consumedEnd:
        (verbInSegment && !REACH.has(verb.text) && !between) || namedByObject
          ? Math.max(numberEnd, objectEnd)
          : numberEnd,
      clause: inner ?? clause,
    };
    // 合格率、抽检率均达到100%: one target per enumerated indicator.
    const parts = !verb || REACH.has(verb.text) ? enumeratedRates(indicatorZh) : [];
    if (parts.length > 1) {
      for (const part of parts) out.push({ ...base, indicatorZh: cleanSubject(part) });
    } else {
      out.push(base);
    }
    segmentStart = base.consumedEnd;
    while (segmentStart < clause.end && /[、和及与]/.test(s[segmentStart]!)) segmentStart++;
  }
  return pairRespectively(s, clause, out);
}

/**
 * Where each position of a clause sits among its brackets, worked out in one pass over the clause, so that
 * every number asks in constant time which bracket it is in (a bracket may hold thousands of clauses).
 */
class BracketIndex {
  readonly #s: string;
  readonly #clause: Span;
  /** The innermost bracket still open before each position, -1 for none. */
  readonly #open: Int32Array;
  /** The last , ; or : before each position, -1 for none. */
  readonly #separator: Int32Array;
  /** The first , ; : or ) at or after each position, the clause's end for none. */
  readonly #stop: Int32Array;

  constructor(s: string, clause: Span) {
    this.#s = s;
    this.#clause = clause;
    const length = clause.end - clause.start + 1;
    this.#open = new Int32Array(length);
    this.#separator = new Int32Array(length);
    this.#stop = new Int32Array(length);
    const opens: number[] = [];
    let separator = -1;
    for (let i = clause.start; i <= clause.end; i++) {
      this.#open[i - clause.start] = opens.length === 0 ? -1 : (opens[opens.length - 1] as number);
      this.#separator[i - clause.start] = separator;
      const ch = s[i];
      if (i === clause.end) break;
      if (ch === '(') opens.push(i);
      else if (ch === ')') opens.pop();
      if (ch === ',' || ch === ';' || ch === ':') separator = i;
    }
    let stop = clause.end;
    for (let i = clause.end; i >= clause.start; i--) {
      const ch = s[i];
      if (i < clause.end && (ch === ',' || ch === ';' || ch === ':' || ch === ')')) stop = i;
      this.#stop[i - clause.start] = stop;
    }
  }

  /**
   * The bracketed clause a number at `at` sits in (其中…达到14%以上): from the last separator inside the
   * innermost open bracket to the next separator or the bracket's end, with where its subject starts (after
   * 其中); null when the number is in no bracket.
   */
  enclosing(at: number): (Span & { subjectStart: number }) | null {
    const open = this.#open[at - this.#clause.start] ?? -1;
    if (open === -1) return null;
    const separator = this.#separator[at - this.#clause.start] ?? -1;
    const start = separator > open ? separator + 1 : open + 1;
    const end = this.#stop[at - this.#clause.start] ?? this.#clause.end;
    let subjectStart = start;
    if (this.#s.startsWith('其中', subjectStart)) subjectStart += 2;
    while (/[,:]/.test(this.#s[subjectStart] ?? '')) subjectStart++;
    return { start, end, subjectStart };
  }
}

/**
 * 合格率、抽检率 or 合格率和抽检合格率: the rates a subject enumerates, when every part is a rate;
 * 干线公路、农村公路合格率 lists subjects of one rate and stays whole.
 */
function enumeratedRates(subject: string): string[] {
  for (const separator of [/、/, /、|和|及|与/]) {
    const parts = subject.split(separator);
    if (parts.length > 1 && parts.every((part) => RATE_END.test(part))) return parts;
  }
  return [];
}

/** The end of an object after a number: the next number, the next verb-led segment or the clause end. */
function nextStop(s: string, from: number, clauseEnd: number, next: NumberToken | undefined): number {
  let end = next && next.start < clauseEnd ? next.start : clauseEnd;
  const window = s.slice(from, end);
  const cut = window.search(/、(?=[\u4e00-\u9fa5]{0,4}?(?:培育|新增|建成|争创|创建|新建))|和(?=\d)/);
  if (cut >= 0) end = from + cut;
  return end;
}

/** 无公害、绿色、有机食品认证产品分别达到45个、18个、3个: pair each listed name with its number. */
function pairRespectively(s: string, clause: Span, found: Found[]): Found[] {
  const text = s.slice(clause.start, clause.end);
  const at = text.indexOf('分别');
  if (at < 0 || found.length < 2) return found;
  const names = cleanSubject(text.slice(0, at))
    .split(/、|和|及/)
    .map((x) => x.trim())
    .filter(Boolean);
  // Found is in document order, so the targets after 分别 are its tail.
  const firstAfter = found.findIndex((f) => f.token.start > clause.start + at);
  if (firstAfter < 0 || names.length !== found.length - firstAfter) return found;
  const lastName = names[names.length - 1]!;
  const shortest = names.reduce((min, x) => Math.min(min, x.length), Infinity);
  const head = lastName.length > shortest ? lastName.slice(shortest) : '';
  return found.map((f, index) => {
    const k = index - firstAfter;
    if (k < 0) return f;
    const name = names[k]!;
    return { ...f, indicatorZh: k === names.length - 1 || name.endsWith(head) ? name : name + head };
  });
}

const QUALITATIVE =
  /(?:持续|明显|显著|大幅度?|稳步|逐步|进一步|全面|不断|有效|基本|普遍|快速)(?:提高|提升|改善|增强|增加|下降|降低|减少|减轻|好转|遏制|扩大|完善)|全部(?:达到|采用|通过|符合|完成)|(?:达到|接近|处于|保持)(?:或接近)?(?:国际|国内|国家|全国|全省|省内|行业)(?:同类)?(?:先进|领先|一流)?(?:水平|标准|要求)|符合国家标准|保持稳定|稳定良好|居全国前列|领先|取得(?:明显|显著)成效|得到有效(?:改善|保障|遏制|控制|保护)|普遍应用|全面推广|全面达标|基本达到|明显提升|完成[^,;。]{0,20}?(?:目标|指标)的?各项任务/;

/** A heading over a plan's goals (主要目标, 发展目标), not one that lists principles and goals together. */
function isGoalHeading(title: string): boolean {
  // The marker (三、) is not part of the wording: 三、主要目标 is a goal heading.
  const words = title.replace(/^(?:[一二三四五六七八九十百]+、|[(（][^)）]{1,4}[)）]|\d+[.、．])/, '');
  return words.includes('目标') && !words.includes('、');
}

/** Words before a change (接近或达到, 均实现大幅提升) that are not part of what changes. */
const CHANGE_VERBS = ['接近或', '或接近', '均', '得到', '实现', '均实现'];

/** Is a ( or （ of `text` left open at its end (/[(（][^)）]*$/, read from the end)? */
function endsInsideBracket(text: string): boolean {
  for (let i = text.length - 1; i >= 0; i--) {
    const ch = text[i];
    if (ch === '(' || ch === '（') return true;
    if (ch === ')' || ch === '）') return false;
  }
  return false;
}

/** A qualitative commitment in a clause: its subject and where it is. */
function findQualitative(s: string, clause: Span): { subject: string; at: number } | null {
  const text = s.slice(clause.start, clause.end);
  // Department assignments and bracketed asides are not commitments.
  if (/牵头|责任单位/.test(text) || endsInsideBracket(text)) return null;
  const m = QUALITATIVE.exec(text);
  if (!m) return null;
  // 接近或达到, 均实现大幅提升, 得到快速提升: the verb before the change is not part of what changes.
  let subject = cleanSubject(trimEndWords(text.slice(0, m.index), CHANGE_VERBS));
  if (subject.length < 2) subject = cleanSubject(text).slice(0, 30);
  return { subject: shorten(subject), at: clause.start + m.index };
}
