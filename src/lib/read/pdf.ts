/** Read a plan printed to PDF: text with positions from pdf.js, lines rejoined into paragraphs, running headers and page numbers dropped. */
import { parseHeading } from '../extract/structure.ts';
import { joinRun, type RawBlock } from './assemble.ts';
import type { ReadOptions } from './types.ts';

/** Why a PDF gives no text: a scan, a password, damage. */
export class PdfError extends Error {}

/** A line of one page, with its position in PDF units (y grows upwards). */
export interface PdfLine {
  page: number;
  text: string;
  /** Set when the line's pieces stand far apart, as a table row's cells do. */
  cells: string[] | null;
  x0: number;
  x1: number;
  y: number;
  size: number;
}

interface Piece {
  str: string;
  x: number;
  y: number;
  width: number;
  size: number;
}

/** Pieces further apart than this many font sizes are separate cells of a table row. */
const CELL_GAP = 2;

/** Group a page's text pieces into lines, top to bottom, each line's pieces left to right. */
export function linesOfPage(page: number, pieces: Piece[]): PdfLine[] {
  const sorted = pieces.filter((p) => p.str.trim()).sort((a, b) => b.y - a.y || a.x - b.x);
  const groups: Piece[][] = [];
  for (const piece of sorted) {
    const group = groups[groups.length - 1];
    const first = group?.[0];
    if (group && first && Math.abs(first.y - piece.y) < 0.5 * Math.min(first.size, piece.size))
      group.push(piece);
    else groups.push([piece]);
  }
  return groups.map((group) => {
    group.sort((a, b) => a.x - b.x);
    const size = Math.max(...group.map((p) => p.size));
    const cells: string[] = [];
    let cell = '';
    let end = -Infinity;
    for (const p of group) {
      const gap = p.x - end;
      if (cell && gap > CELL_GAP * size) {
        cells.push(cell.trim());
        cell = p.str;
      } else if (cell && gap > 0.25 * size && /[A-Za-z0-9]$/.test(cell) && /^[A-Za-z0-9]/.test(p.str)) {
        cell += ` ${p.str}`;
      } else cell += p.str;
      end = Math.max(end, p.x + p.width);
    }
    cells.push(cell.trim());
    const last = group[group.length - 1]!;
    return {
      page,
      text: cells.join(' '),
      cells: cells.length >= 3 ? cells : null,
      x0: group[0]!.x,
      x1: Math.max(...group.map((p) => p.x + p.width)),
      y: last.y,
      size,
    };
  });
}

/** A line that is only a page number: 3, — 3 —, - 3 -, 第3页, 第3页 共10页, 3/10, Page 3. */
const PAGE_NUMBER =
  /^[-—–―－~·\s]*(?:第\s*)?\d{1,4}\s*(?:页)?(?:\s*[/／]\s*\d{1,4})?(?:\s*[,，]?\s*共\s*\d{1,4}\s*页)?[-—–―－~·\s]*$|^(?:page\s*)?\d{1,4}(?:\s*(?:of|\/)\s*\d{1,4})?$/i;

/** How many lines at the top and bottom of a page can be running headers or footers. */
const EDGE_LINES = 2;

/**
 * Drop running headers, footers and page numbers: lines at the top or bottom of a page that are a page
 * number, or whose text (digits aside, no sentence punctuation) recurs at the edge of at least half the pages.
 */
export function dropRunningLines(pages: PdfLine[][]): PdfLine[][] {
  const key = (l: PdfLine) => l.text.replace(/\d+/g, '#').replace(/\s/g, '');
  const edges = (lines: PdfLine[]) => [...lines.slice(0, EDGE_LINES), ...lines.slice(-EDGE_LINES)];
  const counts = new Map<string, number>();
  for (const lines of pages)
    for (const k of new Set(edges(lines).map(key))) counts.set(k, (counts.get(k) ?? 0) + 1);
  // A running header is a label, not a sentence: prose at the top of every page is the body.
  const recurring = (l: PdfLine) =>
    pages.length >= 2 && !/[。,;]/.test(l.text) && (counts.get(key(l)) ?? 0) >= Math.max(2, pages.length / 2);
  return pages.map((lines) => {
    const edge = new Set(edges(lines));
    return lines.filter((l) => !(edge.has(l) && (PAGE_NUMBER.test(l.text) || recurring(l))));
  });
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
}

/**
 * Rejoin lines into paragraphs. A line starts a new paragraph when it is indented (a first line or a
 * centred title), when the line before ended well short of the right margin (or short of it with a
 * full stop), after a wider gap or a change
 * of font size, or when it opens with a heading number after a line that ended a sentence. Rows of
 * cells stay rows.
 */
