/**
 * The differential test's three readers over one corpus file, reduced to what a reader of a news
 * widget sees of each entry: its title, its link, whether it has text, and its date.
 * Peers: rss-parser 3.13.0 (RSS/Atom/RDF through xml2js) and @extractus/feed-extractor 8.0.3
 * (RSS/Atom/RDF through fast-xml-parser, and JSON Feed). Both are devDependencies only.
 */
import { extractFromJson, extractFromXml } from '@extractus/feed-extractor';
import Parser from 'rss-parser';
import { parseFeed } from '../../../src/feed/parse.js';
import { decode } from '../../../src/feed/parsers/decode.js';

export interface Entry {
  title: string;
  link: string;
  text: string;
  /** Milliseconds since the epoch; NaN when the reader gave none or an unreadable one. */
  dates: number[];
  derivedTitle?: boolean;
}

/** Entries as read, or the reason the reader gave none (it threw or rejected). */
export type Reading = { entries: Entry[] } | { failed: string };

export const PEERS = ['rss-parser', 'feed-extractor'] as const;
export type Peer = (typeof PEERS)[number];

const rssParser = new Parser();

/** A field a peer may give as a string, an array or an object (xml2js keeps markup it does not know as objects). */
const s = (value: unknown): string => (typeof value === 'string' ? value : '');
const when = (value: unknown): number => (typeof value === 'string' && value.trim() ? Date.parse(value) : NaN);

const isJson = (text: string) => /^\s*[[{]/.test(text);

export async function readRssParser(text: string): Promise<Reading> {
  if (isJson(text)) return { failed: 'reads no JSON Feed' };
  try {
    const feed = await rssParser.parseString(text);
    return {
      entries: (feed.items ?? []).map((item) => ({
        title: s(item.title),
        link: s(item.link),
        text: s(item.contentSnippet) || s(item.content) || s(item.summary),
        dates: [when(item.isoDate)],
      })),
    };
  } catch (cause) {
    return { failed: cause instanceof Error ? cause.message : String(cause) };
  }
}

export function readFeedExtractor(text: string): Reading {
  try {
    const feed = isJson(text) ? extractFromJson(text) : extractFromXml(text);
    return {
      entries: (feed.entries ?? []).map((entry) => ({
        title: s(entry.title),
        link: s(entry.link),
        text: s(entry.description),
        dates: [when(entry.published)],
      })),
    };
  } catch (cause) {
    return { failed: cause instanceof Error ? cause.message : String(cause) };
  }
}

export async function readOurs(bytes: Uint8Array): Promise<Reading & { diagnostics?: string[] }> {
  const result = await parseFeed(bytes);
  if (!result.ok) return { failed: `${result.error.kind}: ${result.error.message}` };
  return {
    entries: result.feed.items.map((item) => ({
      title: item.title,
      link: item.url ?? '',
      text: item.contentText || item.summary,
      dates: [when(item.published), when(item.modified)],
      derivedTitle: (item as { titleDerived?: boolean }).titleDerived === true,
    })),
    diagnostics: result.diagnostics.map((d) => d.code),
  };
}

/** The text the peers get: the same decoding ours applies to the bytes (the test is about parsing, not charsets). */
export const asText = (bytes: Uint8Array): string => decode(bytes).replace(/^\ufeff/, '');

/** Something to show: a title, a link or text. */
export const shows = (e: Entry): boolean => !!(e.title.trim() || e.link.trim() || e.text.trim());

export const entriesOf = (reading: Reading): Entry[] => ('entries' in reading ? reading.entries.filter(shows) : []);

/** Plain text as a reader sees it: markup stripped, entities decoded, whitespace collapsed. */
const plainCache = new Map<string, string>();
export function plain(value: string): string {
  let known = plainCache.get(value);
  if (known === undefined) plainCache.set(value, (known = plainText(value)));
  return known;
}

function plainText(value: string): string {
  if (!/[<&]/.test(value)) return value.replace(/\s+/g, ' ').trim();
  const doc = new DOMParser().parseFromString(value, 'text/html');
  // Twice: some peers leave escaped markup (`&lt;b&gt;`) that a second pass turns into text.
  const once = doc.body.textContent ?? '';
  const twice = /[<&]/.test(once) ? (new DOMParser().parseFromString(once, 'text/html').body.textContent ?? '') : once;
  return twice.replace(/\s+/g, ' ').trim();
}

/** Whether a peer's link is ours: the same URL, or (a peer that leaves links relative) the end of ours. */
export function sameLink(theirs: string, ours: string): boolean {
  const link = theirs.trim();
  if (!/^[a-z][\w+.-]*:/i.test(link)) return ours.endsWith(link.replace(/^\.?\//, ''));
  try {
    return new URL(link).href === new URL(ours).href;
  } catch {
    return false;
  }
}

/**
 * Pairs a peer's entries with ours: by position when both read the same number, else by link, then
 * by title. Entries without a partner are left out of the field comparison (the presence check
 * counts them).
 */
export function pair(theirs: Entry[], ours: Entry[]): [Entry, Entry][] {
  if (theirs.length === ours.length) return theirs.map((t, i) => [t, ours[i]!]);
  const left = [...ours];
  const pairs: [Entry, Entry][] = [];
  for (const t of theirs) {
    const i = left.findIndex(
      (o) => (t.link && o.link && sameLink(t.link, o.link)) || (t.title && plain(t.title) === plain(o.title)),
    );
    if (i >= 0) pairs.push([t, left.splice(i, 1)[0]!]);
  }
  return pairs;
}
