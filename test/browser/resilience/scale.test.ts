import { expect } from '@open-wc/testing';
import type { NewsFeed } from '../../../src/feed/model.js';
import { newsFeed, newsItem } from '../helpers/seed-feed.js';
import { make, settle, shown, titles, watchErrors, type Widget } from './helpers.js';

/**
 * A feed of 10,000 items, each element showing a few of them: the page must not freeze. Long
 * tasks (> 50 ms on the main thread) are observed while the elements load and render.
 */

const N = 10_000;
const TOPICS = ['سياسة', 'اقتصاد', 'رياضة', 'تكنولوجيا', 'ثقافة'];

function bigFeed(): NewsFeed {
  return newsFeed(
    Array.from({ length: N }, (_, i) =>
      newsItem({
        id: `big-${i}`,
        url: `https://news.example/big/${i}`,
        title: `خبر رقم ${i}: ${TOPICS[i % 5]} في دمشق وحلب واللاذقية`,
        summary: `ملخص الخبر ${i} عن ${TOPICS[i % 5]} والأحداث في ${TOPICS[(i + 2) % 5]}`,
        tags: [TOPICS[i % 5], `وسم-${i % 97}`],
        category: TOPICS[i % 5],
        published: new Date(Date.UTC(2024, 11, 26) - i * 60_000).toISOString(),
      }),
    ),
    { language: 'ar' },
  );
}

/** Mounts `els` on `feed`, waits for them to show it, and returns the longest long task seen meanwhile. */
async function measure(els: HTMLElement[], feed: NewsFeed, label: string): Promise<number> {
  const longTasks: number[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) longTasks.push(entry.duration);
  });
  observer.observe({ type: 'longtask', buffered: false });
  const watch = watchErrors();
  const start = performance.now();
  try {
    document.body.append(...els);
    for (const el of els) (el as Widget).feed = feed;
    const states = await Promise.all(els.map((el) => settle(el as Widget, 30_000)));
    const elapsed = performance.now() - start;
    // Two frames so the last render's layout and paint count too.
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    await new Promise((resolve) => setTimeout(resolve, 100));
    const longest = Math.max(0, ...longTasks);
    console.log(
      `10k items, ${label}: on screen in ${elapsed.toFixed(0)} ms; ${longTasks.length} long tasks, longest ${longest.toFixed(0)} ms`,
    );
    expect(states).to.deep.equal(els.map(() => 'content'));
    expect(watch.errors).to.deep.equal([]);
    return longest;
  } finally {
    observer.disconnect();
    watch.stop();
  }
}

describe('resilience: a 10,000-item feed', function () {
  this.timeout(60_000);
  let els: HTMLElement[] = [];
  afterEach(() => els.forEach((el) => el.remove()));

  it('news-ticker limit=20 shows 20 headlines without freezing the page', async () => {
    els = [make('news-ticker', { limit: '20' })];
    const longest = await measure(els, bigFeed(), 'news-ticker limit=20');
    expect(els[0].shadowRoot!.querySelectorAll('.copy:first-child .item').length).to.equal(20);
    expect(longest, 'longest main-thread task (ms)').to.be.lessThan(2000);
  });

  it('related-list limit=3 shows 3 related items without freezing the page', async () => {
    els = [make('related-list', { limit: '3', for: 'big-5000' })];
    const longest = await measure(els, bigFeed(), 'related-list limit=3');
    expect(els[0].shadowRoot!.querySelectorAll('[part~=item]').length).to.equal(3);
    expect(longest, 'longest main-thread task (ms)').to.be.lessThan(2000);
  });

  it('article-card item-id shows that item without freezing the page', async () => {
    els = [make('article-card', { 'item-id': 'big-9999' })];
    const longest = await measure(els, bigFeed(), 'article-card item-id');
    expect(titles(els[0])[0]).to.include('خبر رقم 9999');
    expect(shown(els[0])).to.equal('content');
    expect(longest, 'longest main-thread task (ms)').to.be.lessThan(2000);
  });

  it('all three on the same feed object at once', async () => {
    els = [
      make('news-ticker', { limit: '20' }),
      make('related-list', { limit: '3', for: 'big-5000' }),
      make('article-card', { 'item-id': 'big-9999' }),
    ];
    const longest = await measure(els, bigFeed(), 'all three');
    expect(longest, 'longest main-thread task (ms)').to.be.lessThan(2000);
  });
});
