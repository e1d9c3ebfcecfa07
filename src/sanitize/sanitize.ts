import type { DOMPurify } from 'dompurify';
import {
  ALLOWED_ATTR,
  ALLOWED_TAGS,
  ALLOWED_URI_REGEXP,
  DROP_WITH_CONTENT,
  SELF_CHECKED_ATTR,
  URL_ATTR,
} from './config.js';
import { htmlPolicy, inertDocument } from './policy.js';
import { LINK, WEB, checkSrcset, resolveUrl } from './url.js';

/** Words the sanitizer writes into a body; the elements pass them in the reader's language. */
export interface SanitizeLabels {
  /** Text of the link left where a video player or frame (iframe, video, embed, object) was; default `▶ فيديو`. */
  video: string;
  /** Text of the link left where an audio player was; default `▶ صوت`. */
  audio: string;
  /** Accessible name of a table's scroll region when the table has no caption; default `جدول`. */
  table: string;
}

export interface SanitizeOptions {
  /** Add `ugc nofollow` to links' rel (content written by readers, not the newsroom). */
  ugc?: boolean;
  /** Where links open: `_blank` or `_self` (default). */
  linkTarget?: '_blank' | '_self';
  /** The URL relative links and images resolve against (the item's or the feed's URL); default: the page. */
  baseUrl?: string;
  /** Localized words for the traces of dropped players and the tables' scroll regions. */
  labels?: Partial<SanitizeLabels>;
}

type ServerSanitizer = (html: string, options: SanitizeOptions) => unknown;
let serverSanitizer: ServerSanitizer | undefined;

/**
 * Hands the elements a sanitizer for runtimes without a DOM: only the server renderer calls it
 * (src/ssr/), so browser code never carries it. It returns what Lit's server renderer writes out.
 */
export function useServerSanitizer(fn: ServerSanitizer): void {
  serverSanitizer = fn;
}

/** The body sanitized by the server's sanitizer, as a value to render; undefined where none was handed over. */
export const sanitizeOnServer = (html: string, options: SanitizeOptions): unknown => serverSanitizer?.(html, options);

let purifier: Promise<DOMPurify> | undefined;
/** Options of the sanitize call in progress; DOMPurify runs synchronously, so one slot is enough. */
let active: SanitizeOptions = {};

const DIRS = ['ltr', 'rtl', 'auto'];
const SCOPES = ['row', 'col', 'rowgroup', 'colgroup'];
/** Table cell spans kept: what a news table needs, far below what would make a browser build a huge grid. */
const SPANS: Record<string, [number, number]> = { colspan: [1, 100], rowspan: [0, 1000] };

/** DOMPurify 3.5's `ATTR_VALUE_BREAKOUT`. */
const BREAKOUT = /((--!?|])>)|<\/(style|script|title|xmp|textarea|noscript|iframe|noembed|noframes)/i;

// Without a page (the server), only absolute URLs resolve.
const base = () => active.baseUrl || (typeof document === 'object' ? document.baseURI : 'about:blank');

/** Sets or removes a URL attribute after checking its scheme; returns whether it was kept. */
function checkUrl(el: Element, name: string, schemes: string[]): boolean {
  if (!el.hasAttribute(name)) return false;
  const url = resolveUrl(el.getAttribute(name), base(), schemes);
  if (url) el.setAttribute(name, url);
  else el.removeAttribute(name);
  return url !== undefined;
}

/** Keeps attribute `name` only when `keep(value)` holds. */
function checkAttr(el: Element, name: string, keep: (value: string) => boolean): void {
  const value = el.getAttribute(name);
  if (value !== null && !keep(value)) el.removeAttribute(name);
}

