// End to end: host pages that fight the widgets — aggressive global CSS, a page that took one of
// our tag names first, a page using @lit/localize itself, scripts off, a feed that is gone, a
// slow locale chunk — against the built script-tag bundle (dist/cdn: `npx vite build`).
import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { launchChromium } from '../../scripts/lib/browser.mjs';
import { demoAndBrowser, watch } from './helpers.mjs';

const SEED_ID = 'syrianews-lavrov-2024-12-26';
const SEED_TITLE = 'لافروف: الشرع قال العلاقات قديمة واستراتيجية مع روسيا ونحن ندعم هذا الطرح';
const ARABIC = /[\u0600-\u06FF]{3,}/;

/** The CSS of a careless or hostile host page, applied to everything it can reach. */
const HOSTILE_CSS =
  '* { all: revert; font-size: 30px !important; line-height: 0.8; color: red; box-sizing: content-box } ' +
  'div { display: none } a { color: lime }';

/** One of each widget, with everything that changes over time held still (no motion, fixed dates). */
const WIDGETS = `
  <section class="slot"><news-ticker src="/feeds/news.json" label="عاجل" limit="3" motion="reduce" date-format="numeric"
    time-zone="Asia/Damascus"></news-ticker></section>
  <section class="slot"><article-card src="/feeds/news.json" item-id="${SEED_ID}" layout="stacked" no-image
    date-format="numeric" time-zone="Asia/Damascus"></article-card></section>
  <section class="slot"><related-list src="/feeds/news.json" for="${SEED_ID}" limit="3" date-format="numeric"
    time-zone="Asia/Damascus"></related-list></section>`;

/** The page's own layout: fixed-width slots, so both pages give the widgets the same room. */
const LAYOUT_CSS =
  'body { margin: 0; padding: 16px } section.slot { display: block; inline-size: 640px; margin: 0 0 16px }';

const env = demoAndBrowser();
let noScript;

after(async () => {
  await noScript?.close();
});

const doc = ({ head = '', body = '', lang = 'ar', dir = 'rtl' }) =>
  `<!doctype html><html lang="${lang}" dir="${dir}"><head><meta charset="utf-8"><title>host</title>${head}</head>` +
  `<body>${body}</body></html>`;

/**
 * Opens `html` at a path of the demo server (so /cdn/ and /feeds/ resolve) and records console
 * errors, warnings and uncaught exceptions. `routes` maps extra paths to their bodies.
 */
async function open(html, { ctx = env.context, path = '/__host.html', routes = {}, media } = {}) {
  const page = await ctx.newPage();
  const { problems: errors, warnings } = watch(page);
  if (media) await page.emulateMedia(media);
  const pages = { [path]: { body: html, contentType: 'text/html; charset=utf-8' }, ...routes };
  await page.route(
    (url) => url.pathname in pages,
    (route) => route.fulfill(pages[new URL(route.request().url()).pathname]),
  );
  await page.goto(env.demo.url + path, { waitUntil: 'load' });
  return { page, errors, warnings };
}

/** Waits until the three widgets show their content, and every image in them has loaded. */
async function rendered(page) {
  await page.locator('news-ticker [part~="item"]').first().waitFor({ state: 'attached', timeout: 10000 });
  await page.locator('article-card [part~="title"]').first().waitFor({ timeout: 10000 });
  await page.locator('related-list [part~="title"]').first().waitFor({ timeout: 10000 });
  await page.waitForLoadState('networkidle');
  await page.evaluate(async () => {
    const images = [];
    const walk = (root) =>
      root.querySelectorAll('*').forEach((el) => {
        if (el.localName === 'img') images.push(el);
        if (el.shadowRoot) walk(el.shadowRoot);
      });
    walk(document);
    await Promise.all(images.map((img) => img.decode().catch(() => {})));
    await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
  });
}

/**
 * Share of pixels that differ (any channel by more than 16 of 255) between two PNGs, decoded by
 * the browser: both drawn into canvases and compared in the page. Different sizes count as 1.
 */
async function pixelDifference(page, a, b) {
  return page.evaluate(
    async ([first, second]) => {
      const load = async (base64) => {
        const bitmap = await createImageBitmap(await (await fetch(`data:image/png;base64,${base64}`)).blob());
        const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
        const g = canvas.getContext('2d');
        g.drawImage(bitmap, 0, 0);
        return {
          width: bitmap.width,
          height: bitmap.height,
          data: g.getImageData(0, 0, bitmap.width, bitmap.height).data,
        };
      };
      const [x, y] = await Promise.all([load(first), load(second)]);
      if (x.width !== y.width || x.height !== y.height)
        return { share: 1, size: [x.width, x.height, y.width, y.height] };
      let differ = 0;
      for (let i = 0; i < x.data.length; i += 4) {
        for (let c = 0; c < 4; c++)
          if (Math.abs(x.data[i + c] - y.data[i + c]) > 16) {
            differ++;
            break;
          }
      }
      return { share: differ / (x.width * y.height), size: [x.width, x.height] };
    },
    [a.toString('base64'), b.toString('base64')],
  );
}

