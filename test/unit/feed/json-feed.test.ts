// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { parseFeed } from '../../../src/feed/parse.js';
import { feedProblems, fixture, fixtureText, parseOk, seed, seedText } from './helpers.js';

const { article, related, category, source } = seed;

describe('JSON Feed 1.1: the seed page', () => {
  it('reads every feed-level field of the spec', async () => {
    const { feed, diagnostics } = await parseOk(fixtureText('seed.json'));
    expect(diagnostics).toEqual([]);
    expect(feed).toMatchObject({
      format: 'json-feed',
      version: 'https://jsonfeed.org/version/1.1',
      title: 'سيريانيوز: الاخبار السياسية',
      description: 'آخر الأخبار السياسية من سوريا والمنطقة',
      userComment: 'هذه خلاصة للبرامج: أضف عنوانها إلى قارئ الأخبار.',
      homePageUrl: 'https://news.example/',
      feedUrl: 'https://news.example/feeds/seed.json',
      icon: 'https://news.example/icon-512.png',
      favicon: 'https://news.example/favicon-64.png',
      language: 'ar',
      expired: false,
      hubs: [{ type: 'WebSub', url: 'https://hub.news.example/' }],
      authors: [{ name: 'سيريانيوز', url: 'https://www.syria-news.com/', avatar: 'https://news.example/avatar.png' }],
      extensions: { _news: { publisher: 'سيريانيوز' } },
    });
    expect(feed.items.map((i) => i.id)).toEqual([article.id, ...related.map((r) => r.id)]);
    expect(feedProblems(feed)).toEqual([]);
  });

  it('resolves next_url against the document URL, else against feed_url (the store follows it to load more)', async () => {
    const served = await parseOk(fixtureText('seed.json'), {
      url: 'http://localhost:8000/feeds-test/fixture/seed.json',
    });
    expect(served.feed.nextUrl).toBe('http://localhost:8000/feeds-test/fixture/seed-page-2.json');
    const { feed } = await parseOk(fixtureText('seed.json'));
    expect(feed.nextUrl).toBe('https://news.example/feeds/seed-page-2.json');
    const next = await parseOk(fixtureText('seed-page-2.json'));
    expect(next.feed.nextUrl).toBeUndefined();
    expect(next.feed.items[0]).toMatchObject({
      id: 'syrianews-weather-2024-12-25',
      published: '2024-12-25T05:00:00Z',
      category: 'طقس',
    });
  });

  it('reads every item field of the article', async () => {
    const { feed } = await parseOk(fixtureText('seed.json'));
    const item = feed.items[0]!;
    expect(item).toEqual({
      id: article.id,
      url: article.url,
      externalUrl: 'https://www.syria-news.com/',
      title: article.title,
      // No summary in the feed: the first paragraph of the body stands in.
      summary: article.paragraphs[0],
      contentHtml: expect.stringContaining('<p>صرح وزير الخارجية'),
      contentText: seedText(),
      image: { url: article.image.url },
      bannerImage: { url: 'https://news.example/images/lavrov-2024-12-26-wide.jpg' },
      published: article.publishedUtc,
      modified: article.modifiedUtc,
      authors: [{ name: source.name, url: source.url }],
      tags: article.tags,
      language: 'ar',
      category,
      source,
      breaking: false,
      attachments: [
        {
          url: 'https://news.example/audio/lavrov-2024-12-26.mp3',
          mimeType: 'audio/mpeg',
          title: 'النشرة الصوتية',
          sizeInBytes: 1048576,
          durationInSeconds: 95,
        },
      ],
      baseUrl: article.url,
      extensions: { _news: { category, source, breaking: false } },
    });
    expect(item.contentHtml!.match(/<p>/g)).toHaveLength(6);
    expect(item.contentText).toContain('"لم نسحب دبلوماسيينا من دمشق');
  });

  it('reads the three related items with their summaries, inheriting the feed authors', async () => {
    const { feed } = await parseOk(fixtureText('seed.json'));
    expect(feed.items.slice(1)).toEqual(
      related.map((r) =>
        expect.objectContaining({
          id: r.id,
          url: r.url,
          title: r.title,
          summary: r.summary,
          contentText: r.summary,
          contentHtml: undefined,
          category,
          source: { name: source.name, url: undefined },
          published: undefined,
          authors: [{ name: source.name, url: source.url, avatar: 'https://news.example/avatar.png' }],
          tags: [],
          breaking: false,
        }),
      ),
    );
  });

  it('reads a UTF-8 file with a byte order mark, as bytes and as text', async () => {
    const bytes = await parseOk(fixture('seed-bom.json'), { contentType: 'application/feed+json' });
    expect(bytes.feed.items[0]!.title).toBe(article.title);
    const text = await parseOk(new TextDecoder('utf-8', { ignoreBOM: true }).decode(fixture('seed-bom.json')));
    expect(text.feed.items).toHaveLength(4);
  });
});