/** Runs on each kept element (inside DOMPurify, or on the browser's sanitized tree), before anything renders it. */
function finish(el: Element): void {
  const tag = el.localName;
  const cell = tag === 'td' || tag === 'th';
  // As DOMPurify does, for the same output from both engines: values are trimmed, and a value that
  // could close a raw-text element or a comment if the markup were re-parsed as XML goes.
  for (const attr of [...el.attributes]) {
    if (BREAKOUT.test(attr.value)) el.removeAttribute(attr.name);
    else if (attr.value !== attr.value.trim()) attr.value = attr.value.trim();
  }
  checkAttr(el, 'dir', (dir) => DIRS.includes(dir.toLowerCase()));
  for (const name of ['width', 'height']) checkAttr(el, name, (value) => /^\d{1,5}$/.test(value));
  // A URL attribute where it means nothing (`<b href>`, `<p src>`) goes whatever its scheme.
  for (const [name, tags] of Object.entries(URL_ATTR)) if (!tags.includes(tag)) el.removeAttribute(name);
  for (const [name, [min, max]] of Object.entries(SPANS))
    checkAttr(el, name, (value) => cell && /^\d{1,4}$/.test(value) && +value >= min && +value <= max);
  checkAttr(el, 'scope', (value) => tag === 'th' && SCOPES.includes(value.toLowerCase()));
  checkUrl(el, 'cite', WEB);
  switch (tag) {
    case 'a':
      if (checkUrl(el, 'href', LINK)) {
        el.setAttribute('rel', active.ugc ? 'noopener noreferrer ugc nofollow' : 'noopener noreferrer');
        el.setAttribute('target', active.linkTarget === '_blank' ? '_blank' : '_self');
      }
      break;
    case 'img': {
      const srcset = el.getAttribute('srcset');
      const candidates = srcset === null ? undefined : checkSrcset(srcset, base());
      if (candidates) el.setAttribute('srcset', candidates);
      else el.removeAttribute('srcset');
      // An image without a safe source shows nothing useful, and an empty src would fetch the page again.
      if (!checkUrl(el, 'src', WEB)) el.remove();
      else {
        el.setAttribute('loading', 'lazy');
        el.setAttribute('decoding', 'async');
        el.setAttribute('referrerpolicy', 'no-referrer');
      }
      break;
    }
    default:
      el.removeAttribute('sizes');
  }
}

/**
 * The per-element checks (URLs, `rel`/`target`, sizes, table spans…) with `options`, for the
 * server's sanitizer (src/ssr/), which runs the same rules on its own tree.
 * @internal
 */
export function checkElement(el: Element, options: SanitizeOptions): void {
  active = options;
  try {
    finish(el);
  } finally {
    active = {};
  }
}

/** The words written when the caller gives none. @internal */
export const DEFAULT_LABELS: SanitizeLabels = { video: '▶ فيديو', audio: '▶ صوت', table: 'جدول' };

const label = (key: keyof SanitizeLabels) => active.labels?.[key] || DEFAULT_LABELS[key];

/**
 * Players are never kept (they would run a third party's page or media in the host's), but the
 * reader should know one was there: each iframe, video, audio, embed or object becomes a link to
 * its http(s) source (`src`, a `<source>` child's `src`, an object's `data`) labelled `▶ Video` or
 * `▶ Audio`, or goes without a trace when it has none. Done on the markup before either engine
 * (parsed in an inert document, the way DOMPurify parses), so both engines sanitize the same input
 * and the link goes through the same URL, rel and target pass as every link. Only runs when the
 * markup holds such a tag; under Trusted Types without our policy the players just go.
 */
function traceEmbeds(markup: string): string {
  if (!/<(?:iframe|video|audio|embed|object)/i.test(markup)) return markup;
  let body: HTMLElement;
  try {
    // `<remove>` first keeps everything in <body>, as DOMPurify does: nothing is moved to <head>.
    body = inertDocument(`<remove></remove>${markup}`, 'text/html').body;
  } catch {
    return markup;
  }
  body.firstChild?.remove();
  for (const el of body.querySelectorAll('iframe, video, audio, embed, object')) {
    if (!body.contains(el)) continue; // inside a player already replaced
    const sources = [el.getAttribute(el.localName === 'object' ? 'data' : 'src')];
    for (const source of el.querySelectorAll('source')) sources.push(source.getAttribute('src'));
    const href = sources.map((src) => resolveUrl(src, base(), WEB)).find(Boolean);
    if (href) {
      const link = body.ownerDocument.createElement('a');
      link.setAttribute('href', href);
      link.textContent = el.localName === 'audio' ? label('audio') : label('video');
      el.replaceWith(link);
    } else el.remove();
  }
  return body.innerHTML;
}

/**
 * Each table in a box that scrolls sideways (a wide table stays whole on a narrow screen instead of
 * stretching the page). The box is a labelled, focusable region, so keyboard users can scroll it too:
 * https://adrianroselli.com/2020/11/under-engineered-responsive-tables.html. Its name is the table's
 * caption, else the `table` label. The box and its class come from us, never from the feed.
 */
