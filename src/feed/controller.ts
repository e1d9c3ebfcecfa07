import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { emit } from '../events.js';
import type { FeedError } from './errors.js';
import type { NewsFeed, NewsItem } from './model.js';
import { parseFeed, type ParseResult } from './parse.js';
import { isNormalized } from './parsers/detect.js';
import {
  loadMore,
  mergeItems,
  subscribe,
  type FeedState,
  type FeedStatus,
  type LoadOptions,
  type Subscription,
} from './store.js';

export type { FeedStatus };

/** Where an element's feed comes from; the host passes its current properties on every update. */
export interface FeedSource {
  /** URL of a JSON Feed, RSS, Atom or WordPress REST document. */
  src?: string;
  /** A JSON Feed object or an already normalized feed (no network). */
  feed?: unknown;
  /** Seconds between refreshes; 0 or undefined for none. */
  refresh?: number;
  cache?: 'memory' | 'local';
  credentials?: RequestCredentials;
  /** Fetch tuning (timeout, retries, size cap, clocks) for `src`; compared by identity. */
  options?: LoadOptions;
}

const KEYS = ['src', 'feed', 'refresh', 'cache', 'credentials', 'options'] as const;

/**
 * Gives an element `{status, feed, error}` for its source: the `feed` property, else an inline
 * `<script type="application/feed+json">` child (read on connect, and again whenever it is added,
 * replaced or its text changes), else `src` through the page's
 * shared store. An inline feed beside `src` and `refresh` (what a server-rendered element carries)
 * is shown first, with no request; `src` takes over when the first refresh comes due.
 * Dispatches `news-load` and `news-error` on the host once it has rendered the change.
 */
export class FeedController implements ReactiveController {
  status: FeedStatus = 'idle';
  /** What to show: the source's feed plus any pages `loadMore()` appended. */
  feed?: NewsFeed;
  /** Why the last load failed; with `status: 'stale'` the previous items are still in `feed`. */
  error?: FeedError;
  /** True while `loadMore()` is fetching the next page. */
  loadingMore = false;

