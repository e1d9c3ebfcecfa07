import { expect } from '@open-wc/testing';
import { FeedError } from '../../../src/feed/errors.js';
import { fetchFeed } from '../../../src/feed/fetch.js';
import type { NewsFeed } from '../../../src/feed/model.js';
import { loadFeed, loadMore, subscribe, type FeedState, type LoadOptions } from '../../../src/feed/store.js';
import { aborted, recordingSleep, requestLog, requests, route, setHidden, uniqueKey, until } from './helpers.js';

const NEWS = 'server/news.json';
const FIRST_TITLE = 'لافروف: الشرع قال العلاقات قديمة واستراتيجية مع روسيا ونحن ندعم هذا الطرح';

async function failure(promise: Promise<unknown>): Promise<FeedError> {
  try {
    await promise;
  } catch (error) {
    expect(error).to.be.instanceOf(FeedError);
    return error as FeedError;
  }
  throw new Error('expected a rejection');
}

/** Subscribes and records every state the listener sees. */
function watch(url: string, options: LoadOptions = {}) {
  const states: FeedState[] = [];
  const subscription = subscribe(url, (state) => states.push(state), options);
  const last = () => states[states.length - 1];
  return { states, last, subscription };
}

describe('loadFeed', () => {
  it('loads and parses a feed with one request', async () => {
    const key = uniqueKey('ok');
    const feed = await loadFeed(route(`fixture/${NEWS}`, key));
    expect(feed.items.map((item) => item.title)[0]).to.equal(FIRST_TITLE);
    expect(feed.items).to.have.length(3);
    expect(await requests(key)).to.equal(1);
  });

  it('rejects a 404 with an http error and does not retry it', async () => {
    const key = uniqueKey('404');
    const { sleep, delays } = recordingSleep();
    const error = await failure(loadFeed(route('status/404', key), { sleep }));
    expect([error.kind, error.status]).to.deep.equal(['http', 404]);
    expect(delays).to.deep.equal([]);
    expect(await requests(key)).to.equal(1);
  });

  it('retries 5xx with growing, jittered backoff and then succeeds', async () => {
    const key = uniqueKey('flaky');
    const { sleep, delays } = recordingSleep();
    const feed = await loadFeed(route(`flaky/2/${NEWS}`, key), { sleep });
    expect(feed.items).to.have.length(3);
    expect(await requests(key)).to.equal(3);
    expect(delays).to.have.length(2);
    expect(delays[0]).to.be.within(250, 500);
    expect(delays[1]).to.be.within(500, 1000);
  });

  it('gives up after 3 retries', async () => {
    const key = uniqueKey('down');
    const { sleep, delays } = recordingSleep();
    const error = await failure(loadFeed(route(`flaky/9/${NEWS}`, key, 'status=503'), { sleep }));
    expect([error.kind, error.status]).to.deep.equal(['http', 503]);
    expect(delays).to.have.length(3);
    expect(await requests(key)).to.equal(4);
  });

  it('honours Retry-After in seconds on 429', async () => {
    const key = uniqueKey('429');
    const { sleep, delays } = recordingSleep();
    const feed = await loadFeed(route(`limited/${NEWS}`, key, 'after=2'), { sleep });
    expect(feed.items).to.have.length(3);
    expect(delays).to.deep.equal([2000]);
  });

  it('honours Retry-After as an HTTP date', async () => {
    const key = uniqueKey('429d');
    const { sleep, delays } = recordingSleep();
    await loadFeed(route(`limited/${NEWS}`, key, 'after=date:5'), { sleep });
    expect(delays).to.have.length(1);
    expect(delays[0]).to.be.within(3000, 5000);
  });

  it('does not wait longer than maxWait: a long Retry-After fails at once', async () => {
    const key = uniqueKey('429long');
    const { sleep, delays } = recordingSleep();
    const error = await failure(loadFeed(route('status/503', key, 'retry-after=120'), { sleep }));
    expect(error.status).to.equal(503);
    expect(delays).to.deep.equal([]);
    expect(await requests(key)).to.equal(1);
  });

  it('waits for real between retries by default', async () => {
    const key = uniqueKey('real-wait');
    const start = performance.now();
    const feed = await fetchFeed(new URL(route(`flaky/1/${NEWS}`, key), location.href).href);
    expect(feed.feed?.items).to.have.length(3);
    expect(performance.now() - start).to.be.within(240, 1500);
  });

  it('an abort during the wait between retries stops at once', async () => {
    const key = uniqueKey('abort-wait');
    const controller = new AbortController();
    const pending = fetchFeed(new URL(route('status/503', key, 'retry-after=5'), location.href).href, {
      signal: controller.signal,
    });
    await until(async () => (await requests(key)) === 1, 2000, 'the first answer');
    const start = performance.now();
    controller.abort();
    const reason = await pending.then(
      () => undefined,
      (error: unknown) => error,
    );
    expect((reason as Error).name).to.equal('AbortError');
    expect(performance.now() - start).to.be.below(200);
    expect(await requests(key)).to.equal(1);
  });

  it('retries network errors and reports them as network', async () => {
    const { sleep, delays } = recordingSleep();
    const error = await failure(fetchFeed('http://127.0.0.1:1/feed.json', { sleep }));
    expect(error.kind).to.equal('network');
    expect(delays).to.have.length(3);
  });

  it('times out a slow server with the timeout option and does not retry it', async () => {
    const key = uniqueKey('slow');
    const start = performance.now();
    const error = await failure(loadFeed(route(`slow/3000/${NEWS}`, key), { timeout: 150 }));
    expect(error.kind).to.equal('timeout');
    expect(performance.now() - start).to.be.below(1500);
    expect(await requests(key)).to.equal(1);
  });

  it('refuses a body over the cap announced by Content-Length', async () => {
    const error = await failure(loadFeed(route('huge/20000', uniqueKey('cl'), 'length=1'), { maxBytes: 10_000 }));
    expect(error.kind).to.equal('too-large');
  });

  it('refuses a streamed body once it passes the cap', async () => {
    const error = await failure(loadFeed(route('huge/20000', uniqueKey('chunked')), { maxBytes: 10_000 }));
    expect(error.kind).to.equal('too-large');
  });

  it('caps a streamed body at 5 MB by default', async () => {
    const error = await failure(loadFeed(route('huge/6000000', uniqueKey('5mb'))));
    expect(error.kind).to.equal('too-large');
  });

  it('accepts a body just under the cap', async () => {
    const feed = await loadFeed(route('huge/9000', uniqueKey('under')), { maxBytes: 10_000 });
    expect(feed.title).to.have.length.above(8000);
  });

  it('rejects an HTML page where a feed was expected', async () => {
    const error = await failure(loadFeed(route('fixture/server/not-a-feed.html', uniqueKey('html'))));
    expect(error.kind).to.be.oneOf(['parse', 'unsupported']);
  });

  it('rejects a URL it cannot parse', async () => {
    const error = await failure(loadFeed('http://[not a url'));
    expect(error.kind).to.equal('invalid-input');
  });

  it('sends no cookies unless credentials are asked for, and keys the two apart', async () => {
    document.cookie = 'nw-test=1; path=/';
    try {
      const key = uniqueKey('cred');
      const url = route(`fixture/${NEWS}`, key);
      await loadFeed(url);
      await loadFeed(url, { credentials: 'include' });
      const log = await requestLog(key);
      expect(log.map((r) => r.cookie)).to.deep.equal([undefined, 'nw-test=1']);
    } finally {
      document.cookie = 'nw-test=; path=/; max-age=0';
    }
  });

  it('stops when its signal aborts', async () => {
    const key = uniqueKey('abort');
    const controller = new AbortController();
    const pending = loadFeed(route(`slow/3000/${NEWS}`, key), { signal: controller.signal });
    await until(async () => (await requests(key)) === 1, 2000, 'the request');
    controller.abort();
    let reason: unknown;
    await pending.catch((error: unknown) => (reason = error));
    expect((reason as Error).name).to.equal('AbortError');
    await until(async () => (await aborted(key)) === 1, 2000, 'the server to see the abort');
  });
});

