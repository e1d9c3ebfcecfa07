/**
 * The fast path for feed dates: RFC 3339 / ISO 8601 (what JSON Feed, WordPress and normalized feeds
 * carry), also without seconds, zone (taken as UTC) or `T`. The other forms (RFC 822, `26.12.2024
 * 12:51`…) are in dates.ts, which loads only when a feed needs it.
 */

const ISO =
  /^(\d{4})-(\d\d?)-(\d\d?)(?:(?:T|\s+)(\d\d?):(\d\d)(?::(\d\d)(?:[.,](\d+))?)?)?\s*(Z|[+-]\d\d(?::?\d\d)?|UTC?|GMT)?(?![\d:])/i;

/** Minutes east of UTC for `+03:00`, `-0500`, `+03`; 0 for anything else (`Z`, `GMT`, none). */
export function numericOffset(zone: string | undefined): number {
  const m = /^([+-])(\d\d):?(\d\d)?$/.exec(zone ?? '');
  return m ? (m[1] === '-' ? -1 : 1) * (+m[2]! * 60 + +(m[3] ?? 0)) : 0;
}

/** The ISO string of a date's parts (`offset` in minutes east of UTC); undefined for an impossible date. */
export function build(y: number, mo: number, d: number, h = 0, mi = 0, s = 0, ms = 0, offset = 0): string | undefined {
  const t = Date.UTC(y, mo - 1, d, h, mi, Math.min(s, 59), ms) - offset * 60_000;
  // Reject what Date.UTC would silently roll over: 31 Feb, 25:00, month 13.
  if (mo < 1 || mo > 12 || d < 1 || d !== new Date(Date.UTC(y, mo - 1, d)).getUTCDate() || h > 24 || mi > 59) {
    return undefined;
  }
  return y < 1000 || y > 9998 ? undefined : new Date(t).toISOString().replace('.000Z', 'Z');
}

export const num = (s: string | undefined): number | undefined => (s === undefined ? undefined : +s);

/** An ISO 8601 UTC string for an RFC 3339-like date; undefined when it is not one (or not a real date). */
export function parseIsoDate(value: unknown): string | undefined {
  const m = typeof value === 'string' ? ISO.exec(value.trim()) : null;
  if (!m) return undefined;
  const ms = m[7] ? Math.round(+`0.${m[7]}` * 1000) : 0;
  return build(+m[1]!, +m[2]!, +m[3]!, num(m[4]), num(m[5]), num(m[6]), ms, numericOffset(m[8]));
}
