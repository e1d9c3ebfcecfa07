import type { FeedError } from './feed/errors.js';
import type { NewsFeed, NewsItem } from './feed/model.js';

/** `news-load`: a feed (first load or refresh) is ready to show. */
export interface NewsLoadDetail {
  feed: NewsFeed;
}

/** `news-error`: the feed could not be loaded or parsed; items already shown stay. */
export interface NewsErrorDetail {
  error: FeedError;
  /** The feed still shown, if any. */
  feed?: NewsFeed;
}

/** `news-item-click` (cancelable) and `news-item-impression`. */
export interface NewsItemDetail {
  item: NewsItem;
  /** Position of the item in what the element shows. */
  index: number;
  /** `<related-list>` only: why the item was chosen. */
  explanation?: unknown;
}

export type NewsLoadEvent = CustomEvent<NewsLoadDetail>;
export type NewsErrorEvent = CustomEvent<NewsErrorDetail>;
export type NewsItemEvent = CustomEvent<NewsItemDetail>;

/**
 * Dispatches a library event. They bubble and are composed so a host page can listen on `document`.
 * Returns false when a cancelable event was cancelled.
 */
export function emit<K extends keyof NewsEventMap>(
  target: EventTarget,
  type: K,
  detail: NewsEventMap[K]['detail'],
  cancelable = false,
): boolean {
  return target.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true, cancelable }));
}

export interface NewsEventMap {
  'news-load': NewsLoadEvent;
  'news-error': NewsErrorEvent;
  'news-item-click': NewsItemEvent;
  'news-item-impression': NewsItemEvent;
}

declare global {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface GlobalEventHandlersEventMap extends NewsEventMap {}
}
