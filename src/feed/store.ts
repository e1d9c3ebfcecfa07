import { FeedError } from './errors.js';
import { fetchFeed, type FetchOptions, type Validators } from './fetch.js';
import type { NewsFeed, NewsItem } from './model.js';

export type FeedStatus = 'idle' | 'loading' | 'ready' | 'stale' | 'error';

/**
 * What a subscriber sees. `stale`: `feed` is shown but not confirmed by the network yet (from the
 * localStorage cache or expired), or the last refresh failed (`error` says why).
 */
export interface FeedState {
  status: FeedStatus;
  feed?: NewsFeed;
  error?: FeedError;
}

export interface LoadOptions extends FetchOptions {
  /** Seconds between refreshes; 0 or undefined for none. The shortest among a URL's subscribers wins. */
  refresh?: number;
  /** `local` also keeps the last good feed in localStorage, so the next page view renders at once. */
  cache?: 'memory' | 'local';
  /** Milliseconds a kept feed is shown without asking the network again; default one hour. */
  maxAge?: number;
}

export interface Subscription {
  unsubscribe(): void;
  /** Asks the network again now (the Retry button). */
  refresh(): void;
}

interface Subscriber {
  listener: (state: FeedState) => void;
  interval: number;
}

interface Entry extends FeedState, Validators {
  url: string;
  key: string;
  /** Options of the first subscriber: timeouts, caps and clocks are per URL. */
  options: LoadOptions;
  /** When the feed was last confirmed by the network. */
  at: number;
  local: boolean;
  subscribers: Set<Subscriber>;
  inflight?: AbortController;
  timer?: ReturnType<typeof setTimeout>;
  /** A refresh came due while the page was hidden. */
  due?: boolean;
  /** Prefetches waiting for their element: while any does, a subscriber takes a failed answer as is. */
  held?: number;
}

const entries = new Map<string, Entry>();
const PREFIX = 'news-widgets:';
const HOUR = 3_600_000;
let watching = false;

const clock = (entry: Entry) => (entry.options.now ?? Date.now)();

function notify(entry: Entry): void {
  const state: FeedState = { status: entry.status, feed: entry.feed, error: entry.error };
  for (const subscriber of [...entry.subscribers]) subscriber.listener(state);
}

/** Storage can throw (disabled, quota, private mode) or hold anything: every failure means "no cache". */
function readLocal(entry: Entry): void {
  try {
    const saved = JSON.parse(localStorage.getItem(PREFIX + entry.key)!) as { at: number; feed: NewsFeed } & Validators;
    if (clock(entry) - saved.at < (entry.options.maxAge ?? HOUR) && Array.isArray(saved.feed.items)) {
      Object.assign(entry, { feed: saved.feed, etag: saved.etag, modified: saved.modified, at: saved.at });
      entry.status = 'stale';
    } else localStorage.removeItem(PREFIX + entry.key);
  } catch {
    /* nothing usable stored */
  }
}

function writeLocal(entry: Entry): void {
  const key = PREFIX + entry.key;
  try {
    localStorage.setItem(
      key,
      JSON.stringify({ at: entry.at, feed: entry.feed, etag: entry.etag, modified: entry.modified }),
    );
  } catch {
    try {
      localStorage.removeItem(key);
    } catch {
      /* storage unavailable */
    }
  }
}

function load(entry: Entry): void {
  entry.inflight?.abort();
  const controller = (entry.inflight = new AbortController());
  if (!entry.feed) entry.status = 'loading';
  entry.due = false;
  clearTimeout(entry.timer);
  notify(entry);
  const validators = entry.feed ? { etag: entry.etag, modified: entry.modified } : {};
  fetchFeed(entry.url, { ...entry.options, signal: controller.signal }, validators).then(
    (result) => {
      if (controller.signal.aborted) return;
      if (result.feed) Object.assign(entry, result);
      entry.at = clock(entry);
      entry.error = undefined;
      entry.status = 'ready';
      if (entry.local) writeLocal(entry);
      settle(entry, controller);
    },
    (error: unknown) => {
      if (controller.signal.aborted) return;
      entry.error = error instanceof FeedError ? error : new FeedError('network', String(error), { cause: error });
      entry.status = entry.feed ? 'stale' : 'error';
      settle(entry, controller);
    },
  );
}

function settle(entry: Entry, controller: AbortController): void {
  if (entry.inflight === controller) entry.inflight = undefined;
  schedule(entry);
  notify(entry);
}

/** Arms the refresh timer at the shortest interval any subscriber asked for. */
function schedule(entry: Entry): void {
  clearTimeout(entry.timer);
  const intervals = [...entry.subscribers].map((s) => s.interval).filter((ms) => ms > 0);
  if (!intervals.length || entry.inflight) return;
  if (!watching) {
    watching = true;
    document.addEventListener('visibilitychange', () => {
      if (document.hidden) return;
      for (const e of entries.values()) if (e.due && e.subscribers.size && !e.inflight) load(e);
    });
  }
  entry.timer = setTimeout(
    () => {
      if (document.hidden) entry.due = true;
      else load(entry);
    },
    Math.min(...intervals),
  );
}

