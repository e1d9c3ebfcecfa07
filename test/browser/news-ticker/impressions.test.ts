import { aTimeout, expect, html } from '@open-wc/testing';
import { ref } from 'lit/directives/ref.js';
import type { NewsItemEvent } from '../../../src/events.js';
import { feedOf, headlines, running, shadow, ticker, x, type NewsTicker } from './ticker-helpers.js';

// The scroll is a compositor animation: the main thread draws no frame while it plays, and an
// IntersectionObserver only looks at its targets when the main thread draws one. These tests
// draw nothing themselves (no requestAnimationFrame, no update of the ticker while it moves).

type Shortened = { impressions: { delay: number } };

/** A moving ticker of `count` headlines at `speed` px/s; impressions need `delay` ms of visibility. */
async function moving(count: number, speed: number, delay: number) {
  // The delay is set, and impressions are listened to, before the first visibility report (the
  // ticker starts its loop after a frame, so `ticker()` returns later than that report).
  const seen: string[] = [];
  let ready = false;
  const shorten = (el?: Element) => {
    if (!el || ready) return;
    ready = true;
    (el as unknown as Shortened).impressions.delay = delay;
    el.addEventListener('news-item-impression', (e) => seen.push((e as NewsItemEvent).detail.item.id));
  };
  const el = await ticker(
    feedOf(headlines(count)),
    {},
    (feed) => html`<news-ticker .feed=${feed} ${ref(shorten)}></news-ticker>`,
  );
  el.speed = speed;
  await el.updateComplete;
  return { el, seen };
}

/** Midpoint of every headline of the first copy, along x, and the visible span of the viewport. */
function geometry(el: NewsTicker) {
  const viewport = shadow(el).querySelector('.viewport')!.getBoundingClientRect();
  const mids = new Map(
    [...shadow(el).querySelectorAll<HTMLElement>('.copy:first-child > li')].map((li) => {
      const r = li.getBoundingClientRect();
      return [li.dataset.id!, { mid: r.left + r.width / 2, width: r.width }];
    }),
  );
  return { left: viewport.left, right: viewport.right, mids };
}

describe('<news-ticker> impressions while the headlines move', () => {
  it('counts a headline that scrolls into view, and no headline that never reached the view', async () => {
    const { el, seen } = await moving(10, 300, 100);
    const start = geometry(el);
    const x0 = x(el);
    const atStart = [...start.mids].filter(([, h]) => h.mid >= start.left && h.mid <= start.right).map(([id]) => id);
    await aTimeout(1200);
    const moved = x(el) - x0;
    expect(moved, 'the track moved rightwards (RTL)').to.be.greaterThan(250);
    // A headline has been at least half visible when its middle has been inside the viewport.
    const shown = [...start.mids]
      .filter(([, h]) => h.mid + moved >= start.left - 2 && h.mid <= start.right + 2)
      .map(([id]) => id);
    const entered = shown.filter((id) => !atStart.includes(id));
    expect(entered, 'headlines that scrolled into view').not.to.be.empty;
    expect(
      seen.some((id) => entered.includes(id)),
      `seen ${seen}, scrolled in ${entered}`,
    ).to.equal(true);
    for (const id of seen) expect(shown, `${id} was never in view`).to.include(id);
    expect(new Set(seen).size, 'once per headline').to.equal(seen.length);
  });

  it('does not count a headline that crosses the view faster than the visible time needed', async () => {
    // At 3000 px/s a headline spends about 0.15 s in a 600 px ticker, once per loop.
    const { el, seen } = await moving(6, 3000, 700);
    const x0 = x(el);
    await aTimeout(1500);
    expect(Math.abs(x(el) - x0), 'it moved').to.be.greaterThan(0);
    expect(seen).to.deep.equal([]);
  });

  it('counts every headline in view while the headlines are held', async () => {
    const { el, seen } = await moving(10, 300, 100);
    await aTimeout(400);
    el.pause();
    await el.updateComplete;
    const { left, right, mids } = geometry(el);
    const visible = [...mids].filter(([, h]) => h.mid >= left && h.mid <= right).map(([id]) => id);
    expect(visible).not.to.be.empty;
    await aTimeout(300);
    expect(seen).to.include.members(visible);
  });

  it('stops asking for frames once every headline has been counted, or when removed', async () => {
    const frames = { count: 0 };
    const raf = window.requestAnimationFrame;
    window.requestAnimationFrame = (callback) => {
      frames.count++;
      return raf.call(window, callback);
    };
    try {
      // While headlines are left to count, a frame now and then (a headline crosses an edge).
      const { el } = await moving(10, 600, 5000);
      frames.count = 0;
      await aTimeout(600);
      expect(frames.count, 'frames while headlines are left to count').to.be.greaterThan(0);
      el.remove();
      frames.count = 0;
      await aTimeout(400);
      expect(frames.count, 'frames after removal').to.equal(0);

      const two = await moving(2, 1200, 20);
      await aTimeout(700);
      expect([...two.seen].sort()).to.deep.equal(['n0', 'n1']);
      await aTimeout(600); // the wake-up already set when the last one was counted (at most one loop away)
      frames.count = 0;
      await aTimeout(500);
      expect(frames.count, 'frames once both headlines were counted').to.equal(0);
      expect(running(two.el), 'still moving').to.equal(true);
    } finally {
      window.requestAnimationFrame = raf;
    }
  });
});