test('aggressive global page CSS does not change how any widget looks', async () => {
  const head = '<script type="module" src="/cdn/news-widgets.js"></script>';
  const plain = await open(doc({ head: `${head}<style>${LAYOUT_CSS}</style>`, body: WIDGETS }));
  const hostile = await open(doc({ head: `${head}<style>${LAYOUT_CSS} ${HOSTILE_CSS}</style>`, body: WIDGETS }), {
    path: '/__hostile.html',
  });
  await rendered(plain.page);
  await rendered(hostile.page);
  // The hostile sheet is in force on the page itself.
  assert.equal(await hostile.page.evaluate(() => getComputedStyle(document.body).fontSize), '30px');

  for (const tag of ['news-ticker', 'article-card', 'related-list']) {
    const expected = await plain.page.locator(tag).screenshot({ animations: 'disabled', caret: 'hide' });
    const actual = await hostile.page.locator(tag).screenshot({ animations: 'disabled', caret: 'hide' });
    if (expected.equals(actual)) continue;
    const { share, size } = await pixelDifference(plain.page, expected, actual);
    assert.ok(
      share < 0.002,
      `<${tag}> looks different on the hostile page: ${(share * 100).toFixed(2)}% of pixels, sizes ${size}`,
    );
  }
  assert.deepEqual(plain.errors, []);
  assert.deepEqual(hostile.errors, []);
  await plain.page.close();
  await hostile.page.close();
});

test('a page that defined its own <news-ticker> first: one warning, no exception, the other widgets work', async () => {
  const theirs = `customElements.define('news-ticker', class extends HTMLElement {
    connectedCallback() { this.textContent = 'their ticker'; }
  });`;
  const { page, errors, warnings } = await open(
    doc({
      head:
        '<script src="/__theirs.js"></script><script type="module" src="/cdn/news-widgets.js"></script>' +
        `<style>${LAYOUT_CSS}</style>`,
      body: WIDGETS,
    }),
    { routes: { '/__theirs.js': { body: theirs, contentType: 'text/javascript' } } },
  );
  await page.locator('article-card [part~="title"]').waitFor({ timeout: 10000 });
  await page.locator('related-list [part~="title"]').first().waitFor({ timeout: 10000 });
  assert.equal((await page.locator('article-card [part~="title"]').textContent()).trim(), SEED_TITLE);
  assert.equal(await page.locator('related-list [part~="title"]').count(), 3);
  assert.equal(await page.locator('news-ticker').textContent(), 'their ticker', 'their element is left alone');
  const ours = warnings.filter((text) => text.includes('news-widgets'));
  assert.equal(ours.length, 1, `one warning: ${JSON.stringify(warnings)}`);
  assert.match(ours[0], /news-ticker/);
  assert.deepEqual(errors, []);
  await page.close();
});

test('a page that uses @lit/localize itself: its own strings and ours both work', async () => {
  // The page's own module graph: its copy of @lit/localize (served from node_modules), configured
  // before our bundle loads, with a German locale for its own component.
  const app = `
    import { configureLocalization, msg, str } from '/__lit/localize/lit-localize.js';
    const { setLocale } = configureLocalization({
      sourceLocale: 'en',
      targetLocales: ['de'],
      loadLocale: async () => ({ templates: { greeting: 'Hallo von der Seite' } }),
    });
    await setLocale('de');
    document.querySelector('#app').textContent = msg('Hello from the page', { id: 'greeting' });
    window.appLocale = 'de';
  `;
  const routes = { '/__app.js': { body: app, contentType: 'text/javascript' } };
  // Serve the page's @lit/localize straight from node_modules (ES modules, relative imports).
  const { readFile, readdir } = await import('node:fs/promises');
  const base = new URL('../../node_modules/@lit/localize/', import.meta.url);
  for (const dir of ['', 'internal/', 'init/']) {
    for (const name of await readdir(new URL(dir, base))) {
      if (!name.endsWith('.js')) continue;
      routes[`/__lit/localize/${dir}${name}`] = {
        body: await readFile(new URL(dir + name, base), 'utf8'),
        contentType: 'text/javascript',
      };
    }
  }
  const { page, errors } = await open(
    doc({
      head:
        '<script type="module" src="/__app.js"></script><script type="module" src="/cdn/news-widgets.js"></script>' +
        `<style>${LAYOUT_CSS}</style>`,
      body: `<p id="app"></p>${WIDGETS}`,
    }),
    { routes },
  );
  await rendered(page);
  await page.waitForFunction(() => window.appLocale === 'de');
  assert.equal(await page.locator('#app').textContent(), 'Hallo von der Seite');
  // Ours: the interface strings are Arabic (the page is lang="ar"), not stuck in English.
  const loading = await page.evaluate(() => {
    const card = document.querySelector('article-card');
    return card.shadowRoot.textContent;
  });
  assert.doesNotMatch(loading, /Read|Breaking|Loading/);
  assert.match(await page.locator('news-ticker [part~="badge"]').textContent(), ARABIC);
  assert.deepEqual(errors, []);
  await page.close();
});

