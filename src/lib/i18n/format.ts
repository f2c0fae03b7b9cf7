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

/** Values remembered per formatter; the charts format the same few hundred tick and target values again. */
const CACHE_LIMIT = 2000;

/**
 * Intl.NumberFormat.format costs microseconds a call, and a filter change formats every tick and value of
 * every chart it redraws; so each formatter remembers what it has written.
 */
function remember(format: Intl.NumberFormat): (value: number) => string {
  const written = new Map<number, string>();
  return (value) => {
    // A Map takes -0 and 0 for one key, but they are written differently.
    if (Object.is(value, -0)) return format.format(value);
    let text = written.get(value);
    if (text === undefined) {
      text = format.format(value);
      if (written.size >= CACHE_LIMIT) written.clear();
      written.set(value, text);
    }
    return text;
  };
}

/** Creates the formatters for a language. */
export function createFormatters(lang: Lang): Formatters {
  const locale = LOCALES[lang];
  const count = remember(new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }));
  const number = remember(new Intl.NumberFormat(locale, { maximumFractionDigits: 3 }));
  const percent = remember(new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }));
  const year = (value: number) => String(value);
  return {
    count,
    number,
    percent,
    year,
    yearSpan: (first, last) => (first === last ? year(first) : `${year(first)}–${year(last)}`),
  };
}
