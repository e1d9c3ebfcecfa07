// @vitest-environment jsdom
// Relations a publisher states: Atom rel="related", WordPress Jetpack's jetpack-related-posts, JSON Feed _news.related.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseFeed } from '../../../src/feed/parse.js';
import { feedProblems, fixtureText, parseOk, seed } from './helpers.js';

const { article, related } = seed;
const WP_URL = 'https://news.example/wp-json/wp/v2/posts?per_page=4';

/** The seed's JSON Feed with `_news.related` on the article set to `value`. */
function seedJson(value: unknown) {
  const doc = JSON.parse(fixtureText('seed.json'));
  doc.items[0]._news.related = value;
  return doc;
}

/** A Jetpack related-posts entry as the plugin writes it (Jetpack_RelatedPosts::get_related_post_data_for_post). */
const jetpackEntry = (id: number, url: string, title: string, excerpt: string, src = '') => ({
  id,
  url,
  url_meta: { origin: 1204, position: 0 },
  title,
  author: '',
  date: '28 December 2024',
  format: false,
  excerpt,
  rel: 'nofollow',
  context: 'In &quot;الاخبار السياسية&quot;',
  block_context: { text: 'In "الاخبار السياسية"', link: 'https://news.example/category/politics/' },
  img: src
    ? { alt_text: '', src, width: 350, height: 200, srcset: '' }
    : { alt_text: '', src: '', width: 0, height: 0 },
  classes: [],
});

describe('JSON Feed _news.related', () => {
  it('reads ids, URLs and {url, title} objects in the order the feed gives them', async () => {
    const { feed, diagnostics } = await parseOk(
      seedJson([
        related[1]!.id,
        related[2]!.url,
        { url: 'https://other.example/story', title: '<b>خبر</b> من موقع &amp; آخر', summary: 'ignored' },
        { id: related[0]!.id },
        { url: '/relative/story', title: 'نسبي' },
      ]),
    );
    expect(diagnostics).toEqual([]);
    expect(feedProblems(feed)).toEqual([]);
    expect(feed.items[0]!.related).toEqual([
      { id: related[1]!.id },
      // A URL string may be an id too (JSON Feed ids often are URLs): both are kept.
      { id: related[2]!.url, url: related[2]!.url },
      { url: 'https://other.example/story', title: 'خبر من موقع & آخر' },
      { id: related[0]!.id },
      // Relative URLs resolve against the item's feed, like every URL in it.
      { url: 'https://news.example/relative/story', title: 'نسبي' },
    ]);
    expect(feed.items[1]!.related).toBeUndefined();
  });

  it('keeps at most 50', async () => {
    const ids = Array.from({ length: 80 }, (_, i) => `id-${i}`);
    const { feed } = await parseOk(seedJson(ids));
    expect(feed.items[0]!.related).toHaveLength(50);
    expect(feed.items[0]!.related!.slice(0, 2)).toEqual([{ id: 'id-0' }, { id: 'id-1' }]);
  });

  it('ignores garbage shapes with a diagnostic, keeping the item and the good entries', async () => {
    const { feed, diagnostics } = await parseOk(
      seedJson([
        null,
        7.5,
        '',
        '   ',
        {},
        { title: 'no link' },
        { url: 'javascript:alert(1)' },
        [related[0]!.id],
        'ok',
      ]),
    );
    // A number is an id (JSON Feed ids may be numbers); the rest has neither id nor http(s) URL.
    expect(feed.items[0]!.related).toEqual([{ id: '7.5' }, { id: 'ok' }]);
    expect(diagnostics.filter((d) => d.code === 'bad-related')).toHaveLength(7);
    expect(diagnostics.every((d) => d.index === 0)).toBe(true);
    for (const value of ['syrianews-airspace-closure', { id: 'x' }, 42, true]) {
      const result = await parseOk(seedJson(value));
      expect(result.feed.items[0]!.related).toBeUndefined();
      expect(result.feed.items).toHaveLength(4);
      expect(result.diagnostics.map((d) => d.code)).toEqual(['bad-related']);
    }
  });

  it('never throws on arbitrary values', async () => {
    await fc.assert(
      fc.asyncProperty(fc.anything(), async (value) => {
        const result = await parseFeed(seedJson(value));
        expect(result.ok).toBe(true);
        if (result.ok) expect(feedProblems(result.feed)).toEqual([]);
      }),
      { numRuns: 100 },
    );
  }, 30_000);
});

