/** Character-level normalisation: full-width to half-width, and a same-length simplified-Chinese shadow of a text. */
import TSCharacters from 'opencc-js/dict/TSCharacters';

const SPACE_LIKE = /[\t\v\f\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\ufeff]/g;

/**
 * Map full-width ASCII variants (！ to ～) to ASCII and every space-like character to a plain space.
 * The text keeps its length, so offsets into it stay valid.
 */
export function toHalfWidth(text: string): string {
  let out = '';
  let last = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xff01 && c <= 0xff5e) {
      out += text.slice(last, i) + String.fromCharCode(c - 0xfee0);
      last = i + 1;
    }
  }
  out += text.slice(last);
  return out.replace(SPACE_LIKE, ' ');
}

let traditionalToSimplified: Uint16Array | undefined;

/**
 * OpenCC's character table as a lookup array over UTF-16 code units (0 = unchanged), keeping only
 * one-to-one entries of the same length, so offsets survive.
 */
function getTraditionalTable(): Uint16Array {
  if (traditionalToSimplified) return traditionalToSimplified;
  const table = new Uint16Array(0x10000);
  for (const entry of TSCharacters.split('|')) {
    const [from, to] = entry.split(' ');
    if (from && to && from.length === 1 && to.length === 1) table[from.charCodeAt(0)] = to.charCodeAt(0);
  }
  traditionalToSimplified = table;
  return table;
}

/**
 * A simplified-Chinese copy of `text` with exactly the same length: rules match against it, while
 * quotes are cut from the original, so a traditional-character plan is quoted as written.
 */
export function toSimplifiedShadow(text: string): string {
  const table = getTraditionalTable();
  let first = -1;
  for (let i = 0; i < text.length; i++) {
    if (table[text.charCodeAt(i)]) {
      first = i;
      break;
    }
  }
  if (first < 0) return text;
  const codes = new Uint16Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    codes[i] = table[c] || c;
  }
  let out = '';
  for (let i = 0; i < codes.length; i += 8192) out += String.fromCharCode(...codes.subarray(i, i + 8192));
  return out;
}

/** True for CJK ideographs and CJK or full-width punctuation. */
export function isCjk(ch: string | undefined): boolean {
  if (!ch) return false;
  const c = ch.charCodeAt(0);
  return (
    (c >= 0x4e00 && c <= 0x9fff) ||
    (c >= 0x3400 && c <= 0x4dbf) ||
    (c >= 0x3000 && c <= 0x303f) ||
    (c >= 0xff00 && c <= 0xffef) ||
    c === 0x201c ||
    c === 0x201d ||
    c === 0x2018 ||
    c === 0x2019 ||
    c === 0x2014 ||
    c === 0x2026 ||
    c === 0x00b7
  );
}
