import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/elements/article-card/article-card.js';
import { ArticleCard } from '../../../src/elements/article-card/article-card.component.js';
import { nextSlice, nextTask } from '../../../src/text/tasks.js';
import '../../../src/elements/related-list/related-list.js';
import { RelatedList } from '../../../src/elements/related-list/related-list.component.js';
import type { NewsFeed } from '../../../src/feed/model.js';
import { cachedIndex } from '../../../src/text/rank.js';
import { SEED_ARTICLE, SEED_ID, SEED_RELATED, newsFeed, newsItem } from '../helpers/seed-feed.js';
import { UNRELATED } from '../related-list/fixtures.js';

/** `n` short items on other subjects. */
const fillers = (n: number) =>
  Array.from({ length: n }, (_, i) =>
    newsItem({
      id: `filler-${i}`,
      url: `https://news.example/filler/${i}`,
      title: `خبر محلي رقم ${i} عن الطقس والرياضة`,
    }),
  );

/**
 * Many elements that update at once (the feed they all show has arrived) must not render in one long
 * task: they share a task up to a few milliseconds (`nextSlice`), the rest follow in tasks of their
 * own. The clock is `performance.now`, replaced here so that each render "takes" a known time.
 */
let fake = 0;
const realNow = performance.now.bind(performance);
const useFakeClock = () => {
  fake = realNow();
  performance.now = () => fake;
};
const useRealClock = () => {
  performance.now = realNow;
};

/**
 * Numbers the tasks calls run in: a call finds the mark unless a task since cleared it. (Exact here:
 * the cards sent on wait for one shared task, queued the same way after this mark's own.)
 */
function taskCounter() {
  let mark = false;
  let tasks = 0;
  return {
    get tasks() {
      return tasks;
    },
    /** The 1-based task of this call. */
    now(): number {
      if (!mark) {
        mark = true;
        tasks++;
        void nextTask().then(() => (mark = false));
      }
      return tasks;
    },
  };
}

describe('nextSlice: a task’s work shared out in slices', () => {
  afterEach(useRealClock);

  it('lets callers go on for the budget of a task, then sends them to the next task, where a new slice starts', async () => {
    useFakeClock();
    expect(nextSlice(8), 'the first caller starts the slice').to.equal(undefined);
    fake += 5;
    expect(nextSlice(8), 'within 8 ms').to.equal(undefined);
    fake += 4;
    const later = nextSlice(8);
    expect(later, 'past 8 ms').to.be.an.instanceOf(Promise);
    await later;
    expect(nextSlice(8), 'the next task starts a new slice').to.equal(undefined);
  });
});

describe('elements updating together', () => {
  const restore: (() => void)[] = [];
  afterEach(() => {
    useRealClock();
    restore.splice(0).forEach((undo) => undo());
  });

  it('twelve cards whose feed arrives at once render in six tasks, two by two, the first two at once', async () => {
    const counter = taskCounter();
    const rendered: { id: string; task: number }[] = [];
    // Each card's render takes 5 ms of the fake clock: a slice of 8 ms holds two.
    const proto = ArticleCard.prototype as unknown as { performUpdate(): void };
    const perform = proto.performUpdate;
    proto.performUpdate = function (this: ArticleCard) {
      const result = perform.call(this);
      if (this.shadowRoot?.querySelector('[part~=title]') && !rendered.some((r) => r.id === this.itemId)) {
        rendered.push({ id: this.itemId!, task: counter.now() });
        fake += 5;
      }
      return result;
    };
    restore.push(() => (proto.performUpdate = perform));
    useFakeClock();
    // One feed for all twelve (the page's store reads it once): its answer reaches them in one task.
    const src = '/feeds-test/gen?items=12&key=slices';
    const ids = Array.from({ length: 12 }, (_, i) => `v1-${i + 1}`);
    await fixture<HTMLDivElement>(
      html`<div>${ids.map((id) => html`<article-card src=${src} item-id=${id} no-image></article-card>`)}</div>`,
    );
    await waitUntil(() => rendered.length === 12, 'all twelve rendered', { timeout: 3000 });
    const perTask = new Map<number, string[]>();
    for (const { id, task } of rendered) perTask.set(task, [...(perTask.get(task) ?? []), id]);
    // Two renders of 5 ms fill a slice of 8: six tasks of two, in the page's order.
    expect([...perTask.values()]).to.deep.equal([
      ['v1-1', 'v1-2'],
      ['v1-3', 'v1-4'],
      ['v1-5', 'v1-6'],
      ['v1-7', 'v1-8'],
      ['v1-9', 'v1-10'],
      ['v1-11', 'v1-12'],
    ]);
  });
});

