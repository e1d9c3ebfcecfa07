// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { parseFeed } from '../../../src/feed/parse.js';
import { feedProblems, fixture, fixtureText, parseOk, seed, seedText } from './helpers.js';

const { article, related, category, source } = seed;

const seedArticle = {
  id: article.id,
  url: article.url,
  title: article.title,
  summary: article.paragraphs[0],
  contentHtml: expect.stringMatching(/^<p>صرح وزير الخارجية[^]*روسيا&quot;\.<\/p>$/),
  contentText: seedText(),
  image: { url: article.image.url, alt: article.image.alt, width: 1200, height: 675, mimeType: 'image/jpeg' },
  published: article.publishedUtc,
  modified: undefined,
  authors: [{ name: source.name, url: undefined, avatar: undefined }],
  tags: [category, ...article.tags],
  category,
  language: 'ar',
  source,
  breaking: false,
  attachments: [],
  baseUrl: article.url,
  extensions: {},
};

describe('RSS 2.0: the seed page', () => {
  it('reads the channel', async () => {
    const { feed, diagnostics } = await parseOk(fixtureText('seed.rss'));
    expect(diagnostics).toEqual([]);
    expect(feed).toMatchObject({
      format: 'rss',
      title: 'سيريانيوز: الاخبار السياسية',
      description: 'آخر الأخبار السياسية من سوريا والمنطقة',
      homePageUrl: 'https://news.example/',
      feedUrl: 'https://news.example/feeds/seed.rss',
      nextUrl: undefined,
      language: 'ar',
      icon: 'https://news.example/icon-512.png',
      authors: [],
    });
    expect(feedProblems(feed)).toEqual([]);
  });

  it('reads every item field: content:encoded, media:content, dc:creator, categories, guid, pubDate, source', async () => {
    const { feed } = await parseOk(fixtureText('seed.rss'));
    expect(feed.items[0]).toEqual(seedArticle);
  });

  it('reads the related items with their summaries', async () => {
    const { feed } = await parseOk(fixtureText('seed.rss'));
    expect(
      feed.items.slice(1).map((i) => [i.id, i.url, i.title, i.summary, i.contentText, i.category, i.source]),
    ).toEqual(related.map((r) => [r.id, r.url, r.title, r.summary, r.summary, category, source]));
  });

  it('decodes a windows-1256 file by its XML declaration, by a Content-Type charset, and despite a wrong utf-8 label', async () => {
    const bytes = fixture('seed-1256.rss');
    expect(bytes.includes(0xc7)).toBe(true); // ا is one byte in windows-1256
    // The last: a server's default label that the bytes contradict (the test feed server sends it).
    const types = [
      undefined,
      'application/rss+xml; charset=windows-1256',
      'text/xml; charset="cp1256"',
      'application/rss+xml; charset=utf-8',
    ];
    for (const contentType of types) {
      const { feed } = await parseOk(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength), {
        contentType,
      });
      expect(feed.items[0]).toEqual(seedArticle);
    }
  });

  it('reads RSS 1.0 (RDF), with items beside the channel', async () => {
    const rdf = `<?xml version="1.0"?>
      <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
        <channel rdf:about="https://r.example/"><title>R</title><link>https://r.example/</link><description>d</description></channel>
        <item rdf:about="https://r.example/1"><title>One</title><link>https://r.example/1</link><dc:date>2024-12-26T12:51:00+03:00</dc:date></item>
      </rdf:RDF>`;
    const { feed } = await parseOk(rdf);
    expect(feed.title).toBe('R');
    expect(feed.items).toEqual([
      expect.objectContaining({
        id: 'https://r.example/1',
        url: 'https://r.example/1',
        published: article.publishedUtc,
      }),
    ]);
  });
});

