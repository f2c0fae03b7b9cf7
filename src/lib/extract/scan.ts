/** Searches the extractor repeats for every number, made to cost about the same whatever the length of the text around it. */

/** The index of the last element of a sorted array that is at most `value`, or -1. */
function lastAtMost(sorted: ArrayLike<number>, value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/**
 * Where a few marker characters (《 》 “ ” 已) occur in a text, so that `lastIndexOf` and `indexOf`
 * for them cost a binary search instead of a scan back to the start or on to the end of the document.
 */
export class CharPositions {
  readonly #positions = new Map<string, number[]>();

  constructor(text: string, chars: string) {
    for (const ch of chars) this.#positions.set(ch, []);
    const slot = new Map<number, number[]>(
      [...this.#positions].map(([ch, list]) => [ch.charCodeAt(0), list]),
    );
    for (let i = 0; i < text.length; i++) slot.get(text.charCodeAt(i))?.push(i);
  }

  #list(ch: string): number[] {
    const list = this.#positions.get(ch);
    if (!list) throw new Error(`CharPositions: ${ch} was not indexed`);
    return list;
  }

  /** `text.lastIndexOf(ch, at)`. */
  lastAtOrBefore(ch: string, at: number): number {
    const list = this.#list(ch);
    const k = lastAtMost(list, Math.max(at, 0));
    return k < 0 ? -1 : list[k]!;
  }

  /** `text.indexOf(ch, from)`. */
  firstAtOrAfter(ch: string, from: number): number {
    const list = this.#list(ch);
    const k = lastAtMost(list, from - 1) + 1;
    return k < list.length ? list[k]! : -1;
  }
}

/**
 * Every position where a word of `pattern` starts (overlapping ones too), for asking whether a span
 * holds one. The pattern must be a list of words without lookbehind; a span that ends at a number
 * holds a word whenever a word starts in it, since no word contains a digit or numeral.
 */
export class WordStarts {
  readonly #starts: number[] = [];

  /** `offsetOf` maps an index of `text` to the offset it stands for (default: itself), in order. */
  constructor(text: string, pattern: RegExp, offsetOf: (index: number) => number = (index) => index) {
    for (const m of text.matchAll(new RegExp(`(?=(?:${pattern.source}))`, 'g')))
      this.#starts.push(offsetOf(m.index));
  }

  /** Does a word start at an offset in [start, end)? */
  hasStartIn(start: number, end: number): boolean {
    const k = lastAtMost(this.#starts, end - 1);
    return k >= 0 && this.#starts[k]! >= start;
  }
}

/**
 * A span of `text` without the characters of `drop`, and the offset in `text` of each of its
 * characters: a pattern matched against what is left can be placed back in the text.
 */
export function createStripped(
  text: string,
  start: number,
  end: number,
  drop: RegExp,
): { text: string; offsetOf: (index: number) => number } {
  const pieces = text.slice(start, end).split(drop);
  // Each dropped character is one code unit, so piece k starts one character after piece k - 1 ends.
  const strippedStarts: number[] = [];
  const offsets: number[] = [];
  let stripped = 0;
  let offset = start;
  for (const piece of pieces) {
    strippedStarts.push(stripped);
    offsets.push(offset);
    stripped += piece.length;
    offset += piece.length + 1;
  }
  return {
    text: pieces.join(''),
    offsetOf: (index) => {
      const k = lastAtMost(strippedStarts, index);
      return offsets[k]! + index - strippedStarts[k]!;
    },
  };
}

/**
 * `pattern.test(text.slice(start, end))` for one `start` and growing `end`, reading each character
 * about once: a match that ends by `end` and not earlier starts within `maxLength` characters of the
 * part already read. The pattern must have no lookaround, no anchor and no match longer than `maxLength`.
 */
export class PrefixTest {
  readonly #text: string;
  readonly #start: number;
  readonly #pattern: RegExp;
  readonly #maxLength: number;
  #readTo: number;
  #found = false;

  constructor(text: string, start: number, pattern: RegExp, maxLength: number) {
    this.#text = text;
    this.#start = start;
    this.#pattern = pattern;
    this.#maxLength = maxLength;
    this.#readTo = start;
  }

  test(end: number): boolean {
    if (end < this.#readTo) return this.#pattern.test(this.#text.slice(this.#start, end));
    if (!this.#found) {
      const from = Math.max(this.#start, this.#readTo - this.#maxLength + 1);
      this.#found = this.#pattern.test(this.#text.slice(from, end));
    }
    this.#readTo = end;
    return this.#found;
  }
}

/** A match of a left-to-right scan: where it is and what it matched. */
export interface ScanMatch {
  text: string;
  start: number;
  end: number;
}

/**
 * The last match of a global `pattern` in `text.slice(from, to)`, exactly as
 * `[...text.slice(from, to).matchAll(pattern)].pop()` finds it (lookbehind blind before `from`,
 * lookahead blind after `to`), for many windows inside [start, end) without rescanning each.
 *
 * One scan of [start, end) with the whole text as context is kept. A window's own scan is walked
 * only until it reaches a position that scan also examined (not inside one of its matches): from
 * there both see the same characters and find the same matches, so the rest is read off the kept
 * scan. `reach` bounds how far one match attempt reads before and after its position; for patterns
 * without quantifiers the length of the longest alternative's source is such a bound.
 */
export class LastMatchScanner {
  readonly #text: string;
  readonly #sticky: RegExp;
  readonly #reach: number;
  readonly #starts: number[] = [];
  readonly #matches: ScanMatch[] = [];

  constructor(text: string, pattern: RegExp, start: number, end: number, reach: number) {
    this.#text = text;
    this.#sticky = new RegExp(pattern.source, pattern.flags.replace(/[gy]/g, '') + 'y');
    this.#reach = reach;
    const global = new RegExp(pattern.source, pattern.flags.replace(/[gy]/g, '') + 'g');
    global.lastIndex = start;
    // Searched in a slice that stops `reach` after `end`: a search of the whole text would run on to
    // the next match however far past the span it is.
    const context = text.slice(0, Math.min(text.length, end + reach));
    let m: RegExpExecArray | null;
    while ((m = global.exec(context)) !== null && m.index < end) {
      this.#starts.push(m.index);
      this.#matches.push({ text: m[0], start: m.index, end: m.index + m[0].length });
      if (!m[0]) global.lastIndex++;
    }
  }

  /** Was position `p` examined by the kept scan (not strictly inside one of its matches)? */
  #examined(p: number): boolean {
    const k = lastAtMost(this.#starts, p - 1);
    return k < 0 || this.#matches[k]!.end <= p;
  }

  /** The match at `p` of a scan over text.slice(from, to), read from a slice just wide enough. */
  #matchAt(from: number, p: number, to: number): ScanMatch | null {
    const sliceStart = Math.max(from, p - this.#reach);
    const window = this.#text.slice(sliceStart, Math.min(to, p + this.#reach));
    this.#sticky.lastIndex = p - sliceStart;
    const m = this.#sticky.exec(window);
    return m ? { text: m[0], start: p, end: p + m[0].length } : null;
  }

  /** The last match in text.slice(from, to), with offsets into the whole text. */
  last(from: number, to: number): ScanMatch | null {
    let found: ScanMatch | null = null;
    let p = from;
    const lastFree = to - this.#reach;
    while (p < to) {
      if (p >= from + this.#reach && p <= lastFree && this.#examined(p)) {
        // From p up to lastFree the window's scan is the kept scan.
        const k = lastAtMost(this.#starts, lastFree);
        const kept = k >= 0 && this.#starts[k]! >= p ? this.#matches[k]! : null;
        if (kept) found = kept;
        p = kept ? Math.max(kept.end, lastFree + 1) : lastFree + 1;
        continue;
      }
      const m = this.#matchAt(from, p, to);
      if (m && m.end > m.start) {
        found = m;
        p = m.end;
      } else {
        if (m) found = m;
        p++;
      }
    }
    return found;
  }
}

/**
 * `text.replace(/(?:w1|w2|…)+$/, '')` for plain words, without the regular expression's scan from
 * every position (quadratic on a long run of words): the shortest prefix whose rest is a sequence of
 * words. Read from the end, and only as far as such a sequence can reach.
 */
export function trimEndWords(text: string, words: readonly string[]): string {
  const longest = Math.max(...words.map((w) => w.length));
  // ok[k]: text.slice(text.length - k) is a sequence of words.
  const ok: boolean[] = [true];
  let keep = text.length;
  let misses = 0;
  for (let i = text.length - 1; i >= 0 && misses < longest; i--) {
    const fromEnd = text.length - i;
    const good = words.some((w) => w.length <= fromEnd && ok[fromEnd - w.length] && text.startsWith(w, i));
    ok.push(good);
    if (good) {
      keep = i;
      misses = 0;
    } else {
      misses++;
    }
  }
  return text.slice(0, keep);
}

/** `text.replace(/[chars]+$/, '')` without the regular expression's scan from every position. */
export function trimEndChars(text: string, chars: string): string {
  let end = text.length;
  while (end > 0 && chars.includes(text[end - 1]!)) end--;
  return text.slice(0, end);
}
