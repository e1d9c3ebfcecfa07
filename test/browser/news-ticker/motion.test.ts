import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import {
  feedOf,
  headlines,
  nextFrame,
  running,
  shadow,
  still,
  ticker,
  track,
  velocity,
  x,
  type NewsTicker,
} from './ticker-helpers.js';
import { nextHeadline, pauseHeadlines, playHeadlines } from '../../../src/i18n/messages.js';

const center = (el: Element) => {
  const r = el.getBoundingClientRect();
  return [Math.round(r.left + r.width / 2), Math.round(r.top + r.height / 2)] as [number, number];
};

/** The track does not move over `ms` and nothing in the shadow root is running. */
async function expectStopped(el: NewsTicker, ms = 200) {
  await el.updateComplete;
  await nextFrame();
  expect(still(el), 'a running animation').to.equal(true);
  const before = x(el);
  await aTimeout(ms);
  await nextFrame();
  expect(x(el)).to.equal(before);
}

/** The running animation of the track. */
const loop = (el: NewsTicker) => track(el).getAnimations()[0];

describe('<news-ticker> scroll motion', () => {
  afterEach(async () => {
    await resetMouse();
    await emulateMedia({ reducedMotion: 'no-preference' });
  });

  it('moves rightwards (increasing x) in RTL, from a dir on an ancestor, at the default 60 px/s', async () => {
    const el = await ticker(feedOf(headlines(6)), { dir: 'rtl' });
    expect(el.hasAttribute('dir')).to.equal(false);
    expect(await velocity(el)).to.be.within(54, 66);
  });

  it('moves leftwards (decreasing x) in LTR at the configured speed', async () => {
    const el = await ticker(
      feedOf(headlines(6)),
      { dir: 'ltr' },
      (feed) => html`<news-ticker .feed=${feed} speed="120"></news-ticker>`,
    );
    expect(await velocity(el)).to.be.within(-132, -108);
  });

  it('keeps the same speed whatever the length of the content', async () => {
    const short = await ticker(feedOf(headlines(1)));
    expect(await velocity(short)).to.be.within(54, 66);
    const long = await ticker(
      feedOf(headlines(20)),
      {},
      (feed) => html`<news-ticker .feed=${feed} limit="20"></news-ticker>`,
    );
    expect(await velocity(long)).to.be.within(54, 66);
  });

  it('loops by exactly one copy: the duplicate arrives where the first copy started (no seam)', async () => {
    for (const dir of ['rtl', 'ltr'] as const) {
      const el = await ticker(feedOf(headlines(4)), { dir });
      const [first, second] = shadow(el).querySelectorAll('.copy');
      const width = first.getBoundingClientRect().width;
      el.pause();
      await el.updateComplete;
      const anim = loop(el);
      anim.currentTime = 0;
      await nextFrame();
      const start = first.firstElementChild!.getBoundingClientRect();
      const duration = Number(anim.effect!.getComputedTiming().duration);
      expect(duration).to.be.closeTo((width / 60) * 1000, 1);
      anim.currentTime = duration - 0.001;
      await nextFrame();
      const end = second.firstElementChild!.getBoundingClientRect();
      expect(end.left, dir).to.be.closeTo(start.left, 0.5);
      expect(Math.abs(x(el)), dir).to.be.closeTo(width, 0.5);
    }
  });

  it('stops while the pointer is over it and starts again when it leaves', async () => {
    const el = await ticker(feedOf(headlines(6)));
    await sendMouse({ type: 'move', position: center(el) });
    await expectStopped(el);
    await sendMouse({ type: 'move', position: [5, 700] });
    await waitUntil(() => running(el), 'did not restart after the pointer left');
    expect(await velocity(el, 300)).to.be.within(50, 70);
  });

  it('stops while focus is inside it', async () => {
    const el = await ticker(feedOf(headlines(6)));
    const link = shadow(el).querySelector<HTMLAnchorElement>('.copy a')!;
    link.focus();
    await expectStopped(el);
    link.blur();
    await el.updateComplete;
    expect(running(el)).to.equal(true);
  });

  it('the pause button stops it, reflects `paused` and swaps its name; pressing again plays', async () => {
    const el = await ticker(feedOf(headlines(6)));
    const button = shadow(el).querySelector<HTMLButtonElement>('button')!;
    expect(button.getAttribute('aria-label')).to.equal(pauseHeadlines());
    button.click();
    await el.updateComplete;
    expect(el.paused).to.equal(true);
    expect(el.hasAttribute('paused')).to.equal(true);
    expect(button.getAttribute('aria-label')).to.equal(playHeadlines());
    button.blur();
    await expectStopped(el);
    button.click();
    button.blur();
    await el.updateComplete;
    expect(el.hasAttribute('paused')).to.equal(false);
    expect(button.getAttribute('aria-label')).to.equal(pauseHeadlines());
    expect(await velocity(el, 300)).to.be.within(50, 70);
  });

  it('the `paused` attribute and pause()/play() stop and start it', async () => {
    const el = await ticker(feedOf(headlines(6)));
    el.setAttribute('paused', '');
    await expectStopped(el);
    el.play();
    await el.updateComplete;
    expect(el.hasAttribute('paused')).to.equal(false);
    expect(running(el)).to.equal(true);
    el.pause();
    await el.updateComplete;
    expect(el.hasAttribute('paused')).to.equal(true);
    await expectStopped(el);
  });

  it('pauses (no running animation) when scrolled out of view, and resumes in view', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div dir="rtl">
        <div style="block-size: 3000px"></div>
        <news-ticker .feed=${feedOf(headlines(6))}></news-ticker>
      </div>`,
    );
    const el = wrapper.querySelector('news-ticker')!;
    await waitUntil(() => shadow(el).querySelector('.track') && shadow(el).getAnimations().length, 'no animation');
    await waitUntil(() => still(el), 'still running off screen');
    el.scrollIntoView();
    await waitUntil(() => running(el), 'did not resume in view');
    window.scrollTo(0, 0);
  });

  it('pauses while the tab is hidden', async () => {
    const el = await ticker(feedOf(headlines(6)));
    Object.defineProperty(document, 'hidden', { configurable: true, get: () => true });
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
    try {
      document.dispatchEvent(new Event('visibilitychange'));
      await expectStopped(el);
    } finally {
      delete (document as { hidden?: boolean }).hidden;
      delete (document as { visibilityState?: string }).visibilityState;
    }
    document.dispatchEvent(new Event('visibilitychange'));
    await el.updateComplete;
    expect(running(el)).to.equal(true);
  });

  it('a refresh with new headlines keeps the text on screen where it was (no jump back to the start)', async () => {
    const items = headlines(5);
    const el = await ticker(feedOf(items));
    await aTimeout(400);
    el.pause();
    await el.updateComplete;
    const before = x(el);
    const anchor = () => shadow(el).querySelector('.copy li[data-id="n1"]')!.getBoundingClientRect().left;
    const left = anchor();
    expect(Math.abs(before)).to.be.greaterThan(10);
    // Newest first, as feeds list them: three new headlines before the old ones.
    el.feed = feedOf([...headlines(3, 100), ...items]);
    await waitUntil(() => shadow(el).querySelectorAll('.copy')[0].children.length === 8, 'new headlines not shown');
    await nextFrame();
    expect(anchor()).to.be.closeTo(left, 1);
    expect(Math.abs(x(el))).to.be.greaterThan(Math.abs(before));
    el.play();
    expect(await velocity(el, 300)).to.be.within(50, 70);
  });

  it('headlines appended by a refresh leave the offset as it was', async () => {
    const items = headlines(4);
    const el = await ticker(feedOf(items));
    await aTimeout(300);
    el.pause();
    await el.updateComplete;
    const before = x(el);
    el.feed = feedOf([...items, ...headlines(2, 50)]);
    await waitUntil(() => shadow(el).querySelectorAll('.copy')[0].children.length === 6, 'not refreshed');
    await nextFrame();
    expect(x(el)).to.be.closeTo(before, 0.5);
    expect(x(el)).not.to.equal(0);
  });

  it('keeps its progress when resized or when the speed changes', async () => {
    const el = await ticker(feedOf(headlines(6)));
    await aTimeout(300);
    const before = x(el);
    (el.parentElement as HTMLElement).style.inlineSize = '400px';
    await aTimeout(50);
    expect(x(el)).to.be.greaterThan(before);
    el.speed = 240;
    await el.updateComplete;
    const mid = x(el);
    expect(mid).to.be.greaterThan(before);
    expect(await velocity(el, 300)).to.be.within(216, 264);
  });

  it('stops every animation and observer when removed, and starts again when put back', async () => {
    const el = await ticker(feedOf(headlines(6)));
    const parent = el.parentElement!;
    const t = track(el);
    el.remove();
    expect(t.getAnimations()).to.have.length(0);
    parent.append(el);
    await el.updateComplete;
    await waitUntil(() => running(el), 'not restarted');
  });

  it('with prefers-reduced-motion it does not move and every headline is reachable by keyboard', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const items = headlines(4);
    const wrapper = await fixture<HTMLElement>(
      html`<div dir="rtl">
        <button id="before">before</button>
        <news-ticker .feed=${feedOf(items)}></news-ticker>
      </div>`,
    );
    const el = wrapper.querySelector('news-ticker')!;
    await waitUntil(() => shadow(el).querySelector('.item'), 'no headline');
    await el.updateComplete;
    expect(shadow(el).querySelector('.track')).to.equal(null);
    expect(shadow(el).querySelectorAll('.item')).to.have.length(1);
    await aTimeout(100);
    expect(shadow(el).getAnimations()).to.have.length(0);
    wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(shadow(el).activeElement?.matches('a.item')).to.equal(true);
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    const next = shadow(el).activeElement!;
    expect(next.getAttribute('aria-label')).to.equal(nextHeadline());
    const seen = [shadow(el).querySelector('.title')!.textContent];
    for (let i = 1; i < items.length; i++) {
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      seen.push(shadow(el).querySelector('.title')!.textContent);
    }
    expect(seen).to.deep.equal(items.map((item) => item.title));
    expect(shadow(el).querySelector('.viewport')!.getAttribute('aria-live')).to.equal('polite');
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(shadow(el).querySelector('.title')!.textContent).to.equal(items[2].title);
    expect(shadow(el).getAnimations()).to.have.length(0);
  });

  it('motion="reduce" holds it still whatever the media preference', async () => {
    const el = await ticker(
      feedOf(headlines(3)),
      {},
      (feed) => html`<news-ticker .feed=${feed} motion="reduce"></news-ticker>`,
    );
    expect(shadow(el).querySelector('.track')).to.equal(null);
    expect(shadow(el).querySelector('.toggle')).to.equal(null);
    await aTimeout(100);
    expect(shadow(el).getAnimations()).to.have.length(0);
    expect(shadow(el).querySelectorAll('button[aria-label]')).to.have.length(2);
  });
});

describe('<news-ticker> step mode', () => {
  it('shows one headline at a time and advances every `interval` seconds, held by pause', async () => {
    const items = headlines(3);
    const el = await ticker(
      feedOf(items),
      {},
      (feed) => html`<news-ticker .feed=${feed} mode="step" interval="0.3"></news-ticker>`,
    );
    const title = () => shadow(el).querySelector('.title')!.textContent;
    expect(shadow(el).querySelectorAll('.item')).to.have.length(1);
    expect(title()).to.equal(items[0].title);
    await waitUntil(() => title() === items[1].title, 'did not advance', { timeout: 1500 });
    el.pause();
    await el.updateComplete;
    expect(still(el)).to.equal(true);
    const held = title();
    await aTimeout(450);
    expect(title()).to.equal(held);
    el.play();
    await waitUntil(() => title() !== held, 'did not resume', { timeout: 1500 });
  });
});
