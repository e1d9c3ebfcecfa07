import type { FeedFormat } from '../model.js';
import { obj, str } from './text.js';

export type DocumentKind = 'json' | 'xml' | 'html';
export type ValueKind = 'normalized' | 'json-feed' | 'wordpress' | 'wordpress-post';

const FORMATS: FeedFormat[] = ['json-feed', 'rss', 'atom', 'wordpress'];

/** Whether a value claims to be a normalized feed already (a cached one, or one a page built). */
export const isNormalized = (value: unknown): value is Record<string, unknown> =>
  FORMATS.includes(obj(value)?.format as FeedFormat) && Array.isArray(obj(value)?.items);

/** `{rendered}` objects of the WordPress REST API (or a bare string, as `?context=edit` gives for some fields). */
export const rendered = (value: unknown): string | undefined => str(obj(value)?.rendered) ?? str(value);

/** Whether a JSON value looks like a WordPress REST post (`/wp/v2/posts` entry). */
export const isWordPressPost = (value: unknown): boolean => {
  const post = obj(value);
  return !!post && (rendered(post.title) !== undefined || 'date_gmt' in post) && str(post.id) !== undefined;
};

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
