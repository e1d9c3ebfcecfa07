/**
 * The normalized model back to JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/), with our
 * `_news` item extension (category, source, breaking) that src/feed/parsers/json-feed.ts reads, so
 * a page reading the proxy's answer gets the model the proxy read, without an XML reader.
 * Item HTML stays HTML: the page's sanitizer decides what of it renders.
 */
import type { NewsAttachment, NewsAuthor, NewsFeed, NewsItem } from '../feed/model.js';

export const JSON_FEED_VERSION = 'https://jsonfeed.org/version/1.1';

/** Drops `undefined`, empty strings and empty arrays, so the document carries only what is known. */
function compact<T extends Record<string, unknown>>(o: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(o).filter(([, v]) => v !== undefined && v !== '' && !(Array.isArray(v) && v.length === 0)),
  ) as Partial<T>;
}

const authors = (list: NewsAuthor[]) => list.map((a) => compact({ name: a.name, url: a.url, avatar: a.avatar }));

const attachment = (a: NewsAttachment) =>
  compact({
    url: a.url,
    mime_type: a.mimeType ?? 'application/octet-stream',
    title: a.title,
    size_in_bytes: a.sizeInBytes,
    duration_in_seconds: a.durationInSeconds,
  });

function item(it: NewsItem) {
  const news = compact({
    category: it.category,
    source: it.source && compact({ ...it.source }),
    breaking: it.breaking || undefined,
  });
  return compact({
    id: it.id,
    url: it.url,
    external_url: it.externalUrl,
    title: it.title,
    summary: it.summary,
    content_html: it.contentHtml,
    // The page derives the text from the HTML; send it only when there is no HTML.
    content_text: it.contentHtml ? undefined : it.contentText,
    image: it.image?.url,
    banner_image: it.bannerImage?.url,
    date_published: it.published,
    date_modified: it.modified,
    authors: authors(it.authors),
    tags: it.tags,
    language: it.language,
    attachments: it.attachments.map(attachment),
    _news: Object.keys(news).length ? news : undefined,
  });
}

/** A JSON Feed 1.1 document for `feed`; `feedUrl` is where this document is read from (the upstream feed). */
export function toJsonFeed(feed: NewsFeed, feedUrl?: string): Record<string, unknown> {
  return {
    version: JSON_FEED_VERSION,
    title: feed.title,
    ...compact({
      home_page_url: feed.homePageUrl,
      feed_url: feed.feedUrl ?? feedUrl,
      description: feed.description,
      user_comment: feed.userComment,
      next_url: feed.nextUrl,
      icon: feed.icon,
      favicon: feed.favicon,
      authors: authors(feed.authors),
      language: feed.language,
      expired: feed.expired,
      hubs: feed.hubs,
    }),
    items: feed.items.map(item),
  };
}
