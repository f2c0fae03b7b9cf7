/** The interface language: from the URL, else this browser's last choice, else the browser's preference. */

import { createFormatters, type Formatters } from '../i18n/format.ts';
import { calcPreferredLang, parseLang, type Lang } from '../i18n/lang.ts';
import type { UrlState } from './router.svelte.ts';

const STORAGE_KEY = 'cqt.lang';

function readStoredLang(): Lang | null {
  try {
    return parseLang(window.localStorage.getItem(STORAGE_KEY));
  } catch {
    // Storage can be disabled by policy on managed machines; the URL still carries the language.
    return null;
  }
}

/** The current language and its number formatters; switching writes the URL and remembers the choice. */
export class LocaleState {
  #url: UrlState;
  #fallback: Lang = readStoredLang() ?? calcPreferredLang(navigator.languages);

  /** The language in force. */
  lang = $derived.by((): Lang => this.#url.location.lang ?? this.#fallback);

  /** Number, percent and year formatters for the language. */
  format = $derived.by((): Formatters => createFormatters(this.lang));

  constructor(url: UrlState) {
    this.#url = url;
    // Make the language explicit in the URL so a copied link opens in the same language.
    if (url.location.lang === null) url.navigate({ lang: this.#fallback }, { replace: true });
  }

  /** Switches the language; replaces the history entry, so a language switch adds no step to back/forward. */
  set(lang: Lang): void {
    try {
      window.localStorage.setItem(STORAGE_KEY, lang);
    } catch {
      // See readStoredLang.
    }
    this.#url.navigate({ lang }, { replace: true });
  }
}
