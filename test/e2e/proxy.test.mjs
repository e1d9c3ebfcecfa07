// End to end: a ticker on a page shows an RSS feed whose server sends no CORS headers, through the
// feed proxy (the built news-widgets/proxy/node on port 0); the same feed asked for directly fails.
// Needs `npm run build` (dist/).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { after, before, test } from 'node:test';
import { serveFeedProxy } from '../../dist/proxy/node.js';
import { launchChromium } from '../../scripts/lib/browser.mjs';
import { watch } from './helpers.mjs';

const rss = readFileSync(new URL('../fixtures/seed.rss', import.meta.url));
const seed = JSON.parse(readFileSync(new URL('../fixtures/seed-data.json', import.meta.url), 'utf8'));
let upstream;
let proxy;
let site;
let browser;
const upstreamRequests = [];
const listen = (server) => new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));

/**
 * The publisher's site: /page?src=… (one ticker) and the built bundle at /cdn/. A real server on
 * loopback, not a routed page: Chromium's local network access rules let only a page that itself
 * comes from loopback fetch from the loopback proxy.
 */
const siteServer = () =>
  createServer(async (req, res) => {
    const url = new URL(req.url, 'http://localhost');
    if (url.pathname === '/page') {
      const src = url.searchParams.get('src').replace(/[&"<]/g, (c) => `&#${c.charCodeAt(0)};`);
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      return res.end(`<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8">
        <script type="module" src="/cdn/news-widgets.js"></script></head>
        <body><news-ticker src="${src}"></news-ticker></body></html>`);
    }
    const file = url.pathname.match(/^\/cdn\/([\w/.-]+\.js)$/)?.[1];
    try {
      if (!file || file.includes('..')) throw new Error('not found');
      const body = await readFile(new URL(`../../dist/cdn/${file}`, import.meta.url));
      res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' }).end(body);
    } catch {
      res.writeHead(url.pathname === '/favicon.ico' ? 204 : 404).end();
    }
  });

before(async () => {
  upstream = createServer((req, res) => {
    upstreamRequests.push(req.headers);
    // No Access-Control-Allow-Origin: like most publishers' feeds.
    res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' }).end(rss);
  });
  await listen(upstream);
  site = siteServer();
  await listen(site);
  browser = await launchChromium();
  proxy = await serveFeedProxy({ port: 0, allow: [`127.0.0.1:${upstream.address().port}`], allowPrivate: true });
});

after(async () => {
  await browser?.close();
  site?.closeAllConnections();
  await new Promise((resolve) => (site ? site.close(resolve) : resolve()));
  await proxy?.close();
  await new Promise((resolve) => (upstream ? upstream.close(resolve) : resolve()));
});

const feedUrl = () => `http://127.0.0.1:${upstream.address().port}/feeds/seed.rss`;

/** A page of the publisher's site with one ticker reading `src`. */
async function open(src) {
  const page = await browser.newPage();
  const { problems } = watch(page);
  const scripts = [];
  page.on('request', (request) => request.resourceType() === 'script' && scripts.push(request.url()));
  await page.addInitScript(() => {
    window.__errors = [];
    document.addEventListener('news-error', (event) => window.__errors.push(event.detail.error.kind));
  });
  await page.goto(`http://127.0.0.1:${site.address().port}/page?src=${encodeURIComponent(src)}`, { waitUntil: 'load' });
  return { page, problems, scripts };
}

test('the ticker renders a proxied RSS feed whose upstream sends no CORS headers', async () => {
  const src = `${proxy.url}?url=${encodeURIComponent(feedUrl())}`;
  const { page, problems, scripts } = await open(src);
  const link = page.locator('news-ticker a[href]').first();
  await link.waitFor({ state: 'attached', timeout: 15000 });
  const titles = await page.locator('news-ticker a[href]').allTextContents();
  assert.ok(
    titles.some((title) => title.includes(seed.article.title)),
    `the seed headline is shown: ${titles.join(' | ')}`,
  );
  assert.equal(await link.getAttribute('href'), seed.article.url);
  assert.deepEqual(await page.evaluate(() => window.__errors), []);
  assert.deepEqual(problems, []);
  // The page got JSON Feed: it never downloaded the RSS/Atom reader.
  assert.ok(!scripts.some((url) => /xml-feed/.test(url)), scripts.join(', '));
  assert.equal(upstreamRequests.length, 1);
  assert.equal(upstreamRequests[0].cookie, undefined);
  await page.close();
});

test('control: the same feed asked for directly is blocked by CORS and the ticker reports an error', async () => {
  const before = upstreamRequests.length;
  const { page } = await open(feedUrl());
  await page.waitForFunction(() => window.__errors.length > 0, null, { timeout: 15000 });
  assert.equal(await page.locator('news-ticker a[href]').count(), 0);
  assert.ok(upstreamRequests.length > before, 'the browser did ask the upstream, and could not read the answer');
  await page.close();
});
