/** Where a target's number sits in its quote, so the sentence can be shown with that number marked. */

import { toSimplifiedShadow } from '../extract/chars.ts';
import { findNumbers } from '../extract/numerals.ts';

/** A piece of a quote: plain text, or the target's number. */
export interface QuotePart {
  text: string;
  isNumber: boolean;
}

/**
 * calcQuoteParts(quote, values) splits a quote into parts, marking each number in it that equals one of
 * `values` (the target's value and, for a range, its upper end), as the extraction reads numbers: Arabic
 * and Chinese numerals and 百分之…. A quote with no such number is one plain part.
 */
export function calcQuoteParts(quote: string, values: readonly (number | null)[]): QuotePart[] {
  const wanted = values.filter((v): v is number => v !== null);
  const tokens = findNumbers(toSimplifiedShadow(quote)).filter((token) =>
    wanted.some((v) => Math.abs(token.value - v) < 1e-9),
  );
  const parts: QuotePart[] = [];
  let at = 0;
  for (const token of tokens) {
    if (token.start > at) parts.push({ text: quote.slice(at, token.start), isNumber: false });
    parts.push({ text: quote.slice(token.start, token.end), isNumber: true });
    at = token.end;
  }
  if (at < quote.length || parts.length === 0) parts.push({ text: quote.slice(at), isNumber: false });
  return parts;
}
