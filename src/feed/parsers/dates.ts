/**
 * Feed dates to ISO 8601 (UTC). Accepts RFC 3339 / ISO 8601 (iso-date.ts), RFC 822 / 1123 (named
 * zones too) and the broken forms feeds really contain: no seconds, no zone (taken as UTC), a space
 * for the `T`, lowercase or long month names, two-digit years, `26.12.2024 12:51`, trailing text.
 * Loaded on demand: by the RSS/Atom reader, and by the others when a date is not RFC 3339.
 */
import { build, num, numericOffset, parseIsoDate } from './iso-date.js';

const MONTHS = 'janfebmaraprmayjunjulaugsepoctnovdec';
/** Hours from UTC of the zone names RFC 822 allows (military letters count as UTC: their sign was never agreed). */
const ZONES: Record<string, number> = { EST: -5, EDT: -4, CST: -6, CDT: -5, MST: -7, MDT: -6, PST: -8, PDT: -7 };

const RFC822 =
  /^(?:[a-z]+\.?,?\s*)?(\d\d?)[\s-]+([a-z]{3})[a-z]*\.?,?[\s-]+(\d{4}|\d\d)(?:,?\s+(\d\d?):(\d\d)(?::(\d\d))?)?\s*([+-]\d\d:?\d\d|[a-z]{1,5})?(?![\d:])/i;
const DOTTED = /^(\d\d?)\.(\d\d?)\.(\d{4})(?:[^\d]{1,5}(\d\d?):(\d\d)(?::(\d\d))?)?(?![\d:])/;

/** An ISO 8601 UTC string for a feed date, or undefined when it cannot be read. */
export function parseDate(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const s = value.trim();
  if (/^\d{4}-/.test(s)) return parseIsoDate(s);
  let m = RFC822.exec(s);
  if (m) {
    const month = MONTHS.indexOf(m[2]!.toLowerCase()) / 3 + 1;
    const year = m[3]!.length === 2 ? +m[3]! + (+m[3]! < 50 ? 2000 : 1900) : +m[3]!;
    const zone = m[7];
    const offset = zone && /^[a-z]/i.test(zone) ? (ZONES[zone.toUpperCase()] ?? 0) * 60 : numericOffset(zone);
    return month % 1 || month < 1 ? undefined : build(year, month, +m[1]!, num(m[4]), num(m[5]), num(m[6]), 0, offset);
  }
  m = DOTTED.exec(s);
  return m ? build(+m[3]!, +m[2]!, +m[1]!, num(m[4]), num(m[5]), num(m[6])) : undefined;
}
