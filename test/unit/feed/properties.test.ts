// @vitest-environment jsdom
// Totality: no input of any type or size makes parseFeed throw or reject, and whatever it produces keeps the model's promises.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FeedError, type FeedErrorKind } from '../../../src/feed/errors.js';
import { parseFeed, type ParseResult } from '../../../src/feed/parse.js';
import { feedProblems, fixtureText } from './helpers.js';

const KINDS: FeedErrorKind[] = ['parse', 'unsupported', 'invalid-input'];

/** The property every result must have: a feed keeping the model's promises, or a typed error. */
function wellFormed(result: ParseResult): boolean {
  if (!result || !Array.isArray(result.diagnostics)) return false;
  if (!result.ok) return result.error instanceof FeedError && KINDS.includes(result.error.kind);
  const problems = feedProblems(result.feed);
  if (problems.length) throw new Error(problems.join('\n'));
  return true;
}

const check = (input: unknown, options?: { url?: string; contentType?: string }) =>
  parseFeed(input, options).then(wellFormed);

/** Values of the wrong type for any field. */
const junk = fc.oneof(
  fc.string(),
  fc.constantFrom(
    '',
    ' ',
    'javascript:alert(1)',
    '/relative',
    'https://ok.example/x',
    '2024-12-26T12:51:00+03:00',
    '<b>x</b>&amp;',
  ),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.string(), { maxLength: 3 }),
  fc.dictionary(fc.string(), fc.string(), { maxKeys: 3 }),
);
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
const options = fc.record(
  {
    url: maybe(fc.oneof(fc.webUrl(), fc.string())),
    contentType: maybe(
      fc.constantFrom('application/json', 'application/rss+xml; charset=windows-1256', 'text/html', 'x'),
    ),
  },
  { requiredKeys: [] },
);

