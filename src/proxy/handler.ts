/**
 * `createFeedProxy(options)`: a standard fetch handler, `(request: Request) => Promise<Response>`,
 * that fetches an allowed feed, reads it with the library's own readers and answers JSON Feed 1.1
 * (with `_news`) that any page may read (`Access-Control-Allow-Origin: *`) and any CDN may cache.
 * Only web-standard APIs (fetch, Request, Response, URL, crypto.subtle): it runs unchanged on Node 20+,
 * Cloudflare Workers, Deno and Bun.
 */
import { parseFeedOnServer } from '../server/parse-feed.js';
import { isProxyError, ProxyError, type ProxyErrorKind } from './errors.js';
import { toJsonFeed } from './json-feed.js';
import { checkTarget, fetchUpstream, type UpstreamFetch, type UpstreamRules, type Validators } from './upstream.js';

export interface FeedProxyOptions {
  /** Upstream hosts the proxy may fetch: `host` (default port of the scheme) or `host:port`. Required. */
  allow: readonly string[];
  /** Let the proxy reach loopback, private and link-local addresses (a feed on your own network). Default false. */
  allowPrivate?: boolean;
  /** Seconds a copy is fresh, here and in `Cache-Control`. Default 60. */
  maxAge?: number;
  /** `stale-while-revalidate` in `Cache-Control` (for CDNs and browsers). Default 600. */
  staleWhileRevalidate?: number;
  /** Seconds past `maxAge` the last good copy is served while the upstream fails. Default 86 400. */
  staleIfError?: number;
  /**
   * Seconds after a failed upstream fetch before the next one for that feed: meanwhile its requests get
   * the last good copy (or the error) at once, and an error answer may be cached that long. Default 10.
   */
  retryAfterError?: number;
  /** Milliseconds one upstream fetch (redirects, headers and body) may take. Default 10 000. */
  timeout?: number;
  /** Largest upstream document, in bytes. Default 5 MB (5 242 880). */
  maxBytes?: number;
  /** Redirects followed (each to an allowed host only). Default 5. */
  maxRedirects?: number;
  /** Feeds kept in memory; the least recently used goes first. Default 500. */
  maxEntries?: number;
  /** The upstream fetch; the Node adapter passes one that checks the resolved address. Default `fetch`. */
  fetch?: UpstreamFetch;
  /** Called after each upstream fetch (for a log line). */
  onUpstream?: (event: UpstreamEvent) => void;
  /** `User-Agent` sent upstream. */
  userAgent?: string;
  /** The clock, in milliseconds (tests move it). Default `Date.now`. */
  now?: () => number;
}

export interface UpstreamEvent {
  /** The feed URL asked for. */
  url: string;
  /** 200 (read), 304 (unchanged), or the error the fetch ended in. */
  status: 200 | 304 | ProxyErrorKind;
  /** Bytes of the upstream document (0 for 304 and errors). */
  bytes: number;
  ms: number;
}

export type FeedProxy = (request: Request) => Promise<Response>;

interface Entry {
  /** The JSON Feed document, UTF-8. */
  body: Uint8Array;
  etag: string;
  fetchedAt: number;
  validators: Validators;
}

const MB = 1024 * 1024;
const encoder = new TextEncoder();

async function strongEtag(body: Uint8Array): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', body as Uint8Array<ArrayBuffer>));
  return `"${Array.from(digest.subarray(0, 16), (b) => b.toString(16).padStart(2, '0')).join('')}"`;
}

