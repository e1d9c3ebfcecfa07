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

/** What one request gave: the result, or the error and the server's Retry-After header. */
export type Attempt = { result: FetchResult } | { error: FeedError; retryAfter?: string | null };

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
 * One request with a timeout and a size cap. With `validators` (conditional GET, see fetch-retry.ts)
 * it skips the HTTP cache's freshness and a 304 answers `validators`; `headers` are added to the
 * request. Rejects only with the abort reason when `options.signal` aborts.
 */
export async function attempt(
  url: string,
  options: FetchOptions,
  validators?: Validators,
  headers?: Record<string, string>,
): Promise<Attempt> {
  const { signal, timeout = 10_000, maxBytes = 5_000_000 } = options;
  const controller = new AbortController();
  const stop = () => controller.abort();
  signal?.addEventListener('abort', stop);
  let timedOut = false;
  const timer = setTimeout(() => ((timedOut = true), controller.abort()), timeout);
  let retryAfter: string | null = null;
  try {
    const response = await fetch(url, {
      credentials: options.credentials ?? 'omit',
      referrerPolicy: options.referrerPolicy ?? 'strict-origin-when-cross-origin',
      cache: validators ? 'no-cache' : 'default',
      headers: { accept: ACCEPT, ...headers },
      signal: controller.signal,
    });
    const { status } = response;
    if (status === 304 && validators) return { result: validators };
    if (!response.ok) {
      void response.body?.cancel();
      retryAfter = response.headers.get('retry-after');
      throw new FeedError('http', `HTTP ${status}`, { status, url });
    }
    const bytes = await readBody(response, maxBytes, url);
    const result = await parseFeed(bytes, {
      url: response.url || url,
      contentType: response.headers.get('content-type') ?? undefined,
    });
    if (!result.ok) throw result.error;
    return {
      result: {
        feed: result.feed,
        etag: response.headers.get('etag') ?? undefined,
        modified: response.headers.get('last-modified') ?? undefined,
      },
    };
  } catch (cause) {
    if (signal?.aborted) throw signal.reason;
    const error = timedOut
      ? new FeedError('timeout', `no answer within ${timeout} ms`, { url })
      : cause instanceof FeedError
        ? cause
        : new FeedError('network', 'network error', { url, cause });
    return { error, retryAfter };
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', stop);
  }
}

/** Whether asking again may help: a network error, a 5xx or a 429. */
export const retryable = ({ kind, status = 0 }: FeedError): boolean =>
  kind === 'network' || status === 429 || status >= 500;

/**
 * One feed request with a timeout, a size cap, retries (exponential backoff with jitter, or the
 * server's Retry-After) and, when `validators` are given, a conditional GET. Rejects with a
 * `FeedError`, or with the abort reason when `options.signal` aborts. Retries and conditional GETs
 * are in fetch-retry.ts, loaded when a first request fails in a way worth retrying, or to refresh.
 */
export async function fetchFeed(
  url: string,
  options: FetchOptions = {},
  validators: Validators = {},
): Promise<FetchResult> {
  const revalidate = !!(validators.etag || validators.modified);
  const first = revalidate ? undefined : await attempt(url, options);
  if (first && 'result' in first) return first.result;
  if (first && !retryable(first.error)) throw first.error;
  const more = await import('./fetch-retry.js').catch(() => undefined);
  if (options.signal?.aborted) throw options.signal.reason;
  // The chunk did not load (offline, most likely): what the first request met is the answer.
  if (!more) throw first?.error ?? new FeedError('network', 'network error', { url });
  return more.retry(url, options, revalidate ? validators : undefined, first);
}
