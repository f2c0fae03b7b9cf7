/**
 * The URL scheme: every view and every global filter lives in the query string, so a copied link reopens
 * the same view with the same filters, and back/forward walk through them.
 *
 *   ?view=<view>&lang=<zh|en>&city=<city_id>[,<city_id>…]&domain=<domain>[,<domain>…]&from=<year>&to=<year>[&<view params>]
 *
 * - `view`: one of {@link VIEW_IDS}; absent or unknown means `overview`.
 * - `lang`: interface language; absent means the one stored in this browser, else the browser's preference.
 * - `city`: `cities.city_id` values (e.g. `hangzhou,linxia`); absent means every city.
 * - `domain`: `product`, `engineering`, `service`, `environment`, `foundation`; absent means every domain.
 * - `from`, `to`: inclusive target-year range (`targets.target_year`); when either is set, records without a
 *   target year are left out. Absent means every year, including records without one.
 * - `present`: `1` shows the view in presentation mode (no navigation or filter bar, large type, one card per
 *   screen); absent means the normal page. Kept when the view or filters change.
 * - `deck`: the slides a person has put together for a briefing (`src/lib/deck/deck.ts`: each slide's chart,
 *   its filters and parameters, and the title and finding the person wrote), as base64url JSON. Kept when the
 *   view or filters change, so a deck is built across views and shared as a link; with `present=1` the deck
 *   is what is presented.
 * - `print`: `1` shows the view's printable report (the City profile's A4 brief); a view parameter.
 * - Any other key belongs to the current view, and is dropped when another view is opened. Names in use or
 *   reserved: `doc` (a `documents.doc_id`), `target` (a `targets.target_id`, e.g. the quote to show in the
 *   source reader), `indicator` (an `indicators.indicator_id`), `q` (free-text search), `sql` (console text).
 *
 * Example, the drill-down from an Overview matrix cell:
 *   ?view=explorer&lang=zh&city=hangzhou&domain=environment
 *
 * View params of `city` (City profile and source reader): `doc` opens that plan at the top; `doc` and `target`
 * open it with the target's quote highlighted and scrolled into view; `target` alone opens the target's plan;
 * neither opens the first plan of the filtered cities.
 * View params of `departments`: `department` (a department as the plan writes it, or `none` for records that
 * name no lead department) with `department_city` (a `city_id`) lists the records of that matrix cell.
 */

import { DOMAINS, type Domain } from '../extract/types.ts';
import { parseLang, type Lang } from '../i18n/lang.ts';

/** Every view the dashboard has or plans; only those in the route registry are shown and reachable. */
export const VIEW_IDS = [
  'overview',
  'compare',
  'city',
  'indicator',
  'explorer',
  'departments',
  'sql',
  'outcomes',
  'attainment',
  'planner',
  'check',
  'plans',
  'methodology',
] as const;

/** The id of a view, as written in `?view=`. */
export type ViewId = (typeof VIEW_IDS)[number];

/** The view shown when the URL names none. */
export const HOME_VIEW: ViewId = 'overview';

/** The global filters, applied by every view. Empty lists and null years mean "no restriction". */
export interface Filters {
  /** `city_id`s, sorted. */
  cities: readonly string[];
  /** Domains, in {@link DOMAINS} order. */
  domains: readonly Domain[];
  /** First target year, inclusive. */
  yearFrom: number | null;
  /** Last target year, inclusive. */
  yearTo: number | null;
}

/** Filters that restrict nothing. */
export const NO_FILTERS: Filters = { cities: [], domains: [], yearFrom: null, yearTo: null };

/** Everything the URL says: the view, the language, the global filters and the view's own parameters. */
export interface AppLocation {
  view: ViewId;
  /** Null when the URL does not set a language. */
  lang: Lang | null;
  filters: Filters;
  /** Parameters that belong to the view (see the scheme above). */
  params: Readonly<Record<string, string>>;
  /** Presentation mode (`present=1`); absent means off. */
  present?: boolean;
  /** The deck, as written in the URL (base64url JSON, `src/lib/deck/deck.ts`); absent means no slides. */
  deck?: string;
}

const GLOBAL_KEYS = new Set(['view', 'lang', 'city', 'domain', 'from', 'to', 'present', 'deck']);
const DECK_TEXT = /^[A-Za-z0-9_-]{1,20000}$/;
const CITY_ID = /^[a-z][a-z0-9_-]{0,63}$/;
const YEAR = /^\d{4}$/;

/** Is this string a view id of the scheme (whether or not the view is built yet)? */
export function isViewId(value: string | null): value is ViewId {
  return (VIEW_IDS as readonly (string | null)[]).includes(value);
}

/** Reads a query string (with or without `?`); values that are not valid are ignored, never guessed at. */
export function parseAppLocation(search: string): AppLocation {
  const query = new URLSearchParams(search);
  const view = query.get('view');
  const params: Record<string, string> = {};
  for (const [key, value] of query) if (!GLOBAL_KEYS.has(key)) params[key] = value;
  return {
    view: isViewId(view) ? view : HOME_VIEW,
    lang: parseLang(query.get('lang')),
    filters: parseFilters(query),
    params,
    ...(query.get('present') === '1' ? { present: true } : {}),
    ...readDeck(query.get('deck')),
  };
}