function wrapTables(fragment: DocumentFragment): DocumentFragment {
  for (const table of fragment.querySelectorAll('table')) {
    const box = table.ownerDocument.createElement('div');
    const caption = table.querySelector(':scope > caption')?.textContent?.replace(/\s+/g, ' ').trim();
    box.className = 'table-scroll';
    box.setAttribute('role', 'region');
    box.setAttribute('tabindex', '0');
    box.setAttribute('aria-label', caption || label('table'));
    table.replaceWith(box);
    box.append(table);
  }
  return fragment;
}

function loadPurifier(): Promise<DOMPurify> {
  purifier ??= import('dompurify').then(
    ({ default: factory }) => {
      // Our own instance, so the hooks never touch a DOMPurify the host page uses.
      const instance = factory(window);
      instance.addHook('afterSanitizeAttributes', finish);
      return instance;
    },
    (error: unknown) => {
      purifier = undefined;
      throw error;
    },
  );
  return purifier;
}

/**
 * The browser's own sanitizer (`Element.setHTML`, Chromium 146+, Firefox 148+) where it exists:
 * nothing to download. It parses into an inert template, removes everything that could run and
 * keeps only the allowed attributes; then the rest of DOMPurify's path applies: elements outside
 * the allow-list are unwrapped (or dropped with their content), URLs checked. The attributes are an
 * allow-list on purpose: Chromium 156 crashes the tab when a config without one meets handlers it
 * does not know (`onstart`, `onfinish`, `onbeforematch`…). Undefined where the API is missing or
 * refuses the call (an older, different shape of it).
 */
function sanitizeNatively(html: string): DocumentFragment | undefined {
  type WithSetHTML = Element & { setHTML?(html: string, options: { sanitizer: object }): void };
  const template = document.createElement('template');
  if (typeof (template as WithSetHTML).setHTML !== 'function') return undefined;
  // Parsed in a <div> inside the template: inert (nothing loads) and in the same context as
  // DOMPurify's <body>, so a stray <td> or <caption> is treated alike (a template would keep it).
  const box: WithSetHTML = template.content.appendChild(document.createElement('div'));
  try {
    box.setHTML!(html, {
      sanitizer: { attributes: ALLOWED_ATTR, removeElements: DROP_WITH_CONTENT, comments: false },
    });
  } catch {
    return undefined;
  }
  for (const el of box.querySelectorAll('*')) {
    const name = el.localName.toLowerCase();
    // SVG and MathML elements are not HTMLElements: none is allowed, whatever its name.
    if (!(el instanceof HTMLElement) || !ALLOWED_TAGS.includes(name)) {
      el.replaceWith(...(DROP_WITH_CONTENT.includes(name) ? [] : el.childNodes));
    } else finish(el);
  }
  box.replaceWith(...box.childNodes);
  return template.content;
}

/**
 * The one sanitizer: everything from a feed that is HTML goes through it. Returns a fragment (never
 * a string, so nothing on our side reaches an `innerHTML` sink); render it once as a Lit child node.
 * Uses the browser's HTML Sanitizer API where it exists; elsewhere DOMPurify, downloaded on the
 * first call only and given the same allow-list. Under Trusted Types DOMPurify parses through the
 * `news-widgets` policy (`setHTML` needs none). Rejects only when DOMPurify is needed and cannot be
 * loaded.
 */
export async function sanitizeHtml(html: string, options: SanitizeOptions = {}): Promise<DocumentFragment> {
  let markup = typeof html === 'string' ? html : String(html ?? '');
  active = options;
  try {
    markup = traceEmbeds(markup);
    const fragment = sanitizeNatively(markup);
    if (fragment) return wrapTables(fragment);
  } finally {
    active = {};
  }
  const purify = await loadPurifier();
  const policy = htmlPolicy();
  active = options;
  try {
    // DOMPurify returns null for a lone <frameset>: still a fragment for the caller.
    return wrapTables(
      purify.sanitize(markup, {
        ALLOWED_TAGS,
        ALLOWED_ATTR,
        ALLOWED_URI_REGEXP,
        ADD_URI_SAFE_ATTR: SELF_CHECKED_ATTR,
        FORBID_CONTENTS: DROP_WITH_CONTENT,
        ALLOW_DATA_ATTR: false,
        ALLOW_ARIA_ATTR: false,
        RETURN_DOM_FRAGMENT: true,
        ...(policy ? { TRUSTED_TYPES_POLICY: policy as never } : {}),
      }) ?? document.createDocumentFragment(),
    );
  } finally {
    active = {};
  }
}
