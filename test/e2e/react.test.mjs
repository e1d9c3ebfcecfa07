// End to end: news-widgets/react in a real React 19 app, bundled with vite and run in Chromium.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { build } from 'vite';
import { serveDemo } from '../../demo/serve.mjs';
import { launchChromium } from '../../scripts/lib/browser.mjs';
import { watch } from './helpers.mjs';

/** The demo feed the page fetches: news-load reports every item it holds. */
const FEED_ITEMS = JSON.parse(readFileSync(new URL('../../demo/feeds/news.json', import.meta.url), 'utf8')).items
  .length;
const OUT = mkdtempSync(join(tmpdir(), 'news-widgets-react-'));
let demo;
let context;

before(async () => {
  await build({
    configFile: false,
    logLevel: 'error',
    publicDir: false,
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    build: {
      outDir: OUT,
      emptyOutDir: true,
      modulePreload: false,
      rolldownOptions: {
        input: { app: 'test/e2e/react/page.js' },
        output: { entryFileNames: '[name].js', codeSplitting: false },
      },
    },
  });
  demo = await serveDemo({ port: 0, cdnDir: 'dist/cdn' });
  context = await launchChromium();
});

after(async () => {
  await context?.close();
  await demo?.close();
  rmSync(OUT, { recursive: true, force: true });
});

test('React wrappers: props reach the elements, events reach the on… callbacks', async () => {
  const page = await context.newPage();
  const { problems } = watch(page);
  const app = readFileSync(join(OUT, 'app.js'), 'utf8');
  await page.route('**/__react.html', (route) =>
    route.fulfill({
      contentType: 'text/html; charset=utf-8',
      body: '<!doctype html><html lang="ar" dir="rtl"><meta charset="utf-8"><div id="app"></div><script type="module" src="/__react-app.js"></script></html>',
    }),
  );
  await page.route('**/__react-app.js', (route) => route.fulfill({ contentType: 'text/javascript', body: app }));
  await page.goto(`${demo.url}/__react.html`);

  const title = page.locator('article-card [part~="title"]');
  await title.waitFor({ timeout: 10000 });
  assert.match(await title.textContent(), /لافروف/, 'itemId and feed props became properties');
  assert.equal(await page.locator('article-card').getAttribute('layout'), 'compact');
  assert.equal(await page.locator('news-ticker').evaluate((el) => el.paused), true);
  const headlines = await page
    .locator('news-ticker')
    .evaluate(
      (el) => [...el.shadowRoot.querySelectorAll('a[href]')].filter((a) => !a.closest('[aria-hidden="true"]')).length,
    );
  assert.equal(headlines, 3, 'limit (the loop copy aside)');

  await page.waitForFunction(() => window.events.some((e) => e.type === 'news-load'));
  await page.locator('article-card a[href]').first().click();
  const events = await page.evaluate(() => window.events);
  assert.deepEqual(
    events.find((e) => e.type === 'news-load'),
    { type: 'news-load', items: FEED_ITEMS },
  );
  assert.deepEqual(
    events.find((e) => e.type === 'news-item-click'),
    {
      type: 'news-item-click',
      id: 'syrianews-lavrov-2024-12-26',
      cancelled: true,
    },
  );
  assert.equal(new URL(page.url()).pathname, '/__react.html', 'the cancelled click did not navigate');
  assert.deepEqual(problems, []);
  await page.close();
});
