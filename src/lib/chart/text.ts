/** Text width estimates for labels in SVG, where nothing wraps: CJK labels must be cut before they overlap. */

/** Is this character drawn full-width (CJK ideographs, kana, hangul, full-width forms and punctuation)? */
export function isWideChar(char: string): boolean {
  const code = char.codePointAt(0) ?? 0;
  return (
    (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0xa4cf) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) ||
    code >= 0x20000
  );
}

function calcCharWidth(char: string): number {
  if (isWideChar(char)) return 1;
  if (/[\s.,:;'|!ilIjft()[\]]/.test(char)) return 0.34;
  if (/[MWmw@%]/.test(char)) return 0.9;
  if (/[A-Z]/.test(char)) return 0.7;
  return 0.6;
}

/**
 * Estimates the width of a line of text in pixels. Errs wide (a full em for CJK, generous Latin widths) so
 * that a label that fits by this estimate fits in any of our sans-serif fonts.
 */
export function calcTextWidth(text: string, fontSize: number): number {
  let ems = 0;
  for (const char of text) ems += calcCharWidth(char);
  return ems * fontSize;
}

/** A label cut to fit: the text to draw, and whether it was cut (then show the full text in a title). */
export interface FittedText {
  text: string;
  truncated: boolean;
}

/** Cuts text to fit a width, ending in `…`; returns it unchanged when it fits. */
export function calcFittedText(text: string, maxWidth: number, fontSize: number): FittedText {
  if (calcTextWidth(text, fontSize) <= maxWidth) return { text, truncated: false };
  const chars = [...text];
  let width = calcTextWidth('…', fontSize);
  let kept = 0;
  for (const char of chars) {
    const next = width + calcCharWidth(char) * fontSize;
    if (next > maxWidth) break;
    width = next;
    kept += 1;
  }
  return { text: chars.slice(0, kept).join('').trimEnd() + '…', truncated: true };
}

/** Pieces a line may break between: a Latin word with the spaces after it, or one wide (CJK) character. */
function splitBreakable(text: string): string[] {
  return (
    text.match(
      /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]|[^\s\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]+\s*|\s+/gu,
    ) ?? []
  );
}

/**
 * calcWrappedText(text, maxWidth, fontSize, maxLines) breaks a label into lines that fit a width (between
 * words, or between CJK characters), at most `maxLines` of them; what does not fit is cut from the last line
 * with `…`, and `truncated` says so (then show the full text in a title).
 */
export function calcWrappedText(
  text: string,
  maxWidth: number,
  fontSize: number,
  maxLines: number,
): { lines: string[]; truncated: boolean } {
  const lines: string[] = [];
  let line = '';
  const pieces = splitBreakable(text);
  for (let i = 0; i < pieces.length; i++) {
    const piece = pieces[i] ?? '';
    if (line === '' || calcTextWidth((line + piece).trimEnd(), fontSize) <= maxWidth) {
      line += piece;
      continue;
    }
    if (lines.length === maxLines - 1) {
      const rest = line + pieces.slice(i).join('');
      const fitted = calcFittedText(rest.trim(), maxWidth, fontSize);
      return { lines: [...lines, fitted.text], truncated: fitted.truncated };
    }
    lines.push(line.trimEnd());
    line = piece.trimStart();
  }
  if (line.trim() !== '') {
    const fitted = calcFittedText(line.trim(), maxWidth, fontSize);
    lines.push(fitted.text);
    return { lines, truncated: fitted.truncated };
  }
  return { lines, truncated: false };
}