describe('subscribe: one request per feed for the whole page', () => {
  let restoreVisibility: () => void;
  beforeEach(() => (restoreVisibility = setHidden(false)));
  afterEach(() => restoreVisibility());

  it('three subscribers share one request and one feed object', async () => {
    const key = uniqueKey('three');
    const url = route(`fixture/${NEWS}`, key);
    const watchers = [watch(url), watch(url), watch(new URL(url, location.href).href)];
    await until(() => watchers.every((w) => w.last().status === 'ready'), 3000, 'ready');
    expect(watchers[0].states.map((s) => s.status)).to.deep.equal(['loading', 'ready']);
    expect(watchers[1].last().feed).to.equal(watchers[0].last().feed);
    expect(watchers[2].last().feed).to.equal(watchers[0].last().feed);
    expect(await requests(key)).to.equal(1);
    watchers.forEach((w) => w.subscription.unsubscribe());
  });

  it('200 subscribers cause one request', async () => {
    const key = uniqueKey('200');
    const url = route(`fixture/${NEWS}`, key);
    const watchers = Array.from({ length: 200 }, () => watch(url));
    await until(() => watchers.every((w) => w.last().status === 'ready'), 3000, 'ready');
    expect(await requests(key)).to.equal(1);
    watchers.forEach((w) => w.subscription.unsubscribe());
  });

  it('a later subscriber gets the kept feed at once, without a request', async () => {
    const key = uniqueKey('later');
    const url = route(`fixture/${NEWS}`, key);
    const feed = await loadFeed(url);
    const later = watch(url);
    expect(later.states).to.have.length(1);
    expect(later.last().status).to.equal('ready');
    expect(later.last().feed).to.equal(feed);
    expect(await requests(key)).to.equal(1);
    later.subscription.unsubscribe();
  });

  it('revalidates a kept feed older than maxAge, showing it as stale meanwhile', async () => {
    const key = uniqueKey('old');
    const url = route(`gen`, key);
    let now = 1_000_000;
    await loadFeed(url, { now: () => now });
    now += 3_600_001;
    const w = watch(url);
    expect(w.states[0].status).to.equal('stale');
    expect(w.states[0].feed?.title).to.equal('v1');
    await until(() => w.last().status === 'ready', 3000, 'ready');
    expect(w.last().feed?.title).to.equal('v2');
    w.subscription.unsubscribe();
  });

  it('unsubscribing the last subscriber aborts the request in flight', async () => {
    const key = uniqueKey('unsub');
    const url = route(`slow/3000/${NEWS}`, key);
    const a = watch(url);
    const b = watch(url);
    await until(async () => (await requests(key)) === 1, 2000, 'the request');
    a.subscription.unsubscribe();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(await aborted(key), 'one subscriber left').to.equal(0);
    b.subscription.unsubscribe();
    await until(async () => (await aborted(key)) === 1, 2000, 'the server to see the abort');
    expect(b.states.map((s) => s.status)).to.deep.equal(['loading']);
  });

  it('refreshes with a conditional GET; 304 keeps the same feed', async () => {
    const key = uniqueKey('etag');
    const w = watch(route(`etag/${NEWS}`, key), { refresh: 0.05 });
    await until(async () => (await requests(key)) >= 2, 3000, 'a refresh');
    w.subscription.unsubscribe();
    const log = await requestLog(key);
    expect(log[0].status).to.equal(200);
    expect(log[0].ifNoneMatch).to.equal(undefined);
    expect(log[1]).to.include({ status: 304, ifNoneMatch: '"news-v1"' });
    expect(log[1].ifModifiedSince).to.equal('Thu, 26 Dec 2024 10:51:00 GMT');
    const feeds = new Set(w.states.map((s) => s.feed).filter(Boolean));
    expect(feeds.size, 'one feed object throughout').to.equal(1);
    expect(w.last().status).to.equal('ready');
  });

  it('a failed refresh keeps the items and reports the error as stale', async () => {
    const key = uniqueKey('breaks');
    const w = watch(route(`breaks/1/${NEWS}`, key), { refresh: 0.05, retries: 0 });
    await until(() => w.last().status === 'stale', 3000, 'stale');
    expect(w.last().feed?.items).to.have.length(3);
    expect(w.last().error?.status).to.equal(500);
    w.subscription.unsubscribe();
  });

  it('the shortest refresh interval among subscribers wins', async () => {
    const key = uniqueKey('shortest');
    const url = route('gen', key);
    const slow = watch(url, { refresh: 60 });
    const fast = watch(url, { refresh: 0.05 });
    await until(() => slow.last().feed?.title === 'v3', 3000, 'two refreshes');
    slow.subscription.unsubscribe();
    fast.subscription.unsubscribe();
  });

  it('stops refreshing when the last subscriber leaves', async () => {
    const key = uniqueKey('stop');
    const w = watch(route('gen', key), { refresh: 0.05 });
    await until(() => w.last().feed?.title === 'v2', 3000, 'a refresh');
    w.subscription.unsubscribe();
    const seen = await requests(key);
    await new Promise((resolve) => setTimeout(resolve, 250));
    expect(await requests(key)).to.equal(seen);
  });

  it('pauses refreshes while the page is hidden and catches up when it is shown', async () => {
    const key = uniqueKey('hidden');
    const w = watch(route('gen', key), { refresh: 0.05 });
    try {
      await until(() => w.last().status === 'ready', 3000, 'ready');
      setHidden(true);
      await new Promise((resolve) => setTimeout(resolve, 100));
      const seen = await requests(key);
      await new Promise((resolve) => setTimeout(resolve, 250));
      expect(await requests(key), 'no refresh while hidden').to.equal(seen);
      setHidden(false);
      document.dispatchEvent(new Event('visibilitychange'));
      await until(async () => (await requests(key)) === seen + 1, 1000, 'a refresh once visible');
    } finally {
      w.subscription.unsubscribe();
    }
  });

  it('refresh() asks the network again', async () => {
    const key = uniqueKey('again');
    const w = watch(route('gen', key));
    await until(() => w.last().status === 'ready', 3000, 'ready');
    w.subscription.refresh();
    await until(() => w.last().feed?.title === 'v2', 3000, 'v2');
    w.subscription.unsubscribe();
  });

  it('reports an unparsable URL as an error state instead of throwing', () => {
    const w = watch('http://[bad');
    expect(w.last().status).to.equal('error');
    expect(w.last().error?.kind).to.equal('invalid-input');
    w.subscription.unsubscribe();
  });
});

