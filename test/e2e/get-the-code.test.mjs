// End to end: the demo's "get the code" page (demo/get-the-code.html) under the demo's strict CSP —
// choosing options updates the live preview and the snippet, and the snippet, pasted into a blank
// page, renders the same widget (module and classic variants). Needs dist/cdn (`npx vite build`
// and `npx vite build --mode classic`).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DEMO_CSP } from '../../demo/serve.mjs';
import { demoAndBrowser, recordViolations, violations, watch } from './helpers.mjs';

const SEED_TITLE = 'لافروف: الشرع قال العلاقات قديمة واستراتيجية مع روسيا ونحن ندعم هذا الطرح';

const env = demoAndBrowser({ headers: { 'Content-Security-Policy': DEMO_CSP } });

async function open(path) {
  const page = await env.context.newPage();
  const { problems } = watch(page);
  await recordViolations(page);
  await page.goto(env.demo.url + path, { waitUntil: 'load' });
  return { page, problems };
}

/** Pastes `snippet` into an otherwise empty page on the same server, as a publisher would. */
async function pasted(snippet) {
  const page = await env.context.newPage();
  const { problems } = watch(page);
  await page.route('**/__pasted.html', (route) =>
    route.fulfill({
      contentType: 'text/html; charset=utf-8',
      body: `<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>pasted</title></head><body>\n${snippet}\n</body></html>`,
    }),
  );
  await page.goto(`${env.demo.url}/__pasted.html`, { waitUntil: 'load' });
  return { page, problems };
}

test('the demo navigation links to the page', async () => {
  const { page } = await open('/');
  await page.locator('.site-nav a[href="/get-the-code.html"]').click();
  await page.waitForURL(/get-the-code\.html$/);
  assert.match(await page.locator('h1').textContent(), /الشيفرة/);
  await page.close();
});

test('choosing options updates the preview and the snippet; no CSP violation, no console error', async () => {
  const { page, problems } = await open('/get-the-code.html');
  // Default: a ticker, previewed.
  await page.locator('#preview news-ticker [part~="item"]').first().waitFor({ state: 'attached', timeout: 10000 });
  assert.match(
    await page.locator('#snippet').textContent(),
    /<news-ticker src="http:\/\/127\.0\.0\.1:\d+\/feeds\/news\.json"/,
  );

  await page.getByLabel('بطاقة خبر').check();
  await page.locator('#card-layout').selectOption('compact');
  await page.locator('#theme').selectOption('dark');
  await page.locator('#date-format').selectOption('numeric');
  const card = page.locator('#preview article-card');
  await card.locator('[part~="title"]').waitFor({ timeout: 10000 });
  assert.equal((await card.locator('[part~="title"]').textContent()).trim(), SEED_TITLE);
  assert.equal(await card.getAttribute('layout'), 'compact');
  const text = await page.locator('#snippet').textContent();
  assert.match(text, /^<script type="module" src="http:\/\/[^"]+\/cdn\/news-widgets\.js"><\/script>\n/);
  assert.match(
    text,
    /<article-card [^>]*item-id="syrianews-lavrov-2024-12-26"[^>]*layout="compact"[^>]*theme="dark"[^>]*date-format="numeric"><\/article-card>$/,
  );
  assert.ok(await page.locator('#label').isHidden(), 'ticker-only fields are hidden for a card');

  await page.getByLabel('ملف واحد للمتصفحات القديمة').check();
  assert.match(
    await page.locator('#snippet').textContent(),
    /^<script async src="[^"]+\/cdn\/news-widgets\.classic\.js"><\/script>/,
  );

  await page.locator('#copy').click();
  await page.locator('#copy-status').filter({ hasText: /.+/ }).waitFor();
  assert.deepEqual(await violations(page), []);
  assert.deepEqual(problems, []);
  await page.close();
});

for (const variant of ['module', 'classic']) {
  test(`the ${variant} snippet, pasted into a blank page, renders the widget`, async () => {
    const { page: generator } = await open('/get-the-code.html');
    await generator.getByLabel('أخبار ذات صلة').check();
    await generator.locator('#list-layout').selectOption('compact');
    await generator.locator('#limit').fill('3');
    await generator.locator(`input[name="variant"][value="${variant}"]`).check();
    await generator.locator('#preview related-list [part~="title"]').first().waitFor({ timeout: 10000 });
    const snippet = await generator.locator('#snippet').textContent();
    await generator.close();

    const { page, problems } = await pasted(snippet);
    const titles = page.locator('related-list [part~="title"]');
    await titles.first().waitFor({ timeout: 10000 });
    assert.equal(await titles.count(), 3);
    assert.equal(await page.locator('related-list').getAttribute('layout'), 'compact');
    assert.deepEqual(problems, []);
    await page.close();
  });
}
