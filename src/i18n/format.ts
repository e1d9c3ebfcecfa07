import type * as FormatExtra from './format-extra.js';
import { nextTask } from '../text/tasks.js';
import { canonicalLang } from './language.js';

/**
 * Dates and numbers with Intl, for one resolved language. Every function is total: bad dates,
 * languages, time zones or options fall back to something readable and never throw.
 * The presets (`short` … `full`) in any single calendar are here; relative times, `numeric`, Intl
 * options as JSON and `calendar="both"` are in format-extra.ts, loaded when an element asks for one
 * (`loadDateFormats`): most pages show none of them, and every byte here is on every page.
 */

/** `latn` (0-9), `arab` (٠-٩), or any Intl numbering system; unset: what the locale's region uses. */
export type Numerals = 'latn' | 'arab' | (string & {});

export interface DateOptions {
  /** `relative`, `short`, `medium`, `long` (default), `full`, `numeric` (26.12.2024 | 12:51), or Intl options as JSON. */
  format?: string;
  numerals?: Numerals;
  /** An Intl calendar (`gregory`, `islamic-umalqura`, `persian`…) or `both` (Gregorian · Umm al-Qura). */
  calendar?: string;
  /** IANA zone; default: the reader's. */
  timeZone?: string;
  /** Milliseconds since the epoch to measure relative times from (tests); default `Date.now()`. */
  now?: number;
}

type Style = 'short' | 'medium' | 'long' | 'full';
const STYLES = ['short', 'medium', 'long', 'full'];
export const isStyle = (format: unknown): format is Style => STYLES.includes(format as string);
/** A preset: the date in that style, the time short (news dates carry the hour). */
export const preset = (style: Style): Intl.DateTimeFormatOptions => ({ dateStyle: style, timeStyle: 'short' });

const cache = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat | Intl.RelativeTimeFormat>();

export function cached<T extends Intl.DateTimeFormat | Intl.NumberFormat | Intl.RelativeTimeFormat>(
  key: string,
  make: () => T,
): T {
  let value = cache.get(key) as T | undefined;
  if (!value) cache.set(key, (value = make()));
  return value;
}

/** `intlLocale()`'s answers. */
const locales = new Map<string, string>();

/**
 * A valid Intl locale for `lang` with the numerals and calendar as Unicode extensions
 * (`ar-SY` + `latn` → `ar-SY-u-nu-latn`); `en` when `lang` is not a language tag.
 */
export function intlLocale(lang: string, numerals?: string, calendar?: string): string {
  // Every date and number of every item asks: one Intl.Locale per distinct request, not per call.
  const key = `${lang}\0${numerals ?? ''}\0${calendar ?? ''}`;
  let locale = locales.get(key);
  if (locale === undefined) {
    const tag = canonicalLang(lang) ?? 'en';
    try {
      locale = new Intl.Locale(tag, { numberingSystem: numerals, calendar }).toString();
    } catch {
      locale = tag;
    }
    if (locales.size > 200) locales.clear();
    locales.set(key, locale);
  }
  return locale;
}

export function dateTimeFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return cached(`d${locale}${JSON.stringify(options)}`, () => {
    try {
      return new Intl.DateTimeFormat(locale, options);
    } catch {
      // Conflicting JSON options, then an unknown time zone: keep the locale, drop the rest.
      try {
        return new Intl.DateTimeFormat(locale, { ...preset('long'), timeZone: options.timeZone });
      } catch {
        return new Intl.DateTimeFormat(locale, preset('long'));
      }
    }
  });
}

/**
 * Prepares Intl for the first dates in `lang`, one step per task: Intl's own start-up with the
 * locale's data (the first Intl object of a page costs 20-50 ms here, whatever its kind: a number
 * formatter takes most of it), then the date's formatter (its calendar and time zone), then the
 * title's. Done in one go by the first render that shows a date, that is 25-80 ms of one task (four
 * times that on a mid-range phone); run while the feed and the elements' code are on their way, or
 * before hydration, it is three shorter tasks the host's main thread can interleave with its own.
 * `formatDate` then finds what it needs in its caches; a second element with the same language and
 * options repeats three cheap look-ups.
 */
export async function warmDates(lang: string, options: DateOptions): Promise<void> {
  await nextTask();
  formatNumber(0, lang, options.numerals);
  await nextTask();
  formatDate(0, lang, options);
  await nextTask();
  formatDateTitle(0, lang, options);
}

/** A Date from an ISO string, epoch milliseconds or a Date; undefined when it is not a real date. */
export function toDate(value: unknown): Date | undefined {
  if (value == null || value === '') return undefined;
  const date = value instanceof Date ? value : new Date(value as string | number);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/** What format-extra.ts exports, once loaded. */
let extra: typeof FormatExtra | undefined;
let loading: Promise<void> | undefined;
let failed = false;

/** Whether `options` ask for a format beyond the presets (relative, numeric, Intl options as JSON, `both`). */
export const needsExtra = ({ format, calendar }: Pick<DateOptions, 'format' | 'calendar'>): boolean =>
  calendar === 'both' || format === 'relative' || format === 'numeric' || !!format?.trimStart().startsWith('{');

/** False while the formats `options` need are loading: then `formatDate` would show the `long` preset instead. */
export const dateFormatsReady = (options: Pick<DateOptions, 'format' | 'calendar'>): boolean =>
  !!extra || failed || !needsExtra(options);

/**
 * Loads the formats beyond the presets (format-extra.ts), once. Settles either way: if the chunk
 * cannot load, dates keep the `long` preset.
 */
export const loadDateFormats = (): Promise<void> =>
  (loading ??= import('./format-extra.js').then(
    (module) => void (extra = module),
    () => void (failed = true),
  ));

/** The extra formats when loaded (the relative-time clock lives there). */
export const dateExtra = () => extra;

/**
 * The visible text of a date in `lang` (with its region: `ar-SY` writes كانون الأول, `ar-EG` ديسمبر).
 * `calendar: 'both'` appends the Umm al-Qura date: `26 Dec 2024 · 25 Jumada II 1446 AH`.
 * Empty string for a missing or invalid date. Relative, numeric, JSON and `both` need
 * `loadDateFormats()` first; until then they show the `long` preset.
 */
export function formatDate(value: unknown, lang: string, options: DateOptions = {}): string {
  const date = toDate(value);
  if (!date) return '';
  if (extra) return extra.formatDate(date, lang, options);
  const { format, numerals, calendar, timeZone } = options;
  const locale = intlLocale(lang, numerals, calendar === 'both' ? 'gregory' : calendar);
  return dateTimeFormat(locale, { ...preset(isStyle(format) ? format : 'long'), timeZone }).format(date);
}

/** The absolute date and time for a `title` (hover): the `full` preset in the same calendar and numerals. */
export function formatDateTitle(value: unknown, lang: string, options: DateOptions = {}): string {
  return formatDate(value, lang, { ...options, format: 'full' });
}

/** A number in `lang` with its numerals (`latn`, `arab`, default: the locale's). */
export function formatNumber(
  value: number,
  lang: string,
  numerals?: Numerals,
  options?: Intl.NumberFormatOptions,
): string {
  const locale = intlLocale(lang, numerals);
  try {
    return cached(`n${locale}${JSON.stringify(options ?? {})}`, () => new Intl.NumberFormat(locale, options)).format(
      value,
    );
  } catch {
    return String(value);
  }
}
