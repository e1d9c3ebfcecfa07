// End to end: what a host page that embeds the widgets by script tag can count on — a strict
// Content-Security-Policy with Trusted Types enforced, and no layout shift.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { serveDemo } from '../../demo/serve.mjs';
import { launchChromium } from '../../scripts/lib/browser.mjs';
import { recordViolations, violations, watch } from './helpers.mjs';

/** The CSP the README documents for hosts; the library needs only these Trusted Types policy names. */
export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' https: data:; connect-src 'self'; " +
  "require-trusted-types-for 'script'; trusted-types news-widgets lit-html";

let plain;
let strict;
let context;

before(async () => {
  plain = await serveDemo({ port: 0, cdnDir: 'dist/cdn' });
  strict = await serveDemo({ port: 0, cdnDir: 'dist/cdn', headers: { 'Content-Security-Policy': STRICT_CSP } });
  context = await launchChromium();
});

after(async () => {
  await context?.close();
  await plain?.close();
  await strict?.close();
});

async function open(server, path) {
  const page = await context.newPage();
  const { problems } = watch(page);
  await recordViolations(page);
  await page.addInitScript(() => {
    window.__shifts = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__shifts.push(entry.value);
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(server.url + path, { waitUntil: 'load' });
  return { page, problems };
}

/** Waits until every widget on the page shows its content (not its skeleton). */
async function widgetsRendered(page) {
  await page.locator('article-card [part~="title"]').first().waitFor({ timeout: 10000 });
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(600);
}

for (const path of ['/', '/article.html']) {
  test(`${path} under a strict CSP with Trusted Types: all widgets render, zero violations`, async () => {
    const { page, problems } = await open(strict, path);
    await widgetsRendered(page);
    if (path === '/article.html') {
      await page.locator('article-card[layout="full"] [part~="body"] p').first().waitFor({ timeout: 10000 });
      await page.locator('related-list [part~="title"]').first().waitFor({ timeout: 10000 });
    }
    assert.deepEqual(await violations(page), []);
    assert.deepEqual(problems, []);
    await page.close();
  });

  test(`${path}: the widgets cause no layout shift (CLS 0)`, async () => {
    const { page } = await open(plain, path);
    await widgetsRendered(page);
    const shifts = await page.evaluate(() => window.__shifts);
    assert.equal(
      shifts.reduce((sum, value) => sum + value, 0),
      0,
      `layout shifts: ${JSON.stringify(shifts)}`,
    );
    await page.close();
  });
}
