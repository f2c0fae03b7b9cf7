/** Turn the lines a format reader found into the plan's text and its blocks, cleaned the same way for every format. */
import { isChromeLine, normalizeLine } from '../extract/clean.ts';
import { parseHeading } from '../extract/structure.ts';
import type { Block, TextSpan } from './types.ts';

/** A line as a format reader found it, before cleaning. */
export type RawBlock =
  | { kind: 'heading'; text: string; level: number }
  | { kind: 'paragraph'; text: string }
  | { kind: 'row'; cells: string[]; table: number };

/** The separator written between the cells of a table row: visible in the source reader, rare in prose. */
export const CELL_SEPARATOR = ' | ';

/** Join two pieces of one paragraph: Chinese runs on without a space, Latin words keep one. */
export function joinRun(left: string, right: string): string {
  if (!left) return right;
  if (!right) return left;
  const a = left[left.length - 1]!;
  const b = right[0]!;
  return /[A-Za-z0-9]/.test(a) && /[A-Za-z]/.test(b) ? `${left} ${right}` : left + right;
}

function cleanCell(cell: string): string {
  // A cell is one line of the row, and '|' separates cells.
  return normalizeLine(
    cell
      .split(/\r\n?|\n/)
      .map(normalizeLine)
      .reduce(joinRun, '')
      .replace(/\|/g, '/'),
  );
}

/**
 * Build the plan's text from raw blocks: each paragraph line and heading cleaned like a text file's
 * lines (page chrome dropped), each table row written as one line with its cells joined by
 * CELL_SEPARATOR. Numbered title lines (一、总体要求) that the reader did not mark become headings.
 */
export function assembleText(raw: readonly RawBlock[]): { text: string; blocks: Block[] } {
  const lines: string[] = [];
  const blocks: Block[] = [];
  let at = 0;
  const push = (line: string, make: (span: TextSpan) => Block) => {
    lines.push(line);
    blocks.push(make({ start: at, end: at + line.length }));
    at += line.length + 1;
  };
  for (const block of raw) {
    if (block.kind === 'row') {
      const cells = block.cells.map(cleanCell);
      if (!cells.some(Boolean)) continue;
      const spans: TextSpan[] = [];
      let offset = at;
      for (const cell of cells) {
        spans.push({ start: offset, end: offset + cell.length });
        offset += cell.length + CELL_SEPARATOR.length;
      }
      push(cells.join(CELL_SEPARATOR), (span) => ({
        kind: 'row',
        table: block.table,
        cells: spans,
        ...span,
      }));
    } else if (block.kind === 'heading') {
      const line = block.text
        .split(/\r\n?|\n/)
        .map(normalizeLine)
        .filter((l) => l && !isChromeLine(l))
        .reduce(joinRun, '');
      if (line) push(line, (span) => ({ kind: 'heading', level: block.level, ...span }));
    } else {
      for (const rawLine of block.text.split(/\r\n?|\n/)) {
        const line = normalizeLine(rawLine);
        if (line && !isChromeLine(line)) push(line, (span) => ({ kind: 'paragraph', ...span }));
      }
    }
  }
  const text = lines.join('\n');
  return { text, blocks: markNumberedHeadings(text, blocks) };
}

/**
 * Paragraphs that are a numbered title and nothing else (二、主要目标, (一)产品质量) become headings, levels
 * nesting in the order the numbering kinds first appear, as the extractor's heading tree does. A
 * heading of level 0 (a bold line, whose level the page does not say) takes its numbering's level, or 1.
 */
export function markNumberedHeadings(text: string, blocks: Block[]): Block[] {
  const order: string[] = [];
  return blocks.map((b) => {
    if (b.kind === 'row' || (b.kind === 'heading' && b.level > 0)) return b;
    const line = text.slice(b.start, b.end);
    const heading = parseHeading(line);
    if (!heading || heading.titleEnd === null) return b.kind === 'heading' ? { ...b, level: 1 } : b;
    if (!order.includes(heading.kind)) order.push(heading.kind);
    const level = order.indexOf(heading.kind) + 1;
    if (b.kind === 'heading') return { ...b, level };
    if (heading.titleEnd < line.length - 1) return b;
    return { kind: 'heading', level, start: b.start, end: b.end };
  });
}

/** The blocks of a cleaned text file: one a line, numbered titles as headings. */
export function blocksOfText(text: string): Block[] {
  const blocks: Block[] = [];
  let at = 0;
  for (const line of text.split('\n')) {
    if (line) blocks.push({ kind: 'paragraph', start: at, end: at + line.length });
    at += line.length + 1;
  }
  return markNumberedHeadings(text, blocks);
}
