// The demo's own checks: its static server, its feeds (against the seed article), and that its pages
// stay clean under the strict CSP the embedding tests use. Run: `node --test demo/`.
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { DEMO_CSP, serveDemo } from './serve.mjs';

const DEMO = new URL('.', import.meta.url).pathname;
const read = (path) => readFileSync(join(DEMO, path), 'utf8');
const feed = JSON.parse(read('feeds/news.json'));
const feedEn = JSON.parse(read('feeds/news-en.json'));
const byId = (id) => feed.items.find((item) => item.id === id);

/** The seed article (a copy of the brief's seed) as text: title, date, paragraphs, TAG, then three related (title, summary). */
const seed = readFileSync(new URL('seed/000_ecf118df2e58070f.txt', import.meta.url), 'utf8')
  .split('\n')
  .map((line) => line.trim())
  .filter(Boolean);

describe('serveDemo', () => {
  let demo;
  let cdnDir;

  before(async () => {
    cdnDir = mkdtempSync(join(tmpdir(), 'demo-cdn-'));
    writeFileSync(join(cdnDir, 'news-widgets.js'), 'export {};\n');
    demo = await serveDemo({ port: 0, cdnDir, headers: { 'Content-Security-Policy': DEMO_CSP } });
  });
  after(() => demo?.close());

  const get = (path, init) => fetch(demo.url + path, init);

  test('serves the pages, feeds and images with their content types and the extra headers', async () => {
    const cases = {
      '/': 'text/html; charset=utf-8',
      '/article.html': 'text/html; charset=utf-8',
      '/demo.css': 'text/css; charset=utf-8',
      '/feeds/news.json': 'application/feed+json; charset=utf-8',
      '/images/logo.svg': 'image/svg+xml',
      '/cdn/news-widgets.js?copy=2': 'text/javascript; charset=utf-8',
    };
    for (const [path, type] of Object.entries(cases)) {
      const response = await get(path);
      assert.equal(response.status, 200, path);
      assert.equal(response.headers.get('content-type'), type, path);
      assert.equal(response.headers.get('content-security-policy'), DEMO_CSP, path);
      await response.arrayBuffer();
    }
    assert.deepEqual(await (await get('/feeds/news.json')).json(), feed);
  });

  test('never serves files outside demo/ or the CDN directory', async () => {
    for (const path of [
      '/../package.json',
      '/..%2fpackage.json',
      '/cdn/..%2f..%2fpackage.json',
      '/%00',
      '/nope.html',
    ]) {
      const response = await get(path);
      assert.ok(response.status === 404 || response.status === 400, `${path}: ${response.status}`);
      await response.text();
    }
  });

  test('answers HEAD without a body and refuses other methods', async () => {
    const head = await get('/feeds/news.json', { method: 'HEAD' });
    assert.equal(head.status, 200);
    assert.equal(await head.text(), '');
    const post = await get('/', { method: 'POST', body: 'x' });
    assert.equal(post.status, 405);
    await post.text();
  });
});

describe('feeds/news.json', () => {
  test('is a JSON Feed 1.1 in Arabic', () => {
    assert.equal(feed.version, 'https://jsonfeed.org/version/1.1');
    assert.equal(feed.language, 'ar');
    assert.equal(feed.feed_url, '/feeds/news.json');
    assert.equal(new Set(feed.items.map((item) => item.id)).size, feed.items.length, 'unique ids');
  });

  test('carries the seed article word for word', () => {
    const article = byId('syrianews-lavrov-2024-12-26');
    assert.equal(article.title, seed[1]);
    assert.equal(article.date_published, '2024-12-26T12:51:00+03:00');
    assert.equal(article.url, 'https://www.syria-news.example/politics/lavrov-sharaa-2024-12-26');
    assert.deepEqual(article.tags, ['الشرع', 'روسيا', 'لافروف', 'سوريا']);
    assert.equal(article._news.category, seed[0]);
    assert.equal(article._news.source.name, 'سيريانيوز');
    const text = article.content_html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
    const body = seed
      .slice(3, seed.indexOf('TAG:'))
      .join(' ')
      .replace(/سيريانيوز$/, '')
      .replace(/\s+/g, ' ');
    for (const sentence of body.split(/(?<=[.])\s/)) assert.ok(text.includes(sentence.trim()), sentence);
    assert.equal(article.summary, seed[3].match(/^[^.]+\./)[0]);
    assert.match(article.content_html, /<blockquote><p>"لم نسحب/);
  });

  test('has the three related items with the seed titles and summaries, dated after it, stated in order', () => {
    const related = seed.slice(seed.indexOf('TAG:') + 1);
    const ids = ['syrianews-sharaa-gulf-calls', 'syrianews-airspace-closure', 'syrianews-shaibani-negotiations'];
    // The seed article states them (`_news.related`) in the order its page lists them.
    assert.deepEqual(byId('syrianews-lavrov-2024-12-26')._news.related, ids);
    ids.forEach((id, n) => {
      const item = byId(id);
      assert.equal(item.title, related[n * 2], id);
      assert.equal(item.summary, related[n * 2 + 1], id);
      assert.ok(Date.parse(item.date_published) > Date.parse('2024-12-26T12:51:00+03:00'), id);
    });
  });

  test('has enough Arabic, Latin and breaking items, and one ~300-character mixed title', () => {
    const others = feed.items.length - 4;
    const latin = feed.items.filter((item) => /[A-Za-z]{3,}/.test(item.title));
    const breaking = feed.items.filter((item) => item._news?.breaking);
    assert.ok(others - latin.length >= 24, `Arabic items: ${others - latin.length}`);
    assert.ok(latin.length >= 5, `Latin/mixed items: ${latin.length}`);
    assert.ok(breaking.length >= 3 && breaking.every((item) => item.tags.includes('عاجل')));
    assert.ok(feed.items.some((item) => item.title.length >= 280 && /[A-Za-z]/.test(item.title)));
    assert.ok(new Set(feed.items.map((item) => item._news.category)).size >= 7, 'several categories');
  });

  test('uses .example hosts and local images that exist', () => {
    for (const data of [feed, feedEn])
      for (const item of data.items) {
        assert.match(new URL(item.url).hostname, /\.example$/, item.id);
        if (item.image) assert.ok(existsSync(join(DEMO, item.image)), item.image);
      }
  });
});

test('feeds/news-en.json is a small English feed', () => {
  assert.equal(feedEn.language, 'en');
  assert.ok(feedEn.items.length >= 8);
});

test('pages load the widgets by script tag and stay CSP-clean (no inline script or style)', () => {
  const pages = readdirSync(DEMO).filter((name) => name.endsWith('.html'));
  assert.ok(pages.includes('index.html') && pages.includes('article.html') && pages.includes('en.html'));
  for (const name of pages) {
    const html = read(name);
    assert.match(html, /<script type="module" src="\/cdn\/news-widgets\.js"><\/script>/, name);
    assert.doesNotMatch(html, /<script(?![^>]*\bsrc=)[^>]*>/, `${name}: inline script`);
    assert.doesNotMatch(html, /<style|\sstyle=|\son[a-z]+=/i, `${name}: inline style or handler`);
    assert.doesNotMatch(html, /(src|href)="(https?:)?\/\/(?![^"]*\.example)/, `${name}: external resource`);
  }
  assert.doesNotMatch(
    read('demo.css'),
    /(margin|padding|border)-(left|right)|text-align:\s*(left|right)|float:\s*(left|right)|\b(left|right):/,
  );
});
