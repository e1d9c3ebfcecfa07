// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { feedProblems, fixtureText, parseOk, seed, seedText } from './helpers.js';

const { article, related, category } = seed;
const WP_URL = 'https://news.example/wp-json/wp/v2/posts?_embed&per_page=4';
/** WordPress renders straight quotes as curly ones and "..." as an ellipsis (wptexturize). */
const curly = (p: string) => {
  let open = false;
  return p.replace(/"/g, () => (open ? ((open = false), '”') : ((open = true), '“')));
};

describe('WordPress REST /wp/v2/posts with _embed', () => {
  it('reads every post field, with the featured image, author and terms from _embedded', async () => {
    const { feed, diagnostics } = await parseOk(fixtureText('seed-wp.json'), {
      url: WP_URL,
      contentType: 'application/json',
    });
    expect(diagnostics).toEqual([]);
    expect(feed).toMatchObject({ format: 'wordpress', title: '', homePageUrl: 'https://news.example/', authors: [] });
    expect(feedProblems(feed)).toEqual([]);
    expect(feed.items[0]).toEqual({
      id: '1204',
      url: article.url,
      title: article.title,
      // The excerpt, without WordPress's trailing "[…]".
      summary: article.paragraphs[0],
      contentHtml: expect.stringContaining('&#8220;بي بي سي&#8221;'),
      contentText: seedText(curly),
      published: article.publishedUtc,
      modified: article.modifiedUtc,
      image: {
        url: article.image.url,
        alt: article.image.alt,
        width: article.image.width,
        height: article.image.height,
        mimeType: 'image/jpeg',
      },
      authors: [
        {
          name: 'سيريانيوز',
          url: 'https://news.example/author/syrianews/',
          avatar: 'https://news.example/avatar-96.png',
        },
      ],
      category,
      tags: article.tags,
      language: undefined,
      breaking: false,
      attachments: [],
      baseUrl: article.url,
      extensions: { wordpress: { categories: [7], tags: [40, 41, 42, 43], author: 3, featuredMedia: 98 } },
    });
  });

  it('reads the related posts: entity-encoded titles become text', async () => {
    const { feed } = await parseOk(fixtureText('seed-wp.json'), { url: WP_URL });
    expect(feed.items.slice(1).map((i) => [i.id, i.url, i.title, i.summary, i.image, i.category, i.tags])).toEqual(
      related.map((r, n) => [String(1203 - n), r.url, r.title.replace('...', '…'), r.summary, undefined, category, []]),
    );
  });
});

describe('WordPress REST without _embed', () => {
  it('keeps term, author and media ids in extensions and reads the rest', async () => {
    const { feed } = await parseOk(fixtureText('seed-wp-noembed.json'), {
      url: 'https://news.example/wp-json/wp/v2/posts',
    });
    const item = feed.items[0]!;
    expect(item).toMatchObject({
      id: '1204',
      title: article.title,
      published: article.publishedUtc,
      image: undefined,
      authors: [],
      category: undefined,
      tags: [],
      extensions: { wordpress: { categories: [7], tags: [40, 41, 42, 43], author: 3, featuredMedia: 98 } },
    });
    expect(item.contentText).toBe(seedText(curly));
    expect(feed.items).toHaveLength(4);
  });
});

describe('WordPress leniency', () => {
  it('reads a single post object, ?rest_route= URLs and site-local dates without date_gmt', async () => {
    const { feed } = await parseOk(
      { id: 5, title: { rendered: 'One &amp; only' }, date: '2024-12-26T12:51:00', link: 'https://b.example/?p=5' },
      { url: 'https://b.example/blog/?rest_route=/wp/v2/posts/5' },
    );
    expect(feed.homePageUrl).toBe('https://b.example/blog/');
    expect(feed.items[0]).toMatchObject({
      id: '5',
      title: 'One & only',
      published: '2024-12-26T12:51:00Z',
      summary: '',
    });
  });

  it('skips posts without an id and survives an error object in place of the featured media', async () => {
    const { feed, diagnostics } = await parseOk([
      { title: { rendered: 'no id' }, date_gmt: '2024-01-01T00:00:00' },
      {
        id: 9,
        title: { rendered: 'ok' },
        _embedded: {
          'wp:featuredmedia': [{ code: 'rest_forbidden', message: 'Sorry' }],
          'wp:term': 'bad',
          author: [{}],
        },
      },
    ]);
    expect(feed.items.map((i) => [i.id, i.image, i.authors])).toEqual([['9', undefined, []]]);
    expect(diagnostics).toEqual([expect.objectContaining({ index: 0, code: 'missing-id' })]);
  });

  it('reads an empty posts array as an empty feed', async () => {
    const { feed } = await parseOk('[]', { contentType: 'application/json' });
    expect(feed).toMatchObject({ format: 'wordpress', items: [] });
  });
});
