// @vitest-environment jsdom
// Lenient items: every entry with a title, a link or text is shown, in every format and version the
// most used parsers read; an entry without an id gets a stable one, one without a title the start of its text.
import { describe, expect, it } from 'vitest';
import { parseFeed } from '../../../src/feed/parse.js';
import { feedProblems, parseOk } from './helpers.js';

const codes = (diagnostics: { index?: number; code: string }[]) => diagnostics.map((d) => [d.index, d.code]);
const SYNTHETIC = /^urn:x-news:[0-9a-z]+$/;

describe('JSON Feed items without an id', () => {
  const feed = (items: unknown[]) => ({ version: 'https://jsonfeed.org/version/1.1', title: 'T', items });

  it('shows an item with a url and a title but no id (a real hand-made feed renders nothing without this)', async () => {
    const { feed: f, diagnostics } = await parseOk(
      feed([
        { url: 'https://blog.example/a', title: 'First post' },
        { url: 'https://blog.example/b', title: 'Second post' },
      ]),
    );
    expect(f.items.map((i) => [i.id, i.title, i.url])).toEqual([
      ['https://blog.example/a', 'First post', 'https://blog.example/a'],
      ['https://blog.example/b', 'Second post', 'https://blog.example/b'],
    ]);
    // An id from the link is the usual case: nothing to note.
    expect(diagnostics).toEqual([]);
  });

  it('shows a title-less microblog item by the start of its text, marked and noted', async () => {
    const text = 'Cats are neat. They sleep all day and nobody minds at all.\n\nhttps://example.org/cats';
    const { feed: f, diagnostics } = await parseOk(feed([{ content_text: text }, { content_html: '<p>Short.</p>' }]));
    expect(f.items.map((i) => [i.title, i.titleDerived])).toEqual([
      ['Cats are neat. They sleep all day and nobody minds at all.', true],
      ['Short.', true],
    ]);
    // The summary goes on where the title stops, so a card or a list does not show the sentence twice.
    expect(f.items.map((i) => i.summary)).toEqual(['https://example.org/cats', '']);
    expect(f.items[0]!.id).toMatch(SYNTHETIC);
    expect(f.items[0]!.id).not.toBe(f.items[1]!.id);
    expect(codes(diagnostics)).toEqual([
      [0, 'missing-id'],
      [0, 'derived-title'],
      [1, 'missing-id'],
      [1, 'derived-title'],
    ]);
    expect(feedProblems(f)).toEqual([]);
  });

  it('cuts a long first sentence at a word, and a link-only item is shown by its address', async () => {
    const long = `${'word '.repeat(40)}end.`;
    const { feed: f } = await parseOk(feed([{ content_text: long }, { url: 'https://www.site.example/only/' }]));
    expect(f.items[0]!.title.length).toBeLessThanOrEqual(81);
    expect(f.items[0]!.title).toMatch(/^word word .*…$/);
    // Cut inside the sentence: the summary picks up at the cut, marked as a continuation.
    expect(f.items[0]!.summary).toMatch(/^…word( word)* end\.$/);
    expect(`${f.items[0]!.title.slice(0, -1)} ${f.items[0]!.summary.slice(1)}`.replace(/\s+/g, ' ')).toBe(long);
    expect(f.items[1]).toMatchObject({ title: 'site.example/only', titleDerived: true });
  });

  it('keeps a real title unmarked', async () => {
    const { feed: f } = await parseOk(feed([{ id: '1', title: 'Real', content_text: 'Body.' }]));
    expect(f.items[0]!.titleDerived).toBeUndefined();
  });
});