test('scripts off: a visitor sees the light-DOM fallback links', async () => {
  noScript = await launchChromium({ javaScriptEnabled: false });
  const fallbacks = `
    <news-ticker src="/feeds/news.json"><a href="/news">أخبار</a></news-ticker>
    <article-card src="/feeds/news.json" item-id="${SEED_ID}"><a href="/article.html">${SEED_TITLE}</a></article-card>
    <related-list src="/feeds/news.json" for="${SEED_ID}"><a href="/related">أخبار ذات صلة</a></related-list>`;
  const { page } = await open(
    doc({ head: '<script type="module" src="/cdn/news-widgets.js"></script>', body: fallbacks }),
    {
      ctx: noScript,
    },
  );
  for (const [tag, text] of [
    ['news-ticker', 'أخبار'],
    ['article-card', SEED_TITLE],
    ['related-list', 'أخبار ذات صلة'],
  ]) {
    const link = page.locator(`${tag} > a`);
    assert.ok(await link.isVisible(), `<${tag}>'s fallback is visible`);
    assert.equal((await link.textContent()).trim(), text);
  }
  await page.close();
});

test('a feed that is gone: each widget shows its error and the light-DOM fallback again', async () => {
  const body = `
    <news-ticker src="/feeds/gone.json"><a href="/news">أخبار</a></news-ticker>
    <article-card src="/feeds/gone.json" item-id="x"><a href="/article.html">المقال</a></article-card>
    <related-list src="/feeds/gone.json" for="x"><a href="/related">أخبار ذات صلة</a></related-list>`;
  const { page, errors } = await open(
    doc({ head: '<script type="module" src="/cdn/news-widgets.js"></script>', body }),
  );
  for (const [tag, text] of [
    ['news-ticker', 'أخبار'],
    ['article-card', 'المقال'],
    ['related-list', 'أخبار ذات صلة'],
  ]) {
    await page.locator(`${tag} [part~="error"]`).waitFor({ timeout: 15000 });
    const link = page.locator(`${tag} > a`);
    assert.ok(await link.isVisible(), `<${tag}> shows its fallback link in the error state`);
    assert.equal((await link.textContent()).trim(), text);
    const box = await link.boundingBox();
    assert.ok(box && box.width > 0 && box.height > 0, `<${tag}>'s fallback link has a box`);
  }
  // The 404 itself is the browser's network log line; nothing else.
  assert.deepEqual(
    errors.filter((text) => !/404|Failed to load resource/.test(text)),
    [],
  );
  await page.close();
});

test('a slow locale chunk: the widgets keep their skeleton, never show the Arabic source strings on an English page', async () => {
  const page = await env.context.newPage();
  const seen = [];
  await page.exposeFunction('__seen', (text) => seen.push(text));
  let release;
  const gate = new Promise((done) => (release = done));
  // Hold the English strings back until the feed has long arrived (Arabic, the source, needs no chunk).
  await page.route(/\/cdn\/chunks\/en-[^/]*\.js$/, async (route) => {
    await gate;
    await route.continue();
  });
  await page.route('**/__slow.html', (route) =>
    route.fulfill({
      contentType: 'text/html; charset=utf-8',
      body: doc({
        head: '<script type="module" src="/cdn/news-widgets.js"></script>',
        body: WIDGETS,
        lang: 'en',
        dir: 'ltr',
      }),
    }),
  );
  await page.addInitScript(() => {
    // Every text the widgets' shadow trees show, as it changes.
    new MutationObserver(() => {
      for (const el of document.querySelectorAll('news-ticker, article-card, related-list'))
        if (el.shadowRoot) window.__seen?.(el.shadowRoot.textContent.replace(/\s+/g, ' '));
    }).observe(document, { subtree: true, childList: true, characterData: true });
  });
  await page.goto(`${env.demo.url}/__slow.html`, { waitUntil: 'load' });
  await page.waitForLoadState('networkidle').catch(() => {});
  await page.waitForTimeout(300);
  assert.equal(await page.locator('article-card [part~="skeleton"]').count(), 1, 'still the skeleton');
  assert.equal(await page.locator('article-card [part~="title"]').count(), 0);
  release();
  await page.locator('article-card [part~="title"]').waitFor({ timeout: 10000 });
  const shadowTexts = await page.evaluate(() =>
    [...document.querySelectorAll('news-ticker, article-card, related-list')].map((el) => el.shadowRoot.textContent),
  );
  assert.match(shadowTexts[2], /Related articles/);
  for (const text of [...seen, ...shadowTexts]) assert.doesNotMatch(text, /(مقالات ذات صلة|اقرأ المقال الأصلي)/);
  await page.close();
});