  private readonly host: ReactiveControllerHost & HTMLElement;
  private source?: FeedSource;
  private inline?: string;
  /** Watches the light DOM for an inline feed added or changed after connect. */
  private observer?: MutationObserver;
  private subscription?: Subscription;
  /** Bumped on each new source, so late answers for an old one are dropped. */
  private generation = 0;
  /** The feed as the source gave it, and the items of later pages. */
  private base?: NewsFeed;
  private more: NewsItem[] = [];
  private nextUrl?: string;
  /** The inline feed read ahead of the first update (`preload`), and what it gave. */
  private early?: { input: string; result: ParseResult };
  /**
   * When `src` takes over from an inline feed (its first refresh), and the wait for a hidden page to
   * show. Not the store's refresh timer: the inline feed may hold only what this element shows (a
   * server render inlines no more), so it must not become the page's copy of `src`.
   */
  private handover?: ReturnType<typeof setTimeout>;
  private onVisible?: () => void;

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.host = host;
    host.addController(this);
  }

  hostConnected(): void {
    this.readInline();
    (this.observer ??= new MutationObserver(() => {
      // A changed inline feed matters only when no `feed` property overrides it.
      if (this.readInline() && this.source && this.source.feed === undefined) this.apply();
    })).observe(this.host, { childList: true, subtree: true, characterData: true });
    // On reconnection no property changed, so willUpdate may not run: resubscribe here.
    if (this.source) this.apply();
  }

  /** Reads the inline feed's text; true when it changed. */
  private readInline(): boolean {
    const inline = this.host.querySelector('script[type="application/feed+json"]')?.textContent || undefined;
    const changed = inline !== this.inline;
    this.inline = inline;
    return changed;
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.cancelHandover();
    this.subscription?.unsubscribe();
    this.subscription = undefined;
    this.generation++;
  }

  /**
   * Reads the inline feed now, before the first update, so that update can show it: a
   * server-rendered element's first render must be the one the server sent.
   */
  async preload(): Promise<void> {
    const input = this.inline;
    if (input !== undefined) this.early = { input, result: await parseFeed(input) };
  }

  /** Call from `willUpdate` with the host's current source properties; does nothing when none changed. */
  setSource(source: FeedSource): void {
    const last = this.source;
    if (last && KEYS.every((key) => last[key] === source[key])) return;
    this.source = source;
    // On the server (src/ssr/) nothing connects or fetches: the renderer passes the parsed feed.
    if (isServer && isNormalized(source.feed)) {
      const feed = source.feed as unknown as NewsFeed;
      Object.assign(this, { status: 'ready', base: feed, feed });
      return;
    }
    if (this.host.isConnected) this.apply();
  }

  /** Tries the source again (the Retry button): a new request, items shown meanwhile stay. */
  retry(): void {
    if (this.subscription) this.subscription.refresh();
    else if (this.source) this.apply();
  }

  /** Appends the next page (`nextUrl`) of the feed; items already shown stay if it fails. */
  async loadMore(): Promise<void> {
    const { feed, generation } = this;
    if (!feed?.nextUrl || this.loadingMore) return;
    this.loadingMore = true;
    this.host.requestUpdate();
    try {
      const next = await loadMore(feed, { ...this.source?.options, credentials: this.source?.credentials });
      if (generation !== this.generation) return;
      this.more = next.items;
      this.nextUrl = next.nextUrl;
      this.show(this.status, this.base, undefined, true);
    } catch (error) {
      if (generation === this.generation) this.show(this.status, this.base, error as FeedError);
    } finally {
      this.loadingMore = false;
      this.host.requestUpdate();
    }
  }

  private apply(): void {
    this.subscription?.unsubscribe();
    this.subscription = undefined;
    this.cancelHandover();
    const generation = ++this.generation;
    this.more = [];
    const { src, feed = this.inline, refresh, cache, credentials, options } = this.source!;
    const update = (state: FeedState) => this.show(state.status, state.feed, state.error);
    const follow = (listener = update) => {
      this.subscription = subscribe(src!, listener, { ...options, refresh, cache, credentials });
    };
    if (feed !== undefined && this.source!.feed === undefined && src && refresh) {
      // The inline items stay on screen while `src` loads, and if it fails.
      const keep = (state: FeedState) =>
        this.show(state.feed || !this.base ? state.status : 'stale', state.feed ?? this.base, state.error);
      this.handover = setTimeout(() => {
        if (!document.hidden) return follow(keep);
        this.onVisible = () => {
          if (document.hidden) return;
          this.cancelHandover();
          follow(keep);
        };
        document.addEventListener('visibilitychange', this.onVisible);
      }, refresh * 1000);
    }
    if (feed !== undefined) {
      // Items already shown stay while the new feed is read, and stay if it cannot be.
      const shown = this.base;
      const read = (result: ParseResult) => {
        if (generation !== this.generation) return;
        if (result.ok) update({ status: 'ready', feed: result.feed });
        else
          update(
            shown ? { status: 'stale', feed: shown, error: result.error } : { status: 'error', error: result.error },
          );
      };
      const early = this.early?.input === feed ? this.early.result : undefined;
      this.early = undefined;
      if (early) return read(early);
      update(shown ? { status: 'stale', feed: shown } : { status: 'loading' });
      void Promise.resolve(parseFeed(feed)).then(read);
    } else if (src) {
      follow();
    } else update({ status: 'idle' });
  }

  private cancelHandover(): void {
    clearTimeout(this.handover);
    if (this.onVisible) document.removeEventListener('visibilitychange', this.onVisible);
    this.onVisible = undefined;
  }

  private show(status: FeedStatus, base: NewsFeed | undefined, error: FeedError | undefined, grew = false): void {
    const loaded = !!base && (base !== this.base || grew);
    const failed = !!error && error !== this.error;
    if (status === this.status && !loaded && error === this.error) return;
    const feed = !base
      ? undefined
      : !loaded
        ? this.feed
        : this.more.length
          ? { ...base, items: mergeItems(base.items, this.more), nextUrl: this.nextUrl }
          : base;
    Object.assign(this, { status, base, feed, error });
    this.host.requestUpdate();
    // After the render, so a listener finds the items (or the error) on screen.
    if (loaded || failed) {
      void this.host.updateComplete.then(() => {
        if (loaded) emit(this.host, 'news-load', { feed: feed! });
        if (failed) emit(this.host, 'news-error', { error: error!, feed });
      });
    }
  }
}
