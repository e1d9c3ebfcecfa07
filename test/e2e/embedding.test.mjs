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

async function open(server, path, { width, reducedMotion } = {}) {
  const page = await context.newPage();
  if (width) await page.setViewportSize({ width, height: 823 });
  if (reducedMotion) await page.emulateMedia({ reducedMotion: 'reduce' });
  const { problems } = watch(page);
  await recordViolations(page);
  await page.addInitScript(() => {
    window.__shifts = [];
    new PerformanceObserver((list) => {
      // Each shift with what moved (the node, its rect before and after), for the failure message.
      const describe = (node) =>
        !node
          ? 'gone'
          : node.nodeType === 1
            ? `${node.localName}${node.part?.length ? `[part=${node.part}]` : ''}`
            : `${node.parentNode?.localName ?? ''} ${node.nodeName}`;
      const box = ({ x, y, width, height }) => [x, y, width, height].map(Math.round).join(',');
      for (const entry of list.getEntries())
        if (!entry.hadRecentInput)
          window.__shifts.push({
            value: entry.value,
            at: Math.round(entry.startTime),
            sources: entry.sources.map((s) => `${describe(s.node)} ${box(s.previousRect)} -> ${box(s.currentRect)}`),
          });
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

  // A desktop window; Lighthouse's phone (412px) and a small one (360px), with and without motion.
  for (const [width, reducedMotion] of [[], [412], [360], [412, true], [360, true]])
    test(`${path}${width ? ` at ${width}px` : ''}${reducedMotion ? ', reduced motion' : ''}: the widgets cause no layout shift (CLS 0)`, async () => {
      const { page } = await open(plain, path, { width, reducedMotion });
      await widgetsRendered(page);
      const shifts = await page.evaluate(() => window.__shifts);
      assert.equal(
        shifts.reduce((sum, { value }) => sum + value, 0),
        0,
        `layout shifts: ${JSON.stringify(shifts, null, 1)}`,
      );
      await page.close();
    });
}

/**
 * Two copies of Lit on one page each create a `lit-html` Trusted Types policy: under enforced Trusted
 * Types the second creation is refused unless the policy list allows duplicates. The embedding guide
 * tells hosts that may load the script twice to add 'allow-duplicates'; with it, every double load is clean.
 */
test("loading both bundles twice under Trusted Types with 'allow-duplicates': one warning, no error, widgets render", async () => {
  const csp = `${STRICT_CSP} 'allow-duplicates'`;
  const page = await context.newPage();
  const { problems, warnings } = watch(page);
  await recordViolations(page);
  await page.route('**/__twice-tt.html', (route) =>
    route.fulfill({
      contentType: 'text/html; charset=utf-8',
      headers: { 'Content-Security-Policy': csp },
      body: `<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8">
        <script src="/cdn/news-widgets.classic.js"></script>
        <script src="/cdn/news-widgets.classic.js?copy=2"></script>
        <script type="module" src="/cdn/news-widgets.js"></script>
        <script type="module" src="/cdn/news-widgets.js?copy=2"></script>
        </head><body><news-ticker src="/feeds/news.json"></news-ticker>
        <article-card src="/feeds/news.json" item-id="syrianews-lavrov-2024-12-26" layout="full"></article-card></body></html>`,
    }),
  );
  await page.goto(`${plain.url}/__twice-tt.html`, { waitUntil: 'networkidle' });
  await page.locator('news-ticker a[href]').first().waitFor({ state: 'attached', timeout: 10000 });
  await page.locator('article-card [part~="body"] p').first().waitFor({ timeout: 10000 });
  assert.equal(warnings.filter((text) => text.includes('news-widgets')).length, 1, JSON.stringify(warnings));
  assert.deepEqual(problems, []);
  assert.deepEqual(await violations(page), []);
  await page.close();
});
