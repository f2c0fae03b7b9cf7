/** Read a plan document in the form it was published in (text, web page, PDF, Word) into its text, blocks and warnings. */
import { cleanDocument } from '../extract/clean.ts';
import { decodeDocument, DocumentInputError } from '../extract/decode.ts';
import { assembleText, blocksOfText, type RawBlock } from './assemble.ts';
import type { DocumentFormat, ReadDocument, ReadOptions } from './types.ts';
import { DocumentReadError, formatTooLargeReason, MAX_DOCUMENT_BYTES } from './types.ts';

export * from './types.ts';
export { CELL_SEPARATOR } from './assemble.ts';

/** The file extensions readDocument takes, for file pickers and folder listings. */
export const DOCUMENT_EXTENSIONS = [
  '.txt',
  '.text',
  '.htm',
  '.html',
  '.shtml',
  '.xhtml',
  '.pdf',
  '.docx',
  '.doc',
  '.wps',
];

const DEFAULT_MAX_UNZIPPED = 256 * 1024 * 1024;

function startsWith(bytes: Uint8Array, magic: number[], at = 0): boolean {
  return magic.every((b, i) => bytes[at + i] === b);
}

const IMAGE_MAGIC: [string, number[]][] = [
  ['PNG', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]],
  ['JPEG', [0xff, 0xd8, 0xff]],
  ['GIF', [0x47, 0x49, 0x46, 0x38]],
  ['TIFF', [0x49, 0x49, 0x2a, 0x00]],
  ['TIFF', [0x4d, 0x4d, 0x00, 0x2a]],
  ['BMP', [0x42, 0x4d]],
];

const FORMAT_NAMES: Record<string, string> = {
  pdf: 'PDF',
  docx: 'Word (.docx)',
  doc: 'Word (.doc)',
  wps: 'WPS',
};

/** Does a text start like a web page (a doctype, <html>, <head> or <body>)? */
function looksLikeHtml(bytes: Uint8Array): boolean {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 2048)).replace(/^\uFEFF|^\xEF\xBB\xBF/, '');
  return /^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta)\b/i.test(
    head,
  );
}

/**
 * The format of a file from its first bytes, with its name's extension to decide between text and a
 * web page. Throws DocumentReadError for images, archives and files that are not what their name says.
 */
export function sniffFormat(bytes: Uint8Array, fileName: string): DocumentFormat {
  const ext = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase() ?? '';
  const fail = (reason: string): never => {
    throw new DocumentReadError(fileName, reason);
  };
  if (new TextDecoder('latin1').decode(bytes.subarray(0, 1024)).includes('%PDF-')) return 'pdf';
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return 'docx';
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return 'doc';
  const image = IMAGE_MAGIC.find(([, magic]) => startsWith(bytes, magic));
  const riffWebp =
    startsWith(bytes, [0x52, 0x49, 0x46, 0x46]) && startsWith(bytes, [0x57, 0x45, 0x42, 0x50], 8);
  if ((image && image[0] !== 'BMP') || riffWebp || (image && ext === 'bmp'))
    fail(
      `the file is a ${riffWebp ? 'WebP' : image![0]} image${FORMAT_NAMES[ext] ? ` named .${ext}` : ''}, not a document with text: run OCR on it first, then add the result`,
    );
  if (startsWith(bytes, [0x7b, 0x5c, 0x72, 0x74, 0x66]))
    fail('the file is RTF: save it as .docx or PDF and add that');
  if (FORMAT_NAMES[ext])
    fail(
      `the file is named .${ext} but is not a ${FORMAT_NAMES[ext]} file (damaged, or another kind of file renamed)`,
    );
  if (['htm', 'html', 'shtml', 'xhtml'].includes(ext) || looksLikeHtml(bytes)) return 'html';
  return 'txt';
}

