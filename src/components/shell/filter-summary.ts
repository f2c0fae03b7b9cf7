/** The filters in force in one line of words, for the collapsed filter bar and the phone's filter button. */

import type { Domain } from '../../lib/extract/types.ts';
import { DOMAIN_LABELS } from '../../lib/i18n/common.ts';
import type { Lang } from '../../lib/i18n/lang.ts';
import type { Filters } from '../../lib/state/url.ts';
import type { FilterKey } from '../views/registry.ts';
import { SHELL_STRINGS } from './strings.ts';

/**
 * describeFilters(lang, filters, uses, cityName) says each filter the view follows, in order: the cities
 * (or all), the domains (or all), the target years (or any). Filters the view does not follow are left out.
 */
export function describeFilters(
  lang: Lang,
  filters: Filters,
  uses: readonly FilterKey[],
  cityName: (cityId: string) => string,
): string[] {
  const t = SHELL_STRINGS[lang];
  const list = (names: readonly string[]) => names.join(t.listSeparator);
  const parts: string[] = [];
  if (uses.includes('cities'))
    parts.push(filters.cities.length === 0 ? t.allCities : list(filters.cities.map(cityName)));
  if (uses.includes('domains'))
    parts.push(
      filters.domains.length === 0
        ? t.allDomains
        : list(filters.domains.map((d: Domain) => DOMAIN_LABELS[lang][d])),
    );
  if (uses.includes('years')) {
    const { yearFrom: from, yearTo: to } = filters;
    parts.push(
      from === null && to === null
        ? t.anyTargetYear
        : from === null
          ? t.yearsTo(String(to))
          : to === null
            ? t.yearsFrom(String(from))
            : t.yearsBetween(String(from), String(to)),
    );
  }
  return parts;
}

/**
 * listActiveFilters(lang, filters, cityName) says only the filters that narrow anything, each in a few words,
 * for a file name: the cities (joined by +), the domains, the target years (`2014–2020`, `2015–`, `–2020`).
 */
export function listActiveFilters(
  lang: Lang,
  filters: Filters,
  cityName: (cityId: string) => string,
): string[] {
  const parts: string[] = [];
  if (filters.cities.length > 0) parts.push(filters.cities.map(cityName).join('+'));
  if (filters.domains.length > 0) parts.push(filters.domains.map((d) => DOMAIN_LABELS[lang][d]).join('+'));
  if (filters.yearFrom !== null || filters.yearTo !== null)
    parts.push(`${filters.yearFrom ?? ''}–${filters.yearTo ?? ''}`);
  return parts;
}

/** countActiveFilters(filters, uses) is how many of the view's filters narrow anything (for the phone's button). */
export function countActiveFilters(filters: Filters, uses: readonly FilterKey[]): number {
  let count = 0;
  if (uses.includes('cities') && filters.cities.length > 0) count++;
  if (uses.includes('domains') && filters.domains.length > 0) count++;
  if (uses.includes('years') && (filters.yearFrom !== null || filters.yearTo !== null)) count++;
  return count;
}
