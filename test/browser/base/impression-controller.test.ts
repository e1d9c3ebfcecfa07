import { aTimeout, expect, waitUntil } from '@open-wc/testing';
import { ReactiveElement } from 'lit';
import { ImpressionController } from '../../../src/elements/base/item-events.js';
import type { NewsItemEvent } from '../../../src/events.js';
import { newsItem } from '../helpers/seed-feed.js';

/** A host whose children render in its light DOM (no shadow root), where the boxes below are visible. */
class ImpressionHost extends ReactiveElement {
  protected override createRenderRoot() {
    return this;
  }
}
customElements.define('impression-host', ImpressionHost);

const [A, B] = ['a', 'b'].map((id) => newsItem({ id, title: `خبر ${id}` }));

describe('ImpressionController', () => {
  it('an element that now shows an item already counted is let go: no impression for the item it showed before', async () => {
    const host = new ImpressionHost();
    const [first, second] = [0, 1].map(() => {
      const box = document.createElement('div');
      box.style.blockSize = '40px';
      return host.appendChild(box);
    });
    document.body.append(host);
    const impressions = new ImpressionController(host);
    impressions.delay = 150;
    const counted: string[] = [];
    host.addEventListener('news-item-impression', (e) => counted.push((e as NewsItemEvent).detail.item.id));
    try {
      impressions.show([[first, A, 0]], [A]);
      await waitUntil(() => counted.length === 1, 'the first item was not counted');
      // A refresh adds B, watched on the second element; before B has been in view long enough, the next
      // refresh drops B from the feed and the second element shows A (counted already), as a ticker's
      // headlines move up by one.
      impressions.show(
        [
          [first, A, 0],
          [second, B, 1],
        ],
        [A, B],
      );
      await aTimeout(50);
      impressions.show([[second, A, 0]], [A]);
      await aTimeout(300);
      expect(counted).to.deep.equal(['a']);
    } finally {
      host.remove();
    }
  });
});
