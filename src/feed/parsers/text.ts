/**
 * Plain text out of feed fields: entities decoded, tags stripped, whitespace collapsed.
 * The browser's DOMParser does the HTML work (its documents are inert: no script runs, no image
 * loads); without a DOM (server rendering, node) a small regex fallback does the common cases.
 */
import { hasDomParser, htmlPolicy, inertDocument } from '../../sanitize/policy.js';

const BLOCK =
  /^(p|div|br|li|h[1-6]|blockquote|pre|tr|ul|ol|dl|dt|dd|table|figure|figcaption|section|article|header|footer|hr)$/;
const SKIP = /^(script|style|template|noscript|head|title)$/;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** A string, a finite number as a string, else undefined. */
export const str = (value: unknown): string | undefined =>
  typeof value === 'string' ? value : typeof value === 'number' && isFinite(value) ? String(value) : undefined;

/** A plain object (not an array), else undefined. */
export const obj = (value: unknown): Record<string, unknown> | undefined =>
  value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;

/** A message for anything thrown (some values cannot even be turned into strings). */
export const why = (cause: unknown): string => (cause instanceof Error ? cause.message : typeof cause);

/** An array, else an empty one. */
export const arr = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

/** Collapses runs of spaces inside lines and keeps at most one blank line between paragraphs. */
export const tidy = (text: string): string =>
  text
    .replace(/[^\S\n]+/g, ' ')
    .replace(/ ?\n ?/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();

function walk(node: Node, out: string[]): void {
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 3) out.push((child as Text).data);
    else if (child.nodeType === 1) {
      const tag = (child as Element).localName;
      if (SKIP.test(tag)) continue;
      const block = BLOCK.test(tag);
      if (block) out.push(tag === 'br' ? '\n' : '\n\n');
      walk(child, out);
      if (block && tag !== 'br') out.push('\n\n');
    }
  }
}

/** Entities the regex reader decodes exactly as an HTML parser does (C1 and out-of-range numbers excepted). */
const SIMPLE = /&(?!(?:amp|lt|gt|quot|apos|nbsp|#\d{1,6}|#[xX][\da-fA-F]{1,6});)/;
const PLAIN_REF = /&#(?:x0*(?:[89][\da-f]|0)|0*(?:1[2-5]\d|0));|&#(?:x[\da-f]{5,}|\d{7,});/i;

const decodeEntities = (text: string) =>
  text.replace(/&(?:#(\d+)|#x([\da-f]+)|(\w+));/gi, (entity, dec?: string, hex?: string, name?: string) => {
    const code = dec ? +dec : hex ? parseInt(hex, 16) : -1;
    if (code >= 0)
      return code > 0 && code < 0x110000 && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : '\ufffd';
    return NAMED[name!.toLowerCase()] ?? entity;
  });

let last: [string, string] = ['', ''];
let scratch: Document | undefined;

/**
 * Parses an HTML fragment into the body of one reused inert document (made by DOMParser: no
 * browsing context, so nothing runs or loads). Reusing it matters where a document is costly to
 * make (jsdom: ≈ 2.5× faster per call).
 */
function parseHtml(html: string): HTMLElement {
  // A server's DOMParser (src/server/) makes plain documents: a fresh one each time.
  if (typeof DOMParser !== 'function') return inertDocument(html, 'text/html').body;
  scratch ??= inertDocument('', 'text/html');
  scratch.body.innerHTML = (htmlPolicy()?.createHTML(html) ?? html) as string;
  return scratch.body;
}

/** The text of an HTML fragment, paragraphs separated by a blank line. */
export function htmlToText(html: string): string {
  if (!/[<&]/.test(html)) return tidy(html);
  // Text with only the common entities needs no HTML parser: in a DOM-less runtime's DOMParser
  // (jsdom, server side) each parse costs milliseconds, and feed titles, names and tags are mostly this.
  if (!html.includes('<') && !SIMPLE.test(html) && !PLAIN_REF.test(html)) return tidy(decodeEntities(html));
  // RSS readers ask for the same description twice (summary, then content text).
  if (last[0] === html) return last[1];
  let text: string;
  if (hasDomParser()) {
    const out: string[] = [];
    const body = parseHtml(html);
    walk(body, out);
    if (body === scratch?.body) body.replaceChildren();
    text = tidy(out.join(''));
  } else {
    text = tidy(
      decodeEntities(
        html
          .replace(/<(script|style|template)\b[\s\S]*?<\/\1\s*>/gi, '')
          .replace(/<br\b[^>]*>/gi, '\n')
          .replace(/<\/?(p|div|li|h[1-6]|blockquote|tr|ul|ol)\b[^>]*>/gi, '\n\n')
          .replace(/<[a-z!/?][^>]*>/gi, ''),
      ),
    );
  }
  last = [html, text];
  return text;
}

/** One line of plain text from a field that may hold entities or markup (titles, names, tags). */
export const text = (value: unknown): string => {
  const s = str(value);
  return s ? htmlToText(s).replace(/\s+/g, ' ') : '';
};

/** The start of `text` as a one-line summary: the first paragraph when it is long enough, else cut at a word. */
export function summarize(text: string, max = 300): string {
  const para = text.indexOf('\n\n');
  if (para >= max / 3 && para <= max) text = text.slice(0, para);
  text = text.replace(/\s+/g, ' ').trim();
  if (text.length <= max) return text;
  const cut = text.lastIndexOf(' ', max);
  return `${text.slice(0, cut > max / 2 ? cut : max).replace(/[\s,.،؛:;-]+$/, '')}…`;
}

/** `value` as an absolute http(s) URL resolved against `base`; undefined for other schemes or garbage. */
export function httpUrl(value: unknown, base?: string): string | undefined {
  const s = str(value)?.trim();
  if (!s) return undefined;
  try {
    const url = new URL(s, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}
