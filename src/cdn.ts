/**
 * Script-tag entry (ES module). This file also holds what every element needs (Lit, the feed
 * store, i18n, the base element: see vite.config.ts); each element's own code is a chunk loaded
 * when its tag first appears, so a page with only a ticker downloads only the ticker. The feed
 * request starts here, while that chunk is on its way; the element joins it.
 */
import { claimPage } from './elements/define-element.js';
import { prefetch } from './feed/store.js';
import { loadDateFormats, needsExtra } from './i18n/format.js';

const loaders: Record<string, () => Promise<unknown>> = {
  'news-ticker': () => import('./elements/news-ticker/news-ticker.js'),
  'article-card': () => import('./elements/article-card/article-card.js'),
  'related-list': () => import('./elements/related-list/related-list.js'),
};
const TAGS = Object.keys(loaders);
const selector = TAGS.join(',');
/** Each tag's chunk once asked for; settles when the tag is defined (or the chunk failed). */
const loading: Record<string, Promise<unknown>> = {};

/**
 * Asks the page's feed store for `el`'s feed now, with what the element will ask with (`src`,
 * `credentials`, `cache`, from its attributes or properties set before it upgraded). Held until the
 * element has rendered once, so its own subscription shares this request; an element that will
 * not fetch `src` (a `feed` property, an inline feed) is skipped.
 */
function prefetchFeed(el: Element): void {
  const value = (name: string) => (el as unknown as Record<string, unknown>)[name] ?? el.getAttribute(name);
  const src = value('src');
  if (typeof src !== 'string' || !src || customElements.get(el.localName)) return;
  if (value('feed') != null || el.querySelector('script[type="application/feed+json"]')) return;
  const release = prefetch(src, {
    credentials: (value('credentials') as RequestCredentials | null) ?? 'omit',
    cache: value('cache') === 'local' ? 'local' : 'memory',
  });
  void loading[el.localName]
    .then(() => (el as Element & { updateComplete?: Promise<unknown> }).updateComplete)
    .catch(() => {})
    .then(release);
}

function upgrade(root: Element | Document): void {
  const found = [
    ...(root instanceof Element && root.matches(selector) ? [root] : []),
    ...root.querySelectorAll(selector),
  ];
  for (const el of found) {
    const tag = el.localName;
    loading[tag] ??= loaders[tag]();
    prefetchFeed(el);
    // Relative, numeric, JSON or `both` dates: their chunk loads beside the element's, not after it.
    const attr = (name: string) => el.getAttribute(name) ?? undefined;
    if (needsExtra({ format: attr('date-format'), calendar: attr('calendar') })) void loadDateFormats();
  }
}

if (claimPage()) {
  upgrade(document);
  if (Object.keys(loading).length < TAGS.length) {
    const observer = new MutationObserver((records) => {
      for (const record of records) {
        for (const node of record.addedNodes) if (node instanceof Element) upgrade(node);
      }
      if (Object.keys(loading).length === TAGS.length) observer.disconnect();
    });
    observer.observe(document.documentElement, { childList: true, subtree: true });
  }
}
