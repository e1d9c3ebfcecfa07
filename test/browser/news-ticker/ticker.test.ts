import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import { setLocale } from '../../../src/i18n/locale.js';
import { breaking, pauseHeadlines } from '../../../src/i18n/messages.js';
import type { NewsItemEvent } from '../../../src/events.js';
import { expectAccessible } from '../helpers/axe.js';
import { newsItem, seedFeed, SEED_TITLE } from '../helpers/seed-feed.js';
import { feedOf, headlines, shadow, ticker, type NewsTicker } from './ticker-helpers.js';

const titles = (el: Element, copy = 0) =>
  [...shadow(el).querySelectorAll('.copy')[copy].querySelectorAll('.title')].map((t) => t.textContent);

describe('<news-ticker> content', () => {
  it('shows the seed feed headlines as links with their category and date, titles isolated in <bdi lang>', async () => {
    const el = await ticker(seedFeed());
    expect(titles(el)[0]).to.equal(SEED_TITLE);
    const first = shadow(el).querySelector('.copy li')!;
    const link = first.querySelector('a')!;
    expect(link.getAttribute('href')).to.equal('https://news.example/syria/lavrov-2024-12-26');
    expect(link.getAttribute('part')).to.equal('item');
    expect(first.querySelector('bdi.title')!.getAttribute('lang')).to.equal('ar');
    expect(first.querySelector('[part=category]')!.textContent).to.equal('الاخبار السياسية');
    expect(new Date(first.querySelector('time')!.getAttribute('datetime')!).toISOString()).to.equal(
      '2024-12-26T09:51:00.000Z',
    );
    expect(first.querySelector('[part=separator]')!.getAttribute('aria-hidden')).to.equal('true');
  });

  it('shows at most `limit` headlines (10 by default)', async () => {
    const el = await ticker(feedOf(headlines(15)));
    expect(titles(el)).to.have.length(10);
    el.limit = 3;
    await el.updateComplete;
    expect(titles(el)).to.deep.equal(headlines(3).map((i) => i.title));
  });

  it('renders a long list’s first eight headlines at once; the rest, then the loop’s duplicate, each in a render of its own', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div dir="rtl" style="inline-size: 600px"><news-ticker limit="30"></news-ticker></div>`,
    );
    const el = wrapper.querySelector<NewsTicker>('news-ticker')!;
    await el.updateComplete;
    // Every render's result, as the headlines per copy.
    const renders: number[][] = [];
    const copies = () => [...shadow(el).querySelectorAll('.copy')].map((copy) => copy.children.length);
    const observer = new MutationObserver(() => renders.push(copies()));
    observer.observe(shadow(el), { childList: true, subtree: true });
    el.feed = feedOf(headlines(30));
    await waitUntil(() => copies().length === 2, 'the loop’s duplicate did not come');
    observer.disconnect();
    expect(renders.filter((shape, i) => shape.join() !== renders[i - 1]?.join())).to.deep.equal([[8], [30], [30, 30]]);
    expect(titles(el)).to.deep.equal(headlines(30).map((item) => item.title));
  });

  it('filters by `tag` and by `category`', async () => {
    const items = [
      newsItem({ id: 'a', title: 'سياسة ١', category: 'سياسة', tags: ['سوريا'] }),
      newsItem({ id: 'b', title: 'رياضة', category: 'رياضة', tags: ['كرة'] }),
      newsItem({ id: 'c', title: 'سياسة ٢', category: 'سياسة', tags: ['روسيا', 'سوريا'] }),
    ];
    const el = await ticker(feedOf(items), {}, (feed) => html`<news-ticker .feed=${feed} tag="كرة"></news-ticker>`);
    expect(titles(el)).to.deep.equal(['رياضة']);
    el.tag = undefined;
    el.category = 'سياسة';
    await el.updateComplete;
    expect(titles(el)).to.deep.equal(['سياسة ١', 'سياسة ٢']);
    el.tag = 'روسيا';
    await el.updateComplete;
    expect(titles(el)).to.deep.equal(['سياسة ٢']);
  });

  it('highlights breaking items with a visible mark', async () => {
    const items = [...headlines(1), ...headlines(1, 1, { breaking: true })];
    const el = await ticker(feedOf(items));
    const [plain, hot] = shadow(el).querySelector('.copy')!.children;
    expect(plain.querySelector('[part=flag]')).to.equal(null);
    expect(hot.classList.contains('breaking')).to.equal(true);
    expect(hot.querySelector('[part=flag]')!.textContent).to.equal(breaking());
    expect(getComputedStyle(hot.querySelector('.title')!).fontWeight).to.equal('700');
  });

  it('reads an inline <script type="application/feed+json"> child', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div dir="rtl">
        <news-ticker
          ><script type="application/feed+json">
            {
              "version": "https://jsonfeed.org/version/1.1",
              "title": "t",
              "items": [{ "id": "x", "title": "خبر مضمن", "url": "https://news.example/x" }]
            }
          </script></news-ticker
        >
      </div>`,
    );
    const el = wrapper.querySelector('news-ticker')!;
    await waitUntil(() => shadow(el).querySelector('.title'), 'inline feed not shown');
    expect(titles(el)).to.deep.equal(['خبر مضمن']);
  });

  it('renders a headline without a URL as text, and a javascript: URL is never a link', async () => {
    const items = [
      newsItem({ id: 'a', title: 'بلا رابط' }),
      newsItem({ id: 'b', title: 'رابط خطر', url: 'javascript:alert(1)' }),
    ];
    const el = await ticker(feedOf(items));
    expect(shadow(el).querySelector('.copy')!.querySelectorAll('a')).to.have.length(0);
    expect(titles(el)).to.deep.equal(['بلا رابط', 'رابط خطر']);
  });
});