describe('Atom <link rel="related">', () => {
  const atom = (links: string) =>
    fixtureText('seed.atom').replace(
      `<link rel="alternate" type="text/html" href="${article.url}"/>`,
      `<link rel="alternate" type="text/html" href="${article.url}"/>\n${links}`,
    );

  it('reads every related link of an entry with its title, in document order', async () => {
    const { feed, diagnostics } = await parseOk(
      atom(
        related.map((r) => `    <link rel="related" type="text/html" href="${r.url}" title="${r.title}"/>`).join('\n') +
          '\n    <link rel="related" href="/politics/older-story"/>',
      ),
      { url: 'https://news.example/feeds/seed.atom' },
    );
    expect(diagnostics).toEqual([]);
    expect(feedProblems(feed)).toEqual([]);
    expect(feed.items[0]!.related).toEqual([
      ...related.map((r) => ({ url: r.url, title: r.title })),
      { url: 'https://news.example/politics/older-story' },
    ]);
    expect(feed.items[1]!.related).toBeUndefined();
  });

  it('skips related links without a usable href', async () => {
    const { feed } = await parseOk(
      atom(
        '    <link rel="related" title="no href"/>\n    <link rel="related" href="javascript:alert(1)" title="x"/>\n' +
          `    <link rel="related" href="${related[0]!.url}"/>`,
      ),
    );
    expect(feed.items[0]!.related).toEqual([{ url: related[0]!.url }]);
  });
});

describe("WordPress Jetpack's jetpack-related-posts", () => {
  const posts = (file: string) => {
    const list = JSON.parse(fixtureText(file));
    list[0]['jetpack-related-posts'] = [
      jetpackEntry(1203, related[0]!.url, 'عقب الهجوم الايراني&#8230;الشرع يؤكد', 'أجرى الرئيس الانتقالي…'),
      jetpackEntry(
        1202,
        related[1]!.url,
        related[1]!.title,
        '',
        'https://i0.wp.com/news.example/air.jpg?resize=350%2C200',
      ),
      jetpackEntry(877, 'https://news.example/syria/older', 'خبر أقدم &amp; أطول', 'ملخص قديم'),
    ];
    list[1]['jetpack-related-posts'] = [];
    return list;
  };
  // Only what a list needs to name the article is kept: id, URL and title (entities decoded).
  const expected = [
    { id: '1203', url: related[0]!.url, title: 'عقب الهجوم الايراني…الشرع يؤكد' },
    { id: '1202', url: related[1]!.url, title: related[1]!.title },
    { id: '877', url: 'https://news.example/syria/older', title: 'خبر أقدم & أطول' },
  ];

  for (const file of ['seed-wp.json', 'seed-wp-noembed.json'])
    it(`reads id, URL and title, in order (${file})`, async () => {
      const { feed, diagnostics } = await parseOk(JSON.stringify(posts(file)), { url: WP_URL });
      expect(diagnostics).toEqual([]);
      expect(feedProblems(feed)).toEqual([]);
      expect(feed.items[0]!.related).toEqual(expected);
      expect(feed.items[1]!.related).toBeUndefined();
    });

  it('ignores a field of the wrong shape with a diagnostic', async () => {
    const list = JSON.parse(fixtureText('seed-wp.json'));
    list[0]['jetpack-related-posts'] = { id: 1203 };
    list[1]['jetpack-related-posts'] = [{ url_meta: {} }, 'not-a-post', null];
    const { feed, diagnostics } = await parseOk(list, { url: WP_URL });
    expect(feed.items).toHaveLength(4);
    expect(feed.items[0]!.related).toBeUndefined();
    expect(feed.items[1]!.related).toEqual([{ id: 'not-a-post' }]);
    expect(diagnostics.map((d) => [d.code, d.index])).toEqual([
      ['bad-related', 0],
      ['bad-related', 1],
      ['bad-related', 1],
    ]);
  });
});

describe('a normalized feed', () => {
  it('keeps its relations through a JSON round trip (the localStorage cache), and checks them', async () => {
    const { feed } = await parseOk(
      seedJson([
        related[0]!.id,
        {
          url: 'https://other.example/a',
          title: 'A &amp; <b>B</b>',
        },
      ]),
    );
    const cached = JSON.parse(JSON.stringify(feed));
    const again = await parseOk(JSON.stringify(cached));
    expect(again.feed).toEqual(cached);
    expect(again.diagnostics).toEqual([]);
    expect(again.feed.items[0]!.related).toEqual([
      { id: related[0]!.id },
      { url: 'https://other.example/a', title: 'A & B' },
    ]);
    // Text stays text in a normalized feed: a title is not read as markup a second time.
    cached.items[0].related[1].title = 'A &amp; <b>B</b>';
    cached.items[0].related.push({ url: 'data:text/html,x', title: 'unsafe' }, 'x');
    const checked = await parseOk(cached);
    expect(checked.feed.items[0]!.related).toEqual([
      { id: related[0]!.id },
      { url: 'https://other.example/a', title: 'A &amp; <b>B</b>' },
      { id: 'x' },
    ]);
    expect(checked.diagnostics.map((d) => d.code)).toEqual(['bad-related']);
  });
});
