// End to end: which interface strings a page gets, and what it downloads for them, against the
// built script-tag bundle (dist/cdn: `npm run build`). The strings are written in Arabic (the
// source locale), so an Arabic page needs no locale chunk; every other language loads its own
// chunk, and a language without strings (German, Japanese…) gets English, never the Arabic source.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { demoAndBrowser, watch } from './helpers.mjs';

const SEED_ID = 'syrianews-lavrov-2024-12-26';
const WIDGETS = `
  <news-ticker src="/feeds/news.json" limit="3" motion="reduce"></news-ticker>
  <article-card src="/feeds/news.json" item-id="${SEED_ID}" layout="full"></article-card>
  <related-list src="/feeds/news.json" for="${SEED_ID}" limit="3"></related-list>`;
const MODULE = '<script type="module" src="/cdn/news-widgets.js"></script>';
const CLASSIC = '<script async src="/cdn/news-widgets.classic.js"></script>';
/** A locale chunk of the script-tag bundle: `chunks/en-<hash>.js`, `chunks/fr-<hash>.js`… */
const LOCALE_CHUNK = /\/cdn\/chunks\/(ar|en|fa|ur|he|fr)-[^/]*\.js$/;

const env = demoAndBrowser();

/**
 * Opens a page in `lang` with the widgets, waits until they show their content, and returns the
 * locale chunks it requested and the interface strings the widgets show.
 */
async function open(lang, { script = MODULE, dir = 'ltr', route } = {}) {
  const page = await env.context.newPage();
  const { problems, warnings } = watch(page);
  const requested = [];
  page.on('request', (request) => {
    const match = LOCALE_CHUNK.exec(new URL(request.url()).pathname);
    if (match) requested.push(match[1]);
  });
  if (route) await route(page);
  const path = `/__locales-${lang}.html`;
  await page.route(`**${path}`, (r) =>
    r.fulfill({
      contentType: 'text/html; charset=utf-8',
      body:
        `<!doctype html><html lang="${lang}" dir="${dir}"><head><meta charset="utf-8"><title>locales</title>` +
        `${script}</head><body>${WIDGETS}</body></html>`,
    }),
  );
  await page.goto(env.demo.url + path, { waitUntil: 'load' });
  await page.locator('article-card [part~="title"]').waitFor({ timeout: 15000 });
  await page.locator('related-list [part~="title"]').first().waitFor({ timeout: 15000 });
  await page.locator('news-ticker [part~="item"]').first().waitFor({ state: 'attached', timeout: 15000 });
  await page.waitForLoadState('networkidle');
  const ui = await page.evaluate(() => {
    const shadow = (tag) => document.querySelector(tag).shadowRoot;
    return {
      badge: shadow('news-ticker').querySelector('[part~="badge"]').textContent.trim(),
      heading: shadow('related-list').querySelector('slot[name="heading"]').textContent.trim(),
    };
  });
  return { page, problems, warnings, requested, ui };
}

test('an Arabic page shows Arabic interface strings and requests no locale chunk', async () => {
  const { page, problems, requested, ui } = await open('ar', { dir: 'rtl' });
  assert.equal(ui.badge, 'عاجل');
  assert.equal(ui.heading, 'مقالات ذات صلة');
  assert.deepEqual(requested, [], 'no locale chunk');
  assert.deepEqual(problems, []);
  await page.close();
});

test('a regional Arabic page (ar-SY) needs no locale chunk either', async () => {
  const { page, requested, ui } = await open('ar-SY', { dir: 'rtl' });
  assert.equal(ui.badge, 'عاجل');
  assert.deepEqual(requested, []);
  await page.close();
});

test('an English page shows English interface strings, loading the English chunk only', async () => {
  const { page, problems, requested, ui } = await open('en');
  assert.equal(ui.badge, 'Breaking');
  assert.equal(ui.heading, 'Related articles');
  assert.deepEqual(requested, ['en']);
  assert.deepEqual(problems, []);
  await page.close();
});

test('a page in a language without strings (German) gets English, not the Arabic source', async () => {
  const { page, requested, ui } = await open('de');
  assert.equal(ui.badge, 'Breaking');
  assert.equal(ui.heading, 'Related articles');
  assert.deepEqual(requested, ['en']);
  await page.close();
});

test('a French page loads only the French chunk', async () => {
  const { page, requested, ui } = await open('fr');
  assert.equal(ui.badge, 'Urgent');
  assert.deepEqual(requested, ['fr']);
  await page.close();
});

test('a French page whose chunk fails to load falls back to English (as before), with one warning', async () => {
  const { page, requested, ui, warnings } = await open('fr', {
    route: (p) => p.route(/\/cdn\/chunks\/fr-[^/]*\.js$/, (r) => r.abort()),
  });
  assert.equal(ui.badge, 'Breaking');
  assert.equal(ui.heading, 'Related articles');
  assert.deepEqual(requested, ['fr', 'en']);
  assert.equal(warnings.filter((text) => text.includes('"fr" interface strings')).length, 1, warnings.join('\n'));
  await page.close();
});

test('the classic single file: Arabic on an Arabic page, English on an English one', async () => {
  const arabic = await open('ar', { script: CLASSIC, dir: 'rtl' });
  assert.equal(arabic.ui.badge, 'عاجل');
  assert.equal(arabic.ui.heading, 'مقالات ذات صلة');
  assert.deepEqual(arabic.problems, []);
  await arabic.page.close();
  const english = await open('en', { script: CLASSIC });
  assert.equal(english.ui.badge, 'Breaking');
  assert.equal(english.ui.heading, 'Related articles');
  await english.page.close();
});
