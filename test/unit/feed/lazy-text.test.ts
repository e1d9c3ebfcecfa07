// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { htmlToText } from '../../../src/feed/parsers/text.js';
import { parseOk } from './helpers.js';

// The demo's feed: 38 items, each with a title, a summary and an HTML body (content_html).
const demo = readFileSync('demo/feeds/news.json', 'utf8');
const html = (JSON.parse(demo) as { items: { content_html: string }[] }).items.map((item) => item.content_html);

describe('an item’s text from its HTML body, read when first asked for', () => {
  afterEach(() => vi.restoreAllMocks());

  it('parses no HTML while reading a feed whose items have a title and a summary', async () => {
    const parses = vi.spyOn(Element.prototype, 'innerHTML', 'set');
    const { feed } = await parseOk(demo);
    expect(feed.items).toHaveLength(38);
    expect(parses).not.toHaveBeenCalled();

    // Then the text is there, once per item, exactly what the eager reading gave.
    expect(feed.items[0].contentText).toBe(htmlToText(html[0]));
    const once = parses.mock.calls.length;
    expect(once).toBeGreaterThan(0);
    expect(feed.items[0].contentText.length).toBeGreaterThan(200);
    expect(parses.mock.calls.length).toBe(once);
  });

  it('is an ordinary property: listed, copied, serialized and written like the others', async () => {
    const { feed } = await parseOk(demo);
    const [first, second, third] = feed.items;
    expect(Object.keys(first)).toContain('contentText');
    expect({ ...first }.contentText).toBe(htmlToText(html[0]));
    expect(JSON.parse(JSON.stringify(second)).contentText).toBe(htmlToText(html[1]));
    third.contentText = 'replaced';
    expect(third.contentText).toBe('replaced');
  });

  it('is read at once when the summary or the title must come from it', async () => {
    const { feed } = await parseOk({
      version: 'https://jsonfeed.org/version/1.1',
      title: 'T',
      items: [{ id: 'a', title: 'A', content_html: '<p>الفقرة الأولى من النص.</p><p>ثم الثانية.</p>' }],
    });
    expect(Object.getOwnPropertyDescriptor(feed.items[0], 'contentText')).toHaveProperty('value');
    expect(feed.items[0].summary).toBe('الفقرة الأولى من النص. ثم الثانية.');
  });
});