function readDeck(value: string | null): { deck?: string } {
  return value !== null && DECK_TEXT.test(value) ? { deck: value } : {};
}

/** Filters already in normal form (from parseFilters or normaliseFilters), so they are not checked again. */
const normalised = new WeakSet<Filters>();

/** Reads the global filters from a query string, normalised so one set of filters has one URL. */
export function parseFilters(query: URLSearchParams): Filters {
  return toNormalFilters(
    splitList(query.get('city')),
    splitList(query.get('domain')),
    parseYear(query.get('from')),
    parseYear(query.get('to')),
  );
}

/**
 * The one normal form of a set of filters, from the URL or from code: valid city ids only, sorted and
 * de-duplicated; known domains in {@link DOMAINS} order; a reversed year range put right.
 */
function toNormalFilters(
  cityIds: readonly string[],
  domainNames: readonly string[],
  yearFrom: number | null,
  yearTo: number | null,
): Filters {
  const cities = cityIds.filter((id) => CITY_ID.test(id));
  const domainSet = new Set(domainNames);
  if (yearFrom !== null && yearTo !== null && yearFrom > yearTo) [yearFrom, yearTo] = [yearTo, yearFrom];
  const filters: Filters = {
    cities: [...new Set(cities)].sort(),
    domains: DOMAINS.filter((d) => domainSet.has(d)),
    yearFrom,
    yearTo,
  };
  normalised.add(filters);
  return filters;
}

function splitList(value: string | null): string[] {
  return value === null ? [] : value.split(',').filter((item) => item !== '');
}

function parseYear(value: string | null): number | null {
  return value !== null && YEAR.test(value) ? Number(value) : null;
}

/** Writes a location as a query string in a fixed key order, leaving out what is unset. */
export function buildSearch(location: AppLocation): string {
  // Built by hand rather than with URLSearchParams: every link on the page is rebuilt on each filter change.
  // The global values are ids, domains and years that need no escaping once normalised.
  const { cities, domains, yearFrom, yearTo } = normaliseFilters(location.filters);
  let search = `?view=${location.view}`;
  if (location.lang !== null) search += `&lang=${location.lang}`;
  if (cities.length > 0) search += `&city=${cities.join(',')}`;
  if (domains.length > 0) search += `&domain=${domains.join(',')}`;
  if (yearFrom !== null) search += `&from=${yearFrom}`;
  if (yearTo !== null) search += `&to=${yearTo}`;
  if (location.present === true) search += '&present=1';
  // base64url needs no escaping.
  if (location.deck !== undefined && DECK_TEXT.test(location.deck)) search += `&deck=${location.deck}`;
  const keys = Object.keys(location.params).filter((key) => !GLOBAL_KEYS.has(key));
  if (keys.length === 0) return search;
  const query = new URLSearchParams();
  for (const key of keys.sort()) query.set(key, location.params[key] as string);
  // Commas in id lists read better unescaped, and are legal in a query string.
  return `${search}&${query.toString().replaceAll('%2C', ',')}`;
}

function normaliseFilters(filters: Filters): Filters {
  if (normalised.has(filters)) return filters;
  return toNormalFilters(
    filters.cities,
    filters.domains,
    checkYear(filters.yearFrom),
    checkYear(filters.yearTo),
  );
}

function checkYear(value: number | null): number | null {
  return value !== null && Number.isInteger(value) && value >= 1000 && value <= 9999 ? value : null;
}

/** What a link or a navigation changes; unspecified parts are kept, except view params when the view changes. */
export interface LocationPatch {
  view?: ViewId;
  lang?: Lang | null;
  filters?: Partial<Filters>;
  /** Replaces the view's parameters. */
  params?: Readonly<Record<string, string>>;
  /** Turns presentation mode on or off; unspecified keeps it as it is. */
  present?: boolean;
  /** Replaces the deck (`null` empties it); unspecified keeps it as it is. */
  deck?: string | null;
}

/** Applies a patch to a location: a different view starts without the previous view's parameters. */
export function calcNextLocation(current: AppLocation, patch: LocationPatch): AppLocation {
  const view = patch.view ?? current.view;
  return {
    view,
    lang: patch.lang === undefined ? current.lang : patch.lang,
    // Keep the same object when filters do not change, so queries that depend on them do not rerun.
    filters:
      patch.filters === undefined
        ? current.filters
        : normaliseFilters({ ...current.filters, ...patch.filters }),
    params: patch.params ?? (view === current.view ? current.params : {}),
    ...((patch.present ?? current.present) === true ? { present: true } : {}),
    ...readDeck(patch.deck === undefined ? (current.deck ?? null) : patch.deck),
  };
}

/** Does a record with this target year pass the year range? Records without a year pass only an open range. */
export function isInYearRange(targetYear: number | null, filters: Filters): boolean {
  if (filters.yearFrom === null && filters.yearTo === null) return true;
  if (targetYear === null) return false;
  return (
    (filters.yearFrom === null || targetYear >= filters.yearFrom) &&
    (filters.yearTo === null || targetYear <= filters.yearTo)
  );
}

/** Are any global filters set? */
export function isFiltered(filters: Filters): boolean {
  return (
    filters.cities.length > 0 ||
    filters.domains.length > 0 ||
    filters.yearFrom !== null ||
    filters.yearTo !== null
  );
}
