import { expect } from '@open-wc/testing';
import { prefetch, subscribe, type FeedState } from '../../../src/feed/store.js';
import { aborted, requests, route, uniqueKey, until } from './helpers.js';

const NEWS = 'server/news.json';

/** Subscribes as an element would, recording every state. */
function follow(url: string) {
  const states: FeedState[] = [];
  const subscription = subscribe(url, (state) => states.push(state), { credentials: 'omit', cache: 'memory' });
  return { states, last: () => states[states.length - 1], subscription };
}

/** The state a subscriber would get now (the prefetch keeps the entry, so this starts nothing). */
function peek(url: string): FeedState {
  let now: FeedState | undefined;
  subscribe(url, (state) => (now ??= state)).unsubscribe();
  return now!;
}

describe('prefetch', () => {
  it('a subscriber arriving while the prefetch is in flight shares its request', async () => {
    const key = uniqueKey('inflight');
    const url = route(`slow/200/${NEWS}`, key);
    const release = prefetch(url, { credentials: 'omit' });
    const el = follow(url);
    release();
    expect(el.last().status).to.equal('loading');
    await until(() => el.last().status === 'ready', 3000, 'the feed');
    expect(el.last().feed!.items).to.have.length(3);
    expect(await requests(key)).to.equal(1);
    el.subscription.unsubscribe();
  });

  it('a subscriber arriving after the prefetch answered gets the feed at once, with no request', async () => {
    const key = uniqueKey('answered');
    const url = route(`fixture/${NEWS}`, key);
    const release = prefetch(url);
    await until(() => peek(url).status === 'ready', 3000, 'the prefetched feed');
    const el = follow(url);
    expect(el.states.map((s) => s.status)).to.deep.equal(['ready']);
    release();
    expect(await requests(key)).to.equal(1);
    el.subscription.unsubscribe();
  });

  it('a failed prefetch is the subscriber’s answer while it is held: no second request', async () => {
    const key = uniqueKey('failed');
    const url = route('status/404', key);
    const release = prefetch(url);
    await until(() => peek(url).status === 'error', 3000, 'the failure');
    // The element subscribes after the failure (its code was still loading): it shows the error.
    const el = follow(url);
    expect(el.states.map((s) => [s.status, s.error?.status])).to.deep.equal([['error', 404]]);
    release();
    expect(await requests(key)).to.equal(1);
    // Released, the store behaves as before: Retry asks again.
    el.subscription.refresh();
    await until(async () => (await requests(key)) === 2, 3000, 'the retry');
    el.subscription.unsubscribe();
  });

  it('released with no subscriber, it aborts the request', async () => {
    const key = uniqueKey('unused');
    const release = prefetch(route(`slow/2000/${NEWS}`, key));
    await until(async () => (await requests(key)) === 1, 3000, 'the prefetch request');
    release();
    release(); // twice is harmless
    await until(async () => (await aborted(key)) === 1, 3000, 'the abort');
  });

  it('a prefetch with other credentials is another request (the element would not share it)', async () => {
    const key = uniqueKey('credentials');
    const url = route(`fixture/${NEWS}`, key);
    const release = prefetch(url, { credentials: 'include' });
    const el = follow(url);
    await until(() => el.last().status === 'ready', 3000, 'the feed');
    release();
    expect(await requests(key)).to.equal(2);
    el.subscription.unsubscribe();
  });

  it('a URL that cannot be parsed neither throws nor requests', () => {
    const release = prefetch('http://[bad');
    expect(() => release()).not.to.throw();
  });
});
