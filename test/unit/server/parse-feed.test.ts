// parseFeedOnServer in Node: every seed fixture reads exactly as the readers read it with a
// browser-grade DOMParser (jsdom's, handed over the same way), and nothing is installed globally.
import { readdirSync, readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { parseFeed } from '../../../src/feed/parse.js';
import { useDomParser } from '../../../src/sanitize/policy.js';
import { parseFeedOnServer } from '../../../src/server/parse-feed.js';

// seed-data.json is the seed page's content (the fixtures' source), not a feed.
const fixtures = readdirSync('test/fixtures').filter(
  (name) => /\.(rss|atom|json)$/.test(name) && name !== 'seed-data.json',
);
const bytes = (name: string) => readFileSync(`test/fixtures/${name}`);
const contentType = (name: string) =>
  name.endsWith('.json') ? 'application/json' : name.endsWith('.atom') ? 'application/atom+xml' : 'application/rss+xml';

describe('parseFeedOnServer', () => {
  it.each(fixtures)('reads %s as the browser readers do', async (name) => {
    const options = { url: `https://news.example/feeds/${name}`, contentType: contentType(name) };
    useDomParser(new JSDOM('').window.DOMParser);
    const browser = await parseFeed(bytes(name), options);
    const server = await parseFeedOnServer(bytes(name), options);
    expect(server.ok, name).toBe(true);
    expect(server).toEqual(browser);
  });

  it('reads the seed RSS: Arabic title, entities decoded in text, item HTML kept as HTML', async () => {
    const result = await parseFeedOnServer(readFileSync('test/fixtures/seed.rss', 'utf8'));
    if (!result.ok) throw result.error;
    const [first] = result.feed.items;
    expect(result.feed.format).toBe('rss');
    expect(first!.title).toMatch(/لافروف/);
    expect(first!.contentHtml).toMatch(/^<p>/);
    expect(first!.summary).not.toMatch(/&\w+;|<\w/);
    expect(typeof (globalThis as { DOMParser?: unknown }).DOMParser).toBe('undefined');
    expect(typeof (globalThis as { document?: unknown }).document).toBe('undefined');
  });

  it('mends broken XML as a browser does (HTML entities, bare &, undeclared prefix) and notes it', async () => {
    const rss = `<rss version="2.0"><channel><title>A &laquo;B&raquo; & C</title>
      <item><guid>1</guid><title>X&nbsp;Y</title><media:thumbnail url="https://x.example/a.jpg"/></item></channel></rss>`;
    const result = await parseFeedOnServer(rss);
    if (!result.ok) throw result.error;
    expect(result.feed.title).toBe('A «B» & C');
    expect(result.feed.items[0]!.title).toBe('X Y');
    expect(result.diagnostics.map((d) => d.code)).toEqual(['xml-repaired']);
  });

  it('reports a document that is no feed, as parseFeed does', async () => {
    const result = await parseFeedOnServer('<html><body>hi</body></html>');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.kind).toBe('unsupported');
  });
});
