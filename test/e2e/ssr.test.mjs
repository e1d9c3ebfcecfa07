// End to end: the seed article page rendered on the server (demo/ssr.mjs at /ssr/article.html, from
// dist/ssr) in Chromium, in a time zone other than the newsroom's (UTC): without JavaScript the
// widgets are on screen and in the HTML; with it they hydrate, keeping the server's nodes, with no
// feed request. Needs `npm run build`.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { after, before, test } from 'node:test';
import { serveDemo } from '../../demo/serve.mjs';
import { launchChromium } from '../../scripts/lib/browser.mjs';
import { watch } from './helpers.mjs';

const PATH = '/ssr/article.html';
const TITLE = 'لافروف: الشرع قال العلاقات قديمة واستراتيجية مع روسيا ونحن ندعم هذا الطرح';
const QUOTE = 'لم نسحب دبلوماسيينا من دمشق';
const FULL = 'article-card[layout=full]';

let demo;
before(async () => {
  demo = await serveDemo({ port: 0, cdnDir: 'dist/cdn' });
});
after(() => demo?.close());

/** Reads the seed article, its ticker headline and related links as a reader sees them. */
async function seen(page) {
  const card = page.locator(FULL);
  return {
    category: await card.locator('[part=category]').innerText(),
    title: await card.locator('[part=title]').innerText(),
    date: await card.locator('[part=date]').innerText(),
    quote: await card.locator('[part=body] blockquote').first().isVisible(),
    body: await card.locator('[part=body]').innerText(),
    source: await card.locator('p[part=source]').innerText(),
    headline: await page.locator('news-ticker [part=item]').first().isVisible(),
    related: await page
      .locator('related-list a[part=link]')
      .evaluateAll((links) =>
        links.filter((a) => a.getBoundingClientRect().height > 0).map((a) => a.textContent.trim()),
      ),
  };
}

test('without JavaScript: the headline, the full seed article and its three related links are on screen and in the HTML', async () => {
  const context = await launchChromium({ javaScriptEnabled: false, timezoneId: 'UTC' });
  try {
    const page = await context.newPage();
    const response = await page.goto(demo.url + PATH);
    const html = await response.text();
    for (const text of [TITLE, QUOTE, '26.12.2024 | 12:51', 'سيريانيوز', 'الاخبار السياسية', 'shadowrootmode="open"'])
      assert.ok(html.includes(text), `HTML holds ${text}`);
    const view = await seen(page);
    assert.equal(view.category, 'الاخبار السياسية');
    assert.equal(view.title, TITLE);
    assert.equal(view.date, '26.12.2024 | 12:51');
    assert.ok(view.quote, 'the quote is a visible blockquote');
    assert.match(view.body, new RegExp(QUOTE));
    assert.match(view.source, /سيريانيوز/);
    assert.ok(view.headline, 'a ticker headline is visible');
    assert.equal(view.related.length, 3, view.related.join(' | '));
    for (const title of view.related) assert.ok(html.includes(title), `HTML holds the related link ${title}`);
  } finally {
    await context.close();
  }
});