describe('RSS 2.0 the way big newsrooms write it (CDATA, media:thumbnail, enclosures)', () => {
  const parseMajor = () =>
    parseOk(fixtureText('major-news.rss'), { url: 'https://feeds.broadcaster.example/arabic/rss.xml' });

  it('reads the channel, its self and next links', async () => {
    const { feed } = await parseMajor();
    expect(feed).toMatchObject({
      title: 'الإذاعة العربية - الأخبار',
      description: 'آخر الأخبار من الإذاعة العربية',
      homePageUrl: 'https://arabic.broadcaster.example/news',
      feedUrl: 'https://feeds.broadcaster.example/arabic/rss.xml',
      nextUrl: 'https://feeds.broadcaster.example/arabic/rss.xml?page=2',
      language: 'ar',
      icon: 'https://arabic.broadcaster.example/img/logo-144.png',
    });
    expect(feedProblems(feed)).toEqual([]);
  });

  it('reads a breaking item from CDATA, decoding entities and picking the widest thumbnail', async () => {
    const { feed } = await parseMajor();
    expect(feed.items[0]).toMatchObject({
      id: 'https://arabic.broadcaster.example/news/articles/book-fair#0',
      url: 'https://arabic.broadcaster.example/news/articles/book-fair',
      title: 'عاجل: افتتاح "معرض الكتاب" في دورته الجديدة بمشاركة 300 دار نشر',
      summary: 'افتتح صباح اليوم معرض الكتاب في دورته الجديدة، بمشاركة أكثر من 300 دار نشر عربية وأجنبية.',
      published: '2024-12-26T09:40:12Z',
      image: { url: 'https://img.broadcaster.example/976/book-fair.jpg', width: 976, height: 549 },
      tags: ['عاجل', 'ثقافة'],
      category: 'عاجل',
      breaking: true,
    });
  });

  it('resolves a relative link against the channel link; takes an image enclosure as the picture and others as attachments', async () => {
    const { feed } = await parseMajor();
    expect(feed.items[1]).toMatchObject({
      id: 'comet-2024',
      url: 'https://arabic.broadcaster.example/news/articles/comet',
      summary: 'أعلن مرصد فلكي رصد مذنب جديد. ويتوقع أن يبلغ ألمع حالاته في الأسبوع المقبل.',
      contentText: 'أعلن مرصد فلكي رصد مذنب جديد.\n\nويتوقع أن يبلغ ألمع حالاته في الأسبوع المقبل.',
      // "thu, 26 dec 2024 08:05 EST": lowercase names, no seconds, a named zone.
      published: '2024-12-26T13:05:00Z',
      authors: [{ name: 'فريق التحرير' }],
      image: { url: 'https://img.broadcaster.example/comet.jpg', mimeType: 'image/jpeg' },
      attachments: [
        { url: 'https://audio.broadcaster.example/comet.mp3', mimeType: 'audio/mpeg', sizeInBytes: 734112 },
      ],
      extensions: { comments: 'https://arabic.broadcaster.example/news/articles/comet#comments' },
      baseUrl: 'https://arabic.broadcaster.example/news/articles/comet',
    });
  });

  it('drops a javascript: link, notes a bad date, and sorts media:group into picture and video', async () => {
    const { feed, diagnostics } = await parseMajor();
    expect(feed.items[2]).toMatchObject({
      id: 'sports-round-15',
      url: undefined,
      published: undefined,
      image: { url: 'https://img.broadcaster.example/round-15.jpg', width: 800, height: 450 },
      attachments: [
        {
          url: 'https://video.broadcaster.example/round-15.mp4',
          mimeType: 'video/mp4',
          sizeInBytes: 9823412,
          durationInSeconds: 184,
        },
      ],
    });
    expect(diagnostics).toEqual([
      { index: 2, code: 'bad-date', message: expect.stringContaining('yesterday evening') },
      { index: 3, code: 'missing-id', message: expect.any(String) },
      { index: 3, code: 'derived-title', message: expect.any(String) },
    ]);
  });

  it('shows an item with only a description by the start of its text, marked as a derived title', async () => {
    const { feed } = await parseMajor();
    expect(feed.items[3]).toMatchObject({
      title: 'بلا عنوان ولا رابط ولا معرف: يتجاوزه القارئ.',
      titleDerived: true,
      // The title holds the whole text: no summary repeats it.
      summary: '',
      url: undefined,
    });
    expect(feed.items[3]!.id).toMatch(/^urn:x-news:[0-9a-z]+$/);
    expect(feed.items.filter((i) => i.titleDerived)).toHaveLength(1);
  });

  it('uses the link as the id when there is no guid; reads dc:creator and a space-separated date', async () => {
    const { feed } = await parseMajor();
    expect(feed.items).toHaveLength(5);
    expect(feed.items[4]).toMatchObject({
      id: 'https://arabic.broadcaster.example/news/articles/gold',
      title: 'أسعار الذهب ترتفع إلى أعلى مستوى في شهر',
      summary: '',
      contentText: '',
      contentHtml: undefined,
      published: '2024-12-26T07:15:00Z',
      authors: [{ name: 'قسم الاقتصاد' }],
    });
  });
});

describe('broken XML', () => {
  const head = '<rss version="2.0"><channel><title>T</title>';

  it('mends HTML entities, bare ampersands and undeclared prefixes, noting the repair', async () => {
    const { feed, diagnostics } = await parseOk(
      `${head}<item><title>Tom &amp; Jerry&nbsp;&mdash; R&D &copy2024</title><guid>1</guid><media:thumbnail url="https://i.example/1.jpg"/></item></channel></rss>`,
    );
    // Titles are HTML-decoded text: a browser shows `&copy2024` as ©2024 too.
    expect(feed.items[0]!.title).toBe('Tom & Jerry — R&D ©2024');
    expect(feed.items[0]!.image).toEqual({ url: 'https://i.example/1.jpg', width: undefined, height: undefined });
    expect(diagnostics.map((d) => d.code)).toEqual(['xml-repaired']);
  });

  it('keeps the complete items of a truncated document', async () => {
    const { feed } = await parseOk(`${head}<item><guid>1</guid></item><item><guid>2</guid></item><item><title>cut of`);
    expect(feed.items.map((i) => i.id)).toEqual(['1', '2']);
  });

  it('reports unreadable XML as a parse error and other XML as unsupported', async () => {
    const broken = await parseFeed('<rss><channel><title>cut');
    expect(!broken.ok && broken.error.kind).toBe('parse');
    const svg = await parseFeed('<svg xmlns="http://www.w3.org/2000/svg"><rect/></svg>', {
      url: 'https://x.example/a.svg',
    });
    expect(!svg.ok && [svg.error.kind, svg.error.message, svg.error.url]).toEqual([
      'unsupported',
      '<svg> is not an RSS or Atom feed',
      'https://x.example/a.svg',
    ]);
  });
});
