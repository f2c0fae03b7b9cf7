/** Shapes of the document reader: what a plan file becomes (text, blocks, warnings) and why one could not be read. */
import type { TextEncoding } from '../extract/decode.ts';

export type { TextEncoding };

/** The forms plans are published in. */
export type DocumentFormat = 'txt' | 'html' | 'pdf' | 'docx' | 'doc';

/** A span of the plan's text, [start, end). */
export interface TextSpan {
  start: number;
  end: number;
}

/**
 * One line of the plan's text and what it is: a heading (level 1 outermost), a paragraph, or a row of a
 * table with its cells. Blocks follow each other in the text, one line each.
 */
export type Block =
  | (TextSpan & { kind: 'heading'; level: number })
  | (TextSpan & { kind: 'paragraph' })
  | (TextSpan & { kind: 'row'; table: number; cells: TextSpan[] });

/** A plan document as read: its text (what quotes and offsets refer to), its blocks and what to know about the reading. */
export interface ReadDocument {
  fileName: string;
  format: DocumentFormat;
  /** The text encoding used (a Word file's XML is UTF-8); null for PDF and old Word files, whose text comes from their own encodings. */
  encoding: TextEncoding | null;
  /** The plan's text: one block a line, cleaned as every reader cleans it. */
  text: string;
  blocks: Block[];
  /** What a person should know: pages without text, a declared encoding that was wrong, tables not read. */
  warnings: string[];
  /**
   * What the file says about the document besides its text: a web page's title and metadata table
   * (索引号, 发布机构, 文号, 成文日期 …), a Word file's title. Labels as written.
   */
  properties: Record<string, string>;
}

/** Options of readDocument; each has a default that works in Node. */
export interface ReadOptions {
  /**
   * Where pdf.js finds its CJK character maps (the `cmaps/` folder of pdfjs-dist), ending in `/`: a
   * folder path in Node, a URL of the page's own origin in a browser. Without it, PDFs whose fonts
   * rely on predefined CJK maps lose their Chinese text.
   */
  cMapUrl?: string;
  /** Where pdf.js finds its standard font data (the `standard_fonts/` folder of pdfjs-dist), ending in `/`. */
  standardFontDataUrl?: string;
  /** Read an old Word (.doc) file's text; given in Node (the build, `npm run extract`), absent in a browser. */
  readWordDoc?: (bytes: Uint8Array) => Promise<string>;
  /** Largest file accepted, in bytes. */
  maxBytes?: number;
  /** Largest uncompressed size of a Word file's parts, in bytes (a guard against zip bombs). */
  maxUnzippedBytes?: number;
}

/** The largest file readDocument takes by default, in bytes (a plan is far smaller). */
export const MAX_DOCUMENT_BYTES = 200 * 1024 * 1024;

/** The reason a file larger than `maxBytes` is refused (the same words wherever it is checked). */
export function formatTooLargeReason(bytes: number, maxBytes: number): string {
  return `the file is ${Math.round(bytes / 1e6)} MB, more than the ${Math.round(maxBytes / 1e6)} MB a plan is allowed`;
}

/** A file that cannot be read as a plan, with the reason in words a person can act on. */
export class DocumentReadError extends Error {
  override name = 'DocumentReadError';
  /** The reason, without the file name (for messages that name the file themselves). */
  readonly reason: string;
  readonly fileName: string;

  constructor(fileName: string, reason: string) {
    super(`${fileName}: ${reason}`);
    this.fileName = fileName;
    this.reason = reason;
  }
}

/**
 * Where a build serves pdf.js's data, relative to the app's base URL (vite.config.ts copies them from
 * pdfjs-dist): CJK character maps and standard font data, from the page's own origin, never a CDN.
 */
export const PDFJS_ASSETS = { cMaps: 'pdfjs/cmaps/', standardFonts: 'pdfjs/standard_fonts/' } as const;
