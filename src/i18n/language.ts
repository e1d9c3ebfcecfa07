/**
 * Language facts shared by resolution, direction and the UI locale: pure functions, no DOM.
 */
export type Direction = 'ltr' | 'rtl';

/** The locale the UI strings are written in (the source strings): Arabic pages load no locale module. */
export const SOURCE_LOCALE = 'ar';
/** Locales with translated UI strings (xliff/<locale>.xlf, src/generated/locales/<locale>.ts). */
export const TARGET_LOCALES = ['en', 'fa', 'ur', 'he', 'fr'] as const;
/** The UI locale of a language without strings of its own (`de`, `ja`…). */
export const FALLBACK_LOCALE = 'en';
export type UiLocale = typeof SOURCE_LOCALE | (typeof TARGET_LOCALES)[number];

const RTL = /^(ar|fa|ur|he|iw|ps|ckb|yi|ji|dv|sd|ug|syr|arc|nqo|ks|mzn|glk|lrc|bal)$/;

/** `ar_SY`, ` ar-sy ` → `ar-sy`; empty or non-string → `''`. */
export const normalizeLang = (lang: unknown): string =>
  typeof lang === 'string' ? lang.trim().replace(/_/g, '-').toLowerCase() : '';

/** A canonical BCP 47 tag (`ar_sy` → `ar-SY`), or undefined when `lang` is not one. */
export function canonicalLang(lang: unknown): string | undefined {
  try {
    return (typeof lang === 'string' && Intl.getCanonicalLocales(lang.trim().replace(/_/g, '-'))[0]) || undefined;
  } catch {
    return undefined;
  }
}

/** Primary subtag: `ar-SY` → `ar`. */
export const baseLang = (lang: unknown): string => normalizeLang(lang).split('-')[0];

/** Writing direction of a language: RTL for Arabic, Persian, Urdu, Hebrew, Pashto, Sorani, Yiddish… */
export function langDir(lang: unknown): Direction {
  const tag = normalizeLang(lang);
  if (/-arab(-|$)/.test(tag)) return 'rtl';
  if (/-latn(-|$)|-cyrl(-|$)/.test(tag)) return 'ltr';
  return RTL.test(baseLang(tag)) ? 'rtl' : 'ltr';
}

/** The UI locale for a language: `ar-SY` → `ar`, `iw` → `he`, anything without strings → `en`. */
export function uiLocaleFor(lang: unknown): UiLocale {
  const base = baseLang(lang);
  const mapped = base === 'iw' ? 'he' : base;
  return mapped === SOURCE_LOCALE || (TARGET_LOCALES as readonly string[]).includes(mapped)
    ? (mapped as UiLocale)
    : FALLBACK_LOCALE;
}

/**
 * Direction for an item's own text (title, summary): its language's when the item declares one,
 * else `auto` (the first strong character decides), so an English title in an Arabic feed, or an
 * Arabic one in an English feed, lays out on its own terms. Use with `lang=${ifDefined(itemLang(item))}`.
 */
export const itemDir = (item: { language?: string }): Direction | 'auto' =>
  item.language ? langDir(item.language) : 'auto';

/** The item's own language, when it declares one (for its `lang` attribute). */
export const itemLang = (item: { language?: string }): string | undefined => item.language || undefined;
