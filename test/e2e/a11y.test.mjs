// axe-core on the demo as a reader sees it: every demo page, as served (light) and with every widget dark,
// and a page that sets only `--news-color-accent` (several accents, light and dark themes, two tickers with
// the same label). No serious or critical violation inside the widgets.
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { test } from 'node:test';
import { demoAndBrowser } from './helpers.mjs';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const PAGES = readdirSync(new URL('../../demo/', import.meta.url)).filter((file) => file.endsWith('.html'));
const WIDGETS = 'news-ticker, article-card, related-list';
const env = demoAndBrowser();

/** Waits until every widget has rendered its feed (or an error/empty state), then runs axe on the widgets. */
async function widgetViolations(page) {
  await page.waitForFunction(
    (selector) =>
      [...document.querySelectorAll(selector)].every(
        (el) => el.shadowRoot && el.shadowRoot.childElementCount && !el.shadowRoot.querySelector('.state-loading'),
      ),
    WIDGETS,
    { timeout: 15_000 },
  );
  // A step ticker fades each headline in: axe would measure contrast mid-fade. Paused, it shows it whole.
  await page.evaluate(() => {
    for (const ticker of document.querySelectorAll('news-ticker')) ticker.pause();
  });
  await page.addScriptTag({ path: AXE });
  const violations = await page.evaluate(async (selector) => {
    const widgets = [...document.querySelectorAll(selector)];
    if (!widgets.length) return [];
    const result = await window.axe.run({ include: widgets }, { resultTypes: ['violations'] });
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map(
        (v) =>
          `${v.id} (${v.impact}): ${v.nodes.map((n) => `${JSON.stringify(n.target)} ${n.failureSummary}`).join(' | ')}`,
      );
  }, WIDGETS);
  return violations;
}

for (const file of PAGES) {
  for (const scheme of ['light', 'dark']) {
    test(`axe on demo/${file}, ${scheme}: no serious or critical violation in the widgets`, async () => {
      const page = await env.context.newPage();
      try {
        await page.emulateMedia({ colorScheme: scheme });
        await page.goto(`${env.demo.url}/${file}`);
        if (scheme === 'dark') {
          await page.waitForFunction(() => customElements.get('news-ticker') || !document.querySelector('news-ticker'));
          await page.evaluate((selector) => {
            for (const el of document.querySelectorAll(selector)) el.setAttribute('theme', 'dark');
          }, WIDGETS);
        }
        assert.deepEqual(await widgetViolations(page), []);
      } finally {
        await page.close();
      }
    });
  }
}

const ACCENTS = ['#b3121f', '#006c35', '#1a73e8', '#ffd700', '#ff69b4', '#777777', '#000000', '#ffffff'];

for (const theme of ['light', 'dark']) {
  test(`only --news-color-accent set by the page (${ACCENTS.length} accents), ${theme} theme: text on and in the accent stays readable`, async () => {
    const page = await env.context.newPage();
    try {
      for (const accent of ACCENTS) {
        const path = `/_accent-${theme}-${accent.slice(1)}.html`;
        await page.route(`**${path}`, (route) =>
          route.fulfill({
            contentType: 'text/html; charset=utf-8',
            body: `<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>accent ${accent}</title>
<script type="module" src="/cdn/news-widgets.js"></script>
<style>news-ticker, article-card, related-list { --news-color-accent: ${accent}; margin-block-end: 1em }</style></head>
<body><main>
<news-ticker src="/feeds/news.json" theme="${theme}"></news-ticker>
<news-ticker src="/feeds/news.json" theme="${theme}" mode="step" paused></news-ticker>
<article-card src="/feeds/news.json" theme="${theme}"></article-card>
<article-card src="/feeds/news.json" item-id="syrianews-lavrov-2024-12-26" layout="full" theme="${theme}"></article-card>
<related-list src="/feeds/news.json" for="syrianews-lavrov-2024-12-26" theme="${theme}"></related-list>
<article-card src="/feeds/no-such-feed.json" theme="${theme}"></article-card>
</main></body></html>`,
          }),
        );
        await page.goto(`${env.demo.url}${path}`);
        assert.deepEqual(await widgetViolations(page), [], `accent ${accent}`);
      }
    } finally {
      await page.close();
    }
  });
}

test('two tickers with the same label are two regions a screen reader can tell apart', async () => {
  const page = await env.context.newPage();
  try {
    await page.goto(`${env.demo.url}/widgets.html`);
    await widgetViolations(page);
    const names = await page.evaluate(() =>
      [...document.querySelectorAll('news-ticker')].map((el) =>
        el.shadowRoot.querySelector('#label').textContent.trim(),
      ),
    );
    assert.ok(names.length >= 3, `${names.length} tickers`);
    assert.equal(new Set(names).size, names.length, `region names: ${names.join(' / ')}`);
  } finally {
    await page.close();
  }
});
