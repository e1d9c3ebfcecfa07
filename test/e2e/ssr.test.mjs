// End to end: the seed article page rendered on the server (demo/ssr.mjs at /ssr/article.html, from
// dist/ssr) in Chromium, in a time zone other than the newsroom's (UTC): without JavaScript the
// widgets are on screen and in the HTML, laid out as the client renders them; with it they hydrate,
// keeping the server's nodes, with no feed request, no layout shift and no violation of a strict
// Content-Security-Policy with Trusted Types. Needs `npm run build`.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { serveDemo } from '../../demo/serve.mjs';
import { inBrowser, recordViolations, violations, watch } from './helpers.mjs';

const PATH = '/ssr/article.html';
const TITLE = 'لافروف: الشرع قال العلاقات قديمة واستراتيجية مع روسيا ونحن ندعم هذا الطرح';
const QUOTE = 'لم نسحب دبلوماسيينا من دمشق';
const FULL = 'article-card[layout=full]';

/**
 * The policy the README documents for hosts (as test/e2e/embedding.test.mjs): no inline or eval'd
 * script, Trusted Types enforced with the library's two policy names. The server adds the hashes of
 * the inline styles of the server-rendered shadow roots to style-src (demo/serve.mjs), as a host must.
 */
const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' https: data:; connect-src 'self'; " +
  "require-trusted-types-for 'script'; trusted-types news-widgets lit-html";

let demo;
let strict;
let unhashed;
before(async () => {
  demo = await serveDemo({ port: 0, cdnDir: 'dist/cdn' });
  const headers = { 'Content-Security-Policy': STRICT_CSP };
  strict = await serveDemo({ port: 0, cdnDir: 'dist/cdn', headers });
  unhashed = await serveDemo({ port: 0, cdnDir: 'dist/cdn', headers, ssrStyleHashes: false });
});
after(() => Promise.all([demo?.close(), strict?.close(), unhashed?.close()]));

/** Records `news-load` targets and layout shifts without recent input, from the first script on. */
const recordLoadsAndShifts = (page) =>
  page.addInitScript(() => {
    window.__loads = [];
    window.__shifts = [];
    document.addEventListener('news-load', (event) => window.__loads.push(event.target));
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__shifts.push(entry.value);
    }).observe({ type: 'layout-shift', buffered: true });
  });

/** Waits until every widget on the page has fired `news-load`. */
const allLoaded = (page) =>
  page.waitForFunction(
    () => {
      const widgets = document.querySelectorAll('news-ticker, article-card, related-list');
      return widgets.length > 0 && [...widgets].every((widget) => window.__loads.includes(widget));
    },
    null,
    { timeout: 10000 },
  );

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
  await inBrowser({ javaScriptEnabled: false, timezoneId: 'UTC' }, async (page) => {
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
  });
});

test('with JavaScript: hydrated with the server’s nodes, no feed request, news-load fired, pause works, no console error', async () => {
  await inBrowser({ timezoneId: 'UTC' }, async (page) => {
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
  });
});

/** Boxes (x, y, width, height in CSS px, page coordinates) of what a reader looks at. */
const layout = (page) =>
  page.evaluate(() => {
    const box = (name, el) => {
      if (!el) return [name, null];
      const r = el.getBoundingClientRect();
      return [name, [r.x + scrollX, r.y + scrollY, r.width, r.height]];
    };
    const card = document.querySelector('article-card[layout=full]');
    const ticker = document.querySelector('news-ticker');
    const related = document.querySelector('related-list');
    const parts = ['category', 'title', 'date', 'body', 'image'].map((part) =>
      box(`card ${part}`, card.shadowRoot.querySelector(`[part~="${part}"]`)),
    );
    return Object.fromEntries([
      box('card', card),
      ...parts,
      box('card source', card.shadowRoot.querySelector('p[part~="source"]')),
      box('ticker', ticker),
      box('ticker first headline', ticker.shadowRoot.querySelector('[part~="item"]')),
      box('ticker badge', ticker.shadowRoot.querySelector('[part~="badge"]')),
      box('related list', related),
      ...[...related.shadowRoot.querySelectorAll('a[part~="link"]')].map((a, i) => box(`related link ${i + 1}`, a)),
      ...[...document.querySelectorAll('article-card:not([layout=full])')].map((c, i) =>
        box(`sidebar card ${i + 1}`, c),
      ),
      box('footer', document.querySelector('footer')),
    ]);
  });

