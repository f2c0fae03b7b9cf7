/** The global filters (cities, domains, target-year range), read from and written to the URL. */

import type { Domain } from '../extract/types.ts';
import type { UrlState } from './router.svelte.ts';
import { NO_FILTERS, type Filters } from './url.ts';

function toggle<T>(list: readonly T[], item: T): T[] {
  return list.includes(item) ? list.filter((x) => x !== item) : [...list, item];
}

/** Filter actions; every change is a new history entry, so back/forward step through filter states. */
export class FilterState {
  #url: UrlState;

  constructor(url: UrlState) {
    this.#url = url;
  }

  /** The filters in force. */
  get current(): Filters {
    return this.#url.location.filters;
  }

  /** Adds or removes one city. */
  toggleCity(cityId: string): void {
    this.#url.navigate({ filters: { cities: toggle(this.current.cities, cityId) } });
  }

  /** Adds or removes one domain. */
  toggleDomain(domain: Domain): void {
    this.#url.navigate({ filters: { domains: toggle(this.current.domains, domain) } });
  }

  /** Sets the target-year range; null leaves that end open. */
  setYearRange(yearFrom: number | null, yearTo: number | null): void {
    this.#url.navigate({ filters: { yearFrom, yearTo } });
  }

  /** Removes every filter. */
  clear(): void {
    this.#url.navigate({ filters: NO_FILTERS });
  }
}
