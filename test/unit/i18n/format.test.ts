import { beforeAll, describe, expect, it } from 'vitest';
import { formatRelative } from '../../../src/i18n/format-extra.js';
import { formatDate, formatDateTitle, formatNumber, intlLocale, loadDateFormats } from '../../../src/i18n/format.js';

// Relative, numeric, JSON and `both` are in a chunk loaded on use: an element loads it first (see
// the i18n browser tests), as the server renderer does.
beforeAll(() => loadDateFormats());

// The seed article: 26.12.2024 | 12:51 in Damascus (UTC+3).
const SEED = '2024-12-26T09:51:00Z';
const tz = 'Asia/Damascus';
const at = (format: string, lang: string, extra: object = {}) =>
  formatDate(SEED, lang, { format, timeZone: tz, ...extra });

describe('formatDate: absolute dates in the locale with its region', () => {
  it('Levantine Arabic (ar-SY, ar-LB) writes the Syriac month names, Egyptian Arabic the transliterated ones', () => {
    expect(at('long', 'ar-SY')).toContain('كانون الأول');
    expect(at('long', 'ar-LB')).toContain('كانون الأول');
    expect(at('long', 'ar-EG')).toContain('ديسمبر');
    expect(at('long', 'ar-EG')).not.toContain('كانون');
  });

  it('formats Persian, Hebrew, French and English in their own words', () => {
    expect(at('long', 'fa')).toContain('دی'); // Persian solar month Dey: fa's default calendar
    expect(at('long', 'fa', { calendar: 'gregory' })).toContain('دسامبر');
    expect(at('long', 'he')).toContain('בדצמבר');
    expect(at('long', 'fr')).toBe('26 décembre 2024 à 12:51');
    expect(at('long', 'en')).toBe('December 26, 2024 at 12:51 PM');
  });

  it('uses the time zone it is given', () => {
    expect(formatDate(SEED, 'en', { format: 'long', timeZone: 'UTC' })).toBe('December 26, 2024 at 9:51 AM');
  });

  it('short, medium and full presets differ and keep the time', () => {
    expect(at('short', 'en')).toBe('12/26/24, 12:51 PM');
    expect(at('medium', 'en')).toBe('Dec 26, 2024, 12:51 PM');
    expect(at('full', 'en')).toBe('Thursday, December 26, 2024 at 12:51 PM');
    expect(at('full', 'ar-SY')).toContain('الخميس');
  });

  it('numeric is exactly the seed page layout in Latin digits', () => {
    expect(at('numeric', 'ar-SY', { numerals: 'latn' })).toBe('26.12.2024 | 12:51');
    expect(at('numeric', 'en')).toBe('26.12.2024 | 12:51');
    expect(at('numeric', 'ar-SY', { numerals: 'arab' })).toBe('٢٦.١٢.٢٠٢٤ | ١٢:٥١');
  });

  it('numerals: the region default, overridable with latn or arab', () => {
    expect(at('long', 'ar-SY')).toContain('٢٦');
    expect(at('long', 'ar-SY', { numerals: 'latn' })).toBe('26 كانون الأول 2024 في 12:51 م');
    expect(at('long', 'fr', { numerals: 'arab' })).toContain('٢٦');
    expect(at('long', 'fa')).toContain('۱۴۰۳'); // Persian (extended Arabic-Indic) digits
  });

  it('Hijri (Umm al-Qura) alone, and both beside Gregorian', () => {
    expect(at('long', 'ar-SY', { calendar: 'islamic-umalqura' })).toContain('جمادى الآخرة ١٤٤٦');
    expect(at('medium', 'en', { calendar: 'both' })).toBe('Dec 26, 2024, 12:51 PM · Jum. II 25, 1446 AH');
    const both = at('long', 'ar-SY', { calendar: 'both', numerals: 'latn' });
    expect(both).toBe('26 كانون الأول 2024 في 12:51 م · 25 جمادى الآخرة 1446 هـ');
    expect(at('numeric', 'ar', { calendar: 'both', numerals: 'latn' })).toBe('26.12.2024 | 12:51 · 25.06.1446');
  });

  it('accepts Intl options as JSON', () => {
    expect(at('{"month":"long","day":"numeric"}', 'ar-SY', { numerals: 'latn' })).toBe('26 كانون الأول');
    expect(at('{"weekday":"long"}', 'fr')).toBe('jeudi');
  });

  it('never throws: bad dates, tags, zones, presets and JSON fall back to something readable', () => {
    expect(formatDate('not a date', 'ar')).toBe('');
    expect(formatDate(undefined, 'ar')).toBe('');
    const long = 'December 26, 2024 at 12:51 PM';
    expect(at('medium', 'not a language!')).toBe('Dec 26, 2024, 12:51 PM');
    expect(at('nonsense', 'en')).toBe(long);
    expect(at('{broken json', 'en')).toBe(long);
    expect(at('{"dateStyle":"long","month":"long"}', 'en')).toBe(long);
    expect(formatDate(SEED, 'en', { timeZone: tz })).toBe(long);
    expect(formatDate(SEED, 'en', { format: 'long', timeZone: 'Not/AZone' })).toMatch(/^December 26, 2024/);
  });

  it('formatDateTitle gives the full date and time for hover', () => {
    expect(formatDateTitle(SEED, 'ar-EG', { timeZone: tz, numerals: 'latn' })).toBe(
      'الخميس، 26 ديسمبر 2024 في 12:51 م',
    );
  });
});