test('with JavaScript: hydrated with the server’s nodes, no feed request, news-load fired, pause works, no console error', async () => {
  const context = await launchChromium({ timezoneId: 'UTC' });
  try {
    const page = await context.newPage();
    const { problems } = watch(page);
    const feeds = [];
    page.on('request', (request) => new URL(request.url()).pathname.startsWith('/feeds/') && feeds.push(request.url()));
    await page.addInitScript(() => {
      window.__loads = [];
      document.addEventListener('news-load', (event) => window.__loads.push(event.target.localName));
    });
    // The bundle waits until a marker is set on server-rendered nodes.
    let release;
    const marked = new Promise((resolve) => (release = resolve));
    await page.route('**/cdn/news-widgets.js', async (route) => {
      await marked;
      await route.continue();
    });
    await page.goto(demo.url + PATH, { waitUntil: 'commit' });
    await page.waitForFunction(() => document.querySelector('related-list')?.shadowRoot?.querySelector('a'));
    const before = await page.evaluate(() => {
      const title = document.querySelector('article-card[layout=full]').shadowRoot.querySelector('[part=title]');
      const headline = document.querySelector('news-ticker').shadowRoot.querySelector('[part=item]');
      title.__server = headline.__server = true;
      return customElements.get('article-card') === undefined;
    });
    assert.ok(before, 'the marker was set before the elements were defined');
    release();
    await page.waitForFunction(() => window.__loads.length >= 3, null, { timeout: 10000 });
    const kept = await page.evaluate(() => ({
      title: document.querySelector('article-card[layout=full]').shadowRoot.querySelector('[part=title]').__server,
      headline: document.querySelector('news-ticker').shadowRoot.querySelector('[part=item]').__server,
      hydrated: !!customElements.get('news-ticker'),
    }));
    assert.deepEqual(kept, { title: true, headline: true, hydrated: true });
    assert.ok((await page.evaluate(() => window.__loads)).includes('news-ticker'));
    const view = await seen(page);
    assert.equal(view.date, '26.12.2024 | 12:51');
    assert.equal(view.title, TITLE);
    assert.equal(view.related.length, 3);
    // The ticker works: its pause button stops and restarts it.
    const toggle = page.locator('news-ticker button.toggle');
    await toggle.click();
    await page.waitForFunction(() => document.querySelector('news-ticker').hasAttribute('paused'));
    await toggle.click();
    await page.waitForFunction(() => !document.querySelector('news-ticker').hasAttribute('paused'));
    await page.waitForTimeout(300);
    assert.deepEqual(feeds, []);
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

const run = (args) =>
  new Promise((resolve) => {
    const child = spawn(process.execPath, ['bin/news-widgets.mjs', 'render', ...args]);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });

test('the CLI prints what renderWidget renders, from a file or a URL; bad arguments exit 2', async () => {
  const attrs = [
    '--attr',
    'item-id=syrianews-lavrov-2024-12-26',
    '--attr',
    'layout=full',
    '--attr',
    'date-format=numeric',
  ];
  attrs.push('--attr', 'numerals=latn', '--attr', 'time-zone=Asia/Damascus', '--attr', 'no-image');
  const fromFile = await run(['article-card', '--feed', 'demo/feeds/news.json', ...attrs]);
  assert.equal(fromFile.code, 0, fromFile.stderr);
  const { renderWidget } = await import('../../dist/ssr/index.js');
  const feed = await readFile('demo/feeds/news.json');
  const expected = await renderWidget(
    'article-card',
    {
      'item-id': 'syrianews-lavrov-2024-12-26',
      layout: 'full',
      'date-format': 'numeric',
      numerals: 'latn',
      'time-zone': 'Asia/Damascus',
      'no-image': true,
    },
    feed,
  );
  assert.equal(fromFile.stdout, expected + '\n');
  assert.match(fromFile.stdout, /26\.12\.2024 \| 12:51/);
  assert.match(fromFile.stdout, /^<article-card [^>]*no-image[^>]*><template shadowroot="open" shadowrootmode="open">/);

  const fromUrl = await run(['news-ticker', '--feed', `${demo.url}/feeds/news.json`, '--attr', 'limit=2']);
  assert.equal(fromUrl.code, 0, fromUrl.stderr);
  assert.equal(
    JSON.parse(/<script type="application\/feed\+json">(.*?)<\/script>/.exec(fromUrl.stdout)[1]).items.length,
    2,
  );
  // Relative image URLs resolve against the feed's own URL.
  assert.match(fromUrl.stdout, new RegExp(`${demo.url}/images/`));

  assert.equal((await run(['marquee', '--feed', 'demo/feeds/news.json'])).code, 2);
  assert.equal((await run(['news-ticker'])).code, 2);
  const missing = await run(['news-ticker', '--feed', 'no/such/feed.json']);
  assert.equal(missing.code, 1);
  assert.match(missing.stderr, /no\/such\/feed\.json/);
});

test('a reader who prefers reduced motion: hydration takes the server’s ticker, then the still one, without an error', async () => {
  const context = await launchChromium({ timezoneId: 'UTC', reducedMotion: 'reduce' });
  try {
    const page = await context.newPage();
    const { problems } = watch(page);
    await page.addInitScript(() => {
      window.__loads = [];
      document.addEventListener('news-load', (event) => window.__loads.push(event.target.localName));
    });
    await page.goto(demo.url + PATH);
    await page.waitForFunction(() => window.__loads.includes('news-ticker'), null, { timeout: 10000 });
    // Still: no pause button, previous/next instead.
    await page.waitForFunction(() => !document.querySelector('news-ticker').shadowRoot.querySelector('button.toggle'));
    assert.equal(await page.locator('news-ticker .nav button').count(), 2);
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});
