import { describe, expect, it } from 'vitest';
import { parseFeed } from '../../../src/feed/parse.js';
import { parseIsoDate } from '../../../src/feed/parsers/iso-date.js';

// The full date reader (RFC 822, dotted dates…) and the WordPress / normalized readers load on
// demand; a feed that needs them must read exactly as if they were always there.
const jsonFeed = (items: unknown[]) => ({ version: 'https://jsonfeed.org/version/1.1', title: 'T', items });

describe('on-demand readers', () => {
  // First in the file: the lenient reader (ids and titles made from the item) is not loaded yet.
  it('reads items without an id or a title with the lenient reader, dates with the full one, in one second reading', async () => {
    const result = await parseFeed(
      jsonFeed([
        { url: 'https://example.com/a', title: 'A', date_published: 'Thu, 26 Dec 2024 12:51:00 +0300' },
        { id: 'b', content_text: 'The first sentence of the text stands in. Then more.' },
        { id: 'b', title: 'again' },
        { date_published: 'soon' },
      ]),
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.feed.items.map(({ id, title, published }) => [id, title, published])).toEqual([
      ['https://example.com/a', 'A', '2024-12-26T09:51:00Z'],
      ['b', 'The first sentence of the text stands in.', undefined],
    ]);
    expect(result.feed.items[1]).toMatchObject({ titleDerived: true, summary: 'Then more.' });
    expect(result.diagnostics.map((d) => [d.code, d.index])).toEqual([
      ['bad-date', 3],
      ['empty-item', 3],
      ['derived-title', 1],
      ['duplicate-id', 2],
    ]);
  });

  it('reads RFC 822 and dotted dates in a JSON Feed (second reading, diagnostics not doubled)', async () => {
    const result = await parseFeed(
      jsonFeed([
        { id: '1', date_published: 'Thu, 26 Dec 2024 12:51:00 +0300' },
        { id: '2', date_published: '26.12.2024 | 12:51', date_modified: 'soon' },
        { id: '2', date_published: '2024-12-26T12:51:00Z' },
      ]),
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.feed.items.map((item) => item.published)).toEqual(['2024-12-26T09:51:00Z', '2024-12-26T12:51:00Z']);
    expect(result.diagnostics.map((d) => [d.code, d.index])).toEqual([
      ['bad-date', 1],
      ['duplicate-id', 2],
    ]);
  });

  it('reads RFC 3339 on the fast path, and leaves other forms to the full reader', () => {
    expect(parseIsoDate('2024-12-26T12:51:00+03:00')).toBe('2024-12-26T09:51:00Z');
    expect(parseIsoDate('2024-12-26 12:51')).toBe('2024-12-26T12:51:00Z');
    expect(parseIsoDate('2024-02-31')).toBeUndefined();
    expect(parseIsoDate('Thu, 26 Dec 2024 12:51:00 GMT')).toBeUndefined();
    expect(parseIsoDate(1735217460000)).toBeUndefined();
  });

  it('reads WordPress posts and normalized feeds through their lazy readers', async () => {
    const wp = await parseFeed([{ id: 7, title: { rendered: 'Hello &amp; bye' }, date_gmt: '2024-12-26T09:51:00' }]);
    expect(wp.ok && wp.feed.format).toBe('wordpress');
    expect(wp.ok && wp.feed.items[0]).toMatchObject({
      id: '7',
      title: 'Hello & bye',
      published: '2024-12-26T09:51:00Z',
    });
    const normalized = await parseFeed({
      format: 'rss',
      title: 'N',
      items: [{ id: 'a', published: '26 Dec 2024 12:51 GMT' }],
    });
    expect(normalized.ok && normalized.feed.items[0]!.published).toBe('2024-12-26T12:51:00Z');
  });
});