/** Whether an `If-None-Match` value names `etag` (weak comparison, as RFC 9110 asks for it). */
function matches(header: string | null, etag: string): boolean {
  if (!header) return false;
  const bare = (tag: string) => tag.trim().replace(/^W\//, '');
  return header.trim() === '*' || header.split(',').some((tag) => bare(tag) === etag);
}

const CORS = { 'access-control-allow-origin': '*' };

/** A JSON error; upstream failures (5xx) may be cached for `retry` seconds, so a CDN spares the origin too. */
function errorResponse(error: ProxyError, head: boolean, retry: number): Response {
  const body = JSON.stringify({ error: { kind: error.kind, message: error.message } });
  const upstream = error.status >= 500 && retry > 0;
  return new Response(head ? null : body, {
    status: error.status,
    headers: {
      ...CORS,
      'content-type': 'application/json; charset=utf-8',
      'cache-control': upstream ? `public, max-age=${retry}` : 'no-store',
      ...(upstream ? { 'retry-after': String(retry) } : {}),
    },
  });
}

/**
 * A fetch handler for `GET /?url=<feed URL>` (any path; `HEAD` too): the feed as JSON Feed 1.1, or
 * `{error: {kind, message}}` with 400, 403, 405, 502 or 504. Concurrent requests for one feed share
 * one upstream fetch; a fresh copy is served from memory; after a failure the last good copy is
 * served (with `Warning` and `Age`) until `staleIfError` runs out.
 */
export function createFeedProxy(options: FeedProxyOptions): FeedProxy {
  if (!Array.isArray(options?.allow) || options.allow.length === 0) {
    throw new TypeError('createFeedProxy: `allow` must list the upstream hosts the proxy may fetch');
  }
  const now = options.now ?? Date.now;
  const maxAge = options.maxAge ?? 60;
  const staleIfError = options.staleIfError ?? 86_400;
  const maxEntries = options.maxEntries ?? 500;
  const retryAfterError = options.retryAfterError ?? 10;
  const cacheControl = `public, max-age=${maxAge}, stale-while-revalidate=${options.staleWhileRevalidate ?? 600}, stale-if-error=${staleIfError}`;
  const rules: UpstreamRules = {
    allow: options.allow,
    allowPrivate: options.allowPrivate ?? false,
    timeout: options.timeout ?? 10_000,
    maxBytes: options.maxBytes ?? 5 * MB,
    maxRedirects: options.maxRedirects ?? 5,
    fetch: options.fetch ?? ((url, init) => fetch(url, init)),
    userAgent: options.userAgent ?? 'news-widgets-proxy (+https://www.npmjs.com/package/news-widgets)',
  };
  const cache = new Map<string, Entry>();
  const inflight = new Map<string, Promise<Entry>>();
  /** The last failure of each feed that failed lately: no new upstream fetch until `retryAfterError` passes. */
  const failures = new Map<string, { error: ProxyError; at: number }>();
  const age = (entry: Entry) => Math.max(0, Math.floor((now() - entry.fetchedAt) / 1000));

  const store = (key: string, entry: Entry) => {
    cache.delete(key);
    cache.set(key, entry);
    if (cache.size > maxEntries) cache.delete(cache.keys().next().value!);
    return entry;
  };

  async function refresh(key: string, target: URL): Promise<Entry> {
    const started = now();
    const old = cache.get(key);
    const log = (status: UpstreamEvent['status'], bytes = 0) =>
      options.onUpstream?.({ url: key, status, bytes, ms: now() - started });
    try {
      const upstream = await fetchUpstream(target, old?.validators, rules);
      if (upstream.status === 304 && old) {
        log(304);
        failures.delete(key);
        return store(key, { ...old, fetchedAt: now() });
      }
      if (upstream.status === 304) throw new ProxyError(502, 'upstream-status', 'the upstream answered 304 unasked');
      const parsed = await parseFeedOnServer(upstream.body, { url: upstream.url, contentType: upstream.contentType });
      if (!parsed.ok)
        throw new ProxyError(502, 'not-a-feed', `the upstream document is no feed: ${parsed.error.message}`);
      const body = encoder.encode(JSON.stringify(toJsonFeed(parsed.feed, upstream.url)));
      log(200, upstream.body.byteLength);
      failures.delete(key);
      return store(key, {
        body,
        etag: await strongEtag(body),
        fetchedAt: now(),
        validators: { url: upstream.url, etag: upstream.etag, lastModified: upstream.lastModified },
      });
    } catch (cause) {
      const error = isProxyError(cause) ? cause : new ProxyError(502, 'upstream-unreachable', String(cause));
      log(error.kind);
      failures.delete(key);
      failures.set(key, { error, at: now() });
      if (failures.size > maxEntries) failures.delete(failures.keys().next().value!);
      throw error;
    }
  }

  /** The copy to serve, and whether it is a stale one served because the upstream failed. */
  async function current(target: URL): Promise<{ entry: Entry; stale: boolean }> {
    const key = target.href;
    const held = cache.get(key);
    if (held && now() - held.fetchedAt < maxAge * 1000) return { entry: held, stale: false };
    const failed = failures.get(key);
    const wait = failed && now() - failed.at < retryAfterError * 1000;
    let flight = inflight.get(key);
    if (!flight && !wait) {
      flight = refresh(key, target).finally(() => inflight.delete(key));
      inflight.set(key, flight);
    }
    try {
      if (!flight) throw failed!.error;
      return { entry: await flight, stale: false };
    } catch (error) {
      const last = cache.get(key);
      if (
        last &&
        isProxyError(error) &&
        error.status >= 500 &&
        now() - last.fetchedAt < (maxAge + staleIfError) * 1000
      ) {
        return { entry: last, stale: true };
      }
      throw error;
    }
  }

  return async function feedProxy(request: Request): Promise<Response> {
    const head = request.method === 'HEAD';
    try {
      if (request.method === 'OPTIONS') {
        return new Response(null, {
          status: 204,
          headers: { ...CORS, 'access-control-allow-methods': 'GET, HEAD', 'access-control-max-age': '86400' },
        });
      }
      if (request.method !== 'GET' && !head) {
        throw new ProxyError(405, 'method-not-allowed', `${request.method} is not allowed: use GET /?url=<feed URL>`);
      }
      const raw = new URL(request.url).searchParams.get('url');
      if (!raw) throw new ProxyError(400, 'bad-request', 'the `url` parameter is missing: use GET /?url=<feed URL>');
      let target: URL;
      try {
        target = new URL(raw);
      } catch {
        throw new ProxyError(400, 'bad-request', 'the `url` parameter is not an absolute URL');
      }
      target.hash = '';
      checkTarget(target, rules);
      const { entry, stale } = await current(target);
      const headers: Record<string, string> = {
        ...CORS,
        'cache-control': cacheControl,
        etag: entry.etag,
        age: String(age(entry)),
        'x-content-type-options': 'nosniff',
      };
      if (stale) headers.warning = '111 - "Revalidation Failed"';
      if (matches(request.headers.get('if-none-match'), entry.etag))
        return new Response(null, { status: 304, headers });
      headers['content-type'] = 'application/feed+json; charset=utf-8';
      return new Response(head ? null : (entry.body as Uint8Array<ArrayBuffer>), { status: 200, headers });
    } catch (error) {
      if (isProxyError(error)) return errorResponse(error, head, retryAfterError);
      return errorResponse(new ProxyError(502, 'upstream-unreachable', String(error)), head, retryAfterError);
    }
  };
}
