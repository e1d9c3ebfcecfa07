/**
 * The article body's sanitizer on the server, where there is no DOM for DOMPurify: the markup is
 * parsed by parse5 (the WHATWG HTML parser, in a `<body>` context as DOMPurify parses it), then
 * rebuilt from the allow-list alone: comments, foreign (SVG/MathML) elements and `DROP_WITH_CONTENT`
 * go with their content, other elements outside `ALLOWED_TAGS` are unwrapped, attributes outside
 * `ALLOWED_ATTR` go, and each kept element passes the browser sanitizer's own per-element checks
 * (`checkElement`: URL schemes, rel/target, sizes, spans). Players become links to their source
 * and tables get their scroll box, as in the browser. parse5's serializer escapes every text and
 * attribute value, so nothing in the output is markup the allow-list did not produce.
 */
import { parse, parseFragment, serialize, type DefaultTreeAdapterMap } from 'parse5';
import {
  ALLOWED_ATTR,
  ALLOWED_TAGS,
  ALLOWED_URI_REGEXP,
  DROP_WITH_CONTENT,
  SELF_CHECKED_ATTR,
} from '../sanitize/config.js';
import { checkElement, DEFAULT_LABELS, type SanitizeOptions } from '../sanitize/sanitize.js';
import { resolveUrl, WEB } from '../sanitize/url.js';

type Node = DefaultTreeAdapterMap['childNode'];
type Parent = DefaultTreeAdapterMap['parentNode'];
type El = DefaultTreeAdapterMap['element'];
type Attr = El['attrs'][number];

const HTML_NS = 'http://www.w3.org/1999/xhtml' as El['namespaceURI'];
const PLAYERS = ['iframe', 'video', 'audio', 'embed', 'object'];
/** DOMPurify's default URI-safe attributes that are in our allow-list: their values are not scheme-tested. */
const URI_SAFE = new Set(['alt', 'title', ...SELF_CHECKED_ATTR]);
/** DOMPurify's `ATTR_WHITESPACE`, removed before the scheme test. */
// eslint-disable-next-line no-control-regex -- DOMPurify's own pattern, controls included
const ATTR_WHITESPACE = /[\u0000-\u0020\u00A0\u1680\u180E\u2000-\u2029\u205F\u3000]/g;

const isElement = (node: Node): node is El => 'tagName' in node;

/**
 * Elements nested deeper go with their content: no article is written so, and the walk and the
 * serializer recurse (a browser's parser caps nesting near this depth too).
 */
const MAX_DEPTH = 256;

function element(tagName: string, attrs: Attr[], parentNode: Parent): El {
  return {
    nodeName: tagName,
    tagName,
    attrs,
    namespaceURI: HTML_NS,
    childNodes: [],
    parentNode,
    sourceCodeLocation: undefined,
  };
}

function text(value: string, parentNode: Parent): Node {
  return { nodeName: '#text', value, parentNode } as Node;
}

/** The Element members `checkElement` uses, over a parse5 element; `remove()` only marks it. */
class Adapter {
  removed = false;
  constructor(readonly node: El) {}
  get localName(): string {
    return this.node.tagName;
  }
  get attributes(): { name: string; value: string }[] {
    return this.node.attrs.map((attr) => ({
      name: attr.name,
      get value() {
        return attr.value;
      },
      set value(v: string) {
        attr.value = v;
      },
    }));
  }
  hasAttribute(name: string): boolean {
    return this.node.attrs.some((a) => a.name === name);
  }
  getAttribute(name: string): string | null {
    return this.node.attrs.find((a) => a.name === name)?.value ?? null;
  }
  setAttribute(name: string, value: string): void {
    const attr = this.node.attrs.find((a) => a.name === name);
    if (attr) attr.value = value;
    else this.node.attrs.push({ name, value });
  }
  removeAttribute(name: string): void {
    this.node.attrs = this.node.attrs.filter((a) => a.name !== name);
  }
  remove(): void {
    this.removed = true;
  }
}

const attr = (el: El, name: string) => el.attrs.find((a) => a.name === name)?.value ?? null;

function descendants(el: El, tag: string, out: El[] = []): El[] {
  for (const child of el.childNodes) {
    if (!isElement(child)) continue;
    if (child.tagName === tag) out.push(child);
    descendants(child, tag, out);
  }
  return out;
}

function textOf(node: Node): string {
  if (node.nodeName === '#text') return (node as DefaultTreeAdapterMap['textNode']).value;
  return isElement(node) ? node.childNodes.map(textOf).join('') : '';
}

/** The nodes that replace `el` in the sanitized tree (none, its children, or itself cleaned). */
function clean(el: El, options: SanitizeOptions, base: string, depth: number): Node[] {
  const tag = el.tagName;
  if (el.namespaceURI !== HTML_NS || depth > MAX_DEPTH) return [];
  if (PLAYERS.includes(tag)) {
    const sources = [
      attr(el, tag === 'object' ? 'data' : 'src'),
      ...descendants(el, 'source').map((s) => attr(s, 'src')),
    ];
    const href = sources.map((src) => resolveUrl(src, base, WEB)).find(Boolean);
    if (!href) return [];
    const link = element('a', [{ name: 'href', value: href }], el.parentNode!);
    const labels = { ...DEFAULT_LABELS, ...options.labels };
    link.childNodes.push(text(tag === 'audio' ? labels.audio : labels.video, link));
    return clean(link, options, base, depth);
  }
  if (DROP_WITH_CONTENT.includes(tag)) return [];
  cleanChildren(el, options, base, depth + 1);
  if (!ALLOWED_TAGS.includes(tag)) return el.childNodes;
  el.attrs = el.attrs.filter(
    ({ name, value }) =>
      ALLOWED_ATTR.includes(name) &&
      (URI_SAFE.has(name) || ALLOWED_URI_REGEXP.test(value.replace(ATTR_WHITESPACE, ''))),
  );
  const adapter = new Adapter(el);
  checkElement(adapter as unknown as Element, options);
  if (adapter.removed) return [];
  if (tag !== 'table') return [el];
  const caption = el.childNodes.find((n) => isElement(n) && n.tagName === 'caption');
  const name = caption && textOf(caption).replace(/\s+/g, ' ').trim();
  const box = element(
    'div',
    [
      { name: 'class', value: 'table-scroll' },
      { name: 'role', value: 'region' },
      { name: 'tabindex', value: '0' },
      { name: 'aria-label', value: name || options.labels?.table || DEFAULT_LABELS.table },
    ],
    el.parentNode!,
  );
  box.childNodes.push(el);
  el.parentNode = box;
  return [box];
}

function cleanChildren(parent: Parent, options: SanitizeOptions, base: string, depth: number): void {
  const kept: Node[] = [];
  for (const child of parent.childNodes) {
    if (child.nodeName === '#text') kept.push(child);
    else if (isElement(child)) kept.push(...clean(child, options, base, depth));
  }
  for (const child of kept) child.parentNode = parent;
  parent.childNodes = kept;
}

let body: El | undefined;

/** Sanitized markup of `html` with the browser sanitizer's rules; see the module comment. */
export function sanitizeToMarkup(html: string, options: SanitizeOptions = {}): string {
  body ??= ((parse('').childNodes.find(isElement) as El).childNodes as El[]).find((n) => n.tagName === 'body');
  const fragment = parseFragment(body!, typeof html === 'string' ? html : String(html ?? ''), {});
  cleanChildren(fragment, options, options.baseUrl || 'about:blank', 0);
  return serialize(fragment);
}