/** The shared entry for a URL and credentials mode: one request for the page, however many elements. */
function entryFor(url: string, options: LoadOptions): Entry {
  const absolute = new URL(url, document.baseURI).href;
  const key = `${options.credentials ?? 'omit'} ${absolute}`;
  let entry = entries.get(key);
  if (!entry) {
    entry = { url: absolute, key, options, status: 'idle', at: 0, local: false, subscribers: new Set() };
    entries.set(key, entry);
  }
  return entry;
}

/**
 * Follows a URL's feed: `listener` gets the current state at once (synchronously) and every change
 * after. The first subscriber starts the request; later ones share it and the kept feed. The last
 * one to leave aborts what is in flight and stops the timer.
 */
export function subscribe(url: string, listener: (state: FeedState) => void, options: LoadOptions = {}): Subscription {
  let entry: Entry;
  try {
    entry = entryFor(url, options);
  } catch (cause) {
    listener({ status: 'error', error: new FeedError('invalid-input', `not a URL: ${url}`, { url, cause }) });
    return { unsubscribe() {}, refresh() {} };
  }
  const subscriber: Subscriber = { listener, interval: (options.refresh ?? 0) * 1000 };
  entry.subscribers.add(subscriber);
  if (options.cache === 'local') {
    entry.local = true;
    if (!entry.feed) readLocal(entry);
  }
  const fresh = entry.status === 'ready' && clock(entry) - entry.at < (entry.options.maxAge ?? HOUR);
  // A prefetch's failure was this subscriber's own request, made early: asking again would double it.
  if (entry.inflight || fresh || (entry.held && entry.error)) {
    schedule(entry);
    listener({ status: entry.status, feed: entry.feed, error: entry.error });
  } else {
    if (entry.status === 'ready') entry.status = 'stale';
    load(entry);
  }
  return {
    unsubscribe() {
      if (!entry.subscribers.delete(subscriber) || entry.subscribers.size) return schedule(entry);
      entry.inflight?.abort();
      entry.inflight = undefined;
      clearTimeout(entry.timer);
      if (entry.status === 'loading') entry.status = 'idle';
    },
    refresh: () => entry.subscribers.has(subscriber) && load(entry),
  };
}

/**
 * Starts loading `url` for an element whose code is still on its way (the script-tag entry calls it
 * when it sees `<news-ticker src>`), so the element's `subscribe()` with the same URL and options
 * joins that request or takes its answer — a failure too — instead of making another. Call the
 * returned function once the element has subscribed; if nothing did, that aborts the request.
 */
export function prefetch(url: string, options: LoadOptions = {}): () => void {
  let entry: Entry | undefined;
  try {
    entry = entryFor(url, options);
  } catch {
    return () => {};
  }
  const subscription = subscribe(url, () => {}, options);
  entry.held = (entry.held ?? 0) + 1;
  return () => {
    if (!entry) return;
    entry.held!--;
    entry = undefined;
    subscription.unsubscribe();
  };
}

/**
 * The feed at `url`, through the page's shared store: a feed another element already loaded (and
 * still fresh) comes back without a request, a request in flight is shared. Rejects with a `FeedError`.
 */
export function loadFeed(url: string, options: LoadOptions = {}): Promise<NewsFeed> {
  return new Promise((resolve, reject) => {
    const subscription = subscribe(
      url,
      (state) => {
        if (state.status === 'ready') resolve(state.feed!);
        else if (state.error) reject(state.error);
        else return;
        // The first state comes during subscribe(), before `subscription` exists.
        queueMicrotask(() => subscription.unsubscribe());
      },
      options,
    );
    options.signal?.addEventListener('abort', () => {
      subscription.unsubscribe();
      reject(options.signal!.reason);
    });
  });
}

/** Items of `items` then `more`, each id once. */
export function mergeItems(items: NewsItem[], more: NewsItem[]): NewsItem[] {
  const seen = new Set<string>();
  return [...items, ...more].filter((item) => !seen.has(item.id) && !!seen.add(item.id));
}

/**
 * Follows `feed.nextUrl` and returns the feed with the next page's items appended (each id once)
 * and the next page's `nextUrl`. Resolves with `feed` itself when there is no next page.
 */
export async function loadMore(feed: NewsFeed, options: FetchOptions = {}): Promise<NewsFeed> {
  if (!feed.nextUrl) return feed;
  const url = new URL(feed.nextUrl, feed.feedUrl ?? document.baseURI).href;
  const next = (await fetchFeed(url, options)).feed!;
  return { ...feed, items: mergeItems(feed.items, next.items), nextUrl: next.nextUrl };
}
