// End to end: what the script-tag ES bundle (dist/cdn/news-widgets.js) makes a visitor's browser
// download, and when — only the code of the elements on the page, and the feed requested once, while
// the element's code is still on its way.
import assert from 'node:assert/strict';
import { setTimeout as delay } from 'node:timers/promises';
import { test } from 'node:test';
import { demoAndBrowser, watch } from './helpers.mjs';

const LOCALE_CHUNK = /\/chunks\/(ar|en|fa|ur|he|fr)-[\w-]+\.js$/;

const env = demoAndBrowser();

/** Opens `body` as a page with the module bundle; records scripts and feed requests (URL paths). */
async function open(body, { beforeGoto } = {}) {
  const page = await env.context.newPage();
  const { problems, warnings } = watch(page, { failedRequests: true });
  const scripts = [];
  const feeds = [];
  page.on('request', (request) => {
    const { pathname } = new URL(request.url());
    if (request.resourceType() === 'script') scripts.push(pathname);
    if (pathname.startsWith('/feeds/')) feeds.push(pathname);
  });
  await page.route('**/__loading.html', (route) =>
    route.fulfill({
      contentType: 'text/html; charset=utf-8',
      body: `<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8">
        <script type="module" src="/cdn/news-widgets.js"></script></head><body>${body}</body></html>`,
    }),
  );
  await beforeGoto?.(page);
  await page.goto(`${env.demo.url}/__loading.html`, { waitUntil: 'load' });
  return { page, problems, warnings, scripts, feeds };
}

const settle = async (page) => {
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(300);
};

test('a ticker-only page downloads the entry and the ticker (and its strings), no other element nor the sanitizer', async () => {
  const { page, problems, scripts, feeds } = await open('<news-ticker src="/feeds/news.json"></news-ticker>');
  await page.locator('news-ticker a[href]').first().waitFor({ state: 'attached', timeout: 10000 });
  await settle(page);
  const other = scripts.filter((path) => path !== '/cdn/news-widgets.js' && !LOCALE_CHUNK.test(path));
  assert.equal(other.length, 1, `scripts: ${scripts.join(', ')}`);
  assert.match(other[0], /^\/cdn\/chunks\/news-ticker-[\w-]+\.js$/);
  assert.ok(!scripts.some((path) => /article-card|related-list|purify|xml-feed|wordpress/.test(path)), scripts.join());
  assert.deepEqual(feeds, ['/feeds/news.json']);
  assert.deepEqual(problems, []);
  await page.close();
});

test('the feed request starts while the element’s chunk is still downloading, and is the only one', async () => {
  let sawFeed;
  const feedRequested = new Promise((resolve) => (sawFeed = resolve));
  let feedBeforeChunk;
  const { page, problems, feeds } = await open('<news-ticker src="/feeds/news.json"></news-ticker>', {
    beforeGoto: async (page) => {
      page.on('request', (request) => request.url().includes('/feeds/news.json') && sawFeed(true));
      // Hold the ticker's code until the feed is requested (or 3 s went by without it).
      await page.route('**/cdn/chunks/news-ticker-*.js', async (route) => {
        feedBeforeChunk = await Promise.race([feedRequested, delay(3000).then(() => false)]);
        await route.continue();
      });
    },
  });
  await page.locator('news-ticker a[href]').first().waitFor({ state: 'attached', timeout: 10000 });
  await settle(page);
  assert.equal(feedBeforeChunk, true, 'the feed was requested before the ticker chunk arrived');
  assert.deepEqual(feeds, ['/feeds/news.json'], 'one request for the feed');
  assert.deepEqual(problems, []);
  await page.close();
});

test('the feed is asked for before the element’s chunk: it is the longer wait', async () => {
  const order = [];
  const { page, problems } = await open('<news-ticker src="/feeds/news.json"></news-ticker>', {
    beforeGoto: async (page) =>
      page.on('request', (request) => {
        const { pathname } = new URL(request.url());
        if (pathname === '/feeds/news.json') order.push('feed');
        if (/\/chunks\/news-ticker-/.test(pathname)) order.push('ticker chunk');
      }),
  });
  await page.locator('news-ticker a[href]').first().waitFor({ state: 'attached', timeout: 10000 });
  assert.deepEqual(order, ['feed', 'ticker chunk']);
  assert.deepEqual(problems, []);
  await page.close();
});

