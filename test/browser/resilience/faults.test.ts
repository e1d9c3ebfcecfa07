import { expect } from '@open-wc/testing';
import { subscribe, type LoadOptions, type Subscription } from '../../../src/feed/store.js';
import { recordingSleep, requests, route, setHidden, uniqueKey, until } from '../feed/helpers.js';
import { make, nextEvent, settle, shown, TAGS, titles, watchErrors, type Tag, type Widget } from './helpers.js';

/**
 * The feed server's fault matrix against every element: what the reader sees (items, or the
 * message with a Retry button), which events the page gets, and that headlines already shown
 * survive a failed refresh.
 *
 * The elements do not expose fetch options; the page-wide store keeps the options of a URL's
 * first subscriber, so each test subscribes first with short timeouts and a recording sleep.
 */

const NEWS = 'server/news.json';
const FIRST_TITLE = 'لافروف: الشرع قال العلاقات قديمة واستراتيجية مع روسيا ونحن ندعم هذا الطرح';
const ATTRS: Record<Tag, Record<string, string>> = {
  'news-ticker': { motion: 'reduce' },
  'article-card': {},
  'related-list': { for: 'lavrov-2024-12-26' },
};

let cleanup: (() => void)[] = [];
afterEach(() => {
  cleanup.forEach((fn) => fn());
  cleanup = [];
});

/** Subscribes first with `options` (so the URL's fetches use them), then mounts the element on `src`. */
function mount(tag: Tag, src: string, options: LoadOptions, attrs: Record<string, string> = {}): Widget {
  const first: Subscription = subscribe(src, () => {}, options);
  const el = make(tag, { ...ATTRS[tag], ...attrs, src });
  const watch = watchErrors();
  document.body.append(el);
  cleanup.push(() => {
    el.remove();
    first.unsubscribe();
    watch.stop();
    expect(watch.errors, `${tag}: ${watch.errors.join('\n')}`).to.deep.equal([]);
  });
  return el;
}

const retryButton = (el: Element) => el.shadowRoot!.querySelector<HTMLButtonElement>('[part~=retry]');

/** The error box: a message in an alert region and a Retry button; no items. */
function expectErrorBox(el: Widget): void {
  expect(shown(el)).to.equal('error');
  const box = el.shadowRoot!.querySelector('[part~=error]')!;
  expect(box.getAttribute('role')).to.equal('alert');
  expect(box.querySelector('.state-message')!.textContent!.trim()).to.not.equal('');
  expect(retryButton(el), 'Retry button').to.exist;
}

