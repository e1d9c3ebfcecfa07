// npm run screenshots: pictures of each element in Arabic RTL and English LTR, light and dark, taken
// in Chromium from the demo feeds with the built script-tag bundle → docs/screenshots/*.png.
// Re-run whenever the look changes (needs `npm run build`).
import { mkdirSync } from 'node:fs';
import { serveDemo } from '../demo/serve.mjs';
import { launchChromium } from './lib/browser.mjs';

const ELEMENTS = {
  'news-ticker': (feed) => `<news-ticker src="${feed}" paused></news-ticker>`,
  'article-card': (feed, id) => `<article-card src="${feed}" ${id ? `item-id="${id}"` : ''}></article-card>`,
  'related-list': (feed, id) => `<related-list src="${feed}" ${id ? `for="${id}"` : ''}></related-list>`,
};
const LANGUAGES = {
  ar: { dir: 'rtl', feed: '/feeds/news.json', id: 'syrianews-lavrov-2024-12-26' },
  en: { dir: 'ltr', feed: '/feeds/news-en.json', id: '' },
};

mkdirSync('docs/screenshots', { recursive: true });
const demo = await serveDemo({ port: 0, cdnDir: 'dist/cdn' });
const context = await launchChromium({ viewport: { width: 760, height: 900 }, deviceScaleFactor: 1 });
try {
  for (const [lang, { dir, feed, id }] of Object.entries(LANGUAGES)) {
    for (const theme of ['light', 'dark']) {
      for (const [tag, markup] of Object.entries(ELEMENTS)) {
        const page = await context.newPage();
        const path = `/__shot-${lang}-${theme}-${tag}.html`;
        const background = theme === 'dark' ? '#0f1012' : '#ffffff';
        await page.route(`**${path}`, (route) =>
          route.fulfill({
            contentType: 'text/html; charset=utf-8',
            body: `<!doctype html><html lang="${lang}" dir="${dir}"><head><meta charset="utf-8">
              <script type="module" src="/cdn/news-widgets.js"></script></head>
              <body><main id="shot">${markup(feed, id).replace(/^<([a-z-]+)/, `<$1 theme="${theme}"`)}</main></body></html>`,
          }),
        );
        await page.goto(demo.url + path, { waitUntil: 'networkidle' });
        await page.evaluate((color) => {
          document.body.style.background = color;
          document.body.style.margin = '0';
          document.getElementById('shot').style.padding = '16px';
        }, background);
        await page.waitForTimeout(800);
        const file = `docs/screenshots/${tag}-${lang}-${theme}.png`;
        await page.locator('#shot').screenshot({ path: file });
        console.log(file);
        await page.close();
      }
    }
  }
} finally {
  await context.close();
  await demo.close();
}
