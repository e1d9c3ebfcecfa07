import { afterEach, describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import {
  buildIndex,
  buildIndexAsync,
  cachedIndex,
  DEFAULT_WEIGHTS,
  normalizeUrl,
  rankRelated,
} from '../../../src/text/rank.js';
import type { NewsItem } from '../../../src/feed/model.js';
import { SEED_ARTICLE, SEED_RELATED, newsItem } from '../../browser/helpers/seed-feed.js';
import evalSet from '../../../bench/data/related-eval.json';

const evalItems: NewsItem[] = evalSet.items.map((item) => newsItem(item));
const byId = new Map(evalItems.map((item) => [item.id, item]));
const ids = (results: { item: NewsItem }[]) => results.map((r) => r.item.id);

/** The seed article with the tags of its TAG: line in the brief (the page's line is empty). */
const seedArticle = { ...SEED_ARTICLE, tags: ['الشرع', 'روسيا', 'لافروف', 'سوريا'] };
/** Items of the evaluation set about other subjects: sport, health, technology, culture. */
const unrelated = evalItems.filter((item) => /^[shtc]-/.test(item.id));

describe('rankRelated on the seed article', () => {
  const feed = [...unrelated.slice(0, 20), seedArticle, ...SEED_RELATED, ...unrelated.slice(20)];
  const results = rankRelated(buildIndex(feed), seedArticle, { limit: feed.length });

  it('ranks the three related items above every unrelated item', () => {
    const top = ids(results.slice(0, 3));
    expect(top.sort()).toEqual(SEED_RELATED.map((item) => item.id).sort());
    const unrelatedIds = new Set(unrelated.map((item) => item.id));
    const firstUnrelated = results.findIndex((r) => unrelatedIds.has(r.item.id));
    if (firstUnrelated >= 0) expect(firstUnrelated).toBeGreaterThanOrEqual(3);
  });

  it('never returns the target', () => {
    expect(ids(results)).not.toContain(SEED_ARTICLE.id);
  });

  it('explains each result: shared tags as written, shared words, category, parts summing to the score', () => {
    const gulf = results.find((r) => r.item.id === 'syrianews-sharaa-gulf-calls')!;
    expect(gulf.explanation.sameCategory).toBe(true);
    expect(gulf.explanation.sharedTerms).toContain('الشرع');
    const { tags, category, text, recency } = gulf.explanation.parts;
    expect(gulf.score).toBeCloseTo(tags + category + text + recency, 10);
    expect(category).toBe(DEFAULT_WEIGHTS.category);
    expect(text).toBeGreaterThan(0);
  });
});

describe('rankRelated', () => {
  const base = (id: string, init: Partial<NewsItem> = {}) =>
    newsItem({ id, url: `https://news.example/${id}`, title: `عنوان ${id}`, ...init });

  it('finds the target by id or URL even when given a copy, and leaves it out', () => {
    const items = evalItems;
    const index = buildIndex(items);
    const copy = { ...byId.get('p-russia-1')! };
    expect(ids(rankRelated(index, copy, { limit: 200 }))).not.toContain('p-russia-1');
    const byUrl = { title: copy.title, url: 'http://www.NEWS.example/p-russia-1/?utm_source=x#top' };
    expect(ids(rankRelated(index, byUrl, { limit: 200 }))).not.toContain('p-russia-1');
  });

  it('shows near-duplicates once: same URL, or titles sharing 80 % of their words', () => {
    const index = buildIndex(evalItems);
    const lavrov = ids(rankRelated(index, byId.get('seed-lavrov')!, { limit: 200 }));
    expect(lavrov.filter((id) => id.startsWith('p-russia-2'))).toHaveLength(1);
    const gold = ids(rankRelated(index, byId.get('e-gold-2')!, { limit: 200 }));
    expect(gold.filter((id) => id.startsWith('e-gold-1'))).toHaveLength(1);
    // Without the duplicate check both copies of each story would be listed.
    expect(lavrov).toContain('p-russia-1');
  });

  it('lists the tags the item shares, spelled as the item spells them', () => {
    const items = [
      base('a', { title: 'أسعار النفط ترتفع', tags: ['إيران', 'النفط'] }),
      base('b', { title: 'اجتماع طارئ لوزراء الخارجية', tags: ['ايران', 'الخليج'] }),
    ];
    const [first] = rankRelated(buildIndex(items), items[0]!);
    expect(first!.item.id).toBe('b');
    expect(first!.explanation.sharedTags).toEqual(['ايران']);
  });

  it('weights change the order', () => {
    const target = base('t', { title: 'ارتفاع أسعار الذهب في دمشق', tags: ['الذهب'], category: 'اقتصاد' });
    const sameTag = base('tag', { title: 'مباراة كرة قدم', tags: ['الذهب'] });
    const sameText = base('text', { title: 'أسعار الذهب ترتفع في دمشق' });
    const index = buildIndex([target, sameTag, sameText]);
    const byTags = rankRelated(index, target, { weights: { tags: 5, text: 0.1 } });
    const byText = rankRelated(index, target, { weights: { tags: 0.1, text: 5 } });
    expect(ids(byTags)).toEqual(['tag', 'text']);
    expect(ids(byText)).toEqual(['text', 'tag']);
  });

  it('prefers the item closer in time when everything else is equal', () => {
    const target = base('t', { title: 'منخفض جوي', tags: ['الطقس'], published: '2025-01-10T00:00:00Z' });
    const near = base('near', { title: 'ثلوج', tags: ['الطقس'], published: '2025-01-09T00:00:00Z' });
    const far = base('far', { title: 'امطار', tags: ['الطقس'], published: '2024-06-01T00:00:00Z' });
    expect(ids(rankRelated(buildIndex([far, target, near]), target))).toEqual(['near', 'far']);
  });

  it('relates tags and a category alone, whatever their spelling', () => {
    const index = buildIndex(evalItems);
    const results = rankRelated(
      index,
      { tags: ['ايران'], category: 'عربي ودولي' },
      { limit: 4, now: Date.UTC(2025, 5, 15) },
    );
    expect(results).toHaveLength(4);
    for (const r of results) {
      expect(r.item.category).toBe('عربي ودولي');
      expect(r.explanation.sharedTags.length).toBe(1);
    }
  });

  it('relates free text alone', () => {
    const results = rankRelated(buildIndex(evalItems), { text: 'سعر صرف الليرة السورية مقابل الدولار' }, { limit: 3 });
    expect(ids(results).every((id) => id.startsWith('e-lira'))).toBe(true);
  });

  it('does not relate a country to the common word its name contains (البحرين/البحر, لبنان/لبن)', () => {
    const items = [
      base('bahrain', { title: 'ملك البحرين يستقبل وفدا برلمانيا', category: 'سياسة' }),
      base('bahrain-2', { title: 'البحرين تفتتح سفارتها الجديدة', category: 'سياسة' }),
      base('sea', { title: 'ارتفاع الأمواج في البحر المتوسط', category: 'طقس' }),
      base('lebanon', { title: 'انتخابات بلدية في لبنان الشهر المقبل', category: 'سياسة' }),
      base('milk', { title: 'أسعار اللبن والأجبان ترتفع', category: 'اقتصاد' }),
    ];
    const index = buildIndex(items);
    expect(ids(rankRelated(index, items[0]!, { weights: { recency: 0 } }))).not.toContain('sea');
    expect(ids(rankRelated(index, items[0]!))).toContain('bahrain-2');
    const text = { tags: 0, category: 0, recency: 0 };
    expect(ids(rankRelated(index, items[0]!, { weights: text }))).toEqual(['bahrain-2']);
    expect(ids(rankRelated(index, items[2]!, { weights: text }))).toEqual([]);
    expect(ids(rankRelated(index, items[3]!, { weights: text }))).toEqual([]);
    expect(ids(rankRelated(index, { text: 'سعر اللبن' }))).toEqual(['milk']);
  });

  it('respects the limit and returns nothing unrelated', () => {
    const index = buildIndex(evalItems);
    expect(rankRelated(index, byId.get('s-ron-1')!, { limit: 2 })).toHaveLength(2);
    expect(rankRelated(index, { tags: ['لا يوجد وسم كهذا'] })).toEqual([]);
    expect(rankRelated(index, {})).toEqual([]);
  });

  it('builds one index per items array and reuses it', () => {
    expect(buildIndex(evalItems)).toBe(buildIndex(evalItems));
    expect(buildIndex(evalItems.slice())).not.toBe(buildIndex(evalItems));
  });

  it('ranks the evaluation set with precision@3 ≥ 0.8, better than whitespace tokens', () => {
    const precision = (index: ReturnType<typeof buildIndex>, strict: boolean) => {
      let hits = 0;
      const queries = Object.entries(evalSet.queries as Record<string, string[]>);
      for (const [id, expected] of queries) {
        const target = byId.get(id)!;
        for (const r of rankRelated(index, target, { limit: 3 }))
          hits += +(expected.includes(r.item.id) || (!strict && r.item.category === target.category));
      }
      return hits / (3 * queries.length);
    };
    const ours = buildIndex(evalItems);
    const plain = buildIndex(evalItems, (s) => s.split(/\s+/).filter(Boolean));
    expect(precision(ours, false)).toBeGreaterThanOrEqual(0.8);
    expect(precision(ours, true)).toBeGreaterThan(precision(plain, true));
  });

  it('never throws on odd feeds and targets, and keeps its promises', () => {
    const text = fc.oneof(fc.string(), fc.constantFrom('الشرع', 'سوريا', 'إيران', 'https://a.example/x', ''));
    const item = fc.record(
      {
        id: fc.oneof(fc.string(), fc.constant(undefined)),
        url: fc.oneof(text, fc.constant(undefined), fc.integer()),
        title: fc.oneof(text, fc.constant(undefined)),
        summary: fc.oneof(text, fc.anything()),
        contentText: text,
        tags: fc.oneof(fc.array(fc.oneof(text, fc.anything())), fc.anything()),
        category: fc.oneof(text, fc.anything()),
        published: fc.oneof(fc.constant('2025-01-01T00:00:00Z'), text, fc.anything()),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(
        fc.array(fc.oneof(item, fc.anything()), { maxLength: 12 }),
        fc.oneof(item, fc.anything()),
        fc.nat(12),
        (items, target, pick) => {
          const feed = items as NewsItem[];
          const index = buildIndex(feed);
          const chosen = (feed[pick] && typeof feed[pick] == 'object' ? feed[pick] : target) as NewsItem;
          const results = rankRelated(index, chosen, { limit: 5 });
          expect(results.length).toBeLessThanOrEqual(5);
          expect(results.map((r) => r.item)).not.toContain(chosen);
          for (let i = 1; i < results.length; i++)
            expect(results[i - 1]!.score).toBeGreaterThanOrEqual(results[i]!.score);
          for (const r of results) expect(Number.isFinite(r.score)).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
    expect(rankRelated(undefined as never, {})).toEqual([]);
    expect(buildIndex(null as never).items).toEqual([]);
  });
});

describe('buildIndexAsync', () => {
  /** A fresh items array (its own cache entry) with odd entries that are skipped. */
  const fresh = () => [...evalItems.slice(0, 30), null, ...evalItems.slice(30)] as NewsItem[];
  /** Every reading of the clock "takes" 1 ms, so a task's slice (8 ms) holds a few items; counts the tasks it goes on in. */
  const slowClock = () => {
    let now = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => (now += 1));
    return vi.spyOn(globalThis, 'setTimeout');
  };
  /** A task of its own: its slice is not one an earlier test has spent. */
  const newTask = () => new Promise((resolve) => setTimeout(resolve));
  afterEach(() => vi.restoreAllMocks());

  it('works in slices of the task: it yields once the slice is spent, and builds the same index as buildIndex', async () => {
    await newTask();
    const turns = slowClock();
    const items = fresh();
    const pending = buildIndexAsync(items);
    expect(cachedIndex(items)).toBeUndefined();
    const built = await pending;
    // Two steps per item, about 8 per task.
    expect(turns.mock.calls.length).toBeGreaterThanOrEqual((2 * evalItems.length) / 10);
    expect(cachedIndex(items)).toBe(built);
    vi.restoreAllMocks();
    const sync = buildIndex(fresh());
    expect(built).not.toBe(sync);
    expect(built.items).toEqual(sync.items);
    expect(built.vecs).toEqual(sync.vecs);
    expect(built.post).toEqual(sync.post);
    for (const id of Object.keys(evalSet.queries)) {
      const target = byId.get(id)!;
      const strip = (rs: ReturnType<typeof rankRelated>) => rs.map((r) => [r.item.id, r.score, r.explanation]);
      expect(strip(rankRelated(built, target, { limit: 10 }))).toEqual(strip(rankRelated(sync, target, { limit: 10 })));
    }
  });

  it('builds a small feed in the task that asked, with no turn to wait for', async () => {
    await newTask();
    const items = evalItems.slice(0, 3);
    void buildIndexAsync(items);
    expect(cachedIndex(items)?.items).toEqual(items);
  });

  it('shares one build, pending or done, with every caller and with buildIndex', async () => {
    await newTask();
    const turns = slowClock();
    const items = fresh();
    expect(cachedIndex(items)).toBeUndefined();
    const first = buildIndexAsync(items);
    const second = buildIndexAsync(items);
    expect(second).toBe(first);
    const index = await first;
    const built = turns.mock.calls.length;
    expect(await second).toBe(index);
    expect(cachedIndex(items)).toBe(index);
    expect(buildIndex(items)).toBe(index);
    expect(await buildIndexAsync(items)).toBe(index);
    expect(turns.mock.calls.length, 'no second build').toBe(built);
  });

  it('keeps the index buildIndex made while it was building', async () => {
    await newTask();
    slowClock();
    const items = fresh();
    const pending = buildIndexAsync(items);
    const sync = buildIndex(items);
    expect(await pending).toBe(sync);
    expect(await buildIndexAsync(null as never)).toMatchObject({ items: [] });
  });
});

describe('normalizeUrl', () => {
  it('drops scheme, www., query, hash and trailing slash and lower-cases the host', () => {
    expect(normalizeUrl('https://www.News.Example/Syria/Lavrov/?utm=1#top')).toBe('news.example/Syria/Lavrov');
    expect(normalizeUrl('http://news.example/syria/lavrov')).toBe('news.example/syria/lavrov');
    expect(normalizeUrl('//news.example/a/')).toBe('news.example/a');
  });

  it('matches percent-encoded and raw Arabic paths', () => {
    const raw = 'https://news.example/سوريا/الشرع';
    expect(normalizeUrl(new URL(raw).href)).toBe(normalizeUrl(raw));
  });

  it('never throws on bad input', () => {
    expect(normalizeUrl('https://x.example/%E0%A4%A')).toBe('x.example/%E0%A4%A');
    expect(normalizeUrl(undefined as unknown as string)).toBe('');
  });
});