describe('<news-ticker> accessibility', () => {
  afterEach(() => setLocale('auto'));

  it('is a region named by its visible badge, in the page language', async () => {
    await setLocale('ar');
    const el = await ticker(feedOf(headlines(3)));
    const region = shadow(el).querySelector('[role=region]')!;
    const badge = shadow(el).getElementById(region.getAttribute('aria-labelledby')!)!;
    expect(badge.getAttribute('part')).to.equal('badge');
    expect(badge.textContent!.trim()).to.equal('عاجل');
    expect(shadow(el).querySelector('.toggle')!.getAttribute('aria-label')).to.equal(pauseHeadlines());
    expect(pauseHeadlines()).not.to.equal('Pause headlines');
  });

  it('takes its label from the `label` attribute or the `label` slot', async () => {
    const el = await ticker(
      feedOf(headlines(2)),
      {},
      (feed) => html`<news-ticker .feed=${feed} label="آخر الأخبار"></news-ticker>`,
    );
    expect(shadow(el).querySelector('slot[name=label]')!.textContent!.trim()).to.equal('آخر الأخبار');
    const slotted = await ticker(
      feedOf(headlines(2)),
      {},
      (feed) => html`<news-ticker .feed=${feed}><strong slot="label">مباشر</strong></news-ticker>`,
    );
    const slot = shadow(slotted).querySelector<HTMLSlotElement>('slot[name=label]')!;
    expect(slot.assignedElements()[0].textContent).to.equal('مباشر');
  });

  it('hides the loop duplicate from assistive technology and from the keyboard', async () => {
    const el = await ticker(feedOf(headlines(3)));
    const [first, clone] = shadow(el).querySelectorAll('.copy');
    expect(first.hasAttribute('aria-hidden')).to.equal(false);
    expect(first.hasAttribute('inert')).to.equal(false);
    expect(clone.getAttribute('aria-hidden')).to.equal('true');
    expect(clone.hasAttribute('inert')).to.equal(true);
    expect(titles(el, 1)).to.deep.equal(titles(el, 0));
  });

  it('puts the pause button first in tab order', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div dir="rtl">
        <button id="before">before</button>
        <news-ticker .feed=${feedOf(headlines(3))}></news-ticker>
      </div>`,
    );
    const el = wrapper.querySelector('news-ticker')!;
    await waitUntil(() => shadow(el).querySelector('.item'), 'no headline');
    wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement).to.equal(el);
    expect(shadow(el).activeElement!.classList.contains('toggle')).to.equal(true);
    await sendKeys({ press: 'Tab' });
    expect(shadow(el).activeElement!.closest('.copy')).to.equal(shadow(el).querySelector('.copy'));
  });

  it('is accessible (axe) while scrolling, paused, reduced and in step mode, in RTL and LTR', async () => {
    for (const dir of ['rtl', 'ltr'] as const) {
      const el = await ticker(seedFeed(), { dir });
      await expectAccessible(el);
      el.pause();
      await el.updateComplete;
      await expectAccessible(el);
      el.motion = 'reduce';
      await el.updateComplete;
      await expectAccessible(el);
      el.motion = 'auto';
      el.mode = 'step';
      await el.updateComplete;
      await expectAccessible(el);
    }
  });
});

describe('<news-ticker> events', () => {
  it('fires a cancelable news-item-click; cancelling it keeps the page where it is', async () => {
    const el = await ticker(feedOf(headlines(3)));
    const link = shadow(el).querySelectorAll<HTMLAnchorElement>('.copy a')[1];
    const cancel = (e: Event) => e.preventDefault();
    document.addEventListener('news-item-click', cancel);
    try {
      setTimeout(() => link.click());
      const event = (await oneEvent(el, 'news-item-click')) as NewsItemEvent;
      expect(event.detail.item.id).to.equal('n1');
      expect(event.detail.index).to.equal(1);
      expect(event.cancelable).to.equal(true);
      expect(event.composed).to.equal(true);
      expect(location.href).not.to.contain('news.example');
    } finally {
      document.removeEventListener('news-item-click', cancel);
    }
  });

  it('in step mode, a click on the headline shown fires news-item-click for that headline', async () => {
    const el = await ticker(
      feedOf(headlines(3)),
      {},
      (feed) => html`<news-ticker mode="step" .feed=${feed}></news-ticker>`,
    );
    el.pause();
    shadow(el).querySelectorAll<HTMLButtonElement>('.nav button')[1].click();
    await el.updateComplete;
    const link = shadow(el).querySelector<HTMLAnchorElement>('.one a')!;
    const cancel = (e: Event) => e.preventDefault();
    el.addEventListener('news-item-click', cancel);
    try {
      setTimeout(() => link.querySelector<HTMLElement>('.title')!.click());
      const event = (await oneEvent(el, 'news-item-click')) as NewsItemEvent;
      expect(event.detail.item.id).to.equal('n1');
      expect(event.detail.index).to.equal(1);
    } finally {
      el.removeEventListener('news-item-click', cancel);
    }
  });

  it('a click on a headline of the (inert) duplicate opens the same headline', async () => {
    const el = await ticker(feedOf(headlines(3)));
    el.pause();
    await el.updateComplete;
    const [first, clone] = shadow(el).querySelectorAll('.copy');
    // Near the end of a loop: the tail of the first copy, then the duplicate's first headline
    // 100 px from the start edge.
    const loop = shadow(el).querySelector('.track')!.getAnimations()[0];
    const width = first.getBoundingClientRect().width;
    loop.currentTime = ((width - 100) / 60) * 1000;
    await new Promise(requestAnimationFrame);
    const rect = clone.children[0].querySelector('.title')!.getBoundingClientRect();
    const viewport = shadow(el).querySelector('.viewport')!.getBoundingClientRect();
    expect(rect.right).to.be.closeTo(viewport.right - 100, 1);
    const cancel = (e: Event) => e.preventDefault();
    el.addEventListener('news-item-click', cancel);
    try {
      setTimeout(() =>
        sendMouse({ type: 'click', position: [Math.round(rect.right - 30), Math.round(rect.top + rect.height / 2)] }),
      );
      const event = (await oneEvent(el, 'news-item-click')) as NewsItemEvent;
      expect(event.detail.item.id).to.equal('n0');
    } finally {
      el.removeEventListener('news-item-click', cancel);
      await resetMouse();
    }
  });

  it('a click on the duplicate keeps its modifier keys (ctrl-click opens the headline in a new tab)', async () => {
    const el = await ticker(feedOf(headlines(3)));
    el.pause();
    await el.updateComplete;
    const [first, clone] = shadow(el).querySelectorAll('.copy');
    const target = clone.children[1];
    const r = target.getBoundingClientRect();
    const forwarded: string[] = [];
    const keep = (e: Event) => {
      const click = e as MouseEvent;
      const li = (click.target as Element).closest('li');
      forwarded.push(
        [li === first.children[1], click.ctrlKey, click.shiftKey, click.altKey, click.metaKey, click.composed].join(),
      );
      e.preventDefault(); // stay on the test page
    };
    first.addEventListener('click', keep);
    try {
      target.dispatchEvent(
        new MouseEvent('click', {
          bubbles: true,
          cancelable: true,
          composed: true,
          ctrlKey: true,
          shiftKey: true,
          clientX: r.left + r.width / 2,
          clientY: r.top + r.height / 2,
        }),
      );
    } finally {
      first.removeEventListener('click', keep);
    }
    // The same headline in the first copy, with ctrl and shift, bubbling out of the shadow root.
    expect(forwarded).to.deep.equal(['true,true,true,false,false,true']);
  });

  it('fires news-item-impression for a headline of the first copy that stays in view', async () => {
    const el = await ticker(feedOf(headlines(3)));
    (el as unknown as { impressions: { delay: number } }).impressions.delay = 50;
    el.pause();
    el.requestUpdate();
    const event = (await oneEvent(el, 'news-item-impression')) as NewsItemEvent;
    expect(event.detail.item.id).to.equal('n0');
    expect(event.detail.index).to.equal(0);
  });

  it('fires news-load once the headlines are on screen', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div dir="rtl"></div>`);
    const el = document.createElement('news-ticker') as NewsTicker;
    el.feed = feedOf(headlines(2));
    setTimeout(() => wrapper.append(el));
    await oneEvent(el, 'news-load');
    expect(shadow(el).querySelectorAll('.copy')[0].children).to.have.length(2);
  });
});

