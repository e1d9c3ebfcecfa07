// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { feedProblems, fixtureText, parseOk, seed, seedText } from './helpers.js';

const { article, related, category, source } = seed;

describe('Atom 1.0: the seed page', () => {
  it('reads the feed: title, subtitle, links, logo and icon, author, language', async () => {
    const { feed, diagnostics } = await parseOk(fixtureText('seed.atom'), { contentType: 'application/atom+xml' });
    expect(diagnostics).toEqual([]);
    expect(feed).toMatchObject({
      format: 'atom',
      title: 'سيريانيوز: الاخبار السياسية',
      description: 'آخر الأخبار السياسية من سوريا والمنطقة',
      homePageUrl: 'https://news.example/',
      feedUrl: 'https://news.example/feeds/seed.atom',
      nextUrl: undefined,
      icon: 'https://news.example/icon-512.png',
      favicon: 'https://news.example/favicon-64.png',
      language: 'ar',
      authors: [{ name: source.name, url: source.url, avatar: undefined }],
    });
    expect(feedProblems(feed)).toEqual([]);
  });

  it('reads every entry field of the article (html content)', async () => {
    const { feed } = await parseOk(fixtureText('seed.atom'));
    expect(feed.items[0]).toEqual({
      id: `tag:news.example,2024:${article.id}`,
      url: article.url,
      externalUrl: undefined,
      title: article.title,
      summary: article.paragraphs[0],
      contentHtml: expect.stringMatching(/^<p>صرح[^]*<\/p>$/),
      contentText: seedText(),
      image: { url: article.image.url, width: 1200, height: 675 },
      attachments: [],
      published: article.publishedUtc,
      modified: article.modifiedUtc,
      authors: [{ name: source.name, url: source.url, avatar: undefined }],
      tags: [category, ...article.tags],
      category,
      language: 'ar',
      source: undefined,
      breaking: false,
      baseUrl: undefined,
      extensions: {},
    });
  });

  it('reads the related entries: text summaries, updated standing in for published', async () => {
    const { feed } = await parseOk(fixtureText('seed.atom'));
    expect(
      feed.items.slice(1).map((i) => [i.id, i.url, i.title, i.summary, i.published, i.modified, i.category]),
    ).toEqual(
      related.map((r) => [
        `tag:news.example,2024:${r.id}`,
        r.url,
        r.title,
        r.summary,
        '2024-12-28T10:00:00Z',
        '2024-12-28T10:00:00Z',
        category,
      ]),
    );
  });
});

describe('Atom with xhtml content and xml:base', () => {
  const parseXhtml = () => parseOk(fixtureText('xhtml.atom'), { url: 'https://feeds.example/blog.atom' });

  it('resolves feed links against xml:base', async () => {
    const { feed } = await parseXhtml();
    expect(feed).toMatchObject({
      title: 'Field Notes',
      description: 'Notes from the field',
      homePageUrl: 'https://blog.example/',
      feedUrl: 'https://blog.example/feed.atom',
      nextUrl: 'https://blog.example/feed.atom?page=2',
      language: 'en',
      authors: [{ name: 'Rana Haddad', url: 'https://blog.example/about' }],
    });
    expect(feedProblems(feed)).toEqual([]);
  });

  it('serializes xhtml content as HTML and reads its text, enclosures and related link', async () => {
    const { feed } = await parseXhtml();
    expect(feed.items[0]).toMatchObject({
      id: 'tag:blog.example,2024:/2024/bilingual-signs',
      url: 'https://blog.example/2024/bilingual-signs',
      externalUrl: 'https://unicode.example/bidi',
      title: 'Bilingual signs & the bidi algorithm',
      summary: 'Why "شارع" and "Street" swap places on a sign.',
      contentText: 'Street signs mix Arabic and English.\n\nSee the photo: شارع بغداد sits on the right.',
      image: { url: 'https://blog.example/2024/img/signs.png', mimeType: 'image/png' },
      attachments: [
        {
          url: 'https://blog.example/files/signs.pdf',
          mimeType: 'application/pdf',
          title: 'Printable version',
          sizeInBytes: 102400,
        },
      ],
      // -05:00 → UTC
      published: '2024-12-27T14:00:00Z',
      modified: '2024-12-27T18:30:02Z',
      tags: ['Typography', 'bidi'],
      category: 'Typography',
      // The entry's xml:base, against which the relative src/href inside contentHtml resolve.
      baseUrl: 'https://blog.example/2024/',
    });
    const html = feed.items[0]!.contentHtml!;
    expect(html).toMatch(
      /^<p>Street signs mix <b>Arabic<\/b> and English.<\/p>\s*<p>See <a href="img\/signs.png">the photo<\/a>/,
    );
    expect(html).not.toContain('xmlns');
  });

  it('reads text content, a media:thumbnail and an atom:source; keeps an entry with neither id nor link', async () => {
    const { feed, diagnostics } = await parseXhtml();
    expect(feed.items).toHaveLength(3);
    expect(feed.items[1]).toMatchObject({
      contentHtml: undefined,
      contentText: 'Nothing happened.\nReally, nothing.',
      summary: 'Nothing happened. Really, nothing.',
      image: { url: 'https://cdn.blog.example/quiet.jpg', width: 320, height: 180 },
      authors: [{ name: 'Guest Writer' }],
      source: { name: 'Guest Notes', url: 'https://guest.example/' },
    });
    // Its id comes from its title and date, so it is the same on every refresh.
    expect(feed.items[2]).toMatchObject({ title: 'No id, no link', url: undefined, published: '2024-12-19T12:00:00Z' });
    expect(feed.items[2]!.id).toMatch(/^urn:x-news:[0-9a-z]+$/);
    expect((await parseXhtml()).feed.items[2]!.id).toBe(feed.items[2]!.id);
    expect(diagnostics).toEqual([{ index: 2, code: 'missing-id', message: expect.any(String) }]);
  });
});