describe('parseFeed is total', () => {
  it('on arbitrary JSON values, raw and serialized', async () => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue(), options, async (value, opts) => {
        expect(await check(value, opts)).toBe(true);
        expect(await check(JSON.stringify(value) ?? '', opts)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('on arbitrary values of any type (typed arrays, maps, boxed values, null prototypes)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.anything({
          withTypedArray: true,
          withBoxedValues: true,
          withMap: true,
          withSet: true,
          withNullPrototype: true,
        }),
        async (value) => {
          expect(await check(value)).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('on arbitrary strings, bytes, and strings that start like JSON, XML or HTML', async () => {
    const text = fc.oneof(
      fc.string({ unit: 'binary' }),
      fc.string().map((s) => `{${s}`),
      fc.string().map((s) => `<rss><channel><item>${s}`),
      fc.string().map((s) => `<feed xmlns="http://www.w3.org/2005/Atom"><entry>${s}</entry></feed>`),
      fc.string().map((s) => `<html>${s}`),
    );
    await fc.assert(
      fc.asyncProperty(text, options, async (s, opts) => {
        expect(await check(s, opts)).toBe(true);
      }),
      { numRuns: 300 },
    );
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 200 }), options, async (bytes, opts) => {
        expect(await check(bytes, opts)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('on objects shaped like feeds whose fields have the wrong types', async () => {
    const field = maybe(junk);
    const jsonItem = fc.record(
      {
        id: field,
        url: field,
        external_url: field,
        title: field,
        content_html: field,
        content_text: field,
        summary: field,
        image: field,
        banner_image: field,
        date_published: field,
        date_modified: field,
        authors: maybe(fc.array(fc.record({ name: field, url: field, avatar: field }), { maxLength: 2 })),
        author: field,
        tags: maybe(fc.array(junk, { maxLength: 3 })),
        language: field,
        attachments: maybe(
          fc.array(fc.record({ url: field, mime_type: field, size_in_bytes: field }), { maxLength: 2 }),
        ),
        _news: maybe(fc.record({ category: field, source: field, breaking: field })),
      },
      { requiredKeys: [] },
    );
    const jsonFeed = fc.record({
      version: fc.constant('https://jsonfeed.org/version/1.1'),
      title: field,
      home_page_url: field,
      feed_url: field,
      next_url: field,
      icon: field,
      language: field,
      expired: field,
      hubs: field,
      authors: field,
      items: fc.oneof(fc.array(jsonItem, { maxLength: 5 }), junk),
    });
    const wpPost = fc.record(
      {
        id: fc.oneof(fc.integer(), junk),
        title: fc.oneof(fc.record({ rendered: field }), junk),
        content: fc.record({ rendered: field }),
        excerpt: field,
        link: field,
        date_gmt: field,
        modified_gmt: field,
        _embedded: maybe(
          fc.record({
            author: field,
            'wp:featuredmedia': maybe(fc.array(fc.record({ source_url: field, media_details: field }))),
            'wp:term': field,
          }),
        ),
      },
      { requiredKeys: ['id', 'title'] },
    );
    const normalized = fc.record({
      format: fc.constantFrom('json-feed', 'rss', 'atom', 'wordpress'),
      title: field,
      homePageUrl: field,
      authors: field,
      hubs: field,
      extensions: field,
      items: fc.array(
        fc.record(
          {
            id: field,
            title: field,
            url: field,
            image: maybe(fc.record({ url: field, width: field })),
            published: field,
            tags: field,
            source: field,
            attachments: field,
            authors: field,
            breaking: field,
            extensions: field,
          },
          { requiredKeys: [] },
        ),
        { maxLength: 4 },
      ),
    });
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(jsonFeed, fc.array(wpPost, { maxLength: 4 }), wpPost, normalized),
        options,
        async (doc, opts) => {
          expect(await check(doc, opts)).toBe(true);
        },
      ),
      { numRuns: 400 },
    );
  });
});

describe('RSS and Atom with arbitrary field values', () => {
  const esc = (v: string) => v.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
  const value = fc
    .oneof(
      fc.string(),
      fc.string({ unit: fc.constantFrom('ا', 'ب', 'ع', ' ', '<', '&', '"', '/', ':', '\n') }),
      fc.constantFrom(
        'javascript:alert(1)',
        '/a',
        'https://ok.example/i.png',
        'Thu, 26 Dec 2024 12:51:00 +0300',
        '&amp;nbsp;',
      ),
    )
    .map(esc);
  const fields = fc.array(value, { minLength: 8, maxLength: 8 });

  it('reads every well-formed document and keeps the model promises', async () => {
    await fc.assert(
      fc.asyncProperty(fields, fc.boolean(), async ([a, b, c, d, e, f, g, h], atom) => {
        const doc = atom
          ? `<feed xmlns="http://www.w3.org/2005/Atom" xml:base="${h}"><title type="html">${a}</title>
             <entry><id>${b}</id><title>${c}</title><link href="${d}"/><published>${e}</published>
             <content type="${f}">${g}</content><category term="${h}"/><author><name>${a}</name><uri>${d}</uri></author></entry></feed>`
          : `<rss xmlns:media="http://search.yahoo.com/mrss/"><channel><title>${a}</title><link>${b}</link>
             <item><title>${c}</title><link>${d}</link><guid>${b}</guid><pubDate>${e}</pubDate><description>${g}</description>
             <enclosure url="${f}" type="image/png"/><media:thumbnail url="${h}" width="${e}"/><category>${h}</category>
             <author>${a}</author><source url="${d}">${c}</source></item></channel></rss>`;
        const result = await parseFeed(doc, { url: 'https://feeds.example/x' });
        expect(result.ok).toBe(true);
        expect(wellFormed(result)).toBe(true);
      }),
      { numRuns: 60 },
    );
  }, 20_000);
});

/** Every path to a value inside a JSON document. */
function paths(value: unknown, at: (string | number)[] = []): (string | number)[][] {
  if (!value || typeof value !== 'object') return [at];
  return [at, ...Object.entries(value).flatMap(([k, v]) => paths(v, [...at, Array.isArray(value) ? +k : k]))];
}

/** A copy of `doc` with the value at `path` removed (`undefined`) or replaced. */
function mutate(doc: unknown, path: (string | number)[], replacement: unknown): unknown {
  if (!path.length) return replacement;
  const copy = structuredClone(doc) as Record<string | number, unknown>;
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  if (replacement === undefined) delete node[path.at(-1)!];
  else node[path.at(-1)!] = replacement;
  return copy;
}

describe('parseFeed survives mutations of real fixtures', () => {
  for (const name of ['seed.json', 'seed-wp.json']) {
    it(`${name}: fields dropped or replaced with junk`, async () => {
      const doc = JSON.parse(fixtureText(name)) as unknown;
      const all = paths(doc);
      await fc.assert(
        fc.asyncProperty(
          fc.array(fc.tuple(fc.nat(all.length - 1), maybe(junk)), { minLength: 1, maxLength: 4 }),
          async (edits) => {
            let mutated = doc;
            for (const [i, replacement] of edits) {
              try {
                mutated = mutate(mutated, all[i]!, replacement);
              } catch {
                // the path vanished with an earlier edit
              }
            }
            expect(await check(mutated, { url: 'https://news.example/feeds/x' })).toBe(true);
          },
        ),
        { numRuns: 100 },
      );
    }, 20_000);
  }

  for (const name of ['seed.json', 'seed.rss', 'seed.atom', 'major-news.rss', 'xhtml.atom', 'seed-wp.json']) {
    it(`${name}: truncated, or with a slice cut out or garbage spliced in`, async () => {
      const text = fixtureText(name);
      await fc.assert(
        fc.asyncProperty(
          fc.nat(text.length),
          fc.nat(text.length),
          fc.string({ maxLength: 8 }),
          async (a, b, garbage) => {
            const [from, to] = a < b ? [a, b] : [b, a];
            expect(await check(text.slice(0, from))).toBe(true);
            expect(await check(text.slice(0, from) + garbage + text.slice(to))).toBe(true);
          },
        ),
        { numRuns: 25 },
      );
    }, 20_000);
  }
});
