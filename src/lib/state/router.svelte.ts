/** The URL as reactive state: views read `location`, and change it only through `navigate` or links. */

import {
  buildSearch,
  calcNextLocation,
  parseAppLocation,
  type AppLocation,
  type LocationPatch,
} from './url.ts';
import { runWhenIdle } from '../idle.ts';
import { DeferredHistory } from './history.ts';

/** A history entry is written at the latest this long after its change, even on a page that is never idle. */
const HISTORY_TIMEOUT_MS = 200;

/** Options for {@link UrlState.navigate}. */
export interface NavigateOptions {
  /** Replace the current history entry instead of adding one (for changes back/forward should skip). */
  replace?: boolean;
}

/** Holds the parsed URL, writes changes to history, and follows back/forward. */
export class UrlState {
  /** What the URL says now. */
  location = $state.raw<AppLocation>(parseAppLocation(window.location.search));

  // The view follows a change at once; its history entry is written after the frame that shows it.
  readonly #history = new DeferredHistory(window.history, window.location.search, (write) =>
    runWhenIdle(write, HISTORY_TIMEOUT_MS),
  );

  /**
   * Whether history holds an earlier entry of this site, for a Back button. Known only where the browser
   * has the Navigation API; false elsewhere. Set when a change adds its entry, not when the entry is written.
   */
  canGoBack = $state(readCanGoBack());

  constructor() {
    window.addEventListener('popstate', () => {
      this.#history.reset(window.location.search);
      this.location = parseAppLocation(window.location.search);
      this.canGoBack = readCanGoBack();
    });
  }

  /** The link for a change of view, filters or language, relative to the current page. */
  href(patch: LocationPatch): string {
    return buildSearch(calcNextLocation(this.location, patch));
  }

  /** Applies a change: writes the new URL to history and updates `location`. */
  navigate(patch: LocationPatch, options: NavigateOptions = {}): void {
    const next = calcNextLocation(this.location, patch);
    const isPush = options.replace !== true;
    if (this.#history.write(buildSearch(next), !isPush) && isPush) this.canGoBack = hasNavigationApi();
    this.location = next;
  }

  /**
   * Click handler for in-app links (`<a href={url.href(…)} onclick={url.follow}>`): plain clicks navigate
   * without reloading; modified clicks (new tab, download) are left to the browser.
   */
  follow = (event: MouseEvent): void => {
    const anchor = event.currentTarget;
    if (!(anchor instanceof HTMLAnchorElement)) return;
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    if (anchor.origin !== window.location.origin || anchor.pathname !== window.location.pathname) return;
    event.preventDefault();
    if (this.#history.write(anchor.search, false)) this.canGoBack = hasNavigationApi();
    this.location = parseAppLocation(anchor.search);
  };
}

interface NavigationApi {
  canGoBack?: boolean;
}

function getNavigationApi(): NavigationApi | undefined {
  return (window as unknown as { navigation?: NavigationApi }).navigation;
}

function hasNavigationApi(): boolean {
  return getNavigationApi() !== undefined;
}

function readCanGoBack(): boolean {
  return getNavigationApi()?.canGoBack === true;
}