describe('a related list’s ranking index', () => {
  afterEach(useRealClock);

  it('is built in slices after the feed’s first render: the skeleton first, the rows once it is in, and updateComplete waits for them', async () => {
    const seen: { feed: boolean; indexed: boolean; rows: number; skeleton: boolean }[] = [];
    const proto = RelatedList.prototype as unknown as { updated(changed: unknown): void };
    const updated = proto.updated;
    proto.updated = function (this: RelatedList, changed: unknown) {
      updated.call(this, changed);
      const root = this.shadowRoot!;
      const items = (this as unknown as { data: { feed?: NewsFeed } }).data.feed?.items;
      seen.push({
        feed: !!items,
        indexed: !!items && !!cachedIndex(items),
        rows: root.querySelectorAll('[part~=item]').length,
        skeleton: !!root.querySelector('[part~=skeleton]'),
      });
    };
    // A fresh items array (its own index), about the seed article and thirty others.
    const feed = newsFeed([SEED_ARTICLE, ...SEED_RELATED, ...UNRELATED, ...fillers(30)], { language: 'ar' });
    try {
      // Every reading of the clock "takes" 1 ms: a slice of 8 ms holds a few items of the index.
      fake = realNow();
      performance.now = () => (fake += 1);
      const el = document.createElement('related-list') as RelatedList;
      el.feed = feed;
      el.for = SEED_ID;
      el.limit = 3;
      const loaded = new Promise((resolve) => el.addEventListener('news-load', resolve, { once: true }));
      document.body.append(el);
      await loaded;
      useRealClock();
      // news-load comes after updateComplete: the rows must be there by then.
      expect(el.shadowRoot!.querySelectorAll('[part~=item]')).to.have.length(3);
      const shownFeed = (el as unknown as { data: { feed: typeof feed } }).data.feed;
      expect(cachedIndex(shownFeed.items), 'indexed').to.not.equal(undefined);
      const first = seen.find((s) => s.feed)!;
      const shown = seen.find((s) => s.rows)!;
      expect(first.rows, 'the first render with the feed').to.equal(0);
      expect(first.skeleton, 'the skeleton while the index is built').to.equal(true);
      expect(shown.rows, 'updateComplete: the rows are on screen').to.equal(3);
      expect(first.indexed, 'the first render with the feed did not wait for the index').to.equal(false);
      expect(seen.indexOf(shown), 'the rows come in a later update').to.be.greaterThan(seen.indexOf(first));
      el.remove();
    } finally {
      proto.updated = updated;
    }
  });

  it('keeps the rows shown while a refreshed feed about the same article is indexed (no skeleton flash)', async () => {
    const items = [SEED_ARTICLE, ...SEED_RELATED, ...UNRELATED, ...fillers(30)];
    const el = document.createElement('related-list') as RelatedList;
    el.feed = newsFeed(items, { language: 'ar' });
    el.for = SEED_ID;
    el.limit = 3;
    document.body.append(el);
    await el.updateComplete;
    const titles = () => [...el.shadowRoot!.querySelectorAll('[part~=item]')].map((row) => row.textContent?.trim());
    const before = titles();
    expect(before).to.have.length(3);
    const seen: { rows: number; skeleton: boolean }[] = [];
    const proto = RelatedList.prototype as unknown as { updated(changed: unknown): void };
    const updated = proto.updated;
    proto.updated = function (this: RelatedList, changed: unknown) {
      updated.call(this, changed);
      seen.push({
        rows: this.shadowRoot!.querySelectorAll('[part~=item]').length,
        skeleton: !!this.shadowRoot!.querySelector('[part~=skeleton]'),
      });
    };
    try {
      fake = realNow();
      performance.now = () => (fake += 1);
      // The refresh: the same items and one more, in a new array (an index of its own to build).
      const refreshed = newsFeed([...items, ...fillers(31).slice(30)], { language: 'ar' });
      const loaded = new Promise((resolve) => el.addEventListener('news-load', resolve, { once: true }));
      el.feed = refreshed;
      await loaded;
      useRealClock();
      const shownFeed = (el as unknown as { data: { feed: typeof refreshed } }).data.feed;
      expect(shownFeed.items, 'the refreshed feed').to.have.length(items.length + 1);
      expect(cachedIndex(shownFeed.items), 'the refreshed feed was indexed').to.not.equal(undefined);
      expect(seen.length, 'a render before the index and one after').to.be.greaterThan(1);
      expect(seen.filter((s) => s.skeleton || s.rows !== 3)).to.deep.equal([]);
      expect(titles()).to.deep.equal(before);
    } finally {
      proto.updated = updated;
      el.remove();
    }
  });
});
