import type { NewsAttachment, NewsAuthor, NewsFeed, NewsHub, NewsImage, NewsItem, ParseDiagnostic } from '../model.js';
import { parseIsoDate } from './iso-date.js';
import type * as Lenient from './lenient.js';
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
  /** Set when an item needed lenient.ts (no id, or no title): the document is read again with it. */
  relax?: boolean;
}

/** An item as a format parser reads it. `id` is the feed's own (guid, Atom id, JSON Feed id); empty when it has none. */
export type Draft = Partial<NewsItem>;

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

/** An item `eachItem` built, with where it was in the document and whether its id is made up. */
export interface Made {
  item: NewsItem;
  index: number;
  synthesized: boolean;
}

/**
 * Builds each item with `make`, skipping (and noting) items that throw, come back empty or have neither
 * an id nor anything to show (title, link or text): one bad item never costs the feed. A feed-given id
 * that repeats keeps its first item. Items without an id or a title need lenient.ts (ids made from
 * the item, titles from its text): without it loaded, `ctx.relax` asks for a second reading with it.
 */
export function eachItem<T>(
  list: T[],
  ctx: Context,
  make: (raw: T, index: number) => NewsItem | undefined,
): NewsItem[] {
  const made: Made[] = [];
  list.forEach((raw, index) => {
    try {
      const item = make(raw, index);
      if (!item) return;
      const synthesized = !item.id;
      if (synthesized && !item.title && !item.url && !item.contentText && !item.summary) {
        return note(ctx, 'empty-item', 'item with no id, title, link or text skipped', index);
      }
      made.push({ item, index, synthesized });
    } catch (cause) {
      note(ctx, 'bad-item', `item skipped: ${why(cause)}`, index);
    }
  });
  if (lenient) lenient.assignIds(made);
  else if (made.some((m) => m.synthesized || untitled.has(m.item))) ctx.relax = true;
  const items: NewsItem[] = [];
  const seen = new Set<string>();
  for (const m of made) {
    if (seen.has(m.item.id)) {
      note(ctx, 'duplicate-id', `item id "${m.item.id}" repeats; the first is kept`, m.index);
      continue;
    }
    lenient?.notes(m, ctx);
    seen.add(m.item.id);
    items.push(m.item);
  }
  return items;
}

/** lenient.ts once loaded (`loadLenient`). */
let lenient: typeof Lenient | undefined;
/** Items finishItem could not title without lenient.ts. */
const untitled = new WeakSet<NewsItem>();

/** Loads lenient.ts (rejects if it cannot: the reading fails rather than loops). */
export const loadLenient = async (): Promise<void> => {
  lenient ??= await import('./lenient.js');
};

/**
 * Makes `item.contentText` the text of `html` when first read. An item with its own title and summary
 * shows neither before someone reads its text (an article card's body, the ranking index), and an
 * HTML parse per item is most of a feed's reading time: 50 items of the demo, ≈ 7 ms of the task
 * in which a ticker's first headlines wait for their feed.
 */
function textWhenRead(item: NewsItem, html: string): void {
  let text: string | undefined;
  Object.defineProperty(item, 'contentText', {
    enumerable: true,
    configurable: true,
    get: () => (text ??= htmlToText(html)),
    set: (value: string) => (text = value),
  });
}

/** Fills what an item can derive: content text from HTML, summary from content, category and breaking from tags, feed defaults. */
export function finishItem(draft: Draft, feed: Pick<NewsFeed, 'language' | 'authors'>): NewsItem {
  const html = draft.contentText ? undefined : draft.contentHtml;
  // Nothing below needs the text when the feed gives both title and summary: it is read on demand.
  const later = !!(html && draft.title && draft.summary);
  const contentText = draft.contentText || (html && !later ? htmlToText(html) : '');
  const tags = [...new Set(draft.tags)].filter(Boolean);
  const full = draft.summary || summarize(contentText);
  const title = draft.title || (lenient?.headline(contentText || full, draft.url) ?? '');
  // A title taken from the text is not shown twice: the summary goes on where the title stops.
  const summary = title && !draft.title ? lenient!.after(full, title) : full;
  const item: NewsItem = {
    ...draft,
    id: draft.id ?? '',
    title,
    ...(title && !draft.title ? { titleDerived: true } : {}),
    summary,
    contentText,
    authors: draft.authors?.length ? draft.authors : feed.authors,
    tags,
    category: draft.category || tags.find((tag) => !BREAKING.test(tag)),
    language: draft.language || feed.language,
    breaking: draft.breaking === true || tags.some((tag) => BREAKING.test(tag)),
    attachments: draft.attachments ?? [],
    extensions: draft.extensions ?? {},
  };
  if (later) textWhenRead(item, html!);
  if (item.titleDerived) lenient?.derived.add(item);
  if (!draft.title && !lenient) untitled.add(item);
  return item;
}
