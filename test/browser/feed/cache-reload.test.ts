import { expect } from '@open-wc/testing';
import type { FeedState, subscribe } from '../../../src/feed/store.js';
import { requestLog, route, uniqueKey, until } from './helpers.js';

// Its own file: the second page view is an iframe loading the same modules, and coverage
// collection keeps one copy per script URL and page, so it would hide the first page's figures.

const NEWS = 'server/news.json';
const FIRST_TITLE = 'لافروف: الشرع قال العلاقات قديمة واستراتيجية مع روسيا ونحن ندعم هذا الطرح';
const storageKey = (url: string, credentials = 'omit') =>
  `news-widgets:${credentials} ${new URL(url, location.href).href}`;

describe('localStorage cache across page views', () => {
  /** A new page view: the store module loaded afresh in an iframe sharing this origin's storage. */
  async function freshStore(): Promise<{ subscribe: typeof subscribe; frame: HTMLIFrameElement }> {
    const frame = document.createElement('iframe');
    frame.srcdoc = `<script type="module">
      import { subscribe } from '/src/feed/store.ts';
      window.store = { subscribe };
    </script>`;
    const ready = new Promise((resolve) => frame.addEventListener('load', resolve));
    document.body.append(frame);
    await ready;
    const win = frame.contentWindow as Window & { store?: { subscribe: typeof subscribe } };
    await until(() => !!win.store, 3000, 'the store in the frame');
    return { subscribe: win.store!.subscribe, frame };
  }

  it('a second page view renders the kept feed at once, stale until the network answers', async () => {
    const key = uniqueKey('local');
    const url = route(`etag/${NEWS}`, key);
    const first = await freshStore();
    const firstStates: FeedState[] = [];
    const firstSubscription = first.subscribe(url, (state) => firstStates.push(state), { cache: 'local' });
    await until(() => firstStates[firstStates.length - 1].status === 'ready', 3000, 'ready');
    firstSubscription.unsubscribe();
    first.frame.remove();
    expect(localStorage.getItem(storageKey(url))).to.contain(FIRST_TITLE);

    const { subscribe: subscribeAgain, frame } = await freshStore();
    try {
      const states: FeedState[] = [];
      const subscription = subscribeAgain(url, (state) => states.push(state), { cache: 'local' });
      expect(states[0].status).to.equal('stale');
      expect(states[0].feed?.items[0].title).to.equal(FIRST_TITLE);
      await until(() => states[states.length - 1].status === 'ready', 3000, 'ready');
      expect(states[states.length - 1].feed).to.equal(states[0].feed);
      const log = await requestLog(key);
      expect(log.map((r) => r.status)).to.deep.equal([200, 304]);
      subscription.unsubscribe();
    } finally {
      frame.remove();
      localStorage.removeItem(storageKey(url));
    }
  });
});
