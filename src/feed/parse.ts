import { FeedError, isFeedError, type FeedErrorKind } from './errors.js';
import type { NewsFeed, ParseDiagnostic } from './model.js';
import { decode } from './parsers/decode.js';
import { detectValue, sniffText } from './parsers/detect.js';
import { loadLenient, type Context } from './parsers/item.js';
import { parseJsonFeed } from './parsers/json-feed.js';
import { httpUrl, str, why } from './parsers/text.js';

export interface ParseOptions {
  /** The document's URL: relative links resolve against it. */
  url?: string;
  /** The response's Content-Type, used to detect the format and the text encoding. */
  contentType?: string;
}

export type ParseResult =
  | { ok: true; feed: NewsFeed; diagnostics: ParseDiagnostic[] }
  | { ok: false; error: FeedError; diagnostics: ParseDiagnostic[] };

const fail = (kind: FeedErrorKind, message: string, url?: string): never => {
  throw new FeedError(kind, message, { url });
};

const fullDates = async (ctx: Context) => {
  ctx.date = (await import('./parsers/dates.js')).parseDate;
};

async function parse(input: unknown, options: ParseOptions, ctx: Context): Promise<NewsFeed> {
  const url = str(options.url);
  const contentType = str(options.contentType)?.toLowerCase() ?? '';
  let value = input;
  if (ArrayBuffer.isView(value)) {
    value = decode(new Uint8Array(value.buffer, value.byteOffset, value.byteLength), contentType);
  } else if (Object.prototype.toString.call(value) === '[object ArrayBuffer]') {
    value = decode(new Uint8Array(value as ArrayBuffer), contentType);
  }
  if (typeof value === 'string') {
    const text = value.replace(/^\ufeff/, '');
    const kind = sniffText(text);
    if (kind === 'html') fail('unsupported', 'the document is an HTML page, not a feed', url);
    if (kind === 'xml') {
      // RSS items often have no guid: the lenient reader comes along.
      const [xml] = await Promise.all([import('./parsers/xml-feed.js'), fullDates(ctx), loadLenient()]);
      return xml.parseXmlFeed(text, ctx);
    }
    if (kind !== 'json') {
      fail(/json|xml|rss|atom/.test(contentType) ? 'parse' : 'unsupported', 'the document is not a feed', url);
    }
    try {
      value = JSON.parse(text);
    } catch {
      fail('parse', 'the document is not valid JSON', url);
    }
  } else if (value === null || typeof value !== 'object') {
    fail('invalid-input', `cannot read a feed from ${value === null ? 'null' : typeof value}`, url);
  }
  return read(value, url, ctx);
}

/**
 * Reads a JSON value; once more with the full date reader when a date was not RFC 3339, and with the
 * lenient reader (lenient.ts) when an item had no id or no title.
 */
async function read(value: unknown, url: string | undefined, ctx: Context): Promise<NewsFeed> {
  switch (detectValue(value)) {
    case 'normalized':
      return (await import('./parsers/normalized.js')).checkNormalized(value as Record<string, unknown>, ctx);
    case 'json-feed': {
      const feed = parseJsonFeed(value as Record<string, unknown>, ctx);
      const dates = ctx.reread && !ctx.date;
      if (!dates && !ctx.relax) return feed;
      ctx.diagnostics.length = 0;
      await Promise.all([dates && fullDates(ctx), ctx.relax && loadLenient()]);
      return parseJsonFeed(value as Record<string, unknown>, ctx);
    }
    case 'wordpress':
    case 'wordpress-post': {
      const [wp] = await Promise.all([import('./parsers/wordpress.js'), fullDates(ctx), loadLenient()]);
      return wp.parseWordPress(Array.isArray(value) ? value : [value], ctx);
    }
  }
  return fail('unsupported', 'the JSON is not a JSON Feed or WordPress posts', url);
}

/**
 * Parses a feed document into the normalized model: JSON Feed 1.0/1.1, RSS 2.0 (and 1.0), Atom 1.0,
 * WordPress REST posts, or an already-normalized feed (checked lightly). `input` may be text, bytes
 * (decoded by charset, BOM or the document's declaration), a parsed JSON value or a NewsFeed.
 * The format comes from the content (Content-Type only decides how to report garbage). The RSS/Atom,
 * WordPress and normalized-feed readers and the non-RFC 3339 date forms load on demand, so a JSON
 * Feed page with well-formed dates downloads none of them.
 * Never rejects: problems come back as `{ok: false, error}`, skipped parts as `diagnostics`.
 */
export async function parseFeed(input: unknown, options?: ParseOptions): Promise<ParseResult> {
  const diagnostics: ParseDiagnostic[] = [];
  let url: string | undefined;
  try {
    url = str(options?.url);
    const page = typeof document === 'object' ? document.baseURI : undefined;
    const feed = await parse(input, options ?? {}, { url, base: httpUrl(url, page), diagnostics });
    return { ok: true, feed, diagnostics };
  } catch (cause) {
    const error = isFeedError(cause)
      ? cause
      : new FeedError('parse', `the feed could not be read: ${why(cause)}`, { url, cause });
    return { ok: false, error, diagnostics };
  }
}
