import { aTimeout, expect, html } from '@open-wc/testing';
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
