import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { seedFeed, SEED_ID, SEED_RELATED } from '../helpers/seed-feed.js';
import { make, settle, type Tag, type Widget } from '../resilience/helpers.js';

/**
 * Keyboard-only walkthroughs: Tab order through each element between two page buttons, Enter on
 * a link (news-item-click, cancelled here so the page stays), Space/Enter on the pause button,
 * previous/next in reduced motion.
 */

/** The focused element, through shadow roots. */
function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

const describeFocus = (el: Element | null) =>
  !el
    ? 'nothing'
    : `${el.localName}${el.id ? `#${el.id}` : ''}${el.className ? `.${String(el.className).trim().replace(/\s+/g, '.')}` : ''}[${el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 30) ?? ''}]`;

let page: HTMLElement | undefined;
afterEach(() => page?.remove());

/** `before` button, the element, `after` button; focus on `before`. */
async function onPage(tag: Tag, attrs: Record<string, string> = {}): Promise<Widget> {
  page = document.createElement('div');
  page.dir = 'rtl';
  page.lang = 'ar';
  const before = Object.assign(document.createElement('button'), { id: 'before', textContent: 'قبل' });
  const after = Object.assign(document.createElement('button'), { id: 'after', textContent: 'بعد' });
  const el = make(tag, attrs);
  page.append(before, el, after);
  document.body.append(page);
  el.feed = seedFeed();
  await settle(el);
  before.focus();
  return el;
}

/** Presses Tab until focus reaches #after, and returns every stop inside the element. */
async function tabStops(el: Element, max = 40): Promise<Element[]> {
  const stops: Element[] = [];
  for (let i = 0; i < max; i++) {
    await sendKeys({ press: 'Tab' });
    const active = deepActive();
    if (active?.id === 'after') return stops;
    expect(el.shadowRoot!.contains(active), `Tab left the element for ${describeFocus(active)}`).to.equal(true);
    stops.push(active!);
  }
  throw new Error('Tab never reached the button after the element');
}

/** Cancels news-item-click (as a single-page app would) and records it. */
function catchClicks(el: Element): { ids: string[] } {
  const seen = { ids: [] as string[] };
  el.addEventListener('news-item-click', (event) => {
    event.preventDefault();
    seen.ids.push((event as CustomEvent<{ item: { id: string } }>).detail.item.id);
  });
  return seen;
}

describe('a11y: keyboard', function () {
  this.timeout(20_000);

  describe('news-ticker (scrolling)', () => {
    it('Tab: the pause button first, then each headline once, then out', async () => {
      const el = await onPage('news-ticker');
      const stops = await tabStops(el);
      expect(describeFocus(stops[0])).to.match(/^button\.toggle/);
      const links = [...el.shadowRoot!.querySelectorAll('.copy:first-child a.item')];
      expect(links.length).to.equal(4);
      expect(stops.slice(1)).to.deep.equal(links);
    });

    it('Space and Enter on the pause button toggle paused and its label', async () => {
      const el = await onPage('news-ticker');
      await sendKeys({ press: 'Tab' });
      const button = deepActive() as HTMLButtonElement;
      const label = button.getAttribute('aria-label');
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(el.hasAttribute('paused')).to.equal(true);
      expect(button.getAttribute('aria-label')).to.not.equal(label);
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(el.hasAttribute('paused')).to.equal(false);
      expect(button.getAttribute('aria-label')).to.equal(label);
    });

    it('Enter on a headline fires news-item-click for it', async () => {
      const el = await onPage('news-ticker');
      const clicks = catchClicks(el);
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Enter' });
      expect(clicks.ids).to.deep.equal([seedFeed().items[0].id]);
    });
  });

  describe('news-ticker (reduced motion)', () => {
    it('Tab: the headline, previous, next; Enter on next and previous moves between headlines', async () => {
      const el = await onPage('news-ticker', { motion: 'reduce' });
      const stops = await tabStops(el);
      expect(stops.map(describeFocus)).to.have.length(3);
      expect(stops[0].matches('a.item')).to.equal(true);
      const [, previous, next] = stops as HTMLElement[];
      const headline = () => el.shadowRoot!.querySelector('.one .title')!.textContent!.trim();
      const first = headline();
      next.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(headline()).to.equal(seedFeed().items[1].title);
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(headline()).to.equal(seedFeed().items[2].title);
      previous.focus();
      await sendKeys({ press: 'Enter' });
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(headline()).to.equal(first);
      // Wraps round backwards to the last headline.
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(headline()).to.equal(seedFeed().items[3].title);
    });

    it('Enter on the headline fires news-item-click for the one shown', async () => {
      const el = await onPage('news-ticker', { motion: 'reduce' });
      const clicks = catchClicks(el);
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Enter' });
      expect(clicks.ids).to.deep.equal([seedFeed().items[0].id]);
    });
  });

  describe('article-card', () => {
    for (const layout of ['stacked', 'horizontal', 'compact']) {
      it(`${layout}: one tab stop (the title link); Enter fires news-item-click`, async () => {
        const el = await onPage('article-card', { layout, 'item-id': SEED_ID });
        const clicks = catchClicks(el);
        const stops = await tabStops(el);
        expect(stops.map(describeFocus)).to.have.length(1);
        expect(stops[0].matches('a.title-link')).to.equal(true);
        (stops[0] as HTMLElement).focus();
        await sendKeys({ press: 'Enter' });
        expect(clicks.ids).to.deep.equal([SEED_ID]);
      });
    }
  });

  describe('related-list', () => {
    it('one tab stop per item, in order; Enter fires news-item-click for that item', async () => {
      const el = await onPage('related-list', { for: SEED_ID });
      const clicks = catchClicks(el);
      const stops = await tabStops(el);
      const links = [...el.shadowRoot!.querySelectorAll('[part~=item] a')];
      expect(links.length).to.equal(3);
      expect(stops).to.deep.equal(links);
      (stops[1] as HTMLElement).focus();
      await sendKeys({ press: 'Enter' });
      expect(clicks.ids).to.have.length(1);
      expect(SEED_RELATED.map((item) => item.id)).to.include(clicks.ids[0]);
    });
  });
});
