/// <reference types="node" preserve="true" />
/**
 * `renderWidget(tag, attributes, feed)`: a widget rendered on the server with Lit SSR, as the
 * element's outer HTML with a declarative shadow root and, as its one light-DOM child, the part of
 * the feed its first client render needs (`<script type="application/feed+json">`, the normalized
 * model of those items), so the client hydrates it without a feed request. Node only.
 */
import { render } from '@lit-labs/ssr';
import { LitElementRenderer } from '@lit-labs/ssr/lib/lit-element-renderer.js';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
// Server only: the one markup it writes comes from sanitizeToMarkup (the server's sanitizer).
// eslint-disable-next-line no-restricted-imports
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { html, unsafeStatic } from 'lit/static-html.js';
import '../elements/news-ticker/news-ticker.js';
import '../elements/article-card/article-card.js';
import '../elements/related-list/related-list.js';
import type { NewsElement } from '../elements/base/news-element.js';
import type { NewsFeed, NewsItem } from '../feed/model.js';
import type { ParseOptions } from '../feed/parse.js';
import { configureReentrantLocalization } from '@lit/localize/init/reentrant.js';
import { canonicalLang, SOURCE_LOCALE, TARGET_LOCALES, uiLocaleFor, type UiLocale } from '../i18n/language.js';
import { loadDateFormats } from '../i18n/format.js';
import { chunks } from '../i18n/locale.js';
import { useServerSanitizer } from '../sanitize/sanitize.js';
import { parseFeedOnServer } from '../server/parse-feed.js';
import { sanitizeToMarkup } from './sanitize.js';

export const WIDGET_TAGS = ['news-ticker', 'article-card', 'related-list'] as const;
export type WidgetTag = (typeof WIDGET_TAGS)[number];

/** Attribute values: `true` writes the bare name, `false`, `null` and `undefined` leave it out. */
export type WidgetAttributes = Record<string, string | number | boolean | null | undefined>;

/** The UI strings of the element being rendered: each render sets its own locale (renders take turns). */
let uiLocale: UiLocale = SOURCE_LOCALE;
const strings: Partial<Record<UiLocale, Awaited<ReturnType<(typeof chunks)['en']>>>> = {};
configureReentrantLocalization({
  sourceLocale: SOURCE_LOCALE,
  targetLocales: [...TARGET_LOCALES],
  getLocale: () => uiLocale,
  loadLocaleSync: (locale) => strings[locale as UiLocale],
});

useServerSanitizer((markup, options) => unsafeHTML(sanitizeToMarkup(markup, options)));

/** The element being rendered and the feed it is given (set just before, read just after, one at a time). */
let pending: { feed: NewsFeed; element?: NewsElement } | undefined;
LitElementRenderer.renderOptions.push((element) => {
  if (pending && !pending.element) {
    pending.element = element as NewsElement;
    (element as NewsElement).feed = pending.feed;
  }
  return undefined;
});

const ATTRIBUTE_NAME = /^[a-z][a-z0-9-]*$/;
const escapeAttr = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

function attributeText(attributes: WidgetAttributes): string {
  const out: string[] = [];
  for (const [name, value] of Object.entries(attributes)) {
    if (!ATTRIBUTE_NAME.test(name)) throw new TypeError(`renderWidget: "${name}" is not an attribute name`);
    if (value === false || value === null || value === undefined) continue;
    out.push(value === true ? name : `${name}="${escapeAttr(String(value))}"`);
  }
  return out.join(' ');
}

/** JSON that stays inside its `<script>`: no `<`, `>`, `&` or line separators as themselves. */
const scriptJson = (value: unknown) =>
  JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

/** What the client needs of each item: the article card renders everything; the others no body. */
const lean = (tag: WidgetTag, item: NewsItem): NewsItem =>
  tag === 'article-card' ? item : { ...item, contentHtml: undefined, contentText: '' };

/** Renders one element; the caller holds the queue, so the UI locale is this element's throughout. */
async function renderOne(tag: WidgetTag, attributes: WidgetAttributes, feed: NewsFeed): Promise<string> {
  const lang = canonicalLang(attributes.lang) ?? canonicalLang(feed.language) ?? 'en';
  const ui = uiLocaleFor(lang);
  if (ui !== SOURCE_LOCALE) strings[ui] ??= await chunks[ui]();
  // Relative, numeric, JSON and `both` dates: the client loads them on use, the server before rendering.
  await loadDateFormats();
  uiLocale = ui;
  pending = { feed };
  let out: string;
  let element: NewsElement | undefined;
  try {
    const name = unsafeStatic(tag);
    // Synchronous: the element is rendered, and `pending` read, before anything else runs.
    // eslint-disable-next-line lit/binding-positions, lit/no-invalid-html -- a static tag name (lit/static-html.js)
    out = collectResultSync(render(html`<${name} ${unsafeStatic(attributeText(attributes))}></${name}>`));
    element = pending.element;
  } finally {
    pending = undefined;
  }
  if (!element) throw new Error(`renderWidget: <${tag}> did not render`);
  // The top-level template's own part markers: only `hydrate()` of that template would read them.
  out = out
    .replace(/^<!--lit-part[^>]*-->/, '')
    .replace(/<!--\/lit-part-->$/, '')
    .replace(/^<([a-z-]+)\s+/, '<$1 ');
  const inline: NewsFeed = { ...feed, items: element.hydrationItems().map((item) => lean(tag, item)) };
  const close = `</${tag}>`;
  if (!out.endsWith(close)) throw new Error(`renderWidget: unexpected output for <${tag}>`);
  const script = `<script type="application/feed+json">${scriptJson(inline)}</script>`;
  return out.slice(0, -close.length) + script + close;
}

let queue: Promise<unknown> = Promise.resolve();

/**
 * The outer HTML of `<tag>` rendered for `feed` (anything `parseFeed` accepts: text, bytes, a JSON
 * Feed, RSS, Atom, WordPress posts or a normalized feed) with `attributes` (`lang`, `dir` and
 * `time-zone` too: the server cannot see the page). Rejects with the FeedError when the feed cannot
 * be read, and with a TypeError for an unknown tag or a bad attribute name.
 */
export function renderWidget(
  tag: WidgetTag,
  attributes: WidgetAttributes = {},
  feed: unknown,
  options?: ParseOptions,
): Promise<string> {
  if (!WIDGET_TAGS.includes(tag)) return Promise.reject(new TypeError(`renderWidget: unknown element <${tag}>`));
  const result = queue.then(async () => {
    const parsed = await parseFeedOnServer(feed, options);
    if (!parsed.ok) throw parsed.error;
    return renderOne(tag, attributes, parsed.feed);
  });
  queue = result.catch(() => {});
  return result;
}
