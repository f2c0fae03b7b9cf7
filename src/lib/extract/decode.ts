/** Turn the bytes of a plan document into text: UTF-8 or GB18030/GBK (detected), with clear errors for bad input. */

/** Why a file could not be read as a plan document. */
export class DocumentInputError extends Error {
  override name = 'DocumentInputError';
}

export interface DecodedDocument {
  text: string;
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';
}

/** Share of control characters above which a file is treated as binary rather than text. */
const BINARY_CONTROL_SHARE = 0.02;

function isBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 65536);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    if (b < 0x09 || (b > 0x0d && b < 0x20 && b !== 0x1b)) control++;
  }
  return control / n > BINARY_CONTROL_SHARE;
}

function tryDecode(label: string, bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder(label, { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/**
 * Decode a document's bytes. UTF-8 (with or without BOM) and UTF-16 with BOM are taken as they are;
 * anything else that is valid GB18030 (a superset of GBK and GB2312) is read as GB18030.
 * Throws DocumentInputError for empty, binary or undecodable input.
 */
export function decodeDocument(bytes: Uint8Array): DecodedDocument {
  if (bytes.length === 0) throw new DocumentInputError('the file is empty');
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  }
  if (isBinary(bytes)) throw new DocumentInputError('the file is binary, not text');
  const utf8 = tryDecode('utf-8', bytes);
  if (utf8 !== undefined) return { text: utf8.replace(/^\ufeff/, ''), encoding: 'utf-8' };
  const gb = tryDecode('gb18030', bytes);
  if (gb !== undefined) return { text: gb, encoding: 'gb18030' };
  throw new DocumentInputError('the file is neither UTF-8 nor GB18030/GBK text');
}
