/**
 * Relations a publisher states (Atom `<link rel="related">`, WordPress Jetpack's `jetpack-related-posts`,
 * our JSON Feed `_news.related`), read into `NewsRelation`s. Entries that are neither an id, a URL nor
 * an object holding one are skipped with a diagnostic; nothing here throws.
 */
import type { NewsRelation } from '../model.js';
import type { Context } from './item.js';
import { note } from './item.js';
import { httpUrl, obj, str, text } from './text.js';

/**
 * A list of relations, in the order given (at most 50: a list shows a handful): strings (an item id, or
 * an absolute http(s) URL, which may be an id too) and objects `{id?, url?, title?}`. `undefined` when
 * the list is absent or holds no usable entry; a value that is not a list is noted. `read` turns titles
 * into text (default: entities decoded, markup dropped; a normalized feed's are text already).
 */
export function relations(
  value: unknown,
  ctx: Context,
  index?: number,
  base?: string,
  read: (value: unknown) => string = text,
): NewsRelation[] | undefined {
  if (value == null) return undefined;
  if (!Array.isArray(value)) return void note(ctx, 'bad-related', 'related is not a list', index);
  const out: NewsRelation[] = [];
  for (const entry of value.slice(0, 50)) {
    const o: Record<string, unknown> = obj(entry) ?? {
      id: entry,
      url: /^https?:\/\//i.test(str(entry)?.trim() ?? '') && entry,
    };
    const r: NewsRelation = {};
    const id = str(o.id)?.trim();
    const url = httpUrl(o.url, base);
    const title = read(o.title);
    if (id) r.id = id;
    if (url) r.url = url;
    if (title) r.title = title;
    if (id || url) out.push(r);
    else note(ctx, 'bad-related', 'a related entry has no id or URL', index);
  }
  return out.length ? out : undefined;
}
