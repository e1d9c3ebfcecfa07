import type { NewsAuthor, NewsFeed, NewsSource } from '../model.js';
import type { Context } from './item.js';
import { attachment, author, date, eachItem, finishItem, hubs, image, note, some } from './item.js';
import { relations } from './related.js';
import { arr, httpUrl, obj, str, text, tidy } from './text.js';

/** The `_`-prefixed keys: JSON Feed's extension mechanism. */
const extensions = (o: Record<string, unknown>) => Object.fromEntries(Object.entries(o).filter(([k]) => k[0] === '_'));

/** JSON Feed 1.1 `authors`, or 1.0's single `author`. */
const authors = (o: Record<string, unknown>, base?: string): NewsAuthor[] =>
  some(
    (Array.isArray(o.authors) ? o.authors : [o.author]).map(obj).map((a) => a && author(a.name, a.url, a.avatar, base)),
  );

/** Our `_news.source`: `{name, url}` or just a name. */
function source(value: unknown, base?: string): NewsSource | undefined {
  const o = obj(value);
  const name = text(o ? o.name : value);
  return name ? { name, url: httpUrl(o?.url, base) } : undefined;
}

/** A JSON Feed 1.0 / 1.1 document (https://www.jsonfeed.org/version/1.1/) in the normalized model. */
export function parseJsonFeed(doc: Record<string, unknown>, ctx: Context): NewsFeed {
  const base = ctx.base ?? httpUrl(doc.feed_url) ?? httpUrl(doc.home_page_url);
  const url = (value: unknown) => httpUrl(value, base);
  const feed: NewsFeed = {
    format: 'json-feed',
    version: str(doc.version),
    title: text(doc.title),
    description: text(doc.description) || undefined,
    userComment: text(doc.user_comment) || undefined,
    homePageUrl: url(doc.home_page_url),
    feedUrl: url(doc.feed_url),
    nextUrl: url(doc.next_url),
    icon: url(doc.icon),
    favicon: url(doc.favicon),
    language: str(doc.language),
    expired: typeof doc.expired === 'boolean' ? doc.expired : undefined,
    hubs: hubs(doc.hubs, base),
    authors: authors(doc, base),
    items: [],
    extensions: extensions(doc),
  };
  if (!Array.isArray(doc.items)) note(ctx, 'no-items', 'the feed has no items array');
  feed.items = eachItem(arr(doc.items), ctx, (raw, index) => {
    const it = obj(raw);
    if (!it) return void note(ctx, 'bad-item', 'item that is not an object skipped', index);
    // Items without an id (common in hand-made feeds) get a stable one in eachItem.
    const id = str(it.id)?.trim();
    const news = obj(it._news) ?? {};
    const itemUrl = url(it.url);
    return finishItem(
      {
        id,
        url: itemUrl,
        externalUrl: url(it.external_url),
        title: text(it.title),
        summary: text(it.summary),
        contentHtml: str(it.content_html),
        contentText: tidy(str(it.content_text) ?? ''),
        image: image(it.image, base),
        bannerImage: image(it.banner_image, base),
        published: date(ctx, it.date_published, index),
        modified: date(ctx, it.date_modified, index),
        authors: authors(it, base),
        tags: arr(it.tags).map(text),
        language: str(it.language),
        category: text(news.category),
        source: source(news.source, base),
        breaking: news.breaking === true,
        related: relations(news.related, ctx, index, base),
        attachments: some(
          arr(it.attachments)
            .map(obj)
            .map((a) => a && attachment(a.url, base, a.mime_type, a.title, a.size_in_bytes, a.duration_in_seconds)),
        ),
        baseUrl: itemUrl ?? base,
        extensions: extensions(it),
      },
      feed,
    );
  });
  return feed;
}
