import { isNormalized } from './normalized.js';
import { obj, str } from './text.js';
import { isWordPressPost } from './wordpress.js';

export type DocumentKind = 'json' | 'xml' | 'html';
export type ValueKind = 'normalized' | 'json-feed' | 'wordpress' | 'wordpress-post';

const HTML = /^(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html[\s>]|head[\s>]|body[\s>])/i;

/**
 * What a text document is, by its content (servers often lie in Content-Type: HTML error pages
 * served as JSON, RSS served as text/html). Undefined when it is none of them.
 */
export function sniffText(text: string): DocumentKind | undefined {
  const start = text.trimStart();
  if (/^[[{]/.test(start)) return 'json';
  if (HTML.test(start)) return 'html';
  if (start[0] === '<') return 'xml';
  return undefined;
}

/** Which parser a parsed JSON value (or a value a page passed) is for; undefined when it is no feed we know. */
export function detectValue(value: unknown): ValueKind | undefined {
  if (isNormalized(value)) return 'normalized';
  if (Array.isArray(value)) return value.length === 0 || value.some(isWordPressPost) ? 'wordpress' : undefined;
  const doc = obj(value);
  if (!doc) return undefined;
  if ('items' in doc || /jsonfeed\.org\/version/.test(str(doc.version) ?? '')) return 'json-feed';
  return isWordPressPost(doc) ? 'wordpress-post' : undefined;
}
