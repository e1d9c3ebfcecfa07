// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FeedError } from '../../../src/feed/errors.js';
import { parseFeed } from '../../../src/feed/parse.js';
import { feedProblems, fixture, fixtureText, parseOk } from './helpers.js';

const kindOf = async (input: unknown, options?: { url?: string; contentType?: string }) => {
  const result = await parseFeed(input, options);
  return result.ok ? result.feed.format : result.error.kind;
};

describe('format detection', () => {
  it('goes by the content, whatever the Content-Type says', async () => {
    expect(await kindOf(fixtureText('seed.json'), { contentType: 'text/html' })).toBe('json-feed');
    expect(await kindOf(fixtureText('seed.rss'), { contentType: 'application/json' })).toBe('rss');
    expect(await kindOf(fixtureText('seed.atom'), { contentType: 'text/plain' })).toBe('atom');
    expect(await kindOf(fixtureText('seed-wp.json'), { contentType: 'application/rss+xml' })).toBe('wordpress');
    expect(await kindOf(`\n\n  ${fixtureText('seed.json')}`)).toBe('json-feed');
  });

  it('says "unsupported" for an HTML page served as JSON (a login wall, an error page)', async () => {
    for (const page of [
      '<!DOCTYPE html><html><head><title>404</title></head><body>Not found</body></html>',
      '<html lang="ar"><body>تسجيل الدخول</body></html>',
      '<!-- cache --><!doctype HTML><p>x',
      '<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml"><body/></html>',
    ]) {
      const result = await parseFeed(page, { contentType: 'application/json', url: 'https://x.example/feed.json' });
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.error).toBeInstanceOf(FeedError);
        expect(result.error.kind).toBe('unsupported');
        expect(result.error.url).toBe('https://x.example/feed.json');
      }
    }
  });

  it('says "parse" for broken JSON and for text that a feed Content-Type promised', async () => {
    expect(
      await kindOf('{"version": "https://jsonfeed.org/version/1.1", "items": [', { contentType: 'application/json' }),
    ).toBe('parse');
    expect(await kindOf('Service Unavailable', { contentType: 'application/feed+json' })).toBe('parse');
    expect(await kindOf('Service Unavailable', { contentType: 'application/rss+xml' })).toBe('parse');
  });

  it('says "unsupported" for text and JSON that are no feed', async () => {
    expect(await kindOf('Service Unavailable', { contentType: 'text/plain' })).toBe('unsupported');
    expect(await kindOf('')).toBe('unsupported');
    expect(await kindOf('{"error": "rate limited"}')).toBe('unsupported');
    expect(await kindOf('[1, 2, 3]')).toBe('unsupported');
    expect(await kindOf([{ name: 'not a post' }])).toBe('unsupported');
  });

  it('says "invalid-input" for values that are not documents', async () => {
    for (const value of [undefined, null, 42, true, Symbol('x'), () => 'feed', 10n]) {
      expect(await kindOf(value)).toBe('invalid-input');
    }
  });

  it('reads bytes as ArrayBuffer, Uint8Array or any other view', async () => {
    const bytes = fixture('seed.json');
    const copy = Uint8Array.from(bytes);
    expect(await kindOf(copy.buffer)).toBe('json-feed');
    expect(await kindOf(copy)).toBe('json-feed');
    expect(await kindOf(new DataView(copy.buffer))).toBe('json-feed');
    expect(await kindOf(copy.subarray(0, 10))).toBe('parse');
  });

  it('never throws or rejects, even on hostile objects and options', async () => {
    const hostile = new Proxy(
      {},
      {
        get() {
          throw new Error('trap');
        },
        has() {
          throw new Error('trap');
        },
      },
    );
    const trapped = await parseFeed(hostile);
    expect(!trapped.ok && trapped.error.kind).toBe('parse');
    const items = { version: 'https://jsonfeed.org/version/1.1', items: [hostile, { id: 'ok' }] };
    const partly = await parseOk(items);
    expect(partly.feed.items.map((i) => i.id)).toEqual(['ok']);
    expect(partly.diagnostics[0]).toMatchObject({ index: 0, code: 'bad-item' });
    expect((await parseFeed(fixtureText('seed.json'), hostile as never)).ok).toBe(false);
    expect((await parseFeed(fixtureText('seed.json'), null as never)).ok).toBe(true);
    const deep = '['.repeat(100_000) + ']'.repeat(100_000);
    expect(await kindOf(deep)).toMatch(/parse|unsupported/);
    const cyclic: Record<string, unknown> = { id: 'c', _ext: null };
    cyclic._ext = cyclic;
    expect((await parseOk({ items: [cyclic] })).feed.items[0]!.extensions._ext).toBe(cyclic);
  });
});