describe('localStorage cache (cache: "local")', () => {
  const storageKey = (url: string, credentials = 'omit') =>
    `news-widgets:${credentials} ${new URL(url, location.href).href}`;

  it('ignores and removes an entry older than maxAge', async () => {
    const url = route(`fixture/${NEWS}`, uniqueKey('expired'));
    const feed: NewsFeed = { format: 'json-feed', title: 'old', authors: [], items: [], extensions: {} };
    localStorage.setItem(storageKey(url), JSON.stringify({ at: Date.now() - 2 * 3_600_000, feed }));
    const w = watch(url, { cache: 'local' });
    expect(w.states[0].status).to.equal('loading');
    expect(localStorage.getItem(storageKey(url))).to.equal(null);
    await until(() => w.last().status === 'ready', 3000, 'ready');
    w.subscription.unsubscribe();
    localStorage.removeItem(storageKey(url));
  });

  it('tolerates a corrupt entry', async () => {
    const url = route(`fixture/${NEWS}`, uniqueKey('corrupt'));
    localStorage.setItem(storageKey(url), '{"at": 1, "feed": ');
    const w = watch(url, { cache: 'local' });
    await until(() => w.last().status === 'ready', 3000, 'ready');
    expect(w.last().feed?.items).to.have.length(3);
    w.subscription.unsubscribe();
    localStorage.removeItem(storageKey(url));
  });

  it('tolerates storage that throws (quota, disabled)', async () => {
    const url = route(`fixture/${NEWS}`, uniqueKey('quota'));
    const { setItem, getItem } = Storage.prototype;
    Storage.prototype.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    Storage.prototype.getItem = () => {
      throw new DOMException('denied', 'SecurityError');
    };
    try {
      const feed = await loadFeed(url, { cache: 'local' });
      expect(feed.items).to.have.length(3);
    } finally {
      Object.assign(Storage.prototype, { setItem, getItem });
    }
  });
});

describe('loadMore', () => {
  it('follows nextUrl and appends the next page, each id once', async () => {
    const key = uniqueKey('pages');
    const first = await loadFeed(route('page/1', key, 'pages=3'));
    expect(first.items.map((i) => i.id)).to.deep.equal(['p1-1', 'p1-2', 'p1-3']);
    const second = await loadMore(first);
    expect(second.items.map((i) => i.id)).to.deep.equal(['p1-1', 'p1-2', 'p1-3', 'p2-2', 'p2-3']);
    const third = await loadMore(second);
    expect(third.items).to.have.length(7);
    expect(third.nextUrl).to.equal(undefined);
    expect(await loadMore(third)).to.equal(third);
    expect(await requests(key)).to.equal(3);
  });
});