describe('resilience: feed server faults', function () {
  this.timeout(20_000);

  for (const tag of TAGS) {
    describe(tag, () => {
      it('200: shows the items and fires news-load', async () => {
        const src = route(`fixture/${NEWS}`, uniqueKey('ok'));
        const el = mount(tag, src, { retries: 0 });
        const event = await nextEvent(el, ['news-load', 'news-error']);
        expect(event.type).to.equal('news-load');
        expect(await settle(el)).to.equal('content');
        expect(titles(el).length).to.be.greaterThan(0);
      });

      it('404: the error message and a Retry button that asks again; news-error (http)', async () => {
        const key = uniqueKey('404');
        const src = route('status/404', key);
        const el = mount(tag, src, { retries: 0 });
        const event = await nextEvent(el, ['news-load', 'news-error']);
        expect(event.type).to.equal('news-error');
        expect(event.detail.error.kind).to.equal('http');
        await el.updateComplete;
        expectErrorBox(el);
        const before = await requests(key);
        const again = nextEvent(el, ['news-load', 'news-error']);
        retryButton(el)!.click();
        await until(async () => (await requests(key)) > before, 3000, 'a new request after Retry');
        // The same error again is not a new event; the box stays with its button.
        await Promise.race([again.catch(() => {}), new Promise((resolve) => setTimeout(resolve, 300))]);
        await el.updateComplete;
        expectErrorBox(el);
      });

      it('500 then 200: retried automatically, shows the items', async () => {
        const key = uniqueKey('flaky');
        const { sleep, delays } = recordingSleep();
        const el = mount(tag, route(`flaky/1/${NEWS}`, key), { retries: 2, sleep });
        expect((await nextEvent(el, ['news-load', 'news-error'])).type).to.equal('news-load');
        expect(await settle(el)).to.equal('content');
        expect(await requests(key)).to.equal(2);
        expect(delays.length).to.equal(1);
      });

      it('500 without retries: the error box; Retry brings the items and news-load', async () => {
        const key = uniqueKey('flaky-button');
        const el = mount(tag, route(`flaky/1/${NEWS}`, key), { retries: 0 });
        expect((await nextEvent(el, ['news-load', 'news-error'])).type).to.equal('news-error');
        await el.updateComplete;
        expectErrorBox(el);
        const loaded = nextEvent(el, ['news-load', 'news-error']);
        retryButton(el)!.click();
        expect((await loaded).type).to.equal('news-load');
        expect(await settle(el)).to.equal('content');
        expect(titles(el).length).to.be.greaterThan(0);
      });

      it('429 with Retry-After: waits what the server asks, then shows the items', async () => {
        const key = uniqueKey('429');
        const { sleep, delays } = recordingSleep();
        const el = mount(tag, route(`limited/${NEWS}`, key, 'after=2'), { retries: 2, sleep });
        expect((await nextEvent(el, ['news-load', 'news-error'])).type).to.equal('news-load');
        expect(await settle(el)).to.equal('content');
        expect(delays).to.deep.equal([2000]);
        expect(await requests(key)).to.equal(2);
      });

      it('slower than the timeout: the error box and news-error (timeout)', async () => {
        const el = mount(tag, route(`slow/3000/${NEWS}`, uniqueKey('slow')), { timeout: 150, retries: 0 });
        const event = await nextEvent(el, ['news-load', 'news-error']);
        expect(event.type).to.equal('news-error');
        expect(event.detail.error.kind).to.equal('timeout');
        await el.updateComplete;
        expectErrorBox(el);
      });

      it('larger than the size cap: the error box and news-error (too-large)', async () => {
        const el = mount(tag, route('huge/2000000', uniqueKey('huge')), { maxBytes: 100_000, retries: 0 });
        const event = await nextEvent(el, ['news-load', 'news-error']);
        expect(event.type).to.equal('news-error');
        expect(event.detail.error.kind).to.equal('too-large');
        await el.updateComplete;
        expectErrorBox(el);
      });

      it('an HTML page instead of a feed: the error box and news-error (unsupported)', async () => {
        const el = mount(tag, route('fixture/server/not-a-feed.html', uniqueKey('html')), { retries: 0 });
        const event = await nextEvent(el, ['news-load', 'news-error']);
        expect(event.type).to.equal('news-error');
        expect(event.detail.error.kind).to.equal('unsupported');
        await el.updateComplete;
        expectErrorBox(el);
      });

      it('a failed refresh keeps the items on screen and fires news-error with them', async () => {
        cleanup.push(setHidden(false));
        const key = uniqueKey('breaks');
        const el = mount(tag, route(`breaks/1/${NEWS}`, key), { retries: 0, refresh: 0.2 }, { refresh: '0.2' });
        expect((await nextEvent(el, ['news-load', 'news-error'])).type).to.equal('news-load');
        expect(await settle(el)).to.equal('content');
        const before = titles(el);
        const event = await nextEvent(el, ['news-load', 'news-error']);
        expect(event.type).to.equal('news-error');
        expect(event.detail.feed?.items[0].title).to.equal(FIRST_TITLE);
        await el.updateComplete;
        expect(shown(el)).to.equal('content');
        expect(titles(el)).to.deep.equal(before);
        expect(await requests(key)).to.be.greaterThan(1);
      });
    });
  }

  it('200 elements of mixed tags on one src make exactly one request', async () => {
    const key = uniqueKey('shared');
    const src = route(`fixture/${NEWS}`, key);
    const watch = watchErrors();
    const host = document.createElement('div');
    const els = Array.from({ length: 200 }, (_, i) => make(TAGS[i % 3], { ...ATTRS[TAGS[i % 3]], src }));
    host.append(...els);
    document.body.append(host);
    try {
      await Promise.all(els.map((el) => settle(el, 10_000)));
      expect(els.map(shown).filter((s) => s !== 'content')).to.deep.equal([]);
      expect(await requests(key)).to.equal(1);
      expect(watch.errors).to.deep.equal([]);
    } finally {
      host.remove();
      watch.stop();
    }
  });
});
