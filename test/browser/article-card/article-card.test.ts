import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../../src/elements/article-card/article-card.js';
import type { ArticleCard } from '../../../src/elements/article-card/article-card.component.js';
import type { NewsItem } from '../../../src/feed/model.js';
import type { NewsItemEvent } from '../../../src/events.js';
import { errorMessage } from '../../../src/i18n/messages.js';
import { expectAccessible } from '../helpers/axe.js';
import {
  SEED_CATEGORY,
  SEED_ID,
  SEED_PARAGRAPHS,
  SEED_SOURCE,
  SEED_TITLE,
  newsFeed,
  newsItem,
  seedFeed,
} from '../helpers/seed-feed.js';

const IMAGE = new URL('./image.svg', import.meta.url).href;
const MISSING_IMAGE = new URL('./no-such-image.png', import.meta.url).href;
const LAYOUTS = ['stacked', 'horizontal', 'compact', 'full'] as const;

const $ = (el: ArticleCard, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const $$ = (el: ArticleCard, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const part = (el: ArticleCard, name: string) => $(el, `[part~="${name}"]`);

/** An item with every field the card can show. */
const richItem = (init: Partial<NewsItem> = {}): NewsItem =>
  newsItem({
    id: 'rich',
    url: 'https://news.example/rich',
    title: 'Parliament passes the budget after a long night',
    summary:
      'The vote ended a week of debate. Ministers said the plan keeps spending flat while raising funds for schools, roads and hospitals in every province of the country.',
    contentText: 'The vote ended a week of debate.',
    contentHtml: '<p>The vote ended a week of debate.</p><p>See <a href="https://news.example/more">more</a>.</p>',
    published: '2024-12-26T09:51:00Z',
    category: 'Politics',
    authors: [{ name: 'Rana Haddad' }, { name: 'Omar Said' }],
    source: { name: 'Example News', url: 'https://news.example/' },
    tags: ['budget', 'parliament'],
    image: { url: IMAGE, alt: 'The parliament building', width: 400, height: 300 },
    breaking: true,
    language: 'en',
    ...init,
  });

async function card(template: unknown): Promise<ArticleCard> {
  const el = await fixture<ArticleCard>(template as Parameters<typeof fixture>[0]);
  await feedRead(el);
  return el;
}

/** A `.feed` is parsed asynchronously (some readers load on demand): wait until it is read. */
async function feedRead(el: ArticleCard): Promise<void> {
  const status = () => (el as unknown as { data: { status: string } }).data.status;
  if (el.feed !== undefined) {
    await waitUntil(() => status() !== 'idle' && status() !== 'loading', 'the feed is read', { timeout: 3000 });
  }
  await el.updateComplete;
}

/** Waits for the sanitized body (it arrives asynchronously after the first render). */
async function fullBody(el: ArticleCard): Promise<HTMLElement> {
  await waitUntil(() => (el as unknown as { body?: Node[] }).body, 'sanitized body never arrived', { timeout: 5000 });
  await el.updateComplete;
  return part(el, 'body')!;
}

/** Replaces fetch until `restore()`; `respond` decides what each request gets. */
function stubFetch(respond: (url: string) => Promise<Response>) {
  const original = window.fetch;
  window.fetch = ((input: RequestInfo | URL) =>
    respond(String(input instanceof Request ? input.url : input))) as typeof fetch;
  return () => {
    window.fetch = original;
  };
}

describe('<article-card>', () => {
  afterEach(async () => {
    await setViewport({ width: 800, height: 600 });
  });

  describe('which article', () => {
    it('shows the newest item by default', async () => {
      const feed = newsFeed([
        newsItem({ id: 'old', title: 'Old', published: '2024-01-01T00:00:00Z' }),
        newsItem({ id: 'new', title: 'Newest', published: '2024-06-01T00:00:00Z' }),
        newsItem({ id: 'undated', title: 'Undated' }),
      ]);
      const el = await card(html`<article-card .feed=${feed}></article-card>`);
      expect(part(el, 'title')!.textContent!.trim()).to.equal('Newest');
    });

    it('shows the item named by item-id, and the empty state for an unknown id', async () => {
      const el = await card(html`<article-card item-id=${SEED_ID} .feed=${seedFeed()}></article-card>`);
      expect(part(el, 'title')!.textContent!.trim()).to.equal(SEED_TITLE);
      el.itemId = 'no-such-id';
      await el.updateComplete;
      expect(part(el, 'title')).to.equal(null);
      // The seed feed is Arabic: the UI strings follow it once loaded (English where another test set the page locale).
      expect(part(el, 'empty')!.textContent).to.match(/not in the feed|غير موجود في ملف الأخبار/);
      expect(part(el, 'empty')!.getAttribute('role')).to.equal('status');
    });

    it('finds the item by URL ignoring protocol, www, trailing slash, fragment and utm_ parameters', async () => {
      const el = await card(
        html`<article-card
          item-url="http://www.NEWS.example/syria/airspace-closure-extended/?utm_source=x#top"
          .feed=${seedFeed()}
        ></article-card>`,
      );
      expect(part(el, 'title')!.textContent).to.contain('تمديد اغلاق الاجواء السورية');
    });

    it('shows `.item` as is, with no feed at all', async () => {
      const el = await card(html`<article-card .item=${richItem()}></article-card>`);
      expect(part(el, 'title')!.textContent!.trim()).to.equal('Parliament passes the budget after a long night');
    });

    it('reads an inline application/feed+json child', async () => {
      const feed = JSON.stringify(
        newsFeed([newsItem({ id: 'inline', title: 'Inline story', url: 'https://x.example/a' })]),
      );
      const el = await fixture<ArticleCard>(
        `<article-card><script type="application/feed+json">${feed}</script></article-card>`,
      );
      await waitUntil(() => part(el, 'title'), 'inline feed not rendered');
      expect(part(el, 'title')!.textContent!.trim()).to.equal('Inline story');
    });

    it('shows the empty state for a feed without items', async () => {
      const el = await card(html`<article-card .feed=${newsFeed([])}></article-card>`);
      expect(part(el, 'empty')!.textContent).to.contain('No news to show yet');
    });
  });

  describe('layouts', () => {
    it('stacked (default): image above the text, a reflected layout attribute', async () => {
      const el = await card(html`<article-card .item=${richItem()}></article-card>`);
      expect(el.getAttribute('layout')).to.equal('stacked');
      const image = $(el, '.media')!.getBoundingClientRect();
      const title = part(el, 'title')!.getBoundingClientRect();
      expect(image.bottom).to.be.at.most(title.top + 1);
      expect(part(el, 'summary')).to.exist;
      expect(part(el, 'body')).to.equal(null);
    });

    it('horizontal: thumbnail at the inline start, flipping with an ancestor dir', async () => {
      for (const dir of ['ltr', 'rtl']) {
        const wrapper = await fixture(
          html`<div dir=${dir} style="inline-size: 600px">
            <article-card layout="horizontal" .item=${richItem()}></article-card>
          </div>`,
        );
        const el = wrapper.querySelector('article-card')!;
        await el.updateComplete;
        const media = $(el, '.media')!.getBoundingClientRect();
        const text = $(el, '.text')!.getBoundingClientRect();
        if (dir === 'ltr') expect(media.right, dir).to.be.at.most(text.left + 1);
        else expect(media.left, dir).to.be.at.least(text.right - 1);
        expect(media.width, dir).to.be.within(180, 230);
      }
    });

    it('compact: title, date and category only', async () => {
      const el = await card(html`<article-card layout="compact" .item=${richItem()}></article-card>`);
      for (const name of ['title', 'date', 'category', 'link']) expect(part(el, name), name).to.exist;
      for (const name of ['image', 'summary', 'body', 'authors', 'source', 'tags'])
        expect(part(el, name), name).to.equal(null);
    });

    it('full: category, title, date, body, source, tags and the link to the original', async () => {
      const el = await card(html`<article-card layout="full" .item=${richItem()}></article-card>`);
      const body = await fullBody(el);
      expect(body.querySelectorAll('p')).to.have.length(2);
      expect(body.querySelector('a')!.getAttribute('href')).to.equal('https://news.example/more');
      expect(part(el, 'summary')).to.equal(null);
      expect(part(el, 'tags')!.textContent).to.contain('budget').and.contain('parliament');
      expect($$(el, 'bdi').map((b) => b.textContent)).to.include.members(['budget', 'parliament']);
      expect(part(el, 'source')!.textContent).to.contain('Example News');
      const original = $(el, '.original-link') as HTMLAnchorElement;
      expect(original.href).to.equal('https://news.example/rich');
      expect(part(el, 'title')!.getAttribute('aria-level')).to.equal('1');
      expect(part(el, 'title')!.querySelector('a')).to.equal(null);
    });

    it('the seed article in full shows category, title, date, paragraphs with quotes and source in order', async () => {
      const el = await card(html`<article-card layout="full" item-id=${SEED_ID} .feed=${seedFeed()}></article-card>`);
      const body = await fullBody(el);
      const paragraphs = [...body.querySelectorAll('p')].map((p) => p.textContent!.trim());
      expect(paragraphs).to.deep.equal([...SEED_PARAGRAPHS]);
      expect(body.textContent).to.contain('"بي بي سي"').and.contain('"لم نسحب دبلوماسيينا من دمشق');
      const time = part(el, 'date')!.querySelector('time')!;
      expect(Date.parse(time.dateTime)).to.equal(Date.parse('2024-12-26T09:51:00Z'));
      const sequence = [
        part(el, 'category')!,
        part(el, 'title')!,
        part(el, 'date')!,
        ...body.querySelectorAll('p'),
        part(el, 'source')!,
        $(el, '.original-link')!,
      ];
      for (let i = 1; i < sequence.length; i++) {
        expect(
          sequence[i - 1].compareDocumentPosition(sequence[i]) & Node.DOCUMENT_POSITION_FOLLOWING,
          `#${i}`,
        ).to.not.equal(0);
        expect(sequence[i].getBoundingClientRect().top, `#${i} is below #${i - 1}`).to.be.at.least(
          sequence[i - 1].getBoundingClientRect().top,
        );
      }
      expect(part(el, 'category')!.textContent!.trim()).to.equal(SEED_CATEGORY);
      expect(part(el, 'source')!.textContent).to.contain(SEED_SOURCE);
      expect(getComputedStyle(body).direction).to.equal('rtl');
      expect(part(el, 'tags'), 'the seed TAG: line is empty').to.equal(null);
    });

    it('the seed article from the demo JSON Feed (real parser): blockquotes, tags, source, image', async () => {
      const feed = (await (await fetch('/demo/feeds/news.json')).json()) as { items: { id: string; image?: string }[] };
      feed.items.find((it) => it.id === SEED_ID)!.image = IMAGE; // the demo's /images/ path is not served here
      const el = await card(html`<article-card layout="full" item-id=${SEED_ID} .feed=${feed}></article-card>`);
      await waitUntil(() => part(el, 'title'), 'demo feed not rendered');
      const body = await fullBody(el);
      expect(body.querySelectorAll('blockquote')).to.have.length(2);
      expect(body.querySelector('blockquote')!.textContent).to.contain('لم نسحب دبلوماسيينا من دمشق');
      expect(part(el, 'category')!.textContent!.trim()).to.equal(SEED_CATEGORY);
      expect(part(el, 'source')!.textContent).to.contain(SEED_SOURCE);
      expect([...part(el, 'tags')!.querySelectorAll('bdi')].map((b) => b.textContent)).to.deep.equal([
        'الشرع',
        'روسيا',
        'لافروف',
        'سوريا',
      ]);
      expect(part(el, 'image')).to.exist;
      const blockquote = body.querySelector('blockquote')!;
      expect(getComputedStyle(blockquote).borderRightWidth, 'quote rule on the inline start (right in RTL)').to.equal(
        '3px',
      );
    });

    it('lays out without horizontal overflow from 240 to 1200 px, LTR and RTL', async () => {
      for (const layout of LAYOUTS) {
        for (const dir of ['ltr', 'rtl']) {
          for (const width of [240, 1200]) {
            const wrapper = await fixture(
              html`<div dir=${dir} style="inline-size: ${width}px">
                <article-card layout=${layout} .item=${dir === 'rtl' ? seedFeed().items[0] : richItem()}></article-card>
              </div>`,
            );
            const el = wrapper.querySelector('article-card')!;
            await el.updateComplete;
            const box = $(el, '.card')!;
            expect(box.scrollWidth, `${layout} ${dir} ${width}`).to.be.at.most(box.clientWidth);
            expect(el.getBoundingClientRect().width, `${layout} ${dir} ${width}`).to.equal(width);
          }
        }
      }
    });
  });

  describe('fields', () => {
    it('image: reserved ratio from width/height, lazy, async, no referrer, alt from the feed', async () => {
      const el = await card(html`<article-card style="inline-size: 400px" .item=${richItem()}></article-card>`);
      const img = part(el, 'image') as HTMLImageElement;
      expect(img.getAttribute('loading')).to.equal('lazy');
      expect(img.getAttribute('fetchpriority')).to.equal('auto');
      expect(img.getAttribute('decoding')).to.equal('async');
      expect(img.getAttribute('referrerpolicy')).to.equal('no-referrer');
      expect(img.alt).to.equal('The parliament building');
      const media = $(el, '.media')!.getBoundingClientRect();
      expect(media.height).to.be.closeTo((media.width * 3) / 4, 1);
    });

    it('image: its loading, size and priority are set before its src (a lazy image does no load set-up in the render task)', async () => {
      // Lit sets an element's attributes in template order. An <img> whose src comes first does its load
      // set-up right there, lazy or not: ≈ 1.4 ms per image in the task that renders it.
      const at: Record<string, string | null>[] = [];
      const setAttribute = Element.prototype.setAttribute;
      Element.prototype.setAttribute = function (this: Element, name: string, value: string) {
        if (this.localName === 'img' && name === 'src')
          at.push(
            Object.fromEntries(['loading', 'width', 'height', 'fetchpriority'].map((a) => [a, this.getAttribute(a)])),
          );
        setAttribute.call(this, name, value);
      };
      try {
        await card(html`<article-card .item=${richItem()}></article-card>`);
        await card(html`<article-card layout="full" .item=${richItem()}></article-card>`);
      } finally {
        Element.prototype.setAttribute = setAttribute;
      }
      expect(at).to.deep.equal([
        { loading: 'lazy', width: '400', height: '300', fetchpriority: 'auto' },
        { loading: 'eager', width: '400', height: '300', fetchpriority: 'high' },
      ]);
    });

    it('image: an article shown in full (the page’s lead image) loads at once, first among images', async () => {
      const el = await card(html`<article-card layout="full" .item=${richItem()}></article-card>`);
      const img = part(el, 'image') as HTMLImageElement;
      expect(img.getAttribute('loading')).to.equal('eager');
      expect(img.getAttribute('fetchpriority')).to.equal('high');
    });

    it('image: --article-card-image-ratio (16/9 by default) when the size is unknown; alt="" when none', async () => {
      const item = richItem({ image: { url: IMAGE } });
      const el = await card(html`<article-card style="inline-size: 320px" .item=${item}></article-card>`);
      const media = $(el, '.media')!.getBoundingClientRect();
      expect(media.height).to.be.closeTo((media.width * 9) / 16, 1);
      expect(part(el, 'image')!.getAttribute('alt')).to.equal('');
      el.style.setProperty('--article-card-image-ratio', '1 / 1');
      expect($(el, '.media')!.getBoundingClientRect().height).to.be.closeTo(media.width, 1);
    });

    it('a broken image is removed and its box keeps its size (no broken-image icon, no shift)', async () => {
      const item = richItem({ image: { url: MISSING_IMAGE, alt: 'missing' } });
      const el = await card(html`<article-card style="inline-size: 320px" .item=${item}></article-card>`);
      const before = el.getBoundingClientRect().height;
      await waitUntil(() => !part(el, 'image'), 'broken image still shown', { timeout: 5000 });
      expect($(el, '.media')!.getBoundingClientRect().height).to.be.closeTo((320 * 9) / 16, 2);
      expect(el.getBoundingClientRect().height).to.be.closeTo(before, 1);
    });

    it('renders every field: badge, category, title link, date, authors, source, summary', async () => {
      const el = await card(html`<article-card .item=${richItem()}></article-card>`);
      expect(part(el, 'badge')!.textContent!.trim()).to.equal('Breaking');
      expect(part(el, 'category')!.textContent!.trim()).to.equal('Politics');
      const link = part(el, 'title')!.querySelector('a')!;
      expect(link.getAttribute('href')).to.equal('https://news.example/rich');
      expect(part(el, 'title')!.getAttribute('role')).to.equal('heading');
      expect(part(el, 'title')!.getAttribute('aria-level')).to.equal('3');
      expect(Date.parse(part(el, 'date')!.querySelector('time')!.dateTime)).to.equal(
        Date.parse('2024-12-26T09:51:00Z'),
      );
      const authors = part(el, 'authors')!;
      expect([...authors.querySelectorAll('bdi')].map((b) => b.textContent)).to.deep.equal([
        'Rana Haddad',
        'Omar Said',
      ]);
      expect(authors.textContent).to.match(/Rana Haddad(,)? and Omar Said/);
      expect(part(el, 'source')!.querySelector('bdi')!.textContent).to.equal('Example News');
      expect(part(el, 'summary')!.textContent).to.contain('The vote ended');
    });

    it('a newsroom credited as both author and source is named once, as the source', async () => {
      const item = richItem({ authors: [{ name: 'Example News' }, { name: 'Rana Haddad' }] });
      const el = await card(html`<article-card .item=${item}></article-card>`);
      expect([...part(el, 'authors')!.querySelectorAll('bdi')].map((b) => b.textContent)).to.deep.equal([
        'Rana Haddad',
      ]);
      expect(part(el, 'source')!.textContent).to.contain('Example News');
      el.noSource = true;
      await el.updateComplete;
      expect(part(el, 'authors')!.textContent).to.contain('Example News');
    });

    it('missing fields leave no empty parts', async () => {
      const bare = newsItem({ id: 'bare', title: 'Just a title' });
      const el = await card(html`<article-card .item=${bare}></article-card>`);
      for (const name of ['image', 'badge', 'category', 'date', 'authors', 'source', 'summary', 'link'])
        expect(part(el, name), name).to.equal(null);
      expect($(el, '.meta')).to.equal(null);
      expect(part(el, 'title')!.textContent!.trim()).to.equal('Just a title');
    });

    it('no-image, no-summary, no-date, no-category and no-source hide their parts', async () => {
      const el = await card(
        html`<article-card no-image no-summary no-date no-category no-source .item=${richItem()}></article-card>`,
      );
      for (const name of ['image', 'summary', 'date', 'category', 'source'])
        expect(part(el, name), name).to.equal(null);
      expect($(el, '.media')).to.equal(null);
      expect(part(el, 'title')).to.exist;
    });

    it('heading-level sets aria-level (clamped to 1–6)', async () => {
      const el = await card(html`<article-card heading-level="2" .item=${richItem()}></article-card>`);
      expect(part(el, 'title')!.getAttribute('aria-level')).to.equal('2');
      el.headingLevel = 9;
      await el.updateComplete;
      expect(part(el, 'title')!.getAttribute('aria-level')).to.equal('6');
    });

    it('title and summary carry the item language and direction; unknown language gets dir=auto', async () => {
      const el = await card(html`<article-card .feed=${seedFeed()}></article-card>`);
      for (const name of ['title', 'summary']) {
        expect(part(el, name)!.getAttribute('lang'), name).to.equal('ar');
        expect(getComputedStyle(part(el, name)!).direction, name).to.equal('rtl');
      }
      el.item = newsItem({ id: 'x', title: 'Hello', summary: 'World', language: undefined });
      el.feed = undefined;
      await el.updateComplete;
      expect(part(el, 'title')!.getAttribute('dir')).to.equal('auto');
      expect(part(el, 'title')!.hasAttribute('lang')).to.equal(false);
    });

    it('clamps the summary to summary-lines with an ellipsis on the RTL end', async () => {
      const long = SEED_PARAGRAPHS.join(' ');
      const item = newsItem({ id: 'long', title: 'عنوان', summary: long, language: 'ar' });
      const el = await card(
        html`<article-card summary-lines="2" style="inline-size: 300px" .item=${item}></article-card>`,
      );
      const summary = part(el, 'summary')!;
      const style = getComputedStyle(summary);
      expect(style.direction).to.equal('rtl');
      // Chromium reports a clamping -webkit-box as the block container it now is (CSSWG #10324).
      expect(style.display).to.be.oneOf(['-webkit-box', 'flow-root']);
      expect(style.webkitBoxOrient).to.equal('vertical');
      expect(style.webkitLineClamp).to.equal('2');
      const lineHeight = parseFloat(style.lineHeight);
      expect(summary.clientHeight).to.be.closeTo(2 * lineHeight, 2);
      expect(summary.scrollHeight).to.be.greaterThan(summary.clientHeight);
      el.summaryLines = 4;
      await el.updateComplete;
      expect(summary.clientHeight).to.be.closeTo(4 * lineHeight, 2);
    });

    it('a 300-character mixed Arabic/English title wraps at 240 px and is isolated', async () => {
      const title = ('عاجل: Reuters reports that وزير الخارجية said "peace talks" في دمشق ' + 'x'.repeat(40))
        .repeat(3)
        .slice(0, 300);
      expect(title).to.have.length(300);
      const el = await card(
        html`<article-card
          style="inline-size: 240px"
          .item=${newsItem({ id: 't', title, url: 'https://x.example/t', language: undefined })}
        ></article-card>`,
      );
      const heading = part(el, 'title')!;
      expect(heading.scrollWidth).to.be.at.most(heading.clientWidth);
      expect($(el, '.card')!.scrollWidth).to.be.at.most(240);
      expect(heading.getBoundingClientRect().height).to.be.greaterThan(100);
      expect(heading.getAttribute('dir')).to.equal('auto');
      expect(getComputedStyle(heading).unicodeBidi).to.equal('isolate');
    });

    it('dates go through the i18n controller as <time datetime>', async () => {
      const el = await card(html`<article-card lang="ar" .item=${richItem()}></article-card>`);
      const time = part(el, 'date')!.querySelector('time')!;
      expect(Date.parse(time.dateTime)).to.equal(Date.parse('2024-12-26T09:51:00Z'));
      expect(time.textContent!.trim()).to.not.equal('');
    });
  });

  describe('interaction', () => {
    it('the whole card is one link and one tab stop', async () => {
      const el = await card(html`<article-card style="inline-size: 400px" .item=${richItem()}></article-card>`);
      const focusable = $$(el, 'a[href], button, input, [tabindex]');
      expect(focusable).to.have.length(1);
      for (const name of ['summary', 'image', 'date']) {
        const r = part(el, name)!.getBoundingClientRect();
        const hit = el.shadowRoot!.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
        expect(hit, name).to.equal(focusable[0]);
      }
    });

    it('target=_blank adds rel=noopener', async () => {
      const el = await card(html`<article-card target="_blank" .item=${richItem()}></article-card>`);
      const link = part(el, 'link')!;
      expect(link.getAttribute('target')).to.equal('_blank');
      expect(link.getAttribute('rel')).to.contain('noopener');
    });

    it('fires news-item-click with the item; cancelling it stops the navigation', async () => {
      const item = richItem();
      const el = await card(html`<article-card .item=${item}></article-card>`);
      const link = part(el, 'link')!;
      let navigated: boolean | undefined;
      const guard = (e: Event) => {
        navigated = !e.defaultPrevented;
        e.preventDefault(); // keep the test page where it is
      };
      window.addEventListener('click', guard);
      try {
        const clicked = oneEvent(el, 'news-item-click') as Promise<NewsItemEvent>;
        link.click();
        const event = await clicked;
        expect(event.detail.item).to.equal(item);
        expect(event.detail.index).to.equal(0);
        expect(event.cancelable && event.composed && event.bubbles).to.equal(true);
        expect(navigated).to.equal(true);

        const cancel = (e: Event) => e.preventDefault();
        document.addEventListener('news-item-click', cancel);
        link.click();
        document.removeEventListener('news-item-click', cancel);
        expect(navigated).to.equal(false);
      } finally {
        window.removeEventListener('click', guard);
      }
    });

    it('fires news-item-impression once, after the card has been visible', async () => {
      const item = richItem();
      const el = await card(html`<article-card .item=${item}></article-card>`);
      (el as unknown as { impressions: { delay: number } }).impressions.delay = 50;
      const events: NewsItemEvent[] = [];
      el.addEventListener('news-item-impression', (e) => events.push(e));
      el.summaryLines = 2; // a re-render must not re-arm it
      await waitUntil(() => events.length === 1, 'no impression', { timeout: 3000 });
      expect(events[0].detail.item).to.equal(item);
      await aTimeout(150);
      expect(events).to.have.length(1);
    });
  });

  describe('states', () => {
    it('loading: a skeleton with the final boxes, announced once', async () => {
      const restore = stubFetch(() => new Promise<Response>(() => {}));
      try {
        const el = await card(html`<article-card src="/feeds-test/never"></article-card>`);
        const skeleton = part(el, 'skeleton')!;
        expect(skeleton.getAttribute('aria-busy')).to.equal('true');
        expect(skeleton.querySelector('[role="status"]')!.textContent).to.contain('Loading news');
        expect(skeleton.querySelector('.media.skeleton')).to.exist;
        expect(skeleton.querySelectorAll('.summary .skeleton-line')).to.have.length(3);
        expect(skeleton.querySelector('.state-skeleton')!.getAttribute('aria-hidden')).to.equal('true');
      } finally {
        restore();
      }
    });

    it('the skeleton stops shimmering under prefers-reduced-motion', async () => {
      const { emulateMedia } = await import('@web/test-runner-commands');
      const el = await card(html`<article-card></article-card>`);
      const box = $(el, '.skeleton')!;
      expect(getComputedStyle(box).animationName).to.equal('news-shimmer');
      await emulateMedia({ reducedMotion: 'reduce' });
      try {
        expect(getComputedStyle(box).animationName).to.equal('none');
      } finally {
        await emulateMedia({ reducedMotion: 'no-preference' });
      }
    });

    it('no layout shift between the skeleton and the content', async () => {
      const item = richItem({
        image: { url: IMAGE },
        breaking: false,
        authors: [],
        source: undefined, // date and source would wrap to two meta lines at this width
        title: 'A title long enough to need two lines at this width',
      });
      const el = await card(html`<article-card style="inline-size: 360px" lang="en"></article-card>`);
      expect(part(el, 'skeleton')).to.exist;
      const before = el.getBoundingClientRect().height;
      el.feed = newsFeed([item]);
      await waitUntil(() => part(el, 'title'), 'the article never replaced the skeleton');
      expect(!!part(el, 'skeleton')).to.equal(false);
      expect(part(el, 'title')!.getBoundingClientRect().height).to.be.greaterThan(40);
      expect(el.getBoundingClientRect().height).to.be.closeTo(before, 4);
    });

    it('error: news-error, the message, Retry (re-requests), the fallback link and the slotted fallback', async () => {
      const key = `card-${Math.random().toString(36).slice(2)}`;
      await fetch(`/feeds-test/count?key=${key}&reset=1`);
      const el = document.createElement('article-card');
      el.src = `/feeds-test/missing?key=${key}`;
      el.setAttribute('fallback-href', 'https://news.example/');
      el.innerHTML = '<a href="https://news.example/latest">Latest news</a>';
      const errored = oneEvent(el, 'news-error');
      const wrapper = await fixture(html`<div></div>`);
      wrapper.append(el);
      const event = await errored;
      expect(event.detail.error.kind).to.be.oneOf(['http', 'network']);
      await el.updateComplete;
      const box = part(el, 'error')!;
      expect(box.getAttribute('role')).to.equal('alert');
      expect(box.querySelector('.state-message')!.textContent).to.equal(errorMessage(event.detail.error));
      expect(box.textContent).to.contain('404');
      expect((part(el, 'fallback-link') as HTMLAnchorElement).href).to.equal('https://news.example/');
      const slot = box.querySelector('slot')!;
      expect(slot.assignedElements().map((e) => e.textContent)).to.deep.equal(['Latest news']);
      expect((el.querySelector('a') as HTMLElement).offsetHeight).to.be.greaterThan(0);
      part(el, 'retry')!.click();
      await waitUntil(
        async () => ((await (await fetch(`/feeds-test/count?key=${key}`)).json()) as { count: number }).count >= 2,
        'Retry did not request the feed again',
        { timeout: 5000 },
      );
    });

    it('an unsafe fallback-href is not rendered', async () => {
      const restore = stubFetch(async () => new Response('nope', { status: 500 }));
      try {
        const el = await card(html`<article-card src="/x.json" fallback-href="javascript:alert(1)"></article-card>`);
        await waitUntil(() => part(el, 'error'), 'no error state', { timeout: 5000 });
        expect(part(el, 'fallback-link')).to.equal(null);
        expect(part(el, 'retry')).to.exist;
      } finally {
        restore();
      }
    });

    it('news-load fires when the feed from src is ready', async () => {
      const doc = {
        version: 'https://jsonfeed.org/version/1.1',
        title: 'Served',
        items: [{ id: 'a', title: 'Served story', url: 'https://x.example/a', date_published: '2024-12-26T09:51:00Z' }],
      };
      const restore = stubFetch(
        async () => new Response(JSON.stringify(doc), { headers: { 'content-type': 'application/feed+json' } }),
      );
      try {
        const el = document.createElement('article-card');
        el.src = '/served.json';
        const loaded = oneEvent(el, 'news-load');
        document.body.append(el);
        const event = await loaded;
        expect(event.detail.feed.items[0].title).to.equal('Served story');
        await el.updateComplete;
        expect(part(el, 'title')!.textContent!.trim()).to.equal('Served story');
        el.remove();
      } finally {
        restore();
      }
    });

    it('light-DOM fallback content is hidden while the article shows (no slot outside the error state)', async () => {
      const el = await card(html`<article-card .item=${richItem()}><p>Fallback text</p></article-card>`);
      expect(el.shadowRoot!.querySelector('slot')).to.equal(null);
      expect((el.querySelector('p') as HTMLElement).offsetHeight).to.equal(0);
    });
  });

  describe('security', () => {
    it('neutralizes hostile HTML in the body', async () => {
      const w = window as unknown as { __pwned?: boolean };
      delete w.__pwned;
      const hostile = [
        '<p>Safe paragraph</p>',
        '<script>window.__pwned = true</script>',
        '<img src="x" onerror="window.__pwned = true">',
        '<a href="javascript:window.__pwned=true">click me</a>',
        '<iframe srcdoc="<script>parent.__pwned=true</script>"></iframe>',
        '<svg><script>window.__pwned = true</script></svg>',
        '<p onclick="window.__pwned = true" style="position:fixed;inset:0">Cover</p>',
      ].join('');
      const el = await card(
        html`<article-card
          layout="full"
          .item=${richItem({ contentHtml: hostile, contentText: 'Safe paragraph' })}
        ></article-card>`,
      );
      const body = await fullBody(el);
      expect(body.textContent).to.contain('Safe paragraph');
      expect(body.querySelector('script, iframe, [onerror], [onclick], [style]')).to.equal(null);
      for (const a of body.querySelectorAll('a')) expect(a.getAttribute('href') ?? '').not.to.match(/^\s*javascript:/i);
      for (const a of body.querySelectorAll('a')) a.click();
      await aTimeout(100);
      expect(w.__pwned).to.equal(undefined);
    });

    it('feed text is text: markup in a title is shown, not parsed', async () => {
      const item = newsItem({
        id: 'x',
        title: '<img src=x onerror="window.__pwned=true">Title',
        url: 'https://x.example/',
      });
      const el = await card(html`<article-card .item=${item}></article-card>`);
      expect(part(el, 'title')!.querySelector('img')).to.equal(null);
      expect(part(el, 'title')!.textContent).to.contain('<img src=x');
    });

    it('a javascript: item URL does not become a link', async () => {
      const el = await card(
        html`<article-card .item=${newsItem({ id: 'x', title: 'T', url: 'javascript:alert(1)' })}></article-card>`,
      );
      expect(part(el, 'title')!.querySelector('a')).to.equal(null);
    });
  });

  describe('accessibility', () => {
    for (const layout of LAYOUTS) {
      for (const theme of ['light', 'dark']) {
        it(`axe finds no violations: ${layout}, ${theme}`, async () => {
          const el = await card(
            html`<article-card layout=${layout} theme=${theme} item-id=${SEED_ID} .feed=${seedFeed()}></article-card>`,
          );
          if (layout === 'full') await fullBody(el);
          await expectAccessible(el);
        });
      }
    }

    it('axe finds no violations in the error and empty states', async () => {
      const restore = stubFetch(async () => new Response('nope', { status: 500 }));
      try {
        const el = await card(html`<article-card src="/x.json" fallback-href="https://news.example/"></article-card>`);
        await waitUntil(() => part(el, 'error'), 'no error state', { timeout: 5000 });
        await expectAccessible(el);
      } finally {
        restore();
      }
      await expectAccessible(await card(html`<article-card .feed=${newsFeed([])}></article-card>`));
    });
  });
});