describe('RSS items without guid or title', () => {
  it('shows an item with only a description (RSS 2.0 allows it)', async () => {
    const { feed, diagnostics } = await parseOk(
      `<rss version="2.0"><channel><title>T</title><item><description>&lt;p&gt;Only a description here.&lt;/p&gt;</description></item></channel></rss>`,
    );
    expect(feed.items).toHaveLength(1);
    expect(feed.items[0]).toMatchObject({ title: 'Only a description here.', titleDerived: true, url: undefined });
    expect(feed.items[0]!.id).toMatch(SYNTHETIC);
    expect(codes(diagnostics)).toEqual([
      [0, 'missing-id'],
      [0, 'derived-title'],
    ]);
  });

  it('skips, with a note, an item with nothing to show', async () => {
    const { feed, diagnostics } = await parseOk(
      `<rss version="2.0"><channel><title>T</title><item><category>x</category></item><item><title>Kept</title></item></channel></rss>`,
    );
    expect(feed.items.map((i) => i.title)).toEqual(['Kept']);
    expect(codes(diagnostics)).toEqual([
      [0, 'empty-item'],
      [1, 'missing-id'],
    ]);
  });

  it('gives two guid-less items with one link different ids, whichever comes first', async () => {
    const item = (title: string) => `<item><title>${title}</title><link>https://s.example/live</link></item>`;
    const doc = (items: string) => `<rss version="2.0"><channel><title>T</title>${items}</channel></rss>`;
    const ab = (await parseOk(doc(item('A') + item('B')))).feed.items;
    const ba = (await parseOk(doc(item('B') + item('A')))).feed.items;
    expect(new Set(ab.map((i) => i.id)).size).toBe(2);
    expect(ab.map((i) => i.id).sort()).toEqual(ba.map((i) => i.id).sort());
    expect(ab.every((i) => i.id.startsWith('https://s.example/live#'))).toBe(true);
    // An exact copy is the same item: dropped, noted.
    const copies = await parseOk(doc(item('A') + item('A')));
    expect(copies.feed.items).toHaveLength(1);
    expect(codes(copies.diagnostics)).toEqual([[1, 'duplicate-id']]);
  });
});

describe('Atom entries without an id or an alternate link', () => {
  it('keeps an entry with a title and no id, its id made from title and date', async () => {
    const doc = `<feed xmlns="http://www.w3.org/2005/Atom"><title>T</title>
      <entry><title>No id</title><updated>2024-12-26T09:51:00Z</updated><content>Text.</content></entry></feed>`;
    const first = await parseOk(doc);
    expect(first.feed.items).toHaveLength(1);
    expect(first.feed.items[0]).toMatchObject({ title: 'No id', published: '2024-12-26T09:51:00Z' });
    expect((await parseOk(doc)).feed.items[0]!.id).toBe(first.feed.items[0]!.id);
  });

  it('takes an http(s) id, then the self or enclosure link, as the address; never the licence', async () => {
    const entry = (inner: string) => `<entry><title>E</title>${inner}</entry>`;
    const { feed } = await parseOk(
      `<feed xmlns="http://www.w3.org/2005/Atom"><title>T</title>
      ${entry('<id>https://s.example/by-id</id>')}
      ${entry('<id>tag:s.example,2024:1</id><link rel="self" href="https://s.example/self"/>')}
      ${entry('<link rel="enclosure" href="https://s.example/movie.mp4" type="video/mp4"/>')}
      ${entry('<link rel="license" href="https://creativecommons.org/licenses/by/4.0/"/>')}</feed>`,
    );
    expect(feed.items.map((i) => i.url)).toEqual([
      'https://s.example/by-id',
      'https://s.example/self',
      'https://s.example/movie.mp4',
      undefined,
    ]);
  });
});