describe('already-normalized feeds', () => {
  it('come back unchanged after a JSON round trip (the localStorage cache)', async () => {
    for (const name of ['seed.json', 'seed.rss', 'seed.atom', 'seed-wp.json', 'major-news.rss', 'xhtml.atom']) {
      const { feed } = await parseOk(fixtureText(name));
      const cached = JSON.parse(JSON.stringify(feed));
      const again = await parseOk(JSON.stringify(cached));
      expect(again.feed, name).toEqual(cached);
      expect(again.diagnostics).toEqual([]);
    }
  });

  it('are checked lightly: wrong types dropped, dates re-read, unsafe URLs removed, id-less items skipped', async () => {
    const { feed, diagnostics } = await parseOk({
      format: 'rss',
      title: { text: 'not a string' },
      homePageUrl: 'javascript:alert(1)',
      authors: [{ name: 'A', url: 'data:x' }, { url: 'https://nameless.example/' }],
      hubs: [{ type: 'WebSub', url: 'https://h.example/' }],
      items: [
        {
          id: 'x',
          title: ['t'],
          url: 'https://ok.example/',
          image: { url: 'javascript:x' },
          bannerImage: { url: 'https://b.example/i.png', width: '600', height: -1 },
          published: 'Thu, 26 Dec 2024 12:51:00 +0300',
          modified: 'soon',
          tags: ['a', 2, null],
          breaking: 'true',
          source: { name: 'S', url: 'ftp://s' },
          attachments: [{ url: 'https://f.example/a.mp3', sizeInBytes: 'big' }, null],
          extensions: [],
        },
        { title: 'no id' },
      ],
    });
    expect(feed).toMatchObject({
      format: 'rss',
      title: '',
      homePageUrl: undefined,
      hubs: [{ type: 'WebSub', url: 'https://h.example/' }],
    });
    expect(feed.authors).toEqual([{ name: 'A', url: undefined, avatar: undefined }]);
    expect(feed.items).toEqual([
      expect.objectContaining({
        id: 'x',
        title: '',
        summary: '',
        contentText: '',
        url: 'https://ok.example/',
        image: undefined,
        bannerImage: {
          url: 'https://b.example/i.png',
          alt: undefined,
          width: 600,
          height: undefined,
          mimeType: undefined,
        },
        published: '2024-12-26T09:51:00Z',
        modified: undefined,
        tags: ['a'],
        breaking: false,
        source: { name: 'S', url: undefined },
        attachments: [
          {
            url: 'https://f.example/a.mp3',
            mimeType: undefined,
            title: undefined,
            sizeInBytes: undefined,
            durationInSeconds: undefined,
          },
        ],
        extensions: {},
      }),
    ]);
    expect(feedProblems(feed)).toEqual([]);
    expect(diagnostics).toEqual([expect.objectContaining({ index: 1, code: 'missing-id' })]);
  });
});

describe('the RSS/Atom parser loads only for XML', () => {
  afterEach(() => {
    vi.doUnmock('../../../src/feed/parsers/xml-feed.js');
    vi.resetModules();
  });

  it('is not imported for JSON documents, and is imported for the first XML one', async () => {
    vi.resetModules();
    const loaded = vi.fn();
    vi.doMock('../../../src/feed/parsers/xml-feed.js', async (importOriginal) => {
      loaded();
      return importOriginal();
    });
    const { parseFeed: fresh } = await import('../../../src/feed/parse.js');
    await fresh(fixtureText('seed.json'));
    await fresh(fixtureText('seed-wp.json'));
    await fresh('<!doctype html><p>not a feed');
    expect(loaded).not.toHaveBeenCalled();
    const rss = await fresh(fixtureText('seed.rss'));
    expect(rss.ok).toBe(true);
    expect(loaded).toHaveBeenCalledTimes(1);
  });
});
