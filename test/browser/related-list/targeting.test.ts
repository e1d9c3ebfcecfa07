import { expect, html, oneEvent } from '@open-wc/testing';
import type { NewsItemEvent } from '../../../src/events.js';
import { SEED_ID, SEED_TITLE, newsFeed, newsItem } from '../helpers/seed-feed.js';
import { RELATED_TITLES, UNRELATED, items, settled, shadow, testFeed, titles } from './fixtures.js';

/** Adds `<link rel=canonical>` or `<meta property=og:url>` to the page for one test. */
function headTag(kind: 'canonical' | 'og', url: string): () => void {
  const el = document.createElement(kind === 'canonical' ? 'link' : 'meta');
  if (kind === 'canonical') (el.setAttribute('rel', 'canonical'), el.setAttribute('href', url));
  else (el.setAttribute('property', 'og:url'), el.setAttribute('content', url));
  document.head.append(el);
  return () => el.remove();
}

describe('<related-list> which article it relates to', () => {
  let cleanup: (() => void)[] = [];
  afterEach(() => {
    cleanup.forEach((undo) => undo());
    cleanup = [];
  });

  it("lists the seed page's three related items for the seed article, ahead of unrelated news", async () => {
    const el = await settled(html`<related-list for=${SEED_ID} .feed=${testFeed()}></related-list>`);
    expect(titles(el)).to.have.members(RELATED_TITLES);
    expect(titles(el)).not.to.include(SEED_TITLE);
  });

  it('demo feed (JSON Feed over HTTP): the seed article lists the three items its page links to', async () => {
    const demo = (await (await fetch('/demo/feeds/news.json')).json()) as {
      items: { id: string; title: string; _news?: { related?: string[] } }[];
    };
    const seed = demo.items.find((item) => item.id === SEED_ID)!;
    const expected = seed._news!.related!.map((id) => demo.items.find((item) => item.id === id)!.title);
    const el = await settled(html`<related-list for=${SEED_ID} src="/demo/feeds/news.json"></related-list>`);
    expect(titles(el)).to.have.members(expected);
  });

  it('never lists the current article, even when the limit would allow every item', async () => {
    const feed = testFeed();
    const el = await settled(html`<related-list for=${SEED_ID} limit="50" .feed=${feed}></related-list>`);
    expect(titles(el)).not.to.include(SEED_TITLE);
    expect(titles(el).length).to.be.within(3, feed.items.length - 1);
  });

  it('respects the limit', async () => {
    const el = await settled(html`<related-list for=${SEED_ID} limit="2" .feed=${testFeed()}></related-list>`);
    expect(items(el)).to.have.length(2);
    for (const title of titles(el)) expect(RELATED_TITLES).to.include(title);
  });

  it('takes `for` as an item URL in any spelling of it', async () => {
    const el = await settled(
      html`<related-list
        for="http://www.news.example/syria/lavrov-2024-12-26/?utm_source=x#comments"
        .feed=${testFeed()}
      ></related-list>`,
    );
    expect(titles(el)).to.have.members(RELATED_TITLES);
  });

  it('finds the page article from <link rel="canonical">, normalizing scheme, www, slash, query and hash', async () => {
    cleanup.push(headTag('canonical', 'http://www.news.example/syria/lavrov-2024-12-26/?ref=home#top'));
    const el = await settled(html`<related-list .feed=${testFeed()}></related-list>`);
    expect(titles(el)).to.have.members(RELATED_TITLES);
  });

  it('finds the page article from og:url', async () => {
    cleanup.push(headTag('og', 'https://news.example/syria/lavrov-2024-12-26/'));
    const el = await settled(html`<related-list .feed=${testFeed()}></related-list>`);
    expect(titles(el)).to.have.members(RELATED_TITLES);
  });

  it('keeps the page article out of a list made `for` another item', async () => {
    cleanup.push(headTag('canonical', 'https://news.example/syria/lavrov-2024-12-26'));
    const el = await settled(
      html`<related-list for="syrianews-sharaa-gulf-calls" limit="50" .feed=${testFeed()}></related-list>`,
    );
    expect(titles(el)).not.to.include(SEED_TITLE);
    expect(titles(el)).not.to.include(RELATED_TITLES[0]);
    expect(titles(el)).to.include(RELATED_TITLES[1]);
  });

  it('falls back to the tags and category the host gives when the article is not in the feed', async () => {
    const byTag = await settled(html`<related-list tags=" هواتف , اخرى" .feed=${testFeed()}></related-list>`);
    expect(titles(byTag)[0]).to.equal(UNRELATED[2].title);
    const byCategory = await settled(html`<related-list category="الرياضة" .feed=${testFeed()}></related-list>`);
    expect(titles(byCategory).slice(0, 2)).to.have.members([UNRELATED[0].title, UNRELATED[1].title]);
  });

  it('hides itself when it cannot tell which article it relates to', async () => {
    const el = await settled(html`<related-list for="no-such-item" .feed=${testFeed()}></related-list>`);
    expect(items(el)).to.have.length(0);
    expect(getComputedStyle(el).display).to.equal('none');
  });

  it('re-ranks when `for` changes, and reuses the ranking when only the look changes', async () => {
    const el = await settled(html`<related-list for=${SEED_ID} .feed=${testFeed()}></related-list>`);
    const rows = (el as unknown as { rows: unknown[] }).rows;
    el.thumbnails = true;
    await el.updateComplete;
    expect((el as unknown as { rows: unknown[] }).rows).to.equal(rows);
    el.for = UNRELATED[0].id;
    await el.updateComplete;
    expect(titles(el)[0]).to.equal(UNRELATED[1].title);
  });

  it('never links to an unsafe URL', async () => {
    const feed = testFeed();
    feed.items.push(
      newsItem({ id: 'evil', url: 'javascript:alert(1)', title: 'لافروف الشرع روسيا', category: 'الاخبار السياسية' }),
    );
    const el = await settled(html`<related-list for=${SEED_ID} limit="50" .feed=${feed}></related-list>`);
    expect(titles(el)).not.to.include('لافروف الشرع روسيا');
    for (const a of shadow(el).querySelectorAll('a')) expect(a.href).to.match(/^https:/);
  });

  it('takes weights: with the category weight dominant, same-category items come first', async () => {
    const feed = newsFeed([
      newsItem({ id: 'a', url: 'https://x.example/a', title: 'alpha', tags: ['economy'], category: 'c1' }),
      newsItem({ id: 'b', url: 'https://x.example/b', title: 'beta', tags: ['economy'], category: 'c2' }),
      newsItem({ id: 'c', url: 'https://x.example/c', title: 'gamma', category: 'c1' }),
    ]);
    const el = await settled(html`<related-list for="a" .feed=${feed}></related-list>`);
    expect(titles(el)[0]).to.equal('beta');
    el.weights = { tags: 0, category: 10 };
    await el.updateComplete;
    expect(titles(el)[0]).to.equal('gamma');
  });
});

