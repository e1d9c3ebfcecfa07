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

/**
 * cyrb53: a fast 53-bit string hash (public domain, bryc). Synchronous and the same in every
 * runtime, so an id made from it holds across refreshes, tabs and the server.
 */
export function hash(value: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/** What an item says, as one string: two items with the same fingerprint are the same item. */
const fingerprint = (item: NewsItem) =>
  [item.url, item.titleDerived ? '' : item.title, item.published, item.contentHtml ?? item.contentText].join('\u0000');

/**
 * The id of an item the feed gave none: its link, else its title and date, else a hash of its content
 * (the RSS guid, Atom id or JSON Feed id come first, from the parser). Built only from the item itself,
 * so it does not change when other items come, go or move.
 */
function synthesizeId(item: NewsItem): string {
  if (item.url) return item.url;
  if (item.title && !item.titleDerived) return `urn:x-news:${hash(`${item.title}\u0000${item.published ?? ''}`)}`;
  return `urn:x-news:${hash(fingerprint(item))}`;
}

/**
 * Builds each item with `make`, skipping (and noting) items that throw, come back empty or have neither
 * an id nor anything to show (title, link or text): one bad item never costs the feed. Items without an id get one
 * (synthesizeId). A feed-given id that repeats keeps its first item; synthesized ids that collide
 * (two entries with one link) each get their content's hash appended — all of them, so which one
 * comes first does not decide their ids — and exact copies are dropped.
 */
export function eachItem<T>(
  list: T[],
  ctx: Context,
  make: (raw: T, index: number) => NewsItem | undefined,
): NewsItem[] {
  const made: { item: NewsItem; index: number; synthesized: boolean }[] = [];
  list.forEach((raw, index) => {
    try {
      const item = make(raw, index);
      if (!item) return;
      const synthesized = !item.id;
      if (synthesized && !item.title && !item.url && !item.contentText && !item.summary) {
        return note(ctx, 'empty-item', 'item with no id, title, link or text skipped', index);
      }
      if (synthesized) item.id = synthesizeId(item);
      made.push({ item, index, synthesized });
    } catch (cause) {
      note(ctx, 'bad-item', `item skipped: ${why(cause)}`, index);
    }
  });
  const given = new Set(made.filter((m) => !m.synthesized).map((m) => m.item.id));
  const count = new Map<string, number>();
  for (const m of made) if (m.synthesized) count.set(m.item.id, (count.get(m.item.id) ?? 0) + 1);
  const items: NewsItem[] = [];
  const seen = new Set<string>();
  for (const { item, index, synthesized } of made) {
    if (synthesized && (count.get(item.id)! > 1 || given.has(item.id))) item.id += `#${hash(fingerprint(item))}`;
    if (seen.has(item.id)) {
      note(ctx, 'duplicate-id', `item id "${item.id}" repeats; the first is kept`, index);
      continue;
    }
    // An id from the link is RSS's usual case (guid is optional); one from the title or text is worth a note.
    if (synthesized && !item.url)
      note(ctx, 'missing-id', `item without an id or link: id "${item.id}" made from its content`, index);
    if (derived.has(item)) note(ctx, 'derived-title', 'item without a title: the start of its text stands in', index);
    seen.add(item.id);
    items.push(item);
  }
  return items;
}

/** Items whose title finishItem derived in this reading (a normalized feed read again is not noted twice). */
const derived = new WeakSet<NewsItem>();

/** A headline for an item without one: the first sentence of its text, or its link. */
function headline(text: string, url: string | undefined): string {
  const line = text.split('\n')[0]!.trim();
  if (!line) return url ? url.replace(/^https?:\/\/(www\.)?/, '').replace(/\/$/, '') : '';
  const sentence = /^.{20,}?[.!?؟。](?=\s|$)/u.exec(line)?.[0] ?? line;
  return summarize(sentence, 80);
}

/** `text` without its opening `lead` (a headline cut from it: '…' marks where it was cut). */
function after(text: string, lead: string): string {
  const cut = lead.endsWith('…');
  const stem = cut ? lead.slice(0, -1) : lead;
  if (!text.startsWith(stem)) return text;
  const rest = text.slice(stem.length).trim();
  return rest && cut ? `…${rest}` : rest;
}

/** Fills what an item can derive: content text from HTML, summary from content, category and breaking from tags, feed defaults. */
export function finishItem(draft: Draft, feed: Pick<NewsFeed, 'language' | 'authors'>): NewsItem {
  const contentText = draft.contentText || (draft.contentHtml ? htmlToText(draft.contentHtml) : '');
  const tags = [...new Set(draft.tags)].filter(Boolean);
  const full = draft.summary || summarize(contentText);
  const title = draft.title || headline(contentText || full, draft.url);
  // A title taken from the text is not shown twice: the summary goes on where the title stops.
  const summary = title && !draft.title ? after(full, title) : full;
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
  if (item.titleDerived) derived.add(item);
  return item;
}
