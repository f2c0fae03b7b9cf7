/** The two interface languages, and how a language is chosen when the URL does not say. */

/** An interface language: Simplified Chinese or English. */
export type Lang = 'zh' | 'en';

/** Both languages, in the order the switch shows them. */
export const LANGS: readonly Lang[] = ['zh', 'en'];

/** Reads a language code from the URL or storage; anything else is null. */
export function parseLang(value: string | null | undefined): Lang | null {
  return value === 'zh' || value === 'en' ? value : null;
}

/** Picks the language for a first visit from the browser's preferences: Chinese for any `zh*`, else English. */
export function calcPreferredLang(languages: readonly string[]): Lang {
  const first = languages.find((l) => /^(zh|en)\b/i.test(l));
  return first !== undefined && /^zh/i.test(first) ? 'zh' : 'en';
}

/** The BCP 47 locale used for number and date formatting in each language. */
export const LOCALES: Readonly<Record<Lang, string>> = { zh: 'zh-CN', en: 'en-GB' };

/** Chooses between a Chinese and an English name, falling back to the other when one is missing. */
export function pickName(lang: Lang, zh: string | null | undefined, en: string | null | undefined): string {
  const [first, second] = lang === 'zh' ? [zh, en] : [en, zh];
  return first || second || '';
}