describe('JSON Feed leniency', () => {
  const doc = (items: unknown[], extra: Record<string, unknown> = {}) => ({
    version: 'https://jsonfeed.org/version/1',
    title: 'T',
    items,
    ...extra,
  });

  it('keeps items without an id (noted, with a stable id), drops those with nothing to show, and turns numeric ids into strings', async () => {
    const items = [{ title: 'no id' }, { id: 42, title: 'n' }, { id: '  ' }, 'x', { url: '/a', title: 'A' }];
    const { feed, diagnostics } = await parseOk(doc(items), { url: 'https://site.example/feed.json' });
    expect(feed.items.map((i) => i.title)).toEqual(['no id', 'n', 'A']);
    expect(feed.items[0]!.id).toMatch(/^urn:x-news:[0-9a-z]+$/);
    expect(feed.items.slice(1).map((i) => i.id)).toEqual(['42', 'https://site.example/a']);
    expect((await parseOk(doc(items))).feed.items[0]!.id).toBe(feed.items[0]!.id);
    expect(diagnostics.map((d) => [d.index, d.code])).toEqual([
      [2, 'empty-item'],
      [3, 'bad-item'],
      [0, 'missing-id'],
    ]);
  });

  it('keeps the first of two items with the same id', async () => {
    const { feed, diagnostics } = await parseOk(
      doc([
        { id: 'a', title: 'first' },
        { id: 'a', title: 'second' },
      ]),
    );
    expect(feed.items.map((i) => i.title)).toEqual(['first']);
    expect(diagnostics[0]).toMatchObject({ index: 1, code: 'duplicate-id' });
  });

  it("reads JSON Feed 1.0's single author, for the feed and an item", async () => {
    const { feed } = await parseOk(
      doc([{ id: '1', author: { name: 'Item <b>Writer</b>', url: 'https://w.example/' } }, { id: '2' }], {
        author: { name: 'Feed Writer', avatar: 'javascript:alert(1)' },
      }),
    );
    expect(feed.authors).toEqual([{ name: 'Feed Writer', url: undefined, avatar: undefined }]);
    expect(feed.items[0]!.authors).toEqual([{ name: 'Item Writer', url: 'https://w.example/', avatar: undefined }]);
    expect(feed.items[1]!.authors).toEqual(feed.authors);
  });

  it('marks breaking news from _news.breaking or a عاجل / breaking tag, and takes the category from the first other tag', async () => {
    const { feed } = await parseOk(
      doc([
        { id: '1', tags: ['عاجل', 'سوريا'] },
        { id: '2', tags: ['Breaking News'] },
        { id: '3', _news: { breaking: true, category: 'اقتصاد' }, tags: ['ذهب'] },
        { id: '4', tags: ['رياضة'], _news: { breaking: 'yes', source: 'وكالة' } },
      ]),
    );
    expect(feed.items.map((i) => [i.breaking, i.category])).toEqual([
      [true, 'سوريا'],
      [true, undefined],
      [true, 'اقتصاد'],
      [false, 'رياضة'],
    ]);
    expect(feed.items[3]!.source).toEqual({ name: 'وكالة', url: undefined });
  });

  it('makes titles, summaries, names and tags plain text and keeps content_html as HTML', async () => {
    const { feed } = await parseOk(
      doc([
        {
          id: '1',
          title: '  Tom &amp; <b>Jerry</b>\n  &#8220;return&#8221; ',
          summary: '<p>One</p><p>two &nbsp;three</p>',
          content_html: '<p>A &amp; B</p><script>alert(1)</script><ul><li>x</li><li>y</li></ul>',
          tags: ['<i>tag</i>', 7, null, ''],
        },
      ]),
    );
    const item = feed.items[0]!;
    expect(item.title).toBe('Tom & Jerry “return”');
    expect(item.summary).toBe('One two three');
    expect(item.contentHtml).toBe('<p>A &amp; B</p><script>alert(1)</script><ul><li>x</li><li>y</li></ul>');
    expect(item.contentText).toBe('A & B\n\nx\n\ny');
    expect(item.tags).toEqual(['tag', '7']);
  });

  it('prefers content_text for the text and cuts long summaries at a word', async () => {
    const long = 'كلمة '.repeat(100).trim();
    const { feed } = await parseOk(doc([{ id: '1', content_html: '<p>html</p>', content_text: long }]));
    const item = feed.items[0]!;
    expect(item.contentText).toBe(long);
    expect(item.summary.length).toBeLessThanOrEqual(301);
    expect(item.summary.endsWith('كلمة…')).toBe(true);
  });

  it('resolves relative item URLs and drops non-http(s) ones', async () => {
    const { feed } = await parseOk(
      doc(
        [
          {
            id: '1',
            url: '/a/1',
            external_url: 'javascript:alert(1)',
            image: 'img/1.jpg',
            banner_image: 'data:image/png;base64,AAAA',
            attachments: [{ url: 'ftp://x.example/f' }, { url: 'f.mp3', mime_type: 'audio/mpeg', size_in_bytes: -1 }],
          },
        ],
        { feed_url: 'https://site.example/feeds/main.json', icon: 'vbscript:x', home_page_url: '/' },
      ),
    );
    const item = feed.items[0]!;
    expect(item.url).toBe('https://site.example/a/1');
    expect(item.externalUrl).toBeUndefined();
    expect(item.image).toEqual({ url: 'https://site.example/feeds/img/1.jpg' });
    expect(item.bannerImage).toBeUndefined();
    expect(item.attachments).toEqual([
      {
        url: 'https://site.example/feeds/f.mp3',
        mimeType: 'audio/mpeg',
        title: undefined,
        sizeInBytes: undefined,
        durationInSeconds: undefined,
      },
    ]);
    expect(item.baseUrl).toBe('https://site.example/a/1');
    expect(feed.icon).toBeUndefined();
    expect(feed.homePageUrl).toBe('https://site.example/');
  });

  it('notes unreadable dates and leaves them undefined', async () => {
    const { feed, diagnostics } = await parseOk(doc([{ id: '1', date_published: 'last Tuesday', date_modified: 12 }]));
    expect(feed.items[0]!.published).toBeUndefined();
    expect(feed.items[0]!.modified).toBeUndefined();
    expect(diagnostics.map((d) => d.code)).toEqual(['bad-date', 'bad-date']);
  });

  it('keeps a feed with no items array, noting it', async () => {
    const result = await parseFeed({ version: 'https://jsonfeed.org/version/1.1', title: 'Empty', items: 'none' });
    expect(result.ok && result.feed.items).toEqual([]);
    expect(result.diagnostics[0]!.code).toBe('no-items');
  });

  it('ignores wrongly typed feed fields (numbers pass as strings)', async () => {
    const { feed } = await parseOk(
      doc([], {
        title: { x: 1 },
        expired: 'yes',
        hubs: [{ type: 'WebSub' }, 3, { type: 1, url: 'https://h/' }],
        language: 5,
      }),
    );
    expect(feed).toMatchObject({
      title: '',
      expired: undefined,
      hubs: [{ type: '1', url: 'https://h/' }],
      language: '5',
    });
  });
});
