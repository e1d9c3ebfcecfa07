// examples/cloudflare-worker under Miniflare (the Workers runtime, workerd, run locally): the worker
// of the example, bundled as wrangler would with the built `news-widgets/proxy`, serves a feed from
// a real upstream on 127.0.0.1 that sends no CORS headers. Needs `npm run build` (dist/).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { Miniflare } from 'miniflare';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const EXAMPLE = `${ROOT}examples/cloudflare-worker/`;
const wrangler = readFileSync(`${EXAMPLE}wrangler.toml`, 'utf8');
const setting = (name) => new RegExp(String.raw`^${name}\s*=\s*"([^"]*)"`, 'm').exec(wrangler)[1];
const rss = readFileSync(`${ROOT}test/fixtures/seed.rss`);

let upstream;
let upstreamRequests = 0;
let mf;

before(async () => {
  upstream = createServer((req, res) => {
    upstreamRequests++;
    res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' }).end(rss);
  });
  await new Promise((resolve) => upstream.listen(0, '127.0.0.1', resolve));
  // What `wrangler deploy` does: bundle the worker's `main` with its imports for the workers runtime.
  const bundle = await build({
    entryPoints: [`${EXAMPLE}${setting('main')}`],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'neutral',
    conditions: ['workerd', 'worker', 'browser'],
    mainFields: ['module', 'main'],
    alias: { 'news-widgets/proxy': `${ROOT}dist/proxy/index.js` },
    logLevel: 'silent',
  });
  mf = new Miniflare({
    modules: true,
    script: bundle.outputFiles[0].text,
    compatibilityDate: setting('compatibility_date'),
    bindings: { ALLOW: `news.example,127.0.0.1:${upstream.address().port}`, ALLOW_PRIVATE: 'true' },
  });
});

after(async () => {
  await mf?.dispose();
  await new Promise((resolve) => (upstream ? upstream.close(resolve) : resolve()));
});

const feedUrl = () => `http://127.0.0.1:${upstream.address().port}/feed.rss`;

test('the worker serves the RSS feed as JSON Feed 1.1 with CORS, cache headers and an ETag', async () => {
  const response = await mf.dispatchFetch(`http://proxy.test/?url=${encodeURIComponent(feedUrl())}`);
  assert.equal(response.status, 200);
  assert.equal(response.headers.get('access-control-allow-origin'), '*');
  assert.match(response.headers.get('cache-control'), /^public, max-age=60, stale-while-revalidate=600/);
  assert.match(response.headers.get('content-type'), /^application\/feed\+json/);
  const doc = await response.json();
  assert.equal(doc.version, 'https://jsonfeed.org/version/1.1');
  assert.equal(doc.title, 'سيريانيوز: الاخبار السياسية');
  assert.ok(doc.items.length >= 4);
  assert.match(doc.items[0].content_html, /^<p>/);

  const again = await mf.dispatchFetch(`http://proxy.test/?url=${encodeURIComponent(feedUrl())}`, {
    headers: { 'if-none-match': response.headers.get('etag') },
  });
  assert.equal(again.status, 304);
  assert.equal(upstreamRequests, 1, 'the second request is served from the isolate’s copy');
});

test('the worker refuses a host that is not allowed with a JSON 403', async () => {
  const before = upstreamRequests;
  const response = await mf.dispatchFetch(
    `http://proxy.test/?url=${encodeURIComponent(feedUrl().replace('127.0.0.1', 'localhost'))}`,
  );
  assert.equal(response.status, 403);
  assert.equal((await response.json()).error.kind, 'host-not-allowed');
  assert.equal(upstreamRequests, before);
});