describe('Atom 0.3', () => {
  const ns = 'xmlns="http://purl.org/atom/ns#"';
  const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64');

  it('reads issued/modified/created dates, tagline, and escaped, base64 and inline xml content', async () => {
    const { feed } = await parseOk(
      `<feed version="0.3" ${ns}><title>Old Atom</title><tagline>Since 2004</tagline>
        <entry><title>Escaped</title><link rel="alternate" type="text/html" href="https://a.example/1"/>
          <id>tag:a.example,2004:1</id><issued>2004-01-02T03:04:05Z</issued><modified>2004-01-03T00:00:00Z</modified>
          <content type="text/html" mode="escaped">&lt;p&gt;Escaped &lt;b&gt;HTML&lt;/b&gt;&lt;/p&gt;</content></entry>
        <entry><title mode="base64" type="text/plain">${b64('Base64 عنوان')}</title><created>2004-02-01T00:00:00Z</created>
          <content type="text/html" mode="base64">${b64('<p>Base64 body</p>')}</content></entry>
        <entry><title>Inline</title><content type="application/xhtml+xml" mode="xml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Inline <i>xhtml</i></p></div></content></entry>
      </feed>`,
    );
    expect(feed.format).toBe('atom');
    expect(feed.description).toBe('Since 2004');
    expect(feed.items.map((i) => [i.title, i.contentHtml, i.contentText, i.published, i.modified])).toEqual([
      ['Escaped', '<p>Escaped <b>HTML</b></p>', 'Escaped HTML', '2004-01-02T03:04:05Z', '2004-01-03T00:00:00Z'],
      ['Base64 عنوان', '<p>Base64 body</p>', 'Base64 body', '2004-02-01T00:00:00Z', undefined],
      ['Inline', '<p>Inline <i>xhtml</i></p>', 'Inline xhtml', undefined, undefined],
    ]);
    expect(feedProblems(feed)).toEqual([]);
  });

  it('reads a base64 Atom 1.0 construct (a media type that is neither text nor XML)', async () => {
    const { feed } = await parseOk(
      `<feed xmlns="http://www.w3.org/2005/Atom"><title>T</title><entry><id>1</id>
        <title type="application/octet-stream">${b64('Decoded')}</title></entry></feed>`,
    );
    expect(feed.items[0]!.title).toBe('Decoded');
  });
});

describe('RSS 0.9x and RDF variants', () => {
  const item = '<item><title>Old item</title><link>https://old.example/1</link></item>';

  it.each(['0.91', '0.92', '0.93', '0.94'])('reads RSS %s', async (version) => {
    const { feed } = await parseOk(`<rss version="${version}"><channel><title>T</title>${item}</channel></rss>`);
    expect(feed.items.map((i) => [i.id, i.title])).toEqual([['https://old.example/1', 'Old item']]);
  });

  it('reads RSS 0.90 (RDF root, items in the my.netscape.com namespace next to the channel)', async () => {
    const { feed } = await parseOk(
      `<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://my.netscape.com/rdf/simple/0.9/">
        <channel><title>Netscape</title><link>https://old.example/</link><description>d</description></channel>
        ${item}<item><title>Second</title><link>https://old.example/2</link></item></rdf:RDF>`,
    );
    expect(feed.title).toBe('Netscape');
    expect(feed.items.map((i) => i.title)).toEqual(['Old item', 'Second']);
  });

  it('reads an rdf:RDF root whose prefix is never declared, and one in no namespace at all', async () => {
    const undeclared = await parseOk(`<rdf:RDF><channel><title>T</title></channel>${item}</rdf:RDF>`);
    expect(undeclared.feed.items.map((i) => i.title)).toEqual(['Old item']);
    const bare = await parseOk(`<rdf><channel><title>T</title></channel>${item}</rdf>`);
    expect(bare.feed.items.map((i) => i.title)).toEqual(['Old item']);
  });

  it('reads items placed outside the channel, or without a channel', async () => {
    const outside = await parseOk(`<rss version="2.0"><channel><title>T</title></channel>${item}</rss>`);
    expect(outside.feed.items.map((i) => i.title)).toEqual(['Old item']);
    const none = await parseOk(`<rss version="2.0">${item}</rss>`);
    expect(none.feed.items.map((i) => i.title)).toEqual(['Old item']);
  });

  it('reads a document with whitespace before its XML declaration', async () => {
    const { feed } = await parseOk(`\n  <?xml version="1.0"?><rss version="2.0"><channel>${item}</channel></rss>`);
    expect(feed.items).toHaveLength(1);
  });
});

describe('malformed stays a typed error', () => {
  it.each([
    ['<rss><channel><item><title>x', 'parse'],
    ['<opml version="2.0"><body/></opml>', 'unsupported'],
    ['{"items": [', 'parse'],
  ])('%s', async (input, kind) => {
    const result = await parseFeed(input, { contentType: 'application/xml' });
    expect(!result.ok && result.error.kind).toBe(kind);
  });
});