describe('<related-list> debug and events', () => {
  it('debug shows why each item was chosen, in the list and in data-explain', async () => {
    const plain = await settled(html`<related-list for=${SEED_ID} .feed=${testFeed()}></related-list>`);
    expect(shadow(plain).querySelector('[part~=explain]')).to.equal(null);
    expect(items(plain)[0].hasAttribute('data-explain')).to.equal(false);

    const el = await settled(html`<related-list debug for=${SEED_ID} .feed=${testFeed()}></related-list>`);
    for (const li of items(el)) {
      const explain = JSON.parse(li.dataset.explain!);
      expect(explain.score).to.be.a('number').above(0);
      expect(explain.sharedTerms).to.be.an('array');
      expect(li.querySelector('[part~=explain]')!.textContent).to.contain(explain.score.toFixed(2));
    }
    const first = JSON.parse(items(el)[0].dataset.explain!);
    const shown = items(el)[0].querySelector('[part~=explain]')!.textContent!;
    for (const term of [...first.sharedTags, ...first.sharedTerms]) expect(shown).to.contain(term);
  });

  it('a click fires news-item-click with the explanation; cancelling it stops navigation', async () => {
    const el = await settled(html`<related-list for=${SEED_ID} .feed=${testFeed()}></related-list>`);
    const link = shadow(el).querySelectorAll('a')[1];
    el.addEventListener('news-item-click', (e) => e.preventDefault(), { once: true });
    const fired = oneEvent(el, 'news-item-click') as Promise<NewsItemEvent>;
    const click = new MouseEvent('click', { bubbles: true, composed: true, cancelable: true });
    link.dispatchEvent(click);
    const { detail, cancelable } = await fired;
    expect(cancelable).to.equal(true);
    expect(detail.index).to.equal(1);
    expect(detail.item.title).to.equal(titles(el)[1]);
    expect(detail.explanation).to.have.keys(['stated', 'sharedTags', 'sharedTerms', 'sameCategory', 'parts']);
    expect(click.defaultPrevented, 'navigation prevented').to.equal(true);
    expect(location.pathname).not.to.contain('syria');
  });

  it('an uncancelled click lets the link navigate', async () => {
    const el = await settled(html`<related-list for=${SEED_ID} .feed=${testFeed()}></related-list>`);
    let prevented: boolean | undefined;
    const spy = (e: Event) => {
      prevented = e.defaultPrevented;
      e.preventDefault(); // keep the test page
    };
    window.addEventListener('click', spy);
    try {
      shadow(el)
        .querySelector('a')!
        .dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, cancelable: true }));
    } finally {
      window.removeEventListener('click', spy);
    }
    expect(prevented).to.equal(false);
  });

  it('fires news-item-impression once per visible item', async () => {
    const el = document.createElement('related-list');
    (el as unknown as { impressions: { delay: number } }).impressions.delay = 50;
    el.for = SEED_ID;
    el.feed = testFeed();
    const seen: NewsItemEvent[] = [];
    el.addEventListener('news-item-impression', (e) => seen.push(e));
    document.body.prepend(el);
    try {
      await oneEvent(el, 'news-item-impression');
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(seen.map((e) => e.detail.item.title)).to.include(titles(el)[0]);
      expect(new Set(seen.map((e) => e.detail.item.id)).size).to.equal(seen.length);
      for (const e of seen) expect(titles(el)[e.detail.index]).to.equal(e.detail.item.title);
    } finally {
      el.remove();
    }
  });
});
