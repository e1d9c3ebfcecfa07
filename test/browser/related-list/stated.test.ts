import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { NewsItemEvent } from '../../../src/events.js';
import type { NewsFeed, NewsRelation } from '../../../src/feed/model.js';
import { setLocale } from '../../../src/i18n/locale.js';
import { SEED_ID, SEED_RELATED, SEED_TITLE } from '../helpers/seed-feed.js';
import { RELATED_TITLES, UNRELATED, items, settled, shadow, testFeed, titles } from './fixtures.js';

const [sport, , phone, weather] = UNRELATED.map((item) => item);

/** The test feed with the seed article stating `related`. */
function stating(related: NewsRelation[]): NewsFeed {
  const feed = testFeed();
  feed.items.find((item) => item.id === SEED_ID)!.related = related;
  return feed;
}

const explainOf = (li: HTMLElement) => JSON.parse(li.dataset.explain!) as { stated: boolean; score: number };

describe('<related-list> relations the feed states', () => {
  it('come first, in the order stated, ahead of the items the ranking prefers', async () => {
    // Ranking alone: the seed page's three related items, none of the unrelated news.
    const ranked = await settled(html`<related-list for=${SEED_ID} .feed=${testFeed()}></related-list>`);
    expect(titles(ranked)).to.have.members(RELATED_TITLES);
    expect(titles(ranked)).not.to.include.members([weather!.title]);

    // Stated: the weather (by id), then the phone (by URL) — what the ranking scores lowest, in the stated order.
    const el = await settled(
      html`<related-list for=${SEED_ID} .feed=${stating([{ id: weather!.id }, { url: phone!.url! }])}></related-list>`,
    );
    expect(titles(el)).to.deep.equal([weather!.title, phone!.title, titles(ranked)[0]]);

    const reversed = await settled(
      html`<related-list for=${SEED_ID} .feed=${stating([{ url: phone!.url! }, { id: weather!.id }])}></related-list>`,
    );
    expect(titles(reversed)).to.deep.equal([phone!.title, weather!.title, titles(ranked)[0]]);
  });

  it('find feed items by URL in any spelling, and fill up to `limit` by ranking without repeating one', async () => {
    const spelled = phone!.url!.replace('https://', 'http://www.') + '/?utm_source=x#top';
    const feed = stating([{ id: SEED_RELATED[2]!.id }, { url: spelled }, { id: SEED_RELATED[2]!.id }]);
    const el = await settled(html`<related-list for=${SEED_ID} limit="4" .feed=${feed}></related-list>`);
    const shown = titles(el);
    expect(shown.slice(0, 2)).to.deep.equal([SEED_RELATED[2]!.title, phone!.title]);
    // The rest is the ranking's best (the stated item, which it ranks high too, not shown twice).
    expect(shown).to.have.length(4);
    expect(shown.slice(2)).to.have.members([SEED_RELATED[0]!.title, SEED_RELATED[1]!.title]);
    expect(shown).not.to.include(SEED_TITLE);
  });

  it('stop at `limit` when the feed states more', async () => {
    const feed = stating([weather!, phone!, sport!, ...SEED_RELATED].map((item) => ({ id: item.id })));
    const el = await settled(html`<related-list for=${SEED_ID} limit="2" .feed=${feed}></related-list>`);
    expect(titles(el)).to.deep.equal([weather!.title, phone!.title]);
  });

  it('show an article outside the feed with its own title and URL; skip unknown ids, the article itself and unsafe links', async () => {
    let errors = 0;
    const feed = stating([
      { id: 'not-in-this-feed' },
      { url: 'https://elsewhere.example/no-title' },
      { id: SEED_ID },
      { url: 'javascript:alert(1)', title: 'unsafe' } as NewsRelation,
      { url: 'https://elsewhere.example/2024/12/astana', title: 'صيغة أستانا: جولة جديدة من المحادثات' },
    ]);
    const count = () => errors++;
    document.addEventListener('news-error', count);
    const el = await settled(html`<related-list for=${SEED_ID} .feed=${feed}></related-list>`);
    document.removeEventListener('news-error', count);
    expect(titles(el)[0]).to.equal('صيغة أستانا: جولة جديدة من المحادثات');
    const first = items(el)[0]!;
    expect(first.querySelector('a')!.getAttribute('href')).to.equal('https://elsewhere.example/2024/12/astana');
    // Then the ranking's two best; nothing from the skipped entries.
    expect(titles(el)).to.have.length(3);
    expect(titles(el).slice(1)).to.satisfy((rest: string[]) => rest.every((t) => RELATED_TITLES.includes(t)));
    expect(shadow(el).innerHTML).not.to.contain('javascript:');
    expect(shadow(el).innerHTML).not.to.contain('no-title');
    expect(errors).to.equal(0);
  });

  it('debug and data-explain say which items were stated', async () => {
    const feed = stating([{ id: weather!.id }]);
    const el = await settled(html`<related-list debug for=${SEED_ID} .feed=${feed}></related-list>`);
    const [stated, ...ranked] = items(el);
    expect(explainOf(stated!).stated).to.equal(true);
    const why = () => stated!.querySelector('[part~=explain]')!.textContent!.trim();
    // An Arabic feed on this page: the UI is in Arabic, the source locale.
    expect(why()).to.equal('اختارها المحرر');
    for (const li of ranked) {
      expect(explainOf(li).stated).to.equal(false);
      expect(li.querySelector('[part~=explain]')!.textContent).to.contain(explainOf(li).score.toFixed(2));
    }
    await setLocale('en');
    try {
      await waitUntil(() => why() === 'Chosen by the publisher', 'the label follows the UI locale');
    } finally {
      await setLocale('ar');
    }
  });

  it("the click event's detail.explanation says stated: true for a stated item, false for a ranked one", async () => {
    const el = await settled(
      html`<related-list for=${SEED_ID} .feed=${stating([{ id: weather!.id }])}></related-list>`,
    );
    const click = async (i: number) => {
      el.addEventListener('news-item-click', (e) => e.preventDefault(), { once: true });
      const fired = oneEvent(el, 'news-item-click') as Promise<NewsItemEvent>;
      const link = shadow(el).querySelectorAll('a')[i]!;
      link.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, cancelable: true }));
      return (await fired).detail;
    };
    const first = await click(0);
    expect(first.item.id).to.equal(weather!.id);
    expect(first.explanation).to.include({ stated: true });
    const second = await click(1);
    expect(second.explanation).to.include({ stated: false });
    expect((second.explanation as { sharedTerms: string[] }).sharedTerms).not.to.be.empty;
  });

  it("the demo feed's seed article shows the three items its page links to, in the page's order", async () => {
    const demo = (await (await fetch('/demo/feeds/news.json')).json()) as {
      items: { id: string; title: string; _news?: { related?: string[] } }[];
    };
    const seed = demo.items.find((item) => item.id === SEED_ID)!;
    expect(seed._news!.related).to.deep.equal(SEED_RELATED.map((item) => item.id));
    const el = await settled(html`<related-list for=${SEED_ID} debug src="/demo/feeds/news.json"></related-list>`);
    // The seed page (/work/shared/seeds/000_ecf118df2e58070f.txt) lists them in this order.
    expect(titles(el)).to.deep.equal(RELATED_TITLES);
    expect(items(el).map((li) => explainOf(li).stated)).to.deep.equal([true, true, true]);
  });
});
