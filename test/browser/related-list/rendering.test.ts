import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { RelatedList } from '../../../src/elements/related-list/related-list.component.js';
import { relatedArticles } from '../../../src/i18n/messages.js';
import { expectAccessible } from '../helpers/axe.js';
import { SEED_ID, newsFeed, newsItem } from '../helpers/seed-feed.js';
import { RELATED_TITLES, items, settled, shadow, testFeed, titles } from './fixtures.js';

const part = (el: Element, name: string) => shadow(el).querySelector<HTMLElement>(`[part~=${name}]`);
const all = (el: Element, name: string) => [...shadow(el).querySelectorAll<HTMLElement>(`[part~=${name}]`)];
const columns = (el: Element) => getComputedStyle(part(el, 'list')!).gridTemplateColumns.split(' ').length;

describe('<related-list> states', () => {
  const realFetch = window.fetch;
  afterEach(() => {
    window.fetch = realFetch;
  });

  it('shows a skeleton of `limit` rows, with the heading, while the feed loads', async () => {
    window.fetch = () => new Promise<Response>(() => {});
    const el = await fixture<RelatedList>(html`<related-list src="/feeds-test/pending.json" limit="4"></related-list>`);
    const skeleton = part(el, 'skeleton')!;
    expect(skeleton.getAttribute('aria-busy')).to.equal('true');
    expect(skeleton.querySelectorAll('.row')).to.have.length(4);
    expect(skeleton.getBoundingClientRect().height).to.be.above(100);
    expect(part(el, 'heading')!.textContent!.trim()).to.equal(relatedArticles());
    expect(part(el, 'list')).to.equal(null);
  });

  for (const layout of ['list', 'compact'] as const) {
    it(`reserves about the size the loaded list takes (${layout})`, async () => {
      window.fetch = () => new Promise<Response>(() => {});
      const loading = await fixture<RelatedList>(
        html`<related-list style="inline-size: 360px" src="/feeds-test/pending.json" layout=${layout}></related-list>`,
      );
      const loaded = await settled(
        html`<related-list
          style="inline-size: 360px"
          for=${SEED_ID}
          layout=${layout}
          .feed=${testFeed()}
        ></related-list>`,
      );
      const ratio = loading.getBoundingClientRect().height / loaded.getBoundingClientRect().height;
      expect(ratio).to.be.within(0.75, 1.25);
    });
  }

  it('shows the error with a Retry button that retries the feed', async () => {
    const el = await fixture<RelatedList>(html`<related-list src="/feeds-test/no-such-route"></related-list>`);
    await waitUntil(() => part(el, 'error'), 'no error state');
    const controller = (el as unknown as { data: { retry(): void } }).data;
    let retried = 0;
    controller.retry = () => void retried++;
    part(el, 'retry')!.click();
    expect(retried).to.equal(1);
    expect(part(el, 'error')!.getAttribute('role')).to.equal('alert');
    expect(part(el, 'error')!.textContent!.trim()).not.to.equal('');
  });

  const lonely = () => newsFeed([newsItem({ id: 'only', url: 'https://x.example/only', title: 'only one' })]);

  it('hides the whole element when nothing is related (empty="hide", the default)', async () => {
    const el = await settled(html`<related-list for="only" .feed=${lonely()}></related-list>`);
    expect(getComputedStyle(el).display).to.equal('none');
    expect(el.getBoundingClientRect().height).to.equal(0);
  });

  it('shows a message when nothing is related and empty="message"', async () => {
    const el = await settled(html`<related-list empty="message" for="only" .feed=${lonely()}></related-list>`);
    expect(getComputedStyle(el).display).to.equal('block');
    expect(part(el, 'empty')!.textContent!.trim()).to.equal('No related articles');
    expect(part(el, 'list')).to.equal(null);
  });

  it('comes back when related items appear', async () => {
    const el = await settled(html`<related-list for=${SEED_ID} .feed=${lonely()}></related-list>`);
    expect(getComputedStyle(el).display).to.equal('none');
    el.feed = testFeed();
    await waitUntil(() => items(el).length === 3);
    await el.updateComplete;
    expect(getComputedStyle(el).display).to.equal('block');
  });
});

