import { readFileSync } from 'node:fs';
import type { NewsFeed, NewsItem } from '../../../src/feed/model.js';
import { parseFeed, type ParseOptions } from '../../../src/feed/parse.js';
import seed from '../../fixtures/seed-data.json';

export { seed };

/** A fixture's bytes (vitest runs from the package root). */
export const fixture = (name: string): Uint8Array => readFileSync(`test/fixtures/${name}`);
export const fixtureText = (name: string): string => readFileSync(`test/fixtures/${name}`, 'utf8');

/** Parses and insists on success, so a test reads `feed.items[0]` directly. */
export async function parseOk(input: unknown, options?: ParseOptions) {
  const result = await parseFeed(input, options);
  if (!result.ok) throw new Error(`expected a feed, got ${result.error.kind}: ${result.error.message}`);
  return result;
}

/** The seed article's body as text: paragraphs separated by a blank line. */
export const seedText = (quotes: (p: string) => string = (p) => p): string =>
  seed.article.paragraphs.map(quotes).join('\n\n');

const ISO = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{3})?Z$/;
const isHttp = (url: unknown) =>
  url === undefined || (typeof url === 'string' && /^https?:\/\//.test(url) && !!new URL(url));
const isText = (value: unknown) => typeof value === 'string';
const isOptText = (value: unknown) => value === undefined || typeof value === 'string';

/** Every broken model promise of an item, as readable strings (empty when it keeps them all). */
export function itemProblems(item: NewsItem): string[] {
  const problems: string[] = [];
  const check = (ok: boolean, what: string) => ok || problems.push(`${item?.id}: ${what}`);
  check(isText(item.id) && item.id.trim() !== '', 'id is a non-empty string');
  check(
    isText(item.title) && isText(item.summary) && isText(item.contentText),
    'title/summary/contentText are strings',
  );
  check(isOptText(item.contentHtml) && isOptText(item.category) && isOptText(item.language), 'optional texts');
  check(
    [item.published, item.modified].every((d) => d === undefined || (isText(d) && ISO.test(d))),
    'dates are ISO',
  );
  check(
    [item.url, item.externalUrl, item.image?.url, item.bannerImage?.url, item.baseUrl].every(isHttp),
    'urls are http(s)',
  );
  check(
    item.attachments.every((a) => isHttp(a.url) && a.url !== undefined),
    'attachment urls',
  );
  check(
    item.authors.every((a) => isText(a.name) && a.name !== '' && isHttp(a.url) && isHttp(a.avatar)),
    'authors',
  );
  check(Array.isArray(item.tags) && item.tags.every((t) => isText(t) && t !== ''), 'tags are strings');
  check(typeof item.breaking === 'boolean', 'breaking is boolean');
  check(!!item.extensions && typeof item.extensions === 'object', 'extensions is an object');
  check(item.source === undefined || (isText(item.source.name) && isHttp(item.source.url)), 'source');
  check(
    item.related === undefined ||
      (Array.isArray(item.related) &&
        item.related.length > 0 &&
        item.related.every(
          (r) => (isText(r.id) || isText(r.url)) && isOptText(r.id) && isHttp(r.url) && isOptText(r.title),
        )),
    'related: a non-empty list of {id and/or http(s) url, text title}',
  );
  return problems;
}

export function feedProblems(feed: NewsFeed): string[] {
  const problems = feed.items.flatMap(itemProblems);
  if (!['json-feed', 'rss', 'atom', 'wordpress'].includes(feed.format)) problems.push('format');
  if (!isText(feed.title)) problems.push('feed title');
  if (![feed.homePageUrl, feed.feedUrl, feed.nextUrl, feed.icon, feed.favicon].every(isHttp))
    problems.push('feed urls');
  if (!feed.authors.every((a) => isText(a.name) && isHttp(a.url))) problems.push('feed authors');
  if (new Set(feed.items.map((i) => i.id)).size !== feed.items.length) problems.push('duplicate ids');
  return problems;
}
