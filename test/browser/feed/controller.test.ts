import { expect, fixture, html } from '@open-wc/testing';
import { LitElement, type PropertyValues } from 'lit';
import { FeedController } from '../../../src/feed/controller.js';
import type { LoadOptions } from '../../../src/feed/store.js';
import { NewsElement } from '../../../src/elements/base/news-element.js';
import type { NewsErrorEvent, NewsLoadEvent } from '../../../src/events.js';
import { aborted, requests, route, setHidden, uniqueKey, until } from './helpers.js';

const NEWS = 'server/news.json';
const FIRST_TITLE = 'لافروف: الشرع قال العلاقات قديمة واستراتيجية مع روسيا ونحن ندعم هذا الطرح';

/** A bare host for the controller, with fetch options the real elements do not expose. */
class TestFeedHost extends LitElement {
  static override properties = {
    src: {},
    feed: { attribute: false },
    refresh: { type: Number },
    cache: {},
    options: { attribute: false },
  };
  src?: string;
  feed?: unknown;
  refresh = 0;
  cache: 'memory' | 'local' = 'memory';
  options?: LoadOptions;
  readonly data = new FeedController(this);
  renders = 0;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const { src, feed, refresh, cache, options } = this;
    this.data.setSource({ src, feed, refresh, cache, options });
  }

  protected override render() {
    this.renders++;
    return html`<p>${this.data.status}</p>
      <ul>
        ${(this.data.feed?.items ?? []).map((item) => html`<li>${item.title}</li>`)}
      </ul>`;
  }
}
customElements.define('test-feed-host', TestFeedHost);

/** The real base element, as the three news elements use it. */
class TestNews extends NewsElement {
  get state() {
    return this.data;
  }
  protected override render() {
    return html`<ul>
      ${(this.data.feed?.items ?? []).map((item) => html`<li>${item.title}</li>`)}
    </ul>`;
  }
}
customElements.define('test-news', TestNews);

/**
 * Records every news-load and news-error from before the element is created: a fast source can
 * answer before `fixture()` returns, so listening afterwards (oneEvent) would race.
 */
class Recorder {
  private readonly seen: CustomEvent[] = [];
  private readonly used = new Map<EventTarget, Map<string, number>>();
  private readonly on = (event: Event) => this.seen.push(event as CustomEvent);

  constructor() {
    document.addEventListener('news-load', this.on);
    document.addEventListener('news-error', this.on);
  }

  stop(): void {
    document.removeEventListener('news-load', this.on);
    document.removeEventListener('news-error', this.on);
  }

  /** The next `type` event from `target` not returned before. */
  async next(target: EventTarget, type: 'news-load' | 'news-error'): Promise<CustomEvent> {
    const used = this.used.get(target) ?? new Map<string, number>();
    this.used.set(target, used);
    const n = used.get(type) ?? 0;
    const mine = () => this.seen.filter((e) => e.target === target && e.type === type);
    await until(() => mine().length > n, 5000, type);
    used.set(type, n + 1);
    return mine()[n];
  }
}

/** Events of `type` that reach the document from now on (for sources that answer within `fixture()`). */
function collect(type: 'news-load' | 'news-error'): { events: CustomEvent[]; stop: () => void } {
  const events: CustomEvent[] = [];
  const listener = (event: Event) => events.push(event as CustomEvent);
  document.addEventListener(type, listener);
  return { events, stop: () => document.removeEventListener(type, listener) };
}

const titles = (el: Element) => [...el.shadowRoot!.querySelectorAll('li')].map((li) => li.textContent);
const statusText = (el: Element) => el.shadowRoot!.querySelector('p')?.textContent;

