import type { FeedFormat, NewsFeed, NewsImage } from '../model.js';
import { parseDate } from './dates.js';
import type { Context } from './item.js';
import { attachment, author, eachItem, hubs, note, num, some } from './item.js';
import { relations } from './related.js';
import { arr, httpUrl, obj, str } from './text.js';

export { isNormalized } from './detect.js';

const pic = (value: unknown): NewsImage | undefined => {
  const o = obj(value);
  const url = httpUrl(o?.url);
  return url
    ? { url, alt: str(o!.alt), width: num(o!.width), height: num(o!.height), mimeType: str(o!.mimeType) }
    : undefined;
};

const people = (value: unknown) =>
  some(
    arr(value)
      .map(obj)
      .map((a) => a && author(a.name, a.url, a.avatar)),
  );

/**
 * Light validation of an already-normalized feed: every field gets the type the model promises
 * (wrong types dropped, dates re-read, non-http(s) URLs removed, items without an id skipped).
 */
export function checkNormalized(doc: Record<string, unknown>, ctx: Context): NewsFeed {
  return {
    format: doc.format as FeedFormat,
    title: str(doc.title) ?? '',
    description: str(doc.description),
    homePageUrl: httpUrl(doc.homePageUrl),
    feedUrl: httpUrl(doc.feedUrl),
    nextUrl: httpUrl(doc.nextUrl),
    icon: httpUrl(doc.icon),
    favicon: httpUrl(doc.favicon),
    language: str(doc.language),
    expired: typeof doc.expired === 'boolean' ? doc.expired : undefined,
    version: str(doc.version),
    userComment: str(doc.userComment),
    hubs: hubs(doc.hubs),
    authors: people(doc.authors),
    extensions: obj(doc.extensions) ?? {},
    items: eachItem(doc.items as unknown[], ctx, (raw, index) => {
      const it = obj(raw);
      const id = str(it?.id)?.trim();
      if (!it || !id) return void note(ctx, 'missing-id', 'item without an id skipped', index);
      const source = obj(it.source);
      return {
        id,
        url: httpUrl(it.url),
        externalUrl: httpUrl(it.externalUrl),
        title: str(it.title) ?? '',
        ...(it.titleDerived === true ? { titleDerived: true } : {}),
        summary: str(it.summary) ?? '',
        contentHtml: str(it.contentHtml),
        contentText: str(it.contentText) ?? '',
        image: pic(it.image),
        bannerImage: pic(it.bannerImage),
        published: parseDate(it.published),
        modified: parseDate(it.modified),
        authors: people(it.authors),
        tags: arr(it.tags).filter((t): t is string => typeof t === 'string' && t !== ''),
        category: str(it.category),
        language: str(it.language),
        source: source && str(source.name) ? { name: str(source.name)!, url: httpUrl(source.url) } : undefined,
        breaking: it.breaking === true,
        attachments: some(
          arr(it.attachments)
            .map(obj)
            .map((a) => a && attachment(a.url, undefined, a.mimeType, a.title, a.sizeInBytes, a.durationInSeconds)),
        ),
        related: relations(it.related, ctx, index, undefined, (v) => str(v) ?? ''),
        baseUrl: httpUrl(it.baseUrl),
        extensions: obj(it.extensions) ?? {},
      };
    }),
  };
}
