/** What a link may point to. */
export const LINK = ['http:', 'https:', 'mailto:'];
/** What may be fetched or cited: images, players, quotations. */
export const WEB = ['http:', 'https:'];

/**
 * `value` resolved against `base` when its scheme is one of `schemes`; undefined otherwise. The URL
 * parser does what a browser does with the attribute: strips leading/trailing controls and spaces
 * and removes tabs and newlines inside (`java\tscript:`), so obfuscated schemes are seen as they are.
 */
export function resolveUrl(value: string | null, base: string, schemes: string[]): string | undefined {
  if (value === null) return undefined;
  try {
    const url = new URL(value, base);
    return schemes.includes(url.protocol) ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** A width (`640w`) or pixel density (`2x`, `1.5x`) descriptor, or none. */
const DESCRIPTOR = /^(?:\d{1,5}w|\d{1,2}(?:\.\d{1,3})?x)?$/;

/**
 * A `srcset` with each candidate through the http(s) policy: candidates with another scheme or a
 * descriptor that is not a width or a density are dropped; undefined when none is left. Split the
 * way the HTML standard's parser splits it (a URL runs to the next whitespace and may hold commas;
 * commas at its end separate candidates), so what we check is what the browser would fetch.
 */
export function checkSrcset(value: string, base: string): string | undefined {
  const kept: string[] = [];
  let rest = value;
  for (;;) {
    rest = rest.replace(/^[\s,]+/, '');
    if (!rest) break;
    let url = /^\S+/.exec(rest)![0];
    rest = rest.slice(url.length);
    let descriptor = '';
    if (/,$/.test(url)) url = url.replace(/,+$/, '');
    else {
      descriptor = /^[^,]*/.exec(rest)![0];
      rest = rest.slice(descriptor.length);
      descriptor = descriptor.trim();
    }
    const href = resolveUrl(url, base, WEB);
    if (href && DESCRIPTOR.test(descriptor)) kept.push(descriptor ? `${href} ${descriptor}` : href);
  }
  return kept.length ? kept.join(', ') : undefined;
}
