/** Numbers as plans write them: Arabic and Chinese numerals, 百分之…, decimals, ranges. */
import { trimEndChars } from './scan.ts';

const DIGITS: Record<string, number> = {
  零: 0,
  〇: 0,
  '○': 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const SMALL_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const BIG_UNITS: Record<string, number> = { 万: 1e4, 亿: 1e8 };

/**
 * Parse a Chinese numeral: 两 → 2, 三十二 → 32, 一百四十 → 140, 十五 → 15, 二〇二〇 → 2020,
 * 三点五 → 3.5, 一万二千 → 12000. Returns null when the string is not a numeral.
 */
export function parseChineseNumeral(s: string): number | null {
  if (!s) return null;
  const [whole, fraction] = s.split('点');
  if (whole === undefined || (s.includes('点') && !fraction)) return null;
  let value: number | null;
  // A run of plain digits (二〇二〇) is read digit by digit.
  if (/^[零〇○一二两三四五六七八九]+$/.test(whole) && whole.length > 1) {
    value = Number([...whole].map((c) => DIGITS[c]).join(''));
  } else {
    value = parseGrouped(whole);
  }
  if (value === null) return null;
  if (fraction !== undefined) {
    const digits = [...fraction].map((c) => DIGITS[c]);
    if (digits.some((d) => d === undefined)) return null;
    value = Number(`${value}.${digits.join('')}`);
  }
  return value;
}

function parseGrouped(s: string): number | null {
  if (!s) return null;
  let total = 0;
  let section = 0;
  let digit: number | null = null;
  for (const c of s) {
    if (c in DIGITS) {
      digit = DIGITS[c]!;
    } else if (c in SMALL_UNITS) {
      section += (digit ?? 1) * SMALL_UNITS[c]!;
      digit = null;
    } else if (c in BIG_UNITS) {
      total = (total + section + (digit ?? 0)) * BIG_UNITS[c]!;
      section = 0;
      digit = null;
    } else {
      return null;
    }
  }
  return total + section + (digit ?? 0);
}

/** A number found in text, with its span. */
export interface NumberToken {
  start: number;
  end: number;
  value: number;
  /** How it was written. */
  form: 'arabic' | 'chinese' | 'percent-words';
}

/**
 * Candidate numbers: Arabic (with decimals), 百分之 + numeral, and Chinese numerals that start with a
 * digit character (so 百项, 万人, 千家万户 are not numbers). One linear pass with one regular expression.
 */
const NUMBER =
  /百分之([零〇○一二两三四五六七八九十百点]+|\d+(?:\.\d+)?)|\d{1,3}(?:,\d{3})+(?:\.\d+)?(?!\d)|\d+(?:\.\d+)?|[零〇○一二两三四五六七八九十][零〇○一二两三四五六七八九十百千万亿点]*/g;

export function findNumbers(text: string, start = 0, end = text.length): NumberToken[] {
  const out: NumberToken[] = [];
  NUMBER.lastIndex = start;
  let m: RegExpExecArray | null;
  while ((m = NUMBER.exec(text)) !== null && m.index < end) {
    const raw = m[0];
    let value: number | null;
    let form: NumberToken['form'];
    if (m[1] !== undefined) {
      value = /\d/.test(m[1]) ? Number(m[1]) : parseChineseNumeral(m[1]);
      form = 'percent-words';
    } else if (/^\d/.test(raw)) {
      value = Number(raw.replace(/,/g, ''));
      form = 'arabic';
    } else {
      // A trailing 点 belongs to the next word (三点五 is a decimal; 三点 is not).
      const trimmed = trimEndChars(raw, '点');
      value = parseChineseNumeral(trimmed);
      form = 'chinese';
      if (value !== null && trimmed.length !== raw.length) {
        out.push({ start: m.index, end: m.index + trimmed.length, value, form });
        continue;
      }
    }
    if (value !== null && Number.isFinite(value))
      out.push({ start: m.index, end: m.index + raw.length, value, form });
  }
  return out;
}
