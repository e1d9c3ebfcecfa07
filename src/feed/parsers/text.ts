/**
 * Plain text out of feed fields: entities decoded, tags stripped, whitespace collapsed.
 * The browser's DOMParser does the HTML work (its documents are inert: no script runs, no image
 * loads); without a DOM (server rendering, node) a small regex fallback does the common cases.
 */
import { inertDocument } from '../../sanitize/policy.js';

const BLOCK =
  /^(p|div|br|li|h[1-6]|blockquote|pre|tr|ul|ol|dl|dt|dd|table|figure|figcaption|section|article|header|footer|hr)$/;
const SKIP = /^(script|style|template|noscript|head)$/;
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

/** The text of an HTML fragment, paragraphs separated by a blank line. */
export function htmlToText(html: string): string {
  if (!/[<&]/.test(html)) return tidy(html);
  if (typeof DOMParser === 'function') {
    const out: string[] = [];
    walk(inertDocument(html, 'text/html').body, out);
    return tidy(out.join(''));
  }
  return tidy(
    html
      .replace(/<(script|style|template)\b[\s\S]*?<\/\1\s*>/gi, '')
      .replace(/<br\b[^>]*>/gi, '\n')
      .replace(/<\/?(p|div|li|h[1-6]|blockquote|tr|ul|ol)\b[^>]*>/gi, '\n\n')
      .replace(/<[a-z!/?][^>]*>/gi, '')
      .replace(/&(?:#(\d+)|#x([\da-f]+)|(\w+));/gi, (entity, dec?: string, hex?: string, name?: string) => {
        const code = dec ? +dec : hex ? parseInt(hex, 16) : -1;
        if (code >= 0) return code > 0 && code < 0x110000 ? String.fromCodePoint(code) : '\ufffd';
        return NAMED[name!.toLowerCase()] ?? entity;
      }),
  );
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