test('dates beyond the presets load their chunk beside the element’s, and show in their format from the first', async () => {
  let sawDates;
  const datesRequested = new Promise((resolve) => (sawDates = resolve));
  let datesBeforeChunk;
  const { page, problems, scripts } = await open(
    '<news-ticker src="/feeds/news.json" date-format="numeric" numerals="latn"></news-ticker>',
    {
      beforeGoto: async (page) => {
        page.on('request', (request) => /\/chunks\/format-extra-/.test(request.url()) && sawDates(true));
        await page.route('**/cdn/chunks/news-ticker-*.js', async (route) => {
          datesBeforeChunk = await Promise.race([datesRequested, delay(3000).then(() => false)]);
          await route.continue();
        });
        // The dates arrive well after the feed and the ticker: the headlines wait for them.
        await page.route('**/cdn/chunks/format-extra-*.js', async (route) => {
          await delay(1000);
          await route.continue();
        });
        // The first date the ticker ever shows, whatever comes after it.
        await page.addInitScript(() => {
          const look = () => {
            const time = document.querySelector('news-ticker')?.shadowRoot?.querySelector('time');
            if (time) window.__firstDate = time.textContent.trim();
            else requestAnimationFrame(look);
          };
          requestAnimationFrame(look);
        });
      },
    },
  );
  await page.locator('news-ticker time').first().waitFor({ state: 'attached', timeout: 10000 });
  await settle(page);
  assert.equal(datesBeforeChunk, true, 'the dates chunk was requested before the ticker chunk arrived');
  assert.match(await page.evaluate(() => window.__firstDate), /^\d{2}\.\d{2}\.\d{4} \| \d{2}:\d{2}$/);
  assert.equal(scripts.filter((path) => /\/chunks\/format-extra-[\w-]+\.js$/.test(path)).length, 1, scripts.join());
  assert.deepEqual(problems, []);
  await page.close();
});

test('Intl starts for the page’s language while the element’s code is on its way, not in its first render', async () => {
  let built;
  const { page, problems } = await open('<news-ticker src="/feeds/news.json"></news-ticker>', {
    beforeGoto: async (page) => {
      // Every Intl formatter the page builds, with its locale.
      await page.addInitScript(() => {
        window.__intl = [];
        for (const name of ['NumberFormat', 'DateTimeFormat']) {
          Intl[name] = new Proxy(Intl[name], {
            construct(target, args) {
              window.__intl.push(`${name} ${args[0]}`);
              return Reflect.construct(target, args);
            },
          });
        }
      });
      // Hold the ticker's code until a date formatter is built (or 3 s went by without one).
      await page.route('**/cdn/chunks/news-ticker-*.js', async (route) => {
        for (let waited = 0; waited < 3000; waited += 50) {
          built = await page.evaluate(() => [...window.__intl]);
          if (built.some((entry) => entry.startsWith('DateTimeFormat'))) break;
          await delay(50);
        }
        await route.continue();
      });
    },
  });
  await page.locator('news-ticker time').first().waitFor({ state: 'attached', timeout: 10000 });
  await settle(page);
  // The page's language (<html lang="ar">): numbers first (Intl's start-up), then the date's formatter.
  assert.match(built.join('; '), /^NumberFormat ar\b.*; DateTimeFormat ar\b/, built.join('; '));
  assert.deepEqual(problems, []);
  await page.close();
});

test('a page with no widget downloads only the entry and errs nowhere; a ticker added later still loads', async () => {
  const { page, problems, scripts, feeds } = await open('<p>لا أخبار هنا</p>');
  await settle(page);
  assert.deepEqual(scripts, ['/cdn/news-widgets.js']);
  assert.deepEqual(feeds, []);
  await page.evaluate(() => {
    const ticker = document.createElement('news-ticker');
    ticker.setAttribute('src', '/feeds/news.json');
    document.body.append(ticker);
  });
  await page.locator('news-ticker a[href]').first().waitFor({ state: 'attached', timeout: 10000 });
  await settle(page);
  assert.deepEqual(feeds, ['/feeds/news.json']);
  assert.deepEqual(problems, []);
  await page.close();
});

for (const path of ['/', '/article.html', '/en.html']) {
  test(`demo ${path}: every feed is requested once, however many widgets show it`, async () => {
    const page = await env.context.newPage();
    const { problems } = watch(page, { failedRequests: true });
    const feeds = [];
    page.on('request', (request) => {
      const { pathname } = new URL(request.url());
      if (pathname.startsWith('/feeds/')) feeds.push(pathname);
    });
    await page.goto(env.demo.url + path, { waitUntil: 'load' });
    await page.locator('article-card [part~="title"]').first().waitFor({ timeout: 10000 });
    await settle(page);
    const widgets = await page.locator('news-ticker[src], article-card[src], related-list[src]').count();
    assert.ok(widgets >= 3, `${widgets} widgets with a src`);
    assert.ok(feeds.length >= 1, 'the page reads a feed');
    assert.deepEqual(feeds, [...new Set(feeds)], `feed requests: ${feeds.join(', ')}`);
    assert.deepEqual(problems, []);
    await page.close();
  });
}