describe('formatRelative', () => {
  const now = Date.parse(SEED);
  const ago = (ms: number, lang = 'ar', numerals?: string) => formatRelative(now - ms, lang, { now, numerals });
  const MIN = 60_000;
  const HOUR = 60 * MIN;

  it('says now, minutes, hours, yesterday and days in Arabic', () => {
    expect(ago(10_000)).toBe('الآن');
    expect(ago(5 * MIN, 'ar', 'latn')).toBe('قبل 5 دقائق');
    expect(ago(2 * HOUR)).toBe('قبل ساعتين');
    expect(ago(26 * HOUR)).toBe('أمس');
    expect(ago(3 * 24 * HOUR, 'ar-SY')).toBe('قبل ٣ أيام');
  });

  it('speaks other languages', () => {
    expect(ago(2 * HOUR, 'en')).toBe('2 hours ago');
    expect(ago(26 * HOUR, 'fr')).toBe('hier');
    expect(ago(26 * HOUR, 'he')).toBe('אתמול');
  });

  it('gives up after a week (the caller shows the date) and treats a slightly future date as now', () => {
    expect(ago(8 * 24 * HOUR)).toBeUndefined();
    expect(ago(-3 * MIN, 'en')).toBe('now');
    expect(formatRelative('garbage', 'en', { now })).toBeUndefined();
  });

  it('the relative preset falls back to the long date for old items', () => {
    expect(formatDate(now - 2 * HOUR, 'en', { format: 'relative', now })).toBe('2 hours ago');
    expect(formatDate(SEED, 'en', { format: 'relative', now: now + 30 * 24 * HOUR, timeZone: tz })).toBe(
      'December 26, 2024 at 12:51 PM',
    );
  });
});

describe('formatNumber and intlLocale', () => {
  it('uses the locale digits unless numerals says otherwise', () => {
    expect(formatNumber(1234.5, 'ar-SY')).toBe('١٬٢٣٤٫٥');
    expect(formatNumber(1234.5, 'ar-SY', 'latn')).toBe('1,234.5');
    expect(formatNumber(12, 'fa')).toBe('۱۲');
    expect(formatNumber(12, 'en', 'arab')).toBe('١٢');
    expect(formatNumber(12, '%%%')).toBe('12');
  });

  it('builds Unicode extension locales and survives garbage', () => {
    expect(intlLocale('ar_SY', 'latn', 'islamic-umalqura')).toBe('ar-SY-u-ca-islamic-umalqura-nu-latn');
    expect(intlLocale('??', 'arab')).toBe('en-u-nu-arab');
  });
});
