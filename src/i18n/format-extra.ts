import type { ReactiveControllerHost } from 'lit';
import { cached, dateTimeFormat, intlLocale, isStyle, preset, toDate, type DateOptions } from './format.js';

/**
 * The date formats beyond the presets: relative times ("5 minutes ago") and the page-wide clock that
 * keeps them current, `numeric` (26.12.2024 | 12:51), Intl options as JSON and `calendar="both"`.
 * A chunk of its own in the script-tag bundle, loaded when an element asks for one of them
 * (`loadDateFormats` in format.ts): a page that shows none of them never downloads it.
 */

const HIJRI = 'islamic-umalqura';
const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

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

/**
 * The one page-wide timer that refreshes relative times: runs while at least one element shows a
 * relative time (`tick(host, true)` after each of its updates) and the page is visible.
 */
const ticking = new Set<ReactiveControllerHost>();
let timer: ReturnType<typeof setInterval> | undefined;
let listening = false;
let every = 60_000;

/** True while the shared relative-time timer runs. */
export const clockRunning = (): boolean => timer !== undefined;

/** Whether `host` shows a relative time now; `interval`: milliseconds between refreshes. */
export function tick(host: ReactiveControllerHost, on: boolean, interval = every): void {
  if (on) ticking.add(host);
  else ticking.delete(host);
  every = interval;
  schedule();
}

function schedule(): void {
  const run = ticking.size > 0 && !document.hidden;
  if (run && timer === undefined) timer = setInterval(() => ticking.forEach((host) => host.requestUpdate()), every);
  if (!run && timer !== undefined) timer = void clearInterval(timer);
  if (run && !listening) {
    listening = true;
    document.addEventListener('visibilitychange', () => {
      // Back on the page: show the right age at once, then keep ticking.
      if (!document.hidden) ticking.forEach((host) => host.requestUpdate());
      schedule();
    });
  }
}