describe('<news-ticker> states', () => {
  it('reserves its final height with a skeleton while loading', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div dir="rtl">
        <news-ticker src="/feeds-test/slow/400/server/news.json?key=ticker-skeleton"></news-ticker>
      </div>`,
    );
    const el = wrapper.querySelector('news-ticker')!;
    await el.updateComplete;
    expect(shadow(el).querySelector('[part=skeleton]')).not.to.equal(null);
    const loading = el.getBoundingClientRect().height;
    await waitUntil(() => shadow(el).querySelector('.item'), 'feed not shown', { timeout: 3000 });
    expect(el.getBoundingClientRect().height).to.equal(loading);
    expect(loading).to.be.closeTo(2.75 * 16, 0.5);
  });

  it('shows a localized message with Retry when the feed fails and there is nothing to show', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div dir="rtl"></div>`);
    const el = document.createElement('news-ticker');
    el.src = '/feeds-test/status/404?key=ticker-error';
    const failed = oneEvent(el, 'news-error');
    wrapper.append(el);
    expect((await failed).detail.error.kind).to.equal('http');
    await el.updateComplete;
    expect(el.getBoundingClientRect().height).to.be.closeTo(2.75 * 16, 0.5);
    const box = shadow(el).querySelector('[part=error]')!;
    expect(box.getAttribute('role')).to.equal('alert');
    expect(box.querySelector('[part=retry]')).not.to.equal(null);
    await expectAccessible(el);
    const count = async () => (await (await fetch('/feeds-test/count?key=ticker-error')).json()).count as number;
    const before = await count();
    box.querySelector<HTMLButtonElement>('[part=retry]')!.click();
    await waitUntil(async () => (await count()) > before, 'retry sent no request');
  });

  it('keeps its headlines, still moving, when a refresh fails', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div dir="rtl"></div>`);
    const el = document.createElement('news-ticker');
    el.src = '/feeds-test/breaks/1/server/news.json?key=ticker-stale';
    el.refresh = 0.3;
    const failed = oneEvent(el, 'news-error');
    wrapper.append(el);
    await oneEvent(el, 'news-load');
    const shown = titles(el);
    expect(shown.length).to.be.greaterThan(0);
    await failed;
    await el.updateComplete;
    expect(titles(el)).to.deep.equal(shown);
    expect(shadow(el).querySelector('[part=error]')).to.equal(null);
    expect(shadow(el).querySelector('.track')!.getAnimations()[0].playState).to.equal('running');
    el.remove();
  });

  it('says so when no headline matches', async () => {
    const el = await ticker(
      feedOf(headlines(2)),
      {},
      (feed) => html`<news-ticker .feed=${feed} tag="لا-يوجد"></news-ticker>`,
    );
    expect(shadow(el).querySelector('[part=empty]')).not.to.equal(null);
    await aTimeout(50);
    expect(
      shadow(el)
        .getAnimations()
        .filter((a) => a.playState === 'running'),
    ).to.have.length(0);
  });
});
