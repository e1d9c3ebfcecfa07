/** Helpers for tests against the feed server in test/server/feed-server.mjs. */

/** A key no other test uses, so server counts and the page-wide store never mix. */
export const uniqueKey = (label = 'k'): string => `${label}-${Math.random().toString(36).slice(2, 10)}`;

/** The URL of a feed-server route for `key`. */
export const route = (path: string, key: string, query = ''): string =>
  `/feeds-test/${path}?key=${encodeURIComponent(key)}${query ? `&${query}` : ''}`;

/** Requests the server saw for `key`. */
export async function requests(key: string): Promise<number> {
  const response = await fetch(`/feeds-test/count?key=${encodeURIComponent(key)}`);
  return ((await response.json()) as { count: number }).count;
}

export interface LoggedRequest {
  status: number;
  ifNoneMatch?: string;
  ifModifiedSince?: string;
  cookie?: string;
}

export async function requestLog(key: string): Promise<LoggedRequest[]> {
  return (await fetch(`/feeds-test/log?key=${encodeURIComponent(key)}`)).json() as Promise<LoggedRequest[]>;
}

/** Requests for `key` whose client hung up before the answer. */
export async function aborted(key: string): Promise<number> {
  const response = await fetch(`/feeds-test/aborted?key=${encodeURIComponent(key)}`);
  return ((await response.json()) as { aborted: number }).aborted;
}

/** A sleep that returns at once and records what was asked, so retry tests stay fast. */
export function recordingSleep(): { sleep: (ms: number) => Promise<void>; delays: number[] } {
  const delays: number[] = [];
  return { delays, sleep: (ms: number) => (delays.push(ms), Promise.resolve()) };
}

export const nextFrame = (): Promise<void> => new Promise((resolve) => requestAnimationFrame(() => resolve()));

/** Resolves when `check` returns true, polling every 10 ms for up to `ms`. */
export async function until(check: () => boolean | Promise<boolean>, ms = 3000, what = 'condition'): Promise<void> {
  const end = performance.now() + ms;
  while (!(await check())) {
    if (performance.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/**
 * Makes the page report itself visible (or hidden) until the returned function is called.
 * Refresh timers pause while `document.hidden`, and a test page running beside others in
 * headless Chromium may really be hidden.
 */
export function setHidden(hidden: boolean): () => void {
  Object.defineProperty(document, 'hidden', { configurable: true, get: () => hidden });
  return () => delete (document as { hidden?: boolean }).hidden;
}
