/**
 * Script-tag entry (ES module). This file also holds what every element needs (Lit, the feed
 * store, i18n, the base element: see vite.config.ts); each element's own code is a chunk loaded
 * when its tag first appears, so a page with only a ticker downloads only the ticker. The feed
 * request starts here, while that chunk is on its way; the element joins it.
 */
import { claimPage } from './elements/define-element.js';
import { prefetch } from './feed/store.js';
import { loadDateFormats, needsExtra, warmDates } from './i18n/format.js';
import { canonicalLang } from './i18n/language.js';

const loaders: Record<string, () => Promise<unknown>> = {
  'news-ticker': () => import('./elements/news-ticker/news-ticker.js'),
  'article-card': () => import('./elements/article-card/article-card.js'),
  'related-list': () => import('./elements/related-list/related-list.js'),
};
const TAGS = Object.keys(loaders);
const selector = TAGS.join(',');
/** Each tag's chunk once asked for; settles when the tag is defined (or the chunk failed). */
const loading: Record<string, Promise<unknown>> = {};
const load = (tag: string) => (loading[tag] ??= loaders[tag]());

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
  // Asked for after the feed: the feed is the longer wait (a cached chunk is in first).
  void load(el.localName)
    .then(() => (el as Element & { updateComplete?: Promise<unknown> }).updateComplete)
    .catch(() => {})
    .then(release);
}

let warm = true;

function upgrade(root: Element | Document): void {
  const found = [
    ...(root instanceof Element && root.matches(selector) ? [root] : []),
    ...root.querySelectorAll(selector),
  ];
  for (const el of found) {
    prefetchFeed(el);
    load(el.localName);
    const attr = (name: string) => el.getAttribute(name) || undefined;
    const format = attr('date-format');
    const calendar = attr('calendar');
    // Relative, numeric, JSON or `both` dates: their chunk loads beside the element's, not after it.
    if (needsExtra({ format, calendar })) void loadDateFormats();
    // Intl's first use on a page is the largest single cost of a first render (20-80 ms, see
    // `warmDates`): for the first element (its page's language, its date attributes), it is paid in
    // short tasks of its own while the element's code and feed are on their way, not in the task that
    // shows the headlines. What is built is shared through the formatter caches.
    if (warm) {
      warm = false;
      const lang = canonicalLang(el.closest('[lang]:not([lang=""])')?.getAttribute('lang'));
      void warmDates(lang ?? canonicalLang(navigator.language) ?? 'en', {
        format,
        calendar,
        numerals: attr('numerals'),
        timeZone: attr('time-zone'),
      });
    }
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
