import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { parseFeed } from '../../../src/feed/parse.js';
import { seedFeed, SEED_TITLE } from '../helpers/seed-feed.js';
import { make, nextEvent, settle, shown, TAGS, titles, watchErrors } from './helpers.js';

/**
 * Property tests: whatever a host page assigns to `.feed`, no element throws into the page or
 * logs an error, and each ends showing items, its error box or its empty message.
 */

const ARABIC = 'ابتثجحخدذرزسشصضطظعغفقكلمنهوىيءآأإؤئة ًٌٍَُِّْـ';
const MARKS = '\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069';

const text = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: fc.constantFrom(...ARABIC, ...MARKS, ...'<>&"\' \n\t0123456789٠١٢٣'), maxLength: 80 }),
  fc.constantFrom('', ' ', '\u200f', '\u202eعاجل\u202c', SEED_TITLE, '<img src=x onerror=alert(1)>'),
  fc.integer({ min: 1000, max: 50_000 }).map((n) => 'خبر '.repeat(Math.ceil(n / 4)).slice(0, n)),
);
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
const isoDate = fc
  .date({ noInvalidDate: true, min: new Date(-8.64e15), max: new Date(8.64e15) })
  .map((d) => d.toISOString());

/** A normalized NewsItem with arbitrary text. */
const item = fc.record({
  id: fc.oneof(
    fc.uuid(),
    text.filter((s) => s.trim() !== ''),
  ),
  url: maybe(fc.oneof(fc.webUrl(), fc.constantFrom('javascript:alert(1)', 'news.example/x', ''))),
  title: text,
  summary: text,
  contentText: text,
  contentHtml: maybe(text),
  published: maybe(fc.oneof(isoDate, text)),
  category: maybe(text),
  language: maybe(fc.constantFrom('ar', 'en', 'fa', 'he', 'ar-SY', '', 'not a language!')),
  tags: fc.array(text, { maxLength: 4 }),
  authors: fc.array(fc.record({ name: text }), { maxLength: 2 }),
  source: maybe(fc.record({ name: text })),
  breaking: fc.boolean(),
  attachments: fc.constant([]),
  extensions: fc.constant({}),
});

/** A JSON Feed 1.1 item with arbitrary text. */
const jsonFeedItem = fc.record({
  id: fc.oneof(fc.uuid(), text),
  url: maybe(fc.webUrl()),
  title: maybe(text),
  content_text: maybe(text),
  content_html: maybe(text),
  summary: maybe(text),
  date_published: maybe(isoDate),
  tags: maybe(fc.array(text, { maxLength: 3 })),
});

const goodFeed = fc.oneof(
  fc.record({
    format: fc.constant('json-feed'),
    title: text,
    language: maybe(fc.constantFrom('ar', 'en', 'fa', '')),
    authors: fc.constant([]),
    extensions: fc.constant({}),
    items: fc.array(item, { maxLength: 12 }),
  }),
  fc.record({
    version: fc.constant('https://jsonfeed.org/version/1.1'),
    title: text,
    language: maybe(fc.constantFrom('ar', 'en')),
    items: fc.array(jsonFeedItem, { maxLength: 12 }),
  }),
);

const wrong = fc.oneof(fc.constant(null), fc.integer(), fc.double(), fc.boolean(), fc.array(fc.string()), fc.object());

/** Values of the wrong shape: anything at all, feeds with wrong field types, null items, numbers as titles. */
const badFeed = fc.oneof(
  fc.anything().filter((v) => v !== undefined),
  fc.record({
    format: fc.constantFrom('json-feed', 'rss', 'atom', 'wordpress'),
    title: wrong,
    items: fc.array(
      fc.oneof(
        wrong,
        fc.record({ id: fc.oneof(wrong, fc.string()), title: wrong, summary: wrong, tags: wrong, published: wrong }),
      ),
      { maxLength: 6 },
    ),
  }),
  fc.record({
    version: fc.constant('https://jsonfeed.org/version/1.1'),
    title: wrong,
    items: fc.oneof(
      wrong,
      fc.array(fc.oneof(fc.constant(null), fc.record({ id: wrong, title: fc.oneof(fc.integer(), fc.double()) }))),
    ),
  }),
  fc.constantFrom('', 'not a feed', '<html><body>Oops</body></html>', '{"items": "none"}', '[1, 2, 3]', '<rss>'),
);

async function check(tag: (typeof TAGS)[number], value: unknown): Promise<void> {
  const watch = watchErrors();
  const el = make(tag);
  document.body.append(el);
  try {
    el.feed = value;
    const state = await settle(el);
    expect(['content', 'error', 'empty'], `${tag} shows ${state}`).to.include(state);
    // Let any late work (sanitizer, image errors, motion) run before judging.
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(watch.errors, watch.errors.join('\n')).to.deep.equal([]);
  } finally {
    el.remove();
    watch.stop();
  }
}

describe('resilience: arbitrary values in .feed', function () {
  this.timeout(120_000);

  for (const tag of TAGS) {
    it(`${tag}: well-typed feeds with any text render content or the empty state, without errors`, async () => {
      await fc.assert(
        fc.asyncProperty(goodFeed, async (feed) => {
          await check(tag, feed);
        }),
        { numRuns: 30, includeErrorInReport: true },
      );
    });

    it(`${tag}: ill-typed values render content, the error or the empty state, without errors`, async () => {
      await fc.assert(
        fc.asyncProperty(badFeed, async (value) => {
          await check(tag, value);
        }),
        { numRuns: 30, includeErrorInReport: true },
      );
    });

    it(`${tag}: a rejected .feed after a good one fires news-error and keeps the headlines shown`, async () => {
      await fc.assert(
        fc.asyncProperty(badFeed, async (value) => {
          fc.pre(!(await parseFeed(value)).ok);
          const watch = watchErrors();
          const el = make(tag, tag === 'related-list' ? { for: 'syrianews-lavrov-2024-12-26' } : {});
          document.body.append(el);
          try {
            el.feed = seedFeed();
            expect(await settle(el)).to.equal('content');
            const before = titles(el);
            expect(before.length).to.be.greaterThan(0);
            const event = nextEvent(el, ['news-error', 'news-load']);
            el.feed = value;
            expect((await event).type).to.equal('news-error');
            await el.updateComplete;
            expect(shown(el), 'state after the bad update').to.equal('content');
            expect(titles(el)).to.deep.equal(before);
            expect(watch.errors, watch.errors.join('\n')).to.deep.equal([]);
          } finally {
            el.remove();
            watch.stop();
          }
        }),
        { numRuns: 15, includeErrorInReport: true },
      );
    });
  }
});
