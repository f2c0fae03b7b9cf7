/** The URL as reactive state: views read `location`, and change it only through `navigate` or links. */

import {
  buildSearch,
  calcNextLocation,
  parseAppLocation,
  type AppLocation,
  type LocationPatch,
} from './url.ts';

/** Options for {@link UrlState.navigate}. */
export interface NavigateOptions {
  /** Replace the current history entry instead of adding one (for changes back/forward should skip). */
  replace?: boolean;
}

/** Holds the parsed URL, writes changes to history, and follows back/forward. */
export class UrlState {
  /** What the URL says now. */
  location = $state.raw<AppLocation>(parseAppLocation(window.location.search));

  constructor() {
    window.addEventListener('popstate', () => {
      this.location = parseAppLocation(window.location.search);
    });
  }

  /** The link for a change of view, filters or language, relative to the current page. */
  href(patch: LocationPatch): string {
    return buildSearch(calcNextLocation(this.location, patch));
  }

  /** Applies a change: writes the new URL to history and updates `location`. */
  navigate(patch: LocationPatch, options: NavigateOptions = {}): void {
    const next = calcNextLocation(this.location, patch);
    const search = buildSearch(next);
    if (search !== window.location.search) {
      if (options.replace) window.history.replaceState(null, '', search);
      else window.history.pushState(null, '', search);
    }
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
    window.history.pushState(null, '', anchor.search);
    this.location = parseAppLocation(anchor.search);
  };
}
