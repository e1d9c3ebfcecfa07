import type { NewsAttachment, NewsAuthor, NewsFeed, NewsHub, NewsImage, NewsItem, ParseDiagnostic } from '../model.js';
import { parseIsoDate } from './iso-date.js';
import { htmlToText, httpUrl, obj, str, summarize, text, why } from './text.js';

/** What every format parser shares: the base URL for relative links and the diagnostics list. */
export interface Context {
  /** The document's URL as given (for errors) and resolved (for relative links). */
  url?: string;
  base?: string;
  diagnostics: ParseDiagnostic[];
  /** The full date reader (dates.ts) once loaded; until then only RFC 3339 dates are read. */
  date?: (value: unknown) => string | undefined;
  /** Set when a date needed the full reader: the document is read again with it. */
  reread?: boolean;
}

export type Draft = Partial<NewsItem> & Pick<NewsItem, 'id'>;

/** Tags that mark an item as breaking news (our `_news.breaking` extension says it too). */
const BREAKING = /^(عاجل|breaking( news)?)$/i;

export const note = (ctx: Context, code: string, message: string, index?: number): void => {
  ctx.diagnostics.push(index === undefined ? { code, message } : { index, code, message });
};

/** A non-negative finite number, else undefined. */
export const num = (value: unknown): number | undefined => {
  const n = typeof value === 'string' && value.trim() ? +value : value;
  return typeof n === 'number' && n >= 0 && n < Infinity ? n : undefined;
};

/**
 * A date as ISO (UTC); a present but unreadable one is noted. Without the full reader in `ctx`, a
 * date that is not RFC 3339 asks for a second reading (`ctx.reread`) instead.
 */
export function date(ctx: Context, value: unknown, index?: number): string | undefined {
  const iso = (ctx.date ?? parseIsoDate)(value);
  if (!iso && value != null && value !== '') {
    if (ctx.date) note(ctx, 'bad-date', `unreadable date ${JSON.stringify(value)}`, index);
    else ctx.reread = true;
  }
  return iso;
}

export function author(name: unknown, url?: unknown, avatar?: unknown, base?: string): NewsAuthor | undefined {
  const n = text(name);
  return n ? { name: n, url: httpUrl(url, base), avatar: httpUrl(avatar, base) } : undefined;
}

export function image(url: unknown, base?: string, extra: Omit<NewsImage, 'url'> = {}): NewsImage | undefined {
  const href = httpUrl(url, base);
  return href ? { url: href, ...extra } : undefined;
}

export function attachment(
  url: unknown,
  base: string | undefined,
  mimeType: unknown,
  title?: unknown,
  size?: unknown,
  duration?: unknown,
): NewsAttachment | undefined {
  const href = httpUrl(url, base);
  return href
    ? {
        url: href,
        mimeType: str(mimeType),
        title: text(title) || undefined,
        sizeInBytes: num(size),
        durationInSeconds: num(duration),
      }
    : undefined;
}

/** Drops the `undefined` entries of a mapped list. */
export const some = <T>(list: (T | undefined)[]): T[] => list.filter((x): x is T => x !== undefined);

/** WebSub hubs (`[{type, url}]`); undefined when the document has no list. */
export const hubs = (value: unknown, base?: string): NewsHub[] | undefined =>
  Array.isArray(value)
    ? some(
        value.map((h) => {
          const type = str(obj(h)?.type);
          const url = httpUrl(obj(h)?.url, base);
          return type && url ? { type, url } : undefined;
        }),
      )
    : undefined;

/**
 * Builds each item with `make`, skipping (and noting) items that throw, come back empty or repeat an id:
 * one bad item never costs the feed.
 */
export function eachItem<T>(
  list: T[],
  ctx: Context,
  make: (raw: T, index: number) => NewsItem | undefined,
): NewsItem[] {
  const items: NewsItem[] = [];
  const seen = new Set<string>();
  list.forEach((raw, index) => {
    try {
      const item = make(raw, index);
      if (!item) return;
      if (seen.has(item.id)) return note(ctx, 'duplicate-id', `item id "${item.id}" repeats; the first is kept`, index);
      seen.add(item.id);
      items.push(item);
    } catch (cause) {
      note(ctx, 'bad-item', `item skipped: ${why(cause)}`, index);
    }
  });
  return items;
}

/** Fills what an item can derive: content text from HTML, summary from content, category and breaking from tags, feed defaults. */
export function finishItem(draft: Draft, feed: Pick<NewsFeed, 'language' | 'authors'>): NewsItem {
  const contentText = draft.contentText || (draft.contentHtml ? htmlToText(draft.contentHtml) : '');
  const tags = [...new Set(draft.tags)].filter(Boolean);
  return {
    ...draft,
    title: draft.title ?? '',
    summary: draft.summary || summarize(contentText),
    contentText,
    authors: draft.authors?.length ? draft.authors : feed.authors,
    tags,
    category: draft.category || tags.find((tag) => !BREAKING.test(tag)),
    language: draft.language || feed.language,
    breaking: draft.breaking === true || tags.some((tag) => BREAKING.test(tag)),
    attachments: draft.attachments ?? [],
    extensions: draft.extensions ?? {},
  };
}
