import { attempt, retryable, type Attempt, type FetchOptions, type FetchResult, type Validators } from './fetch.js';

/**
 * What a feed request needs only after a first answer: retries (exponential backoff with jitter, or
 * the server's Retry-After) and conditional GETs for refreshes. A chunk of its own in the script-tag
 * bundle, loaded by `fetchFeed` (fetch.ts) when a first request fails in a way worth retrying, or
 * to refresh a feed: a page whose feed loads at the first try never downloads it.
 */

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
function retryAfter(header: string | null | undefined, now: number): number | undefined {
  if (!header) return undefined;
  const ms = /^\s*\d+\s*$/.test(header) ? Number(header) * 1000 : Date.parse(header) - now;
  return Number.isNaN(ms) ? undefined : Math.max(0, ms);
}

/**
 * Goes on from `first` (the first attempt's failure; none for a conditional GET, which starts here)
 * until an attempt succeeds, the error is not worth retrying, `retries` are spent or the next wait
 * would pass `maxWait`.
 */
export async function retry(
  url: string,
  options: FetchOptions,
  validators: Validators | undefined,
  first: Attempt | undefined,
): Promise<FetchResult> {
  const { signal, retries = 3, maxWait = 30_000, now = Date.now } = options;
  const wait = options.sleep ?? sleep;
  // Conditional headers are not CORS-safelisted: cross-origin they would cost a preflight many feed
  // servers refuse, so there the browser's HTTP cache revalidates (cache: 'no-cache') instead.
  const headers: Record<string, string> = {};
  if (validators && new URL(url, document.baseURI).origin === self.origin) {
    if (validators.etag) headers['if-none-match'] = validators.etag;
    if (validators.modified) headers['if-modified-since'] = validators.modified;
  }
  let waited = 0;
  for (let n = 0; ; n++) {
    const outcome = n === 0 && first ? first : await attempt(url, options, validators, headers);
    if ('result' in outcome) return outcome.result;
    const { error } = outcome;
    const delay = retryAfter(outcome.retryAfter, now()) ?? 500 * 2 ** n * (0.5 + Math.random() / 2);
    if (!retryable(error) || n >= retries || waited + delay > maxWait) throw error;
    waited += delay;
    await wait(delay, signal);
  }
}
