/** Number formatting for the interface language (Intl.NumberFormat), shared by every view. */

import { LOCALES, type Lang } from './lang.ts';

/** Formatters bound to one language. */
export interface Formatters {
  /** A count: `1,234`. */
  count(value: number): string;
  /** A value as written in a plan, up to three decimals: `95`, `0.5`, `1,200`. */
  number(value: number): string;
  /** A share between 0 and 1 as a whole percent: `43%`. */
  percent(share: number): string;
  /** A year, never grouped: `2015`. */
  year(value: number): string;
  /** A span of years: `2013–2015`, or one year when both ends are equal. */
  yearSpan(first: number, last: number): string;
}

/** Creates the formatters for a language. */
export function createFormatters(lang: Lang): Formatters {
  const locale = LOCALES[lang];
  const count = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 3 });
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  const year = (value: number) => String(value);
  return {
    count: (value) => count.format(value),
    number: (value) => number.format(value),
    percent: (share) => percent.format(share),
    year,
    yearSpan: (first, last) => (first === last ? year(first) : `${year(first)}–${year(last)}`),
  };
}
