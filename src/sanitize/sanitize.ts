import type { DOMPurify } from 'dompurify';
import { ALLOWED_ATTR, ALLOWED_TAGS, ALLOWED_URI_REGEXP, DROP_WITH_CONTENT } from './config.js';
import { htmlPolicy } from './policy.js';

export interface SanitizeOptions {
  /** Add `ugc nofollow` to links' rel (content written by readers, not the newsroom). */
  ugc?: boolean;
  /** Where links open: `_blank` or `_self` (default). */
  linkTarget?: '_blank' | '_self';
  /** The URL relative links and images resolve against (the item's or the feed's URL); default: the page. */
  baseUrl?: string;
}

let purifier: Promise<DOMPurify> | undefined;
/** Options of the sanitize call in progress; DOMPurify runs synchronously, so one slot is enough. */
let active: SanitizeOptions = {};

const DIRS = ['ltr', 'rtl', 'auto'];

/** `value` resolved against the base URL when its scheme is one of `schemes`; undefined otherwise. */
function resolve(value: string | null, schemes: string[]): string | undefined {
  if (value === null) return undefined;
  try {
    const url = new URL(value, active.baseUrl || document.baseURI);
    return schemes.includes(url.protocol) ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** Sets or removes a URL attribute after checking its scheme; returns whether it was kept. */
function checkUrl(el: Element, name: string, schemes: string[]): boolean {
  if (!el.hasAttribute(name)) return false;
  const url = resolve(el.getAttribute(name), schemes);
  if (url) el.setAttribute(name, url);
  else el.removeAttribute(name);
  return url !== undefined;
}

const WEB = ['http:', 'https:'];
const LINK = [...WEB, 'mailto:'];

/** Runs on each kept element (inside DOMPurify, or on the browser's sanitized tree), before anything renders it. */
function finish(el: Element): void {
  const dir = el.getAttribute('dir');
  if (dir !== null && !DIRS.includes(dir.toLowerCase())) el.removeAttribute('dir');
  for (const name of ['width', 'height']) {
    if (el.hasAttribute(name) && !/^\d{1,5}$/.test(el.getAttribute(name)!)) el.removeAttribute(name);
  }
  checkUrl(el, 'cite', WEB);
  switch (el.localName) {
    case 'a':
      if (checkUrl(el, 'href', LINK)) {
        el.setAttribute('rel', active.ugc ? 'noopener noreferrer ugc nofollow' : 'noopener noreferrer');
        el.setAttribute('target', active.linkTarget === '_blank' ? '_blank' : '_self');
      }
      break;
    case 'img':
      // An image without a safe source shows nothing useful, and an empty src would fetch the page again.
      if (!checkUrl(el, 'src', WEB)) el.remove();
      else {
        el.setAttribute('loading', 'lazy');
        el.setAttribute('decoding', 'async');
        el.setAttribute('referrerpolicy', 'no-referrer');
      }
  }
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
  const template = document.createElement('template') as HTMLTemplateElement & {
    setHTML?(html: string, options: { sanitizer: object }): void;
  };
  if (typeof template.setHTML !== 'function') return undefined;
  try {
    template.setHTML(html, {
      sanitizer: { attributes: ALLOWED_ATTR, removeElements: DROP_WITH_CONTENT, comments: false },
    });
  } catch {
    return undefined;
  }
  for (const el of template.content.querySelectorAll('*')) {
    const name = el.localName.toLowerCase();
    // SVG and MathML elements are not HTMLElements: none is allowed, whatever its name.
    if (!(el instanceof HTMLElement) || !ALLOWED_TAGS.includes(name)) {
      el.replaceWith(...(DROP_WITH_CONTENT.includes(name) ? [] : el.childNodes));
    } else finish(el);
  }
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
  const markup = typeof html === 'string' ? html : String(html ?? '');
  active = options;
  try {
    const fragment = sanitizeNatively(markup);
    if (fragment) return fragment;
  } finally {
    active = {};
  }
  const purify = await loadPurifier();
  const policy = htmlPolicy();
  active = options;
  try {
    // DOMPurify returns null for a lone <frameset>: still a fragment for the caller.
    return (
      purify.sanitize(markup, {
        ALLOWED_TAGS,
        ALLOWED_ATTR,
        ALLOWED_URI_REGEXP,
        ALLOW_DATA_ATTR: false,
        ALLOW_ARIA_ATTR: false,
        RETURN_DOM_FRAGMENT: true,
        ...(policy ? { TRUSTED_TYPES_POLICY: policy as never } : {}),
      }) ?? document.createDocumentFragment()
    );
  } finally {
    active = {};
  }
}
