/**
 * Feed dates to ISO 8601 (UTC). Accepts RFC 3339 / ISO 8601, RFC 822 / 1123 (named zones too) and
 * the broken forms feeds really contain: no seconds, no zone (taken as UTC), a space for the `T`,
 * lowercase or long month names, two-digit years, `26.12.2024 12:51`, trailing text.
 */

const MONTHS = 'janfebmaraprmayjunjulaugsepoctnovdec';
/** Hours from UTC of the zone names RFC 822 allows (military letters count as UTC: their sign was never agreed). */
const ZONES: Record<string, number> = { EST: -5, EDT: -4, CST: -6, CDT: -5, MST: -7, MDT: -6, PST: -8, PDT: -7 };

const ISO =
  /^(\d{4})-(\d\d?)-(\d\d?)(?:(?:T|\s+)(\d\d?):(\d\d)(?::(\d\d)(?:[.,](\d+))?)?)?\s*(Z|[+-]\d\d(?::?\d\d)?|UTC?|GMT)?(?![\d:])/i;
const RFC822 =
  /^(?:[a-z]+\.?,?\s*)?(\d\d?)[\s-]+([a-z]{3})[a-z]*\.?,?[\s-]+(\d{4}|\d\d)(?:,?\s+(\d\d?):(\d\d)(?::(\d\d))?)?\s*([+-]\d\d:?\d\d|[a-z]{1,5})?(?![\d:])/i;
const DOTTED = /^(\d\d?)\.(\d\d?)\.(\d{4})(?:[^\d]{1,5}(\d\d?):(\d\d)(?::(\d\d))?)?(?![\d:])/;

/** Minutes east of UTC for `+03:00`, `-0500`, `+03`, `Z`, `GMT`, `EST`…; 0 for no zone. */
function offset(zone: string | undefined): number {
  if (!zone) return 0;
  const m = /^([+-])(\d\d):?(\d\d)?$/.exec(zone);
  if (m) return (m[1] === '-' ? -1 : 1) * (+m[2]! * 60 + +(m[3] ?? 0));
  return (ZONES[zone.toUpperCase()] ?? 0) * 60;
}

function build(y: number, mo: number, d: number, h = 0, mi = 0, s = 0, ms = 0, zone?: string): string | undefined {
  const t = Date.UTC(y, mo - 1, d, h, mi, Math.min(s, 59), ms) - offset(zone) * 60_000;
  // Reject what Date.UTC would silently roll over: 31 Feb, 25:00, month 13.
  if (mo < 1 || mo > 12 || d < 1 || d !== new Date(Date.UTC(y, mo - 1, d)).getUTCDate() || h > 24 || mi > 59) {
    return undefined;
  }
  return y < 1000 || y > 9998 ? undefined : new Date(t).toISOString().replace('.000Z', 'Z');
}

const num = (s: string | undefined) => (s === undefined ? undefined : +s);

/** An ISO 8601 UTC string for a feed date, or undefined when it cannot be read. */
export function parseDate(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const s = value.trim();
  let m = ISO.exec(s);
  if (m) {
    const ms = m[7] ? Math.round(+`0.${m[7]}` * 1000) : 0;
    return build(+m[1]!, +m[2]!, +m[3]!, num(m[4]), num(m[5]), num(m[6]), ms, m[8]);
  }
  m = RFC822.exec(s);
  if (m) {
    const month = MONTHS.indexOf(m[2]!.toLowerCase()) / 3 + 1;
    const year = m[3]!.length === 2 ? +m[3]! + (+m[3]! < 50 ? 2000 : 1900) : +m[3]!;
    return month % 1 || month < 1 ? undefined : build(year, month, +m[1]!, num(m[4]), num(m[5]), num(m[6]), 0, m[7]);
  }
  m = DOTTED.exec(s);
  if (m) return build(+m[3]!, +m[2]!, +m[1]!, num(m[4]), num(m[5]), num(m[6]));
  return undefined;
}