export function paragraphsOf(pages: PdfLine[][]): RawBlock[] {
  const lines = pages.flat();
  if (!lines.length) return [];
  const left = percentile(
    lines.map((l) => l.x0),
    0.1,
  );
  const right = percentile(
    lines.map((l) => l.x1),
    0.9,
  );
  const size = percentile(
    lines.map((l) => l.size),
    0.5,
  );
  const steps: number[] = [];
  for (let i = 1; i < lines.length; i++)
    if (lines[i]!.page === lines[i - 1]!.page) steps.push(lines[i - 1]!.y - lines[i]!.y);
  const step = percentile(steps.length ? steps : [size * 1.5], 0.5);

  const out: RawBlock[] = [];
  let text = '';
  let table = -1;
  let inTable = false;
  const flush = () => {
    if (text) out.push({ kind: 'paragraph', text });
    text = '';
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const before = lines[i - 1];
    if (line.cells) {
      flush();
      if (!inTable) table++;
      inTable = true;
      out.push({ kind: 'row', cells: line.cells, table });
      continue;
    }
    inTable = false;
    const startsParagraph =
      !before ||
      before.cells !== null ||
      line.x0 > left + 0.9 * size ||
      // Line breaking keeps a character with the punctuation after it, so a wrapped line can end up
      // to a few characters short; a paragraph's last line ends with its punctuation.
      before.x1 < right - 4 * size ||
      (before.x1 < right - 1.5 * size && /[。;:!?；：！？]$/.test(before.text)) ||
      (before.page === line.page && before.y - line.y > 1.8 * step) ||
      Math.abs(line.size - before.size) > 0.2 * size ||
      (/[。;:!?；：！？]$/.test(before.text) && parseHeading(line.text) !== null);
    if (startsParagraph) flush();
    text = joinRun(text, line.text);
  }
  flush();
  return out;
}

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

let loading: Promise<PdfJs> | undefined;

/**
 * pdf.js, with its worker code run in this thread: in Node there is no worker, and in a browser the
 * reader already runs in a Web Worker, so no second worker (and no worker URL) is needed.
 */
function loadPdfJs(): Promise<PdfJs> {
  loading ??= (async () => {
    const [pdfjs, worker] = await Promise.all([
      import('pdfjs-dist/legacy/build/pdf.mjs'),
      import('pdfjs-dist/legacy/build/pdf.worker.mjs'),
    ]);
    (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker ??= worker;
    return pdfjs;
  })();
  return loading;
}

/** Share of private-use and replacement characters above which a PDF's text is unreadable (fonts without a Unicode map). */
const MAX_UNMAPPED_SHARE = 0.3;

/** Read a PDF's text as raw blocks. Throws PdfError for scans, passwords and damaged files. */
export async function readPdfBlocks(
  bytes: Uint8Array,
  options: ReadOptions,
  warnings: string[],
): Promise<RawBlock[]> {
  const pdfjs = await loadPdfJs();
  // pdf.js takes ownership of the buffer it is given, and wants a plain Uint8Array (not a Buffer).
  const task = pdfjs.getDocument({
    data: new Uint8Array(bytes),
    cMapUrl: options.cMapUrl,
    cMapPacked: true,
    standardFontDataUrl: options.standardFontDataUrl,
    // Given URLs (a browser), pdf.js fetches its data itself: its other route reads document.baseURI,
    // which a Web Worker has not. Given folder paths (Node), it reads them from disk.
    useWorkerFetch: /^(?:https?|blob):/.test(options.cMapUrl ?? ''),
    disableFontFace: true,
    useSystemFonts: false,
    isEvalSupported: false,
    stopAtErrors: false,
    verbosity: 0,
  });
  let doc;
  try {
    doc = await task.promise;
  } catch (e) {
    await task.destroy();
    const name = (e as Error).name;
    if (name === 'PasswordException')
      throw new PdfError('the PDF is password-protected: save an unprotected copy and add that');
    if (name === 'InvalidPDFException')
      throw new PdfError('the PDF is damaged or incomplete: pdf.js cannot read its structure');
    throw new PdfError(`the PDF cannot be read (${(e as Error).message})`);
  }
  try {
    const pages: PdfLine[][] = [];
    const empty: number[] = [];
    let chars = 0;
    let unmapped = 0;
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      const pieces: Piece[] = [];
      for (const item of content.items) {
        if (!('str' in item) || !item.str) continue;
        const [a, b, c, d, x, y] = item.transform as number[];
        const size = Math.hypot(c ?? 0, d ?? 0) || Math.hypot(a ?? 0, b ?? 0) || item.height;
        pieces.push({ str: item.str, x: x ?? 0, y: y ?? 0, width: item.width, size });
        for (const ch of item.str) {
          chars++;
          const code = ch.charCodeAt(0);
          if ((code >= 0xe000 && code <= 0xf8ff) || code === 0xfffd) unmapped++;
        }
      }
      const lines = linesOfPage(n, pieces);
      if (!lines.length) empty.push(n);
      pages.push(lines);
      page.cleanup();
    }
    const body = dropRunningLines(pages);
    // Page numbers stamped on scanned pages are text too, but no plan.
    if (!body.some((lines) => lines.length) && !options.cMapUrl)
      throw new PdfError(
        'no text could be read: the PDF is a scan, or its Chinese fonts need the CJK character maps (cMapUrl) this reader was not given',
      );
    if (!body.some((lines) => lines.length))
      throw new PdfError(
        `the PDF has no text layer (${doc.numPages} page${doc.numPages === 1 ? '' : 's'} of images, a scan?): run OCR on it first, then add the result`,
      );
    if (unmapped / chars > MAX_UNMAPPED_SHARE)
      throw new PdfError(
        "the PDF's fonts carry no Unicode map, so its text cannot be read: run OCR on it, or add the Word or web version",
      );
    if (empty.length)
      warnings.push(
        `page${empty.length === 1 ? '' : 's'} ${empty.join(', ')} of ${doc.numPages} ha${empty.length === 1 ? 's' : 've'} no text (scanned images?); their content is missing`,
      );
    return paragraphsOf(body);
  } finally {
    await doc.destroy();
  }
}