describe('FeedController', () => {
  let events: Recorder;
  let restoreVisibility: () => void;
  beforeEach(() => {
    events = new Recorder();
    restoreVisibility = setHidden(false);
  });
  afterEach(() => {
    events.stop();
    restoreVisibility();
  });

  it('three elements with the same src make one request and all show the items', async () => {
    const key = uniqueKey('three-el');
    const src = route(`fixture/${NEWS}`, key);
    const box = document.createElement('div');
    box.innerHTML = `<test-news src="${src}"></test-news>`.repeat(3);
    document.body.append(box);
    try {
      const els = [...box.querySelectorAll<TestNews>('test-news')];
      await Promise.all(els.map((el) => events.next(el, 'news-load')));
      for (const el of els) expect(titles(el)[0]).to.equal(FIRST_TITLE);
    } finally {
      box.remove();
    }
    expect(await requests(key)).to.equal(1);
  });

  it('dispatches news-load after the items are rendered, bubbling and composed', async () => {
    const src = route(`fixture/${NEWS}`, uniqueKey('load'));
    const seen: { titles: string[]; bubbles: boolean; composed: boolean }[] = [];
    const listener = (event: Event) => {
      const el = event.target as TestFeedHost;
      seen.push({ titles: titles(el) as string[], bubbles: event.bubbles, composed: event.composed });
    };
    document.addEventListener('news-load', listener);
    try {
      const el = await fixture<TestFeedHost>(html`<test-feed-host src=${src}></test-feed-host>`);
      const event = (await events.next(el, 'news-load')) as NewsLoadEvent;
      expect(event.detail.feed.items).to.have.length(3);
      expect(seen).to.deep.equal([{ titles: titles(el), bubbles: true, composed: true }]);
      expect(seen[0].titles[0]).to.equal(FIRST_TITLE);
      expect(statusText(el)).to.equal('ready');
    } finally {
      document.removeEventListener('news-load', listener);
    }
  });

  it('shows loading, then an error with news-error on a 404', async () => {
    const el = await fixture<TestFeedHost>(
      html`<test-feed-host src=${route('status/404', uniqueKey('e404'))}></test-feed-host>`,
    );
    expect(el.data.status).to.equal('loading');
    const event = (await events.next(el, 'news-error')) as NewsErrorEvent;
    expect([event.detail.error.kind, event.detail.error.status]).to.deep.equal(['http', 404]);
    expect(event.detail.feed).to.equal(undefined);
    expect(statusText(el)).to.equal('error');
  });

  it('keeps the items and reports news-error when a refresh fails', async () => {
    const src = route(`breaks/1/${NEWS}`, uniqueKey('stale'));
    const el = await fixture<TestFeedHost>(
      html`<test-feed-host src=${src} refresh="0.05" .options=${{ retries: 0 }}></test-feed-host>`,
    );
    await events.next(el, 'news-load');
    const event = (await events.next(el, 'news-error')) as NewsErrorEvent;
    expect(event.detail.error.status).to.equal(500);
    expect(event.detail.feed?.items).to.have.length(3);
    expect(el.data.status).to.equal('stale');
    expect(titles(el)).to.have.length(3);
  });

  it('times out with the timeout option and reports it', async () => {
    const src = route(`slow/3000/${NEWS}`, uniqueKey('timeout'));
    const el = await fixture<TestFeedHost>(
      html`<test-feed-host src=${src} .options=${{ timeout: 100 }}></test-feed-host>`,
    );
    const event = (await events.next(el, 'news-error')) as NewsErrorEvent;
    expect(event.detail.error.kind).to.equal('timeout');
    expect(el.data.status).to.equal('error');
  });

  it('reports HTML where a feed was expected as a parse error', async () => {
    const src = route('fixture/server/not-a-feed.html', uniqueKey('html-el'));
    const el = await fixture<TestFeedHost>(html`<test-feed-host src=${src}></test-feed-host>`);
    const event = (await events.next(el, 'news-error')) as NewsErrorEvent;
    expect(event.detail.error.kind).to.be.oneOf(['parse', 'unsupported']);
  });

  it('retry() loads again after an error', async () => {
    const key = uniqueKey('retry');
    const src = route(`flaky/1/${NEWS}`, key);
    const el = await fixture<TestFeedHost>(
      html`<test-feed-host src=${src} .options=${{ retries: 0 }}></test-feed-host>`,
    );
    await events.next(el, 'news-error');
    el.data.retry();
    await events.next(el, 'news-load');
    expect(el.data.status).to.equal('ready');
    expect(el.data.error).to.equal(undefined);
    expect(await requests(key)).to.equal(2);
  });

  it('renders a `feed` property without any request', async () => {
    const feed = { version: 'https://jsonfeed.org/version/1.1', title: 'ت', items: [{ id: '1', title: 'خبر' }] };
    const loads = collect('news-load');
    const el = await fixture<TestFeedHost>(html`<test-feed-host .feed=${feed}></test-feed-host>`);
    await until(() => loads.events.length === 1, 1000, 'news-load');
    loads.stop();
    expect(loads.events[0].target).to.equal(el);
    expect(titles(el)).to.deep.equal(['خبر']);
  });

  it('reads an inline application/feed+json child once, on connect', async () => {
    const el = await fixture<TestNews>(
      html`<test-news
        ><script type="application/feed+json">
          { "version": "https://jsonfeed.org/version/1.1", "title": "ت", "items": [{ "id": "1", "title": "مضمن" }] }
        </script></test-news
      >`,
    );
    await until(() => el.state.status === 'ready', 1000, 'ready');
    await el.updateComplete;
    const feed = el.state.feed;
    expect(titles(el)).to.deep.equal(['مضمن']);
    el.theme = 'dark';
    el.numerals = 'arab';
    await el.updateComplete;
    expect(el.state.feed, 'not parsed again on update').to.equal(feed);
  });

  /** A `<script type="application/feed+json">` with one item titled `title`. */
  const inlineFeed = (title: string) =>
    Object.assign(document.createElement('script'), {
      type: 'application/feed+json',
      textContent: JSON.stringify({
        version: 'https://jsonfeed.org/version/1.1',
        title: 'ت',
        items: [{ id: title, title }],
      }),
    });

  it('reads an inline feed added after connect, and again when its text changes', async () => {
    const el = await fixture<TestNews>(html`<test-news></test-news>`);
    expect(el.state.status).to.equal('idle');
    const loads = collect('news-load');
    const script = inlineFeed('متأخر');
    el.append(script);
    await until(() => loads.events.length === 1, 1000, 'news-load after the script was added');
    expect(titles(el)).to.deep.equal(['متأخر']);
    script.textContent = inlineFeed('محدث').textContent;
    await until(() => loads.events.length === 2, 1000, 'news-load after the text changed');
    await el.updateComplete;
    expect(titles(el)).to.deep.equal(['محدث']);
    // Other light-DOM changes (the fallback content) do not read the feed again.
    el.append(document.createElement('a'));
    await new Promise((resolve) => setTimeout(resolve, 50));
    loads.stop();
    expect(loads.events).to.have.length(2);
  });

  it('an inline feed beside src and refresh (a server render) shows first; src takes over at the first refresh', async () => {
    const key = uniqueKey('handover');
    const loads = collect('news-load');
    const box = document.createElement('div');
    box.innerHTML = `<test-news src="${route(`slow/300/${NEWS}`, key)}" refresh="0.3"></test-news>`;
    const el = box.firstElementChild as TestNews;
    el.append(inlineFeed('من الخادم'));
    document.body.append(box);
    try {
      await until(() => loads.events.length === 1, 1000, 'news-load of the inline feed');
      await el.updateComplete;
      expect(titles(el)).to.deep.equal(['من الخادم']);
      expect(await requests(key), 'no request before the refresh is due').to.equal(0);
      // Due at 0.3 s; the answer takes 0.3 s more: meanwhile the inline items stay.
      await until(async () => (await requests(key)) === 1, 2000, 'the request at the first refresh');
      await el.updateComplete;
      expect(titles(el)).to.deep.equal(['من الخادم']);
      await until(() => loads.events.length === 2, 2000, 'news-load of the src feed');
      await el.updateComplete;
      expect(titles(el)[0]).to.equal(FIRST_TITLE);
    } finally {
      loads.stop();
      box.remove();
    }
  });

  it('a server render whose first refresh comes due on a hidden page waits for it to show; removed meanwhile, it never asks', async () => {
    const mount = (key: string) => {
      const box = document.createElement('div');
      box.innerHTML = `<test-news src="${route(`fixture/${NEWS}`, key)}" refresh="0.1"></test-news>`;
      box.firstElementChild!.append(inlineFeed('من الخادم'));
      document.body.append(box);
      return box;
    };
    const shown = setHidden(true);
    const waiting = uniqueKey('hidden');
    const gone = uniqueKey('hidden-gone');
    const box = mount(waiting);
    const removed = mount(gone);
    try {
      await new Promise((resolve) => setTimeout(resolve, 400));
      expect(await requests(waiting), 'no request while hidden').to.equal(0);
      removed.remove();
      shown();
      document.dispatchEvent(new Event('visibilitychange'));
      await until(async () => (await requests(waiting)) === 1, 2000, 'the request once visible');
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(await requests(gone), 'a removed element asks nothing').to.equal(0);
    } finally {
      shown();
      box.remove();
      removed.remove();
    }
  });

  it('an inline feed beside src without refresh is all there is: no request', async () => {
    const key = uniqueKey('inline-wins');
    const box = document.createElement('div');
    box.innerHTML = `<test-news src="${route(`fixture/${NEWS}`, key)}"></test-news>`;
    const el = box.firstElementChild as TestNews;
    el.append(inlineFeed('وحده'));
    document.body.append(box);
    try {
      await until(() => el.state.status === 'ready', 1000, 'ready');
      await new Promise((resolve) => setTimeout(resolve, 400));
      await el.updateComplete;
      expect(titles(el)).to.deep.equal(['وحده']);
      expect(await requests(key)).to.equal(0);
    } finally {
      box.remove();
    }
  });

  it('an inline feed changed after connect does not replace the feed property', async () => {
    const feed = { version: 'https://jsonfeed.org/version/1.1', title: 'ت', items: [{ id: 'p', title: 'من الخاصية' }] };
    const el = await fixture<TestFeedHost>(html`<test-feed-host .feed=${feed}></test-feed-host>`);
    await until(() => el.data.status === 'ready', 1000, 'ready');
    el.append(inlineFeed('مضمن'));
    await new Promise((resolve) => setTimeout(resolve, 50));
    await el.updateComplete;
    expect(titles(el)).to.deep.equal(['من الخاصية']);
  });

  it('setSource is a no-op when nothing changed: re-renders make no request', async () => {
    const key = uniqueKey('same');
    const el = await fixture<TestFeedHost>(
      html`<test-feed-host src=${route(`fixture/${NEWS}`, key)}></test-feed-host>`,
    );
    await events.next(el, 'news-load');
    const feed = el.data.feed;
    for (let i = 0; i < 5; i++) {
      el.requestUpdate();
      await el.updateComplete;
    }
    expect(el.data.feed).to.equal(feed);
    expect(el.data.status).to.equal('ready');
    expect(await requests(key)).to.equal(1);
  });

  it('a new src drops the old subscription (aborting it) and loads the new one', async () => {
    const slowKey = uniqueKey('old-src');
    const el = await fixture<TestFeedHost>(
      html`<test-feed-host src=${route(`slow/3000/${NEWS}`, slowKey)}></test-feed-host>`,
    );
    await until(async () => (await requests(slowKey)) === 1, 2000, 'the first request');
    el.src = route('gen', uniqueKey('new-src'));
    const event = (await events.next(el, 'news-load')) as NewsLoadEvent;
    expect(event.detail.feed.title).to.equal('v1');
    await until(async () => (await aborted(slowKey)) === 1, 2000, 'the old request aborted');
  });

  it('disconnecting aborts the request; reconnecting subscribes again', async () => {
    const key = uniqueKey('disconnect');
    const el = await fixture<TestFeedHost>(
      html`<test-feed-host src=${route(`slow/300/${NEWS}`, key)}></test-feed-host>`,
    );
    await until(async () => (await requests(key)) === 1, 2000, 'the request');
    const parent = el.parentElement!;
    el.remove();
    await until(async () => (await aborted(key)) === 1, 2000, 'the abort');
    parent.append(el);
    await events.next(el, 'news-load');
    expect(titles(el)).to.have.length(3);
  });

  it('a second mount of the same src renders at once from the shared store', async () => {
    const key = uniqueKey('remount');
    const src = route(`fixture/${NEWS}`, key);
    const first = await fixture<TestNews>(html`<test-news src=${src}></test-news>`);
    await events.next(first, 'news-load');
    const second = await fixture<TestNews>(html`<test-news src=${src}></test-news>`);
    expect(second.state.status).to.equal('ready');
    expect(titles(second)[0]).to.equal(FIRST_TITLE);
    expect(await requests(key)).to.equal(1);
  });

  it('with cache="local", a kept feed from an earlier visit renders before the network answers', async () => {
    const key = uniqueKey('local-el');
    const src = route(`slow/400/${NEWS}`, key);
    const saved = {
      format: 'json-feed',
      title: 'محفوظ',
      authors: [],
      extensions: {},
      items: [
        {
          id: 'a',
          title: 'من الزيارة السابقة',
          summary: '',
          contentText: '',
          authors: [],
          tags: [],
          breaking: false,
          attachments: [],
          extensions: {},
        },
      ],
    };
    const storageKey = `news-widgets:omit ${new URL(src, location.href).href}`;
    localStorage.setItem(storageKey, JSON.stringify({ at: Date.now(), feed: saved }));
    try {
      const el = await fixture<TestNews>(html`<test-news src=${src} cache="local"></test-news>`);
      expect(el.state.status).to.equal('stale');
      expect(titles(el)).to.deep.equal(['من الزيارة السابقة']);
      await until(() => el.state.status === 'ready', 3000, 'the network');
      await el.updateComplete;
      expect(titles(el)[0]).to.equal(FIRST_TITLE);
      expect(localStorage.getItem(storageKey)).to.contain(FIRST_TITLE);
    } finally {
      localStorage.removeItem(storageKey);
    }
  });

  it('loadMore() appends the next page and fires news-load again', async () => {
    const key = uniqueKey('more');
    const el = await fixture<TestFeedHost>(
      html`<test-feed-host src=${route('page/1', key, 'pages=2')}></test-feed-host>`,
    );
    await events.next(el, 'news-load');
    const more = el.data.loadMore();
    expect(el.data.loadingMore).to.equal(true);
    const event = (await events.next(el, 'news-load')) as NewsLoadEvent;
    await more;
    expect(event.detail.feed.items.map((item) => item.id)).to.deep.equal(['p1-1', 'p1-2', 'p1-3', 'p2-2', 'p2-3']);
    expect(titles(el)).to.have.length(5);
    expect(el.data.loadingMore).to.equal(false);
    expect(el.data.feed?.nextUrl).to.equal(undefined);
    await el.data.loadMore();
    expect(await requests(key)).to.equal(2);
  });

  it('a failed loadMore keeps the items and fires news-error', async () => {
    const feed = {
      version: 'https://jsonfeed.org/version/1.1',
      title: 'ت',
      next_url: new URL(route('status/404', uniqueKey('more-404')), location.href).href,
      items: [{ id: '1', title: 'خبر' }],
    };
    const el = await fixture<TestFeedHost>(html`<test-feed-host .feed=${feed}></test-feed-host>`);
    await until(() => el.data.status === 'ready', 1000, 'ready');
    void el.data.loadMore();
    const event = (await events.next(el, 'news-error')) as NewsErrorEvent;
    expect(event.detail.error.status).to.equal(404);
    expect(titles(el)).to.deep.equal(['خبر']);
    expect(el.data.status).to.equal('ready');
  });

  it('goes back to idle when the source is removed', async () => {
    const el = await fixture<TestFeedHost>(
      html`<test-feed-host src=${route(`fixture/${NEWS}`, uniqueKey('idle'))}></test-feed-host>`,
    );
    await events.next(el, 'news-load');
    el.src = undefined;
    await el.updateComplete;
    expect(el.data.status).to.equal('idle');
    expect(el.data.feed).to.equal(undefined);
  });
});
