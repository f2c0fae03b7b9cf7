/** The source reader's text model: a document cut into paragraphs and segments around highlighted quotes. */

import { parseHeading } from '../extract/structure.ts';

/** A range of the cleaned document text to highlight (`targets.quote_start` … `quote_end`, UTF-16 offsets). */
export interface Highlight {
  /** What the range stands for, e.g. a `target_id`. */
  id: string;
  start: number;
  end: number;
}

/** A run of text that is covered by the same set of highlights (none, one, or several overlapping). */
export interface ReaderSegment {
  start: number;
  end: number;
  text: string;
  /** Ids of the highlights covering this run, in the order the highlights were given; empty for plain text. */
  ids: readonly string[];
}

/** One paragraph of the document (a line of the cleaned text), cut into segments. */
export interface ReaderParagraph {
  start: number;
  end: number;
  /** The whole line is a heading (三、主要目标, (一)产品质量), set apart in the reader. */
  isHeading: boolean;
  segments: readonly ReaderSegment[];
}

/**
 * Cuts `text` into paragraphs at line breaks (blank lines are dropped) and each paragraph into segments at
 * every highlight boundary, so overlapping and nested quotes become runs that each list every highlight
 * covering them. A highlight that spans a line break is split into one run per paragraph. Ranges outside
 * the text are clipped and empty ones ignored, so a bad record never breaks the page.
 */
export function calcReaderParagraphs(text: string, highlights: readonly Highlight[]): ReaderParagraph[] {
  const ranges = highlights
    .map((h, order) => ({
      id: h.id,
      order,
      start: Math.max(0, Math.min(text.length, h.start)),
      end: Math.max(0, Math.min(text.length, h.end)),
    }))
    .filter((h) => h.end > h.start);
  const cuts = new Set<number>();
  for (const h of ranges) {
    cuts.add(h.start);
    cuts.add(h.end);
  }
  const paragraphs: ReaderParagraph[] = [];
  let lineStart = 0;
  while (lineStart <= text.length) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline === -1 ? text.length : newline;
    if (text.slice(lineStart, lineEnd).trim() !== '') {
      paragraphs.push({
        start: lineStart,
        end: lineEnd,
        isHeading: isHeadingLine(text.slice(lineStart, lineEnd)),
        segments: calcSegments(text, lineStart, lineEnd, cuts, ranges),
      });
    }
    if (newline === -1) break;
    lineStart = newline + 1;
  }
  return paragraphs;
}

function calcSegments(
  text: string,
  start: number,
  end: number,
  cuts: ReadonlySet<number>,
  ranges: readonly { id: string; order: number; start: number; end: number }[],
): ReaderSegment[] {
  const points = [start, ...[...cuts].filter((c) => c > start && c < end).sort((a, b) => a - b), end];
  const inLine = ranges.filter((r) => r.start < end && r.end > start);
  const segments: ReaderSegment[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const from = points[i] as number;
    const to = points[i + 1] as number;
    const ids = inLine.filter((r) => r.start < to && r.end > from).map((r) => r.id);
    const previous = segments[segments.length - 1];
    // Neighbouring runs with the same highlights (a boundary of a range that ends in another line) merge.
    if (previous !== undefined && sameIds(previous.ids, ids)) {
      segments[segments.length - 1] = { ...previous, end: to, text: text.slice(previous.start, to) };
    } else {
      segments.push({ start: from, end: to, text: text.slice(from, to), ids });
    }
  }
  return segments;
}

/** A line that is only a heading's marker and title (a trailing 。 allowed), not a paragraph that opens with one. */
export function isHeadingLine(line: string): boolean {
  const trimmed = line.trim().replace(/[。.]$/, '');
  const heading = parseHeading(trimmed);
  return heading !== null && heading.titleEnd === trimmed.length && trimmed.length <= 40;
}

function sameIds(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id, i) => id === b[i]);
}

/** The id of the paragraph and segment where a highlight begins, to scroll it into view; null if absent. */
export function findHighlightStart(
  paragraphs: readonly ReaderParagraph[],
  id: string,
): { paragraph: number; segment: number } | null {
  for (let p = 0; p < paragraphs.length; p++) {
    const segments = (paragraphs[p] as ReaderParagraph).segments;
    for (let s = 0; s < segments.length; s++) {
      if ((segments[s] as ReaderSegment).ids.includes(id)) return { paragraph: p, segment: s };
    }
  }
  return null;
}
