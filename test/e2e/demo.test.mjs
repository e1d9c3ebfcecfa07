// End to end: the demo site, served over HTTP with the built script-tag bundle, as a visitor's
// Chromium shows it. Needs dist/cdn (npm test builds it first).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { demoAndBrowser, watch } from './helpers.mjs';

const SEED_TITLE = 'لافروف: الشرع قال العلاقات قديمة واستراتيجية مع روسيا ونحن ندعم هذا الطرح';
const SEED_RELATED = [
  'عقب الهجوم الايراني...الشرع يؤكد رفض المساس بسيادة البحرين وقطر والسعودية',
  'تمديد اغلاق الاجواء السورية والمطارات لمدة 24 ساعة بدءاَ من الاحد',
  'الشيباني: نهاية المفاوضات مع اسرائيل انسحابها من المناطق السورية التي توغلت اليها',
];
const ARABIC = /[\u0600-\u06FF]{3,}/;

const env = demoAndBrowser();

/** Opens a page and records what would show in its console as an error. */
async function open(path) {
  const page = await env.context.newPage();
  const { problems, warnings } = watch(page, { failedRequests: true });
  await page.goto(env.demo.url + path, { waitUntil: 'load' });
  return { page, problems, warnings };
}

test('home page: the ticker and the cards show Arabic headlines, with no console error', async () => {
  const { page, problems } = await open('/');
  const headline = page.locator('news-ticker a[href]').first();
  await headline.waitFor({ state: 'attached', timeout: 10000 });
  assert.match(await headline.textContent(), ARABIC);
  const cardTitles = page.locator('article-card [part~="title"]');
  await cardTitles.first().waitFor({ timeout: 10000 });
  assert.ok((await cardTitles.count()) >= 3, 'a grid of cards');
  assert.match(await cardTitles.first().textContent(), ARABIC);
  assert.equal(await page.evaluate(() => getComputedStyle(document.querySelector('news-ticker')).direction), 'rtl');
  // A Syrian site (lang="ar-SY") gets Syrian month names: كانون الثاني, شباط… not يناير, فبراير.
  const dates = (await page.locator('article-card [part~="date"]').allTextContents()).join(' ');
  assert.match(dates, /كانون|شباط|آذار|نيسان|أيار|حزيران|تموز|آب|أيلول|تشرين/);
  assert.doesNotMatch(dates, /يناير|فبراير|مارس|أبريل|مايو|يونيو|يوليو|أغسطس|سبتمبر|أكتوبر|نوفمبر|ديسمبر/);
  assert.deepEqual(problems, []);
  await page.close();
});

test('article page: the seed article in full, then its three related items in the order its page lists them', async () => {
  const { page, problems } = await open('/article.html');
  const card = page.locator('article-card[layout="full"]');
  await card.locator('[part~="title"]').waitFor({ timeout: 10000 });
  assert.equal((await card.locator('[part~="title"]').textContent()).trim(), SEED_TITLE);
  const body = card.locator('[part~="body"]');
  await body.locator('p').first().waitFor({ timeout: 10000 });
  assert.ok((await body.locator('p').count()) >= 5, 'the body keeps its paragraphs');
  assert.match(await body.textContent(), /صيغة أستانا/);
  assert.match(await card.locator('[part~="source"]').textContent(), /سيريانيوز/);
  // The date as the seed site writes it (date-format="numeric" numerals="latn"; the browser is in Damascus).
  assert.equal((await card.locator('[part~="date"]').first().textContent()).trim(), '26.12.2024 | 12:51');

  const related = page.locator('related-list [part~="title"]');
  await related.first().waitFor({ timeout: 10000 });
  const titles = (await related.allTextContents()).map((text) => text.trim());
  // The feed states them (`_news.related`), so they come in the seed page's order, not the ranking's.
  assert.deepEqual(titles, SEED_RELATED);
  assert.ok(!titles.includes(SEED_TITLE), 'the article itself is not related to itself');
  assert.deepEqual(problems, []);
  await page.close();
});

test('loading the script-tag bundles twice, and both kinds, warns once and throws nothing', async () => {
  const page = await env.context.newPage();
  const { problems, warnings } = watch(page);
  await page.route('**/__twice.html', (route) =>
    route.fulfill({
      contentType: 'text/html; charset=utf-8',
      body: `<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8">
        <script src="/cdn/news-widgets.classic.js"></script>
        <script src="/cdn/news-widgets.classic.js?copy=2"></script>
        <script type="module" src="/cdn/news-widgets.js"></script>
        <script type="module" src="/cdn/news-widgets.js?copy=2"></script>
        </head><body><news-ticker src="/feeds/news.json"></news-ticker></body></html>`,
    }),
  );
  await page.goto(`${env.demo.url}/__twice.html`, { waitUntil: 'networkidle' });
  await page.locator('news-ticker a[href]').first().waitFor({ state: 'attached', timeout: 10000 });
  const ours = warnings.filter((text) => text.includes('news-widgets'));
  assert.equal(ours.length, 1, `one warning, got: ${JSON.stringify(warnings)}`);
  assert.deepEqual(problems, []);
  assert.equal(await page.evaluate(() => typeof window.NewsWidgets?.parseFeed), 'function');
  await page.close();
});
