// The seed article page rendered on the server: demo/article.html with every widget replaced by
// `renderWidget`'s HTML (news-widgets/ssr, from the built dist/), its lead image preloaded from the
// head (`preloadLinks`), each widget with time-zone="Asia/Damascus"
// so every visitor reads the seed page's 26.12.2024 | 12:51, and the page's lang (the server cannot
// see what the client element inherits). demo/serve.mjs serves it at /ssr/article.html.
// Needs `npm run build` first.
import { readFile } from 'node:fs/promises';

const DEMO = new URL('.', import.meta.url);
const WIDGET = /<(news-ticker|article-card|related-list)(\s[^>]*)?>[\s\S]*?<\/\1>/g;
const ATTRIBUTE = /([a-z][a-z0-9-]*)(?:="([^"]*)")?/g;

/** Rendered pages by origin: rendered once, as a site caches its server-rendered pages. */
const rendered = new Map();

/** The page's HTML; `origin` is the site's, against which the feed's relative links resolve. */
export function renderArticlePage(origin) {
  if (!rendered.has(origin)) {
    const page = render(origin);
    rendered.set(origin, page);
    page.catch(() => rendered.delete(origin));
  }
  return rendered.get(origin);
}

async function render(origin) {
  const { preloadLinks, renderWidget } = await import('../dist/ssr/index.js');
  const [page, feed] = await Promise.all([
    readFile(new URL('article.html', DEMO), 'utf8'),
    readFile(new URL('feeds/news.json', DEMO), 'utf8'),
  ]);
  // The page's language, which the elements inherit on the client (ar-SY: Levantine month names).
  const lang = /<html\s[^>]*lang="([^"]+)"/.exec(page)?.[1];
  const parts = [];
  let last = 0;
  for (const match of page.matchAll(WIDGET)) {
    const attributes = {};
    for (const [, name, value] of (match[2] ?? '').matchAll(ATTRIBUTE)) attributes[name] = value ?? true;
    attributes['time-zone'] = 'Asia/Damascus';
    if (lang) attributes.lang ??= lang;
    parts.push(
      page.slice(last, match.index),
      await renderWidget(match[1], attributes, feed, { url: `${origin}/feeds/news.json` }),
    );
    last = match.index + match[0].length;
  }
  parts.push(page.slice(last));
  // The lead image, requested with the page's head: the preload scanner does not see into the widgets.
  const html = parts.join('');
  return html.replace('</head>', `${preloadLinks(html)}\n</head>`);
}
