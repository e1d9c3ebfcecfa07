import type { NewsItem } from '../model.js';
import { note, type Context, type Made } from './item.js';
import { summarize } from './text.js';

/**
 * What items without an id or a title need: stable ids made from the item itself, and a headline
 * taken from its text. A chunk of its own in the script-tag bundle, loaded by the readers when an
 * item needs it (see `eachItem` in item.ts): a feed whose items all have an id and a title never
 * downloads it.
 */

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

/** Items whose title finishItem derived in this reading (a normalized feed read again is not noted twice). */
export const derived = new WeakSet<NewsItem>();

/** A headline for an item without one: the first sentence of its text, or its link. */
export function headline(text: string, url: string | undefined): string {
  const line = text.split('\n')[0]!.trim();
  if (!line) return url ? url.replace(/^https?:\/\/(www\.)?/, '').replace(/\/$/, '') : '';
  const sentence = /^.{20,}?[.!?؟。](?=\s|$)/u.exec(line)?.[0] ?? line;
  return summarize(sentence, 80);
}

/** `text` without its opening `lead` (a headline cut from it: '…' marks where it was cut). */
export function after(text: string, lead: string): string {
  const cut = lead.endsWith('…');
  const stem = cut ? lead.slice(0, -1) : lead;
  if (!text.startsWith(stem)) return text;
  const rest = text.slice(stem.length).trim();
  return rest && cut ? `…${rest}` : rest;
}

/**
 * Gives the items of `made` without an id one (synthesizeId); synthesized ids that collide (two
 * entries with one link) each get their content's hash appended — all of them, so which one comes
 * first does not decide their ids — so that only exact copies repeat (`eachItem` drops repeats).
 */
export function assignIds(made: Made[]): void {
  for (const m of made) if (m.synthesized) m.item.id = synthesizeId(m.item);
  const given = new Set(made.filter((m) => !m.synthesized).map((m) => m.item.id));
  const count = new Map<string, number>();
  for (const m of made) if (m.synthesized) count.set(m.item.id, (count.get(m.item.id) ?? 0) + 1);
  for (const { item, synthesized } of made)
    if (synthesized && (count.get(item.id)! > 1 || given.has(item.id))) item.id += `#${hash(fingerprint(item))}`;
}

/** The notes for an item `eachItem` keeps: a made-up id, a title taken from the text. */
export function notes({ item, index, synthesized }: Made, ctx: Context): void {
  // An id from the link is RSS's usual case (guid is optional); one from the title or text is worth a note.
  if (synthesized && !item.url)
    note(ctx, 'missing-id', `item without an id or link: id "${item.id}" made from its content`, index);
  if (derived.has(item)) note(ctx, 'derived-title', 'item without a title: the start of its text stands in', index);
}
