import { expect } from '@open-wc/testing';
import { emulateMedia, executeServerCommand, sendKeys } from '@web/test-runner-commands';
import { seedFeed, SEED_ID } from '../helpers/seed-feed.js';
import { expectAccessible } from '../helpers/axe.js';
import { make, settle, shown, TAGS, type Tag, type Widget } from '../resilience/helpers.js';

/**
 * The reader's media preferences: with `prefers-reduced-motion: reduce` nothing animates (the
 * ticker stands still, the skeleton does not shimmer); with forced colors every focus stop keeps
 * a visible outline and axe stays clean.
 */

const ATTRS: Record<Tag, Record<string, string>> = {
  'news-ticker': {},
  'article-card': { 'item-id': SEED_ID },
  'related-list': { for: SEED_ID },
};

/**
 * Forced colors through the runner's `forced-colors` command (web-test-runner.config.mjs): with
 * the Chrome launcher, `emulateMedia({ forcedColors })` is silently ignored.
 */
const forcedColors = (active: boolean) => executeServerCommand('forced-colors', { active });

let page: HTMLElement | undefined;
afterEach(async () => {
  page?.remove();
  await emulateMedia({ reducedMotion: 'no-preference' });
  await forcedColors(false);
});

async function mount(tag: Tag, feed: unknown): Promise<Widget> {
  page = document.createElement('div');
  page.dir = 'rtl';
  page.lang = 'ar';
  const before = Object.assign(document.createElement('button'), { id: 'before', textContent: 'قبل' });
  const after = Object.assign(document.createElement('button'), { id: 'after', textContent: 'بعد' });
  const el = make(tag, ATTRS[tag]);
  page.append(before, el, after);
  document.body.append(page);
  if (feed !== undefined) {
    el.feed = feed;
    await settle(el);
  } else await el.updateComplete;
  before.focus();
  return el;
}

const running = (el: Element) => el.shadowRoot!.getAnimations().filter((a) => a.playState === 'running');

/** Lets motion start if it is going to (frames, then a tick). */
const frames = async (n = 3) => {
  for (let i = 0; i < n; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
  await new Promise((resolve) => setTimeout(resolve, 50));
};

function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** The ring a focused control shows: its own outline, or (article-card title) the card's. */
function ring(el: Element): { style: string; width: number } {
  const own = getComputedStyle(el);
  const target = own.outlineStyle === 'none' && el.closest('.card') ? el.closest('.card')! : el;
  const style = getComputedStyle(target);
  return { style: style.outlineStyle, width: parseFloat(style.outlineWidth) };
}

/** Tabs through the element and returns, for each stop, what it is and its focus ring. */
async function focusRings(el: Element): Promise<{ what: string; style: string; width: number }[]> {
  const rings = [];
  for (let i = 0; i < 20; i++) {
    await sendKeys({ press: 'Tab' });
    const active = deepActive();
    if (!active || !el.shadowRoot!.contains(active)) break;
    rings.push({
      what: `${active.localName}.${active.className || active.getAttribute('part')}`,
      ...ring(active),
    });
  }
  return rings;
}

describe('a11y: reduced motion', function () {
  this.timeout(20_000);

  for (const tag of TAGS) {
    it(`${tag}: the loading skeleton shimmers normally and stands still under reduce`, async () => {
      let el = await mount(tag, undefined);
      expect(shown(el)).to.equal('loading');
      await frames();
      expect(running(el).length, 'shimmer without a preference').to.be.greaterThan(0);
      page!.remove();

      await emulateMedia({ reducedMotion: 'reduce' });
      el = await mount(tag, undefined);
      await frames();
      expect(shown(el)).to.equal('loading');
      expect(running(el).map((a) => (a as CSSAnimation).animationName ?? a.id)).to.deep.equal([]);
      const skeleton = el.shadowRoot!.querySelector('.skeleton')!;
      expect(getComputedStyle(skeleton).animationName).to.equal('none');
    });

    it(`${tag}: with its items shown, no animation runs under reduce`, async () => {
      await emulateMedia({ reducedMotion: 'reduce' });
      const el = await mount(tag, seedFeed());
      expect(shown(el)).to.equal('content');
      await frames(6);
      expect(running(el).length).to.equal(0);
    });
  }

  it('news-ticker: scrolls without a preference, and under reduce shows one headline with previous/next', async () => {
    let el = await mount('news-ticker', seedFeed());
    await frames();
    expect(running(el).length, 'the scroll loop without a preference').to.be.greaterThan(0);
    page!.remove();

    await emulateMedia({ reducedMotion: 'reduce' });
    el = await mount('news-ticker', seedFeed());
    await frames();
    expect(el.shadowRoot!.querySelector('.track')).to.equal(null);
    expect(el.shadowRoot!.querySelectorAll('.one .item').length).to.equal(1);
    expect(el.shadowRoot!.querySelectorAll('.nav button').length).to.equal(2);
  });
});

describe('a11y: forced colors', function () {
  this.timeout(20_000);

  for (const tag of TAGS) {
    it(`${tag}: every focus stop shows an outline, and axe is clean (items)`, async () => {
      await forcedColors(true);
      expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
      const el = await mount(tag, seedFeed());
      expect(shown(el)).to.equal('content');
      const rings = await focusRings(el);
      expect(rings.length, 'focus stops').to.be.greaterThan(0);
      const hidden = rings.filter((r) => r.style === 'none' || !(r.width > 0));
      expect(hidden, `stops without a visible outline: ${JSON.stringify(hidden)}`).to.deep.equal([]);
      await expectAccessible(page!);
    });

    it(`${tag}: the error box's Retry button shows an outline, and axe is clean (error)`, async () => {
      await forcedColors(true);
      const el = await mount(tag, null);
      expect(shown(el)).to.equal('error');
      const rings = await focusRings(el);
      expect(rings.map((r) => r.what)).to.deep.equal(['button.state-retry']);
      expect(rings[0].style).to.not.equal('none');
      expect(rings[0].width).to.be.greaterThan(0);
      await expectAccessible(page!);
    });
  }
});
