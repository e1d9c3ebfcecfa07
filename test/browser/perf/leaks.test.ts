import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../../src/elements/article-card/article-card.js';
import '../../../src/elements/related-list/related-list.js';
import { feedOf, headlines, ticker, type NewsTicker } from '../news-ticker/ticker-helpers.js';

/** What the impression bookkeeping holds (the elements it watches and the item ids it has counted). */
type Bookkeeping = {
  impressions: { targets: Map<Element, unknown>; seen: Set<string>; pending: Map<Element, unknown> };
};
const books = (el: NewsTicker) => (el as unknown as Bookkeeping).impressions;

/** Refreshes `el` `count` times with a feed that changes each time: one new headline, the oldest gone. */
async function refresh(el: NewsTicker, count: number) {
  for (let n = 1; n <= count; n++) {
    el.feed = feedOf(headlines(10, n));
    await el.updateComplete;
    await new Promise((resolve) => setTimeout(resolve));
    await el.updateComplete;
  }
}

describe('updates leave nothing behind', function () {
  this.timeout(30_000);

  for (const mode of ['scroll', 'step'] as const) {
    it(`a ${mode} ticker refreshed 150 times on a changing feed watches only what it shows and remembers only the feed's ids`, async () => {
      const el = await ticker(
        feedOf(headlines(10)),
        {},
        (feed) => html`<news-ticker .feed=${feed} mode=${mode} interval="0.2" limit="10"></news-ticker>`,
      );
      (el as unknown as { impressions: { delay: number } }).impressions.delay = 50;
      await aTimeout(300);
      await refresh(el, 150);
      await aTimeout(300);
      const { targets, seen, pending } = books(el);
      const shadow = el.shadowRoot!;
      const detached = [...targets.keys(), ...pending.keys()].filter((t) => !shadow.contains(t));
      expect(detached, 'elements no longer on screen still watched').to.have.length(0);
      const ids = new Set(headlines(10, 150).map((item) => item.id));
      expect(
        [...seen].filter((id) => !ids.has(id)),
        'ids of items gone from the feed',
      ).to.deep.equal([]);
      expect(seen.size, 'some impressions were counted').to.be.greaterThan(0);
    });
  }
});

/** The page's V8 heap after GC, from a CDP heap snapshot (web-test-runner.config.mjs, scripts/lib/heap-snapshot.mjs). */
type Heap = { code: number; js: number; blink: number; objects: number; matches: string[] };
const heap = (pattern: string) => executeServerCommand<Heap, { pattern: string }>('heap-snapshot', { pattern });

describe('refreshes through src leave nothing behind', function () {
  this.timeout(240_000);
  const URL_ = '/leak-feed.json';
  const LEAD = 'leak-lead';
  let requests = 0;
  let last = 0;
  const original = window.fetch;

  /** Request n: the lead article plus 30 items of which one is new and the oldest gone, every 7th title edited; every 5th fails. */
  function answer(): Response {
    const n = requests++;
    if (n % 5 === 4) return new Response('busy', { status: 503 });
    last = n;
    const item = (k: number) => ({
      id: `leak-${k}`,
      url: `https://news.example/leak/${k}`,
      title: k % 7 === 0 ? `خبر متجدد رقم ${k} (${n})` : `خبر متجدد رقم ${k} عن الاقتصاد والطقس`,
      content_text: `نص الخبر ${k} عن الاقتصاد والطقس في دمشق`,
      date_published: new Date(Date.UTC(2024, 11, 26, 0, k % 1440)).toISOString(),
      tags: [k % 2 ? 'اقتصاد' : 'طقس'],
    });
    const feed = {
      version: 'https://jsonfeed.org/version/1.1',
      title: 'أخبار',
      language: 'ar',
      items: [
        { ...item(0), id: LEAD, url: 'https://news.example/leak/lead', title: 'الخبر الرئيسي عن الاقتصاد' },
        ...Array.from({ length: 30 }, (_, j) => item(n + 29 - j)),
      ],
    };
    return new Response(JSON.stringify(feed), { headers: { 'content-type': 'application/feed+json' } });
  }

  before(() => {
    window.fetch = (input, init) =>
      String(input instanceof Request ? input.url : input).endsWith(URL_)
        ? Promise.resolve(answer())
        : original(input, init);
  });
  after(() => {
    window.fetch = original;
  });

  it('ticker, card and related list refreshed 150 times on a changing feed (1 in 5 requests failing) keep only the current items', async () => {
    const page = await fixture<HTMLElement>(html`
      <div dir="rtl" style="inline-size: 600px">
        <news-ticker src=${URL_} refresh="0.05" limit="50"></news-ticker>
        <article-card src=${URL_} item-id=${LEAD} refresh="0.05"></article-card>
        <related-list src=${URL_} for=${LEAD} refresh="0.05"></related-list>
      </div>
    `);
    const elements = [...page.children] as HTMLElement[];
    // Each answer (news-load or news-error on the ticker) is one refresh of all three elements.
    const refreshes = (count: number) =>
      new Promise<void>((resolve) => {
        const ticker = elements[0];
        let seen = 0;
        const on = () => {
          if (++seen < count) return;
          ticker.removeEventListener('news-load', on);
          ticker.removeEventListener('news-error', on);
          resolve();
        };
        ticker.addEventListener('news-load', on);
        ticker.addEventListener('news-error', on);
      });
    const refreshAt = (value: string) => elements.forEach((el) => el.setAttribute('refresh', value));
    /** The ids (`leak-N`) held anywhere in the heap, as numbers, with refreshes stopped. */
    const reading = async () => {
      refreshAt('0');
      await aTimeout(300);
      const { js, matches } = await heap('^leak-\\d+$');
      // Numbers only: the strings themselves, kept here, would be held by this test.
      return { js, ids: matches.map((id) => Number(id.slice(5))).sort((a, b) => a - b) };
    };

    await refreshes(30); // code, styles and template caches in place
    const start = await reading();
    refreshAt('0.05');
    await refreshes(150);
    const end = await reading();

    expect(requests, 'requests made').to.be.greaterThan(180);
    // The items of the last good answer: ids last … last + 29 (the lead's id is not a `leak-N`). Setting
    // refresh="0" to read re-subscribes and may abort a request on its way, so the elements can still show
    // an answer a few requests older (`last` counts answers made, not shown). A leak keeps every refresh's
    // items: 150 refreshes hold hundreds of ids (a Map instead of the WeakMap in the ranking cache: 255).
    const gone = end.ids.filter((id) => id < last - 5 || id > last + 29);
    expect(gone, `ids of items gone from the feed still held (last answer made: ${last})`).to.deep.equal([]);
    expect(end.ids.length, 'ids held').to.be.within(30, 35);
    // What scripts keep (compiled code aside): a leak of one item per refresh would be ≳ 150 KB.
    expect((end.js - start.js) / 1024, 'KB kept after 150 refreshes (not compiled code)').to.be.below(64);
    expect(start.ids, 'the reading sees the current ids').to.have.length(30);
  });
});