/** Pixels of two same-sized PNGs (drawn in the browser: no image library) whose channels differ by more than 32. */
const differingPixels = (page, a, b) =>
  page.evaluate(
    async ([a, b]) => {
      const pixels = async (png) => {
        const bitmap = await createImageBitmap(await (await fetch(`data:image/png;base64,${png}`)).blob());
        const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
        canvas.getContext('2d').drawImage(bitmap, 0, 0);
        return canvas.getContext('2d').getImageData(0, 0, bitmap.width, bitmap.height);
      };
      const [x, y] = await Promise.all([pixels(a), pixels(b)]);
      if (x.width !== y.width || x.height !== y.height) return { size: [x.width, x.height, y.width, y.height] };
      let count = 0;
      for (let i = 0; i < x.data.length; i += 4)
        if (Math.max(...[0, 1, 2].map((c) => Math.abs(x.data[i + c] - y.data[i + c]))) > 32) count++;
      return { count, total: x.width * x.height };
    },
    [a.toString('base64'), b.toString('base64')],
  );

test('without JavaScript the server-rendered page has the layout of the client-rendered one (boxes and pixels)', async () => {
  // A reader in the newsroom's time zone: the client page has no time-zone attribute.
  const dir = await mkdtemp(join(tmpdir(), 'news-widgets-ssr-layout-'));
  // Not `animations: 'disabled'`: it would play the paused ticker's step to its end, and the next headline.
  const shot = { fullPage: true, caret: 'hide' };
  let server;
  let client;
  await inBrowser({ javaScriptEnabled: false }, async (page) => {
    await page.goto(demo.url + PATH, { waitUntil: 'networkidle' });
    await page.evaluate(() => document.fonts.ready);
    // The paused ticker's toggle shows ▶ where the server's shows ⏸: the one difference by design.
    const mask = [page.locator('news-ticker button.toggle')];
    server = { boxes: await layout(page), png: await page.screenshot({ ...shot, mask }) };
  });
  await inBrowser({}, async (page) => {
    await recordLoadsAndShifts(page);
    // Paused (its public pause()) as soon as it shows its headlines: the first, whole, as the server shows it.
    await page.addInitScript(() =>
      document.addEventListener(
        'news-load',
        (event) => event.target.localName === 'news-ticker' && event.target.pause(),
      ),
    );
    await page.goto(`${demo.url}/article.html`, { waitUntil: 'networkidle' });
    await allLoaded(page);
    assert.ok(await page.locator('news-ticker').evaluate((ticker) => ticker.paused));
    assert.equal(await page.locator('news-ticker .one').getAttribute('data-i'), '0');
    await page.evaluate(() => document.fonts.ready);
    const mask = [page.locator('news-ticker button.toggle')];
    client = { boxes: await layout(page), png: await page.screenshot({ ...shot, mask }) };
    await writeFile(join(dir, 'server-no-js.png'), server.png);
    await writeFile(join(dir, 'client.png'), client.png);
    const see = `screenshots in ${dir}`;
    assert.equal(Object.keys(server.boxes).length, Object.keys(client.boxes).length, see);
    assert.equal(Object.keys(client.boxes).filter((name) => name.startsWith('related link')).length, 3, see);
    for (const [name, box] of Object.entries(client.boxes)) {
      assert.ok(box && server.boxes[name], `${name} is on both pages (${see})`);
      const most = Math.max(...box.map((value, i) => Math.abs(value - server.boxes[name][i])));
      assert.ok(most <= 2, `${name}: server ${server.boxes[name].join(',')} vs client ${box.join(',')} (${see})`);
    }
    const diff = await differingPixels(page, server.png, client.png);
    assert.ok(diff.count !== undefined, `same page size: ${diff.size} (${see})`);
    // A few pixels of antialiasing at most: 0.01% of the page (≈340 px at 1280 × 2674).
    assert.ok(diff.count <= diff.total / 10000, `${diff.count} of ${diff.total} pixels differ (${see})`);
  });
  await rm(dir, { recursive: true });
});

