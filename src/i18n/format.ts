import { canonicalLang } from './language.js';

/**
 * Dates and numbers with Intl, for one resolved language. Every function is total: bad dates,
 * languages, time zones or options fall back to something readable and never throw.
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
const isStyle = (format: unknown): format is Style => STYLES.includes(format as string);
/** A preset: the date in that style, the time short (news dates carry the hour). */
const preset = (style: Style): Intl.DateTimeFormatOptions => ({ dateStyle: style, timeStyle: 'short' });

const HIJRI = 'islamic-umalqura';
const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const cache = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat | Intl.RelativeTimeFormat>();

function cached<T extends Intl.DateTimeFormat | Intl.NumberFormat | Intl.RelativeTimeFormat>(
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

function dateTimeFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
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

/** A Date from an ISO string, epoch milliseconds or a Date; undefined when it is not a real date. */
export function toDate(value: unknown): Date | undefined {
  if (value == null || value === '') return undefined;
  const date = value instanceof Date ? value : new Date(value as string | number);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

function presetOptions(format: string | undefined): Intl.DateTimeFormatOptions {
  if (format && format.trimStart().startsWith('{')) {
    try {
      const parsed: unknown = JSON.parse(format);
      if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) return parsed as Intl.DateTimeFormatOptions;
    } catch {
      /* fall through to the default */
    }
  }
  return preset(isStyle(format) ? format : 'long');
}

/** `26.12.2024 | 12:51` in the locale's digits and calendar (the layout of Arabic news sites). */
function numeric(date: Date, locale: string, timeZone: string | undefined, time = true): string {
  const parts = dateTimeFormat(locale, {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    ...(time && { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }),
    timeZone,
  }).formatToParts(date);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  const day = `${part('day')}.${part('month')}.${part('year')}`;
  return time ? `${day} | ${part('hour')}:${part('minute')}` : day;
}

/**
 * "2 hours ago", "yesterday" (`numeric: 'auto'`) while the date is under a week old (or a little in
 * the future, for clock skew); undefined when it is older, so the caller shows an absolute date.
 */
export function formatRelative(value: unknown, lang: string, options: DateOptions = {}): string | undefined {
  const date = toDate(value);
  if (!date) return undefined;
  const diff = date.getTime() - (options.now ?? Date.now());
  // A little in the future is the publisher's clock running fast: say "now", not "in 3 minutes".
  const abs = diff > 0 && diff < 10 * MINUTE ? 0 : Math.abs(diff);
  if (abs >= 7 * DAY) return undefined;
  const locale = intlLocale(lang, options.numerals);
  const rtf = cached(`r${locale}`, () => new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }));
  if (abs < 45 * SECOND) return rtf.format(0, 'second');
  if (abs < 45 * MINUTE) return rtf.format(Math.round(diff / MINUTE), 'minute');
  if (abs < 22 * HOUR) return rtf.format(Math.round(diff / HOUR), 'hour');
  return rtf.format(Math.round(diff / DAY), 'day');
}

/**
 * The visible text of a date in `lang` (with its region: `ar-SY` writes كانون الأول, `ar-EG` ديسمبر).
 * `calendar: 'both'` appends the Umm al-Qura date: `26 Dec 2024 · 25 Jumada II 1446 AH`.
 * Empty string for a missing or invalid date.
 */
export function formatDate(value: unknown, lang: string, options: DateOptions = {}): string {
  const date = toDate(value);
  if (!date) return '';
  const { format, numerals, calendar, timeZone } = options;
  const both = calendar === 'both';
  const locale = intlLocale(lang, numerals, both ? 'gregory' : calendar);
  const text =
    format === 'numeric'
      ? numeric(date, locale, timeZone)
      : ((format === 'relative' ? formatRelative(date, lang, options) : undefined) ??
        dateTimeFormat(locale, { ...presetOptions(format === 'relative' ? 'long' : format), timeZone }).format(date));
  if (!both) return text;
  const hijri = intlLocale(lang, numerals, HIJRI);
  return `${text} · ${
    format === 'numeric'
      ? numeric(date, hijri, timeZone, false)
      : dateTimeFormat(hijri, {
          dateStyle: isStyle(format) ? format : 'long',
          timeZone,
        }).format(date)
  }`;
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