describe('<related-list> rendering', () => {
  before(() => setViewport({ width: 1000, height: 800 }));

  it('renders each item as the seed page does: the title is the link text, the summary below it', async () => {
    const feed = testFeed();
    const el = await settled(html`<related-list for=${SEED_ID} .feed=${feed}></related-list>`);
    for (const li of items(el)) {
      const link = li.querySelector('a[part~=link]')!;
      const title = link.querySelector('[part~=title]')!;
      const item = feed.items.find((i) => i.title === title.textContent)!;
      expect(link.getAttribute('href')).to.equal(item.url);
      expect(title.getAttribute('lang')).to.equal('ar');
      expect(title.getAttribute('dir')).to.equal('rtl');
      const summary = li.querySelector('[part~=summary]')!;
      expect(summary.textContent).to.equal(item.summary);
      expect(summary.getBoundingClientRect().top).to.be.at.least(title.getBoundingClientRect().bottom - 1);
    }
  });

  it('list: one column with summaries and dates; no thumbnails unless asked', async () => {
    const el = await settled(html`<related-list for=${SEED_ID} .feed=${testFeed()}></related-list>`);
    expect(el.getAttribute('layout')).to.equal('list');
    expect(columns(el)).to.equal(1);
    expect(all(el, 'summary')).to.have.length(3);
    expect(all(el, 'date')).to.have.length(3);
    expect(all(el, 'date')[0].querySelector('time')!.getAttribute('datetime')).to.match(/^2024-12-2/);
    expect(all(el, 'thumbnail')).to.have.length(0);
  });

  it('no-date hides dates; thumbnails shows images beside the text', async () => {
    const el = await settled(html`<related-list no-date thumbnails for=${SEED_ID} .feed=${testFeed()}></related-list>`);
    expect(all(el, 'date')).to.have.length(0);
    const img = all(el, 'thumbnail')[0] as HTMLImageElement;
    expect(img.getAttribute('alt')).to.equal('');
    expect(img.getAttribute('loading')).to.equal('lazy');
    const title = items(el)[0].querySelector('[part~=title]')!.getBoundingClientRect();
    // An Arabic feed on a page without `dir` lays out right to left: the image at the inline start.
    expect(img.getBoundingClientRect().left).to.be.at.least(title.right - 1);
  });

  it('thumbnails: lazy and sized before their src is set (no load set-up in the task that renders the rows)', async () => {
    // Lit sets attributes in template order; an <img> given its src first starts its load set-up there.
    const at: (string | null)[][] = [];
    const setAttribute = Element.prototype.setAttribute;
    Element.prototype.setAttribute = function (this: Element, name: string, value: string) {
      if (this.localName === 'img' && name === 'src')
        at.push(['loading', 'width', 'height'].map((a) => this.getAttribute(a)));
      setAttribute.call(this, name, value);
    };
    try {
      await settled(html`<related-list thumbnails for=${SEED_ID} .feed=${testFeed()}></related-list>`);
    } finally {
      Element.prototype.setAttribute = setAttribute;
    }
    expect(at).to.deep.equal(Array.from({ length: 3 }, () => ['lazy', '640', '480']));
  });

  it('grid: several columns in a wide container, one in a narrow one', async () => {
    const wide = await settled(
      html`<related-list
        style="inline-size: 900px"
        layout="grid"
        thumbnails
        for=${SEED_ID}
        .feed=${testFeed()}
      ></related-list>`,
    );
    expect(columns(wide)).to.equal(3);
    const img = all(wide, 'thumbnail')[0].getBoundingClientRect();
    expect(img.bottom).to.be.at.most(items(wide)[0].querySelector('[part~=title]')!.getBoundingClientRect().top + 1);
    const narrow = await settled(
      html`<related-list
        style="inline-size: 300px"
        layout="grid"
        thumbnails
        for=${SEED_ID}
        .feed=${testFeed()}
      ></related-list>`,
    );
    expect(columns(narrow)).to.equal(1);
    // A narrow container (not viewport) puts the image beside the text, at the inline start (RTL here).
    const side = all(narrow, 'thumbnail')[0].getBoundingClientRect();
    expect(side.left).to.be.at.least(
      items(narrow)[0].querySelector('[part~=title]')!.getBoundingClientRect().right - 1,
    );
  });

  it('--related-list-columns sets the smallest grid column', async () => {
    const el = await settled(
      html`<related-list
        style="inline-size: 900px; --related-list-columns: 400px"
        layout="grid"
        for=${SEED_ID}
        .feed=${testFeed()}
      ></related-list>`,
    );
    expect(columns(el)).to.equal(2);
  });

  it('compact: titles only', async () => {
    const el = await settled(html`<related-list layout="compact" for=${SEED_ID} .feed=${testFeed()}></related-list>`);
    expect(titles(el)).to.have.members(RELATED_TITLES);
    expect(all(el, 'summary')).to.have.length(0);
  });

  it('heading: localized by default, replaced by the attribute or the slot, level 2–6, or hidden', async () => {
    const el = await settled(html`<related-list for=${SEED_ID} .feed=${testFeed()}></related-list>`);
    const heading = part(el, 'heading')!;
    expect(heading.getAttribute('role')).to.equal('heading');
    expect(heading.getAttribute('aria-level')).to.equal('2');
    expect(heading.textContent!.trim()).to.equal(relatedArticles());
    expect(part(el, 'list')!.getAttribute('aria-labelledby')).to.equal(heading.id);

    el.heading = 'اقرأ أيضاً';
    el.headingLevel = 4;
    await el.updateComplete;
    expect(heading.textContent!.trim()).to.equal('اقرأ أيضاً');
    expect(heading.getAttribute('aria-level')).to.equal('4');

    el.headingLevel = 9;
    await el.updateComplete;
    expect(heading.getAttribute('aria-level')).to.equal('6');

    el.noHeading = true;
    await el.updateComplete;
    expect(part(el, 'heading')).to.equal(null);
    expect(part(el, 'list')!.hasAttribute('aria-labelledby')).to.equal(false);
  });

  it('the heading slot replaces the heading text', async () => {
    const el = await settled(
      html`<related-list for=${SEED_ID} .feed=${testFeed()}><span slot="heading">في السياق</span></related-list>`,
    );
    const slot = part(el, 'heading')!.querySelector('slot')!;
    expect(slot.assignedNodes().map((n) => n.textContent)).to.deep.equal(['في السياق']);
    expect(part(el, 'heading')!.getBoundingClientRect().height).to.be.above(0);
  });

  it('lays out right to left under an RTL ancestor, left to right under LTR', async () => {
    for (const dir of ['rtl', 'ltr'] as const) {
      const wrapper = await fixture<HTMLElement>(
        html`<div dir=${dir}>
          <related-list thumbnails for=${SEED_ID} .feed=${testFeed()}></related-list>
        </div>`,
      );
      const el = wrapper.querySelector('related-list')!;
      await waitUntil(() => items(el).length === 3);
      const heading = getComputedStyle(part(el, 'heading')!);
      const rule = dir === 'rtl' ? heading.borderRightWidth : heading.borderLeftWidth;
      expect(rule, dir).to.equal('4px');
      const img = all(el, 'thumbnail')[0].getBoundingClientRect();
      const title = items(el)[0].querySelector('[part~=title]')!.getBoundingClientRect();
      if (dir === 'rtl') expect(img.left, dir).to.be.at.least(title.right - 1);
      else expect(img.right, dir).to.be.at.most(title.left + 1);
    }
  });

  for (const layout of ['list', 'grid', 'compact'] as const) {
    for (const theme of ['light', 'dark'] as const) {
      it(`is accessible: ${layout}, ${theme}`, async () => {
        const el = await settled(
          html`<related-list
            layout=${layout}
            theme=${theme}
            thumbnails
            debug
            for=${SEED_ID}
            .feed=${testFeed()}
          ></related-list>`,
        );
        await expectAccessible(el);
      });
    }
  }
});
