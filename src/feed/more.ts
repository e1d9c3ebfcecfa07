import { fetchFeed, type FetchOptions } from './fetch.js';
import type { NewsFeed } from './model.js';
import { mergeItems } from './store.js';

/**
 * Follows `feed.nextUrl` and returns the feed with the next page's items appended (each id once)
 * and the next page's `nextUrl`. Resolves with `feed` itself when there is no next page.
 * Its own module so script-tag pages load it only when a reader asks for more.
 */
export async function loadMore(feed: NewsFeed, options: FetchOptions = {}): Promise<NewsFeed> {
  if (!feed.nextUrl) return feed;
  const url = new URL(feed.nextUrl, feed.feedUrl ?? document.baseURI).href;
  const next = (await fetchFeed(url, options)).feed!;
  return { ...feed, items: mergeItems(feed.items, next.items), nextUrl: next.nextUrl };
}
