import { configureLocalization } from '@lit/localize';
import { isServer } from 'lit';
import { warnOnce } from '../page-registry.js';
import { FALLBACK_LOCALE, SOURCE_LOCALE, TARGET_LOCALES, uiLocaleFor, type UiLocale } from './language.js';

/**
 * The page-wide UI locale of the elements' strings (@lit/localize, runtime mode).
 *
 * Policy: an explicit `setLocale()` wins; otherwise the locale follows the resolved language of the
 * first connected element (`followLanguage`, called by I18nController). The strings are written in
 * Arabic (the source locale); a language without strings of its own gets English. @lit/localize is
 * configured lazily, on the first switch away from Arabic, so an Arabic page loads no locale module,
 * and once only: a second `configureLocalization` throws (for instance when the host app configured
 * the same module instance itself), in which case the elements keep their Arabic strings and warn once.
 */
type Runtime = ReturnType<typeof configureLocalization>;

// One lazy chunk per locale. Static specifiers (not a template literal) so every bundler and
// tsc's `.js` → `.ts` mapping resolve them.
export const chunks = {
  en: () => import('../generated/locales/en.js'),
  fa: () => import('../generated/locales/fa.js'),
  ur: () => import('../generated/locales/ur.js'),
  he: () => import('../generated/locales/he.js'),
  fr: () => import('../generated/locales/fr.js'),
};

let runtime: Runtime | null | undefined;
let explicit: UiLocale | undefined;
let followed: UiLocale = SOURCE_LOCALE;
let wanted: UiLocale = SOURCE_LOCALE;
let failed: UiLocale | undefined;

/** Called when a locale load fails (@lit/localize re-renders its hosts only on success). */
export const localeFailed = new Set<() => void>();

function configured(): Runtime | null {
  // The server renderer (src/ssr/) configures @lit/localize its own, reentrant way.
  if (isServer) return null;
  if (runtime === undefined) {
    try {
      runtime = configureLocalization({
        sourceLocale: SOURCE_LOCALE,
        targetLocales: TARGET_LOCALES,
        loadLocale: (locale) => chunks[locale as Exclude<UiLocale, typeof SOURCE_LOCALE>](),
      });
    } catch {
      runtime = null;
      warnOnce('@lit/localize is already configured on this page; interface strings stay in Arabic.');
    }
  }
  return runtime;
}

let settled: Promise<void> = Promise.resolve();

function apply(locale: UiLocale): Promise<void> {
  wanted = locale;
  if (!runtime && locale === SOURCE_LOCALE) return Promise.resolve();
  const lit = configured();
  if (!lit) return Promise.resolve();
  return (settled = (async () => {
    try {
      await lit.setLocale(locale);
    } catch {
      // The locale chunk failed to load: keep the strings shown now, English rather than the
      // Arabic source (as for a language without strings), Arabic if English fails too.
      if (wanted !== locale) return;
      warnOnce(`could not load the "${locale}" interface strings.`);
      if (locale !== FALLBACK_LOCALE && lit.getLocale() === SOURCE_LOCALE)
        await lit.setLocale(FALLBACK_LOCALE).catch(() => {});
      if (wanted !== locale) return;
      failed = locale;
      localeFailed.forEach((rerender) => rerender());
    }
  })());
}

/**
 * Sets the UI language of every element on the page (`ar`, `ar-SY`, `fa`, `ur`, `he`, `fr`, `en`;
 * others fall back to `en`). Overrides the language the elements resolved. `setLocale('auto')` goes
 * back to following the elements. Resolves when the strings are loaded and elements re-render.
 */
export function setLocale(locale: string): Promise<void> {
  explicit = locale === 'auto' ? undefined : uiLocaleFor(locale);
  return apply(explicit ?? followed);
}

/** The UI locale shown now (`ar`, the source, until another one has loaded). */
export function getLocale(): string {
  return runtime ? runtime.getLocale() : SOURCE_LOCALE;
}

/** The UI locale the page asked for (explicit, else followed), which may still be loading. */
export const requestedLocale = (): UiLocale => explicit ?? wanted;

/**
 * False while the interface strings the page asked for are still loading. Elements keep their
 * skeleton meanwhile, so a reader never sees "Breaking" turn into "عاجل" (and the layout move with it).
 */
export function localeReady(): boolean {
  const want = requestedLocale();
  return runtime === null || getLocale() === want || failed === want;
}

/** Resolves when the latest locale load has finished, loaded or failed. */
export const localeSettled = (): Promise<void> => settled;

/** Called with the first element's resolved language; ignored while an explicit locale is set. */
export function followLanguage(lang: string): void {
  followed = uiLocaleFor(lang);
  if (!explicit && followed !== wanted) void apply(followed);
}