test('with JavaScript under a strict CSP with Trusted Types: hydrated with the server’s nodes, CLS 0, no violation', async () => {
  await inBrowser({ timezoneId: 'UTC' }, async (page) => {
    const { problems } = watch(page);
    await recordViolations(page);
    await recordLoadsAndShifts(page);
    let release;
    const marked = new Promise((resolve) => (release = resolve));
    await page.route('**/cdn/news-widgets.js', async (route) => {
      await marked;
      await route.continue();
    });
    const response = await page.goto(strict.url + PATH, { waitUntil: 'commit' });
    const csp = response.headers()['content-security-policy'];
    assert.match(csp, /script-src 'self';/);
    assert.doesNotMatch(csp, /unsafe-(inline|eval)/);
    assert.match(csp, /require-trusted-types-for 'script'; trusted-types news-widgets lit-html/);
    await page.waitForFunction(() => document.querySelector('related-list')?.shadowRoot?.querySelector('a'));
    await page.evaluate(() => {
      for (const widget of document.querySelectorAll('news-ticker, article-card, related-list'))
        widget.shadowRoot.firstElementChild.__server = true;
    });
    release();
    await allLoaded(page);
    // The first seconds: the ticker steps to its second headline, the page stays put.
    await page.waitForFunction(
      () => document.querySelector('news-ticker').shadowRoot.querySelector('.one[data-i="1"]'),
      null,
      {
        timeout: 10000,
      },
    );
    const kept = await page.evaluate(() =>
      [...document.querySelectorAll('news-ticker, article-card, related-list')].map(
        (widget) =>
          `${widget.localName} ${widget.getAttribute('layout') ?? ''} ${widget.shadowRoot.firstElementChild.__server === true}`,
      ),
    );
    assert.equal(kept.length, 8);
    for (const line of kept) assert.match(line, /true$/, `server nodes kept: ${kept.join(' | ')}`);
    const shifts = await page.evaluate(() => window.__shifts);
    assert.equal(
      shifts.reduce((sum, value) => sum + value, 0),
      0,
      `layout shifts: ${JSON.stringify(shifts)}`,
    );
    assert.deepEqual(await violations(page), []);
    assert.deepEqual(problems, []);
  });
});

test('a host whose style-src lacks the hashes: without JavaScript unstyled, with it the hydrated widgets are styled', async () => {
  const styled = () => {
    const title = document.querySelector('article-card[layout=full]').shadowRoot.querySelector('[part~="title"]');
    return `${getComputedStyle(document.querySelector('news-ticker')).display} ${getComputedStyle(title).fontWeight}`;
  };
  await inBrowser({ javaScriptEnabled: false }, async (page) => {
    await page.goto(unhashed.url + PATH);
    // The browser refused the server's inline styles (demo.css makes undefined elements flex).
    assert.equal(await page.evaluate(styled), 'flex 400');
  });
  await inBrowser({}, async (page) => {
    await recordLoadsAndShifts(page);
    await page.goto(unhashed.url + PATH);
    await allLoaded(page);
    assert.equal(await page.evaluate(styled), 'block 700');
  });
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
  await inBrowser({ timezoneId: 'UTC', reducedMotion: 'reduce' }, async (page) => {
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
  });
});

test('hydration builds no Intl formatter in an element’s own update: the dates’ 25-40 ms were spent in short tasks before', async () => {
  await inBrowser({ timezoneId: 'UTC' }, async (page) => {
    const { problems } = watch(page);
    await page.addInitScript(() => {
      window.__loads = [];
      window.__made = { inUpdate: [], before: 0 };
      document.addEventListener('news-load', (event) => window.__loads.push(event.target));
      let updating = 0;
      for (const kind of ['Locale', 'DateTimeFormat', 'NumberFormat', 'RelativeTimeFormat']) {
        Intl[kind] = new Proxy(Intl[kind], {
          construct(target, args) {
            if (updating) window.__made.inUpdate.push(kind);
            else window.__made.before++;
            return Reflect.construct(target, args);
          },
        });
      }
      // Every update of every element (Lit's `performUpdate` renders, and hydrates the first time).
      const define = CustomElementRegistry.prototype.define;
      CustomElementRegistry.prototype.define = function (name, ctor, options) {
        let proto = ctor.prototype;
        while (proto && !Object.prototype.hasOwnProperty.call(proto, 'performUpdate'))
          proto = Object.getPrototypeOf(proto);
        if (proto && !proto.performUpdate.__counted) {
          const perform = proto.performUpdate;
          proto.performUpdate = function () {
            updating++;
            try {
              return perform.call(this);
            } finally {
              updating--;
            }
          };
          proto.performUpdate.__counted = true;
        }
        return define.call(this, name, ctor, options);
      };
    });
    await page.goto(demo.url + PATH);
    await allLoaded(page);
    const made = await page.evaluate(() => window.__made);
    assert.deepEqual(made.inUpdate, [], 'Intl objects built inside an element update');
    assert.ok(made.before > 0, 'the formatters were built, before the updates');
    assert.equal((await seen(page)).date, '26.12.2024 | 12:51');
    assert.deepEqual(problems, []);
  });
});