/**
 * Read a plan document: bytes and file name in; the plan's text (what quotes and offsets refer to and what
 * the source reader shows), its blocks (headings, paragraphs, table rows with cells), warnings, and
 * the format and encoding used. Pure: runs in Node and in a browser Web Worker. Each format's parser is
 * loaded only when a file of that format is read. Throws DocumentReadError, naming the file, for
 * anything that is not a readable plan.
 */
export async function readDocument(
  bytes: Uint8Array,
  fileName: string,
  options: ReadOptions = {},
): Promise<ReadDocument> {
  const fail = (reason: string): never => {
    throw new DocumentReadError(fileName, reason);
  };
  if (!bytes.length) fail('the file is empty');
  const maxBytes = options.maxBytes ?? MAX_DOCUMENT_BYTES;
  if (bytes.length > maxBytes) fail(formatTooLargeReason(bytes.length, maxBytes));
  const format = sniffFormat(bytes, fileName);
  const warnings: string[] = [];
  let raw: RawBlock[];
  let properties: Record<string, string> = {};
  let encoding: ReadDocument['encoding'] = null;

  switch (format) {
    case 'txt': {
      let decoded;
      try {
        decoded = decodeDocument(bytes);
      } catch (e) {
        if (e instanceof DocumentInputError) fail(e.message);
        throw e;
      }
      const text = cleanDocument(decoded!.text);
      if (!text) fail('the file has no text once page chrome (navigation, footers) is removed');
      return {
        fileName,
        format,
        encoding: decoded!.encoding,
        text,
        blocks: blocksOfText(text),
        warnings,
        properties,
      };
    }
    case 'html': {
      const { decodeHtml, readHtmlText } = await import('./html.ts');
      const decoded = decodeHtml(bytes, warnings);
      if (!decoded) return fail('the page is neither UTF-8, GB18030/GBK nor Big5 text');
      encoding = decoded.encoding;
      ({ raw, properties } = readHtmlText(decoded.html, warnings));
      if (!raw.length) fail('the page has no document text: only navigation, links and page furniture');
      break;
    }
    case 'pdf': {
      const { readPdfBlocks, PdfError } = await import('./pdf.ts');
      try {
        raw = await readPdfBlocks(bytes, options, warnings);
      } catch (e) {
        if (e instanceof PdfError) fail(e.message);
        throw e;
      }
      break;
    }
    case 'docx': {
      const { unzipParts, readDocxParts, DocxError } = await import('./docx.ts');
      try {
        ({ raw, properties } = readDocxParts(
          unzipParts(bytes, options.maxUnzippedBytes ?? DEFAULT_MAX_UNZIPPED),
        ));
        encoding = 'utf-8';
      } catch (e) {
        if (e instanceof DocxError) fail(e.message);
        throw e;
      }
      break;
    }
    case 'doc': {
      if (!options.readWordDoc)
        fail(
          'old Word files (.doc, .wps) are read only by the build: open it in Word or WPS, save it as .docx or PDF, and add that',
        );
      let body = '';
      try {
        body = await options.readWordDoc!(bytes);
      } catch (e) {
        fail(
          `the file cannot be read as an old Word document (${(e as Error).message}): save it as .docx or PDF and add that`,
        );
      }
      raw = wordDocBlocks(body);
      break;
    }
  }
  const { text, blocks } = assembleText(raw!);
  if (!text) fail('the file has no text once page furniture is removed');
  return { fileName, format, encoding, text, blocks, warnings, properties };
}

/** Blocks of an old Word file's text: a line with tabs is a table row (cells tab-separated). */
function wordDocBlocks(body: string): RawBlock[] {
  const raw: RawBlock[] = [];
  let table = -1;
  let inTable = false;
  for (const line of body.split(/\r\n?|\n/)) {
    // Each cell ends with a tab, the row's last one too.
    const cells = line.replace(/\t$/, '').split('\t');
    if (cells.filter((c) => c.trim()).length >= 2) {
      if (!inTable) table++;
      inTable = true;
      raw.push({ kind: 'row', cells, table });
    } else {
      inTable = false;
      raw.push({ kind: 'paragraph', text: line });
    }
  }
  return raw;
}
