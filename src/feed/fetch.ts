import { FeedError } from './errors.js';
import type { NewsFeed } from './model.js';
import { parseFeed } from './parse.js';

/** How a feed is fetched. Every field is optional; the defaults suit a public feed on a news page. */
export interface FetchOptions {
  /** `omit` (default) sends no cookies; `include` for a private feed whose server allows it. */
  credentials?: RequestCredentials;
  /** What the feed server learns about the page: `strict-origin-when-cross-origin` (default) or `origin`. */
  referrerPolicy?: ReferrerPolicy;
  /** Milliseconds one attempt (headers and body) may take; default 10 000. */
  timeout?: number;
  /** Retries after a network error, a 5xx or a 429; default 3. */
  retries?: number;
  /** Milliseconds all retries may wait in total (backoff and Retry-After); default 30 000. */
  maxWait?: number;
  /** Largest response accepted, in bytes; default 5 MB. */
  maxBytes?: number;
  /** Stops the request and any retry wait. */
  signal?: AbortSignal;
  /** Waits between retries (tests pass a fast one). Rejects when `signal` aborts. */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  /** The clock, in milliseconds (tests pass their own). */
  now?: () => number;
}

/** What the last good response said, for a conditional GET. */
export interface Validators {
  etag?: string;
  modified?: string;
}

/** `feed` is undefined when the server answered 304 Not Modified. */
export interface FetchResult extends Validators {
  feed?: NewsFeed;
}

const ACCEPT =
  'application/feed+json,application/json;q=0.9,application/rss+xml,application/atom+xml,application/xml;q=0.8,*/*;q=0.5';

export const sleep = (ms: number, signal?: AbortSignal): Promise<void> =>
  new Promise((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        reject(signal.reason);
      },
      { once: true },
    );
  });

/** Milliseconds a Retry-After header asks for (seconds or an HTTP date), or undefined. */
function retryAfter(header: string | null, now: number): number | undefined {
  if (!header) return undefined;
  const ms = /^\s*\d+\s*$/.test(header) ? Number(header) * 1000 : Date.parse(header) - now;
  return Number.isNaN(ms) ? undefined : Math.max(0, ms);
}

async function readBody(response: Response, max: number, url: string): Promise<Uint8Array> {
  const tooLarge = () => new FeedError('too-large', `feed is larger than ${max} bytes`, { url });
  if (Number(response.headers.get('content-length')) > max) {
    void response.body?.cancel();
    throw tooLarge();
  }
  if (!response.body) return new Uint8Array(await response.arrayBuffer());
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = response.body.getReader();
  for (let chunk; !(chunk = await reader.read()).done;) {
    size += chunk.value.byteLength;
    if (size > max) {
      void reader.cancel();
      throw tooLarge();
    }
    chunks.push(chunk.value);
  }
  const bytes = new Uint8Array(size);
  size = 0;
  for (const c of chunks) bytes.set(c, (size += c.byteLength) - c.byteLength);
  return bytes;
}

/**
 * One feed request with a timeout, a size cap, retries (exponential backoff with jitter, or the
 * server's Retry-After) and, when `validators` are given, a conditional GET. Rejects with a
 * `FeedError`, or with the abort reason when `options.signal` aborts.
 */
export async function fetchFeed(
  url: string,
  options: FetchOptions = {},
  validators: Validators = {},
): Promise<FetchResult> {
  const { signal, timeout = 10_000, retries = 3, maxWait = 30_000, maxBytes = 5_000_000, now = Date.now } = options;
  const wait = options.sleep ?? sleep;
  const revalidate = !!(validators.etag || validators.modified);
  // Conditional headers are not CORS-safelisted: cross-origin they would cost a preflight many feed
  // servers refuse, so there the browser's HTTP cache revalidates (cache: 'no-cache') instead.
  const headers: Record<string, string> = { accept: ACCEPT };
  if (revalidate && new URL(url, document.baseURI).origin === self.origin) {
    if (validators.etag) headers['if-none-match'] = validators.etag;
    if (validators.modified) headers['if-modified-since'] = validators.modified;
  }
  let waited = 0;
  for (let attempt = 0; ; attempt++) {
    const controller = new AbortController();
    const stop = () => controller.abort();
    signal?.addEventListener('abort', stop);
    let timedOut = false;
    const timer = setTimeout(() => ((timedOut = true), controller.abort()), timeout);
    let delay: number | undefined;
    let error: FeedError;
    try {
      const response = await fetch(url, {
        credentials: options.credentials ?? 'omit',
        referrerPolicy: options.referrerPolicy ?? 'strict-origin-when-cross-origin',
        cache: revalidate ? 'no-cache' : 'default',
        headers,
        signal: controller.signal,
      });
      const { status } = response;
      if (status === 304 && revalidate) return validators;
      if (!response.ok) {
        void response.body?.cancel();
        delay = retryAfter(response.headers.get('retry-after'), now());
        throw new FeedError('http', `HTTP ${status}`, { status, url });
      }
      const bytes = await readBody(response, maxBytes, url);
      const result = await parseFeed(bytes, {
        url: response.url || url,
        contentType: response.headers.get('content-type') ?? undefined,
      });
      if (!result.ok) throw result.error;
      return {
        feed: result.feed,
        etag: response.headers.get('etag') ?? undefined,
        modified: response.headers.get('last-modified') ?? undefined,
      };
    } catch (cause) {
      if (signal?.aborted) throw signal.reason;
      error = timedOut
        ? new FeedError('timeout', `no answer within ${timeout} ms`, { url })
        : cause instanceof FeedError
          ? cause
          : new FeedError('network', 'network error', { url, cause });
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener('abort', stop);
    }
    const status = error.status ?? 0;
    const retryable = error.kind === 'network' || status === 429 || status >= 500;
    delay ??= 500 * 2 ** attempt * (0.5 + Math.random() / 2);
    if (!retryable || attempt >= retries || waited + delay > maxWait) throw error;
    waited += delay;
    await wait(delay, signal);
  }
}
