import type { NewsFeed } from '../model.js';
import type { Context } from './item.js';
import { author, date, eachItem, finishItem, image, note, num, some } from './item.js';
import { rendered } from './detect.js';
import { relations } from './related.js';
import { arr, httpUrl, obj, str, text } from './text.js';

export { isWordPressPost } from './detect.js';

/**
 * A WordPress REST `/wp/v2/posts` array, with or without `_embed`. Without it, the featured image,
 * author and terms are bare ids: they stay in `extensions.wordpress`.
 */
export function parseWordPress(posts: unknown[], ctx: Context): NewsFeed {
  const feed: NewsFeed = { format: 'wordpress', title: '', authors: [], items: [], extensions: {} };
  feed.items = eachItem(posts, ctx, (raw, index) => {
    const post = obj(raw);
    const id = str(post?.id)?.trim();
    if (!post || !id) return void note(ctx, 'missing-id', 'post without an id skipped', index);
    const embedded = obj(post._embedded) ?? {};
    const media = obj(arr(embedded['wp:featuredmedia'])[0]);
    const size = obj(media?.media_details);
    const writer = obj(arr(embedded.author)[0]);
    const terms = arr(embedded['wp:term']).flat().map(obj);
    const names = (taxonomy: string) => terms.filter((t) => t?.taxonomy === taxonomy).map((t) => text(t!.name));
    const url = httpUrl(post.link, ctx.base);
    return finishItem(
      {
        id,
        url,
        title: text(rendered(post.title)),
        // Excerpts end with a "[…]" (or a "Read more" link, which the theme adds to the same paragraph).
        summary: text(rendered(post.excerpt)).replace(/\s*\[(…|\.\.\.)\]$/, ''),
        contentHtml: rendered(post.content),
        // `date_gmt` is UTC written without a zone; `date` is the site's local time (a last resort).
        published: date(ctx, post.date_gmt ?? post.date, index),
        modified: date(ctx, post.modified_gmt ?? post.modified, index),
        image: image(media?.source_url, ctx.base, {
          alt: text(media?.alt_text) || undefined,
          width: num(size?.width),
          height: num(size?.height),
          mimeType: str(media?.mime_type),
        }),
        authors: some([writer && author(writer.name, writer.link, obj(writer.avatar_urls)?.['96'], ctx.base)]),
        category: names('category')[0],
        tags: names('post_tag'),
        // Jetpack's related posts (with or without `_embed`): `[{id, url, title, excerpt, date, img…}]`.
        related: relations(post['jetpack-related-posts'], ctx, index, ctx.base),
        baseUrl: url ?? ctx.base,
        extensions: {
          wordpress: {
            categories: arr(post.categories),
            tags: arr(post.tags),
            author: post.author,
            featuredMedia: post.featured_media,
          },
        },
      },
      feed,
    );
  });
  // The site is what comes before the REST route: https://site/blog/wp-json/wp/v2/posts → https://site/blog/
  feed.homePageUrl = /^(https?:\/\/.*?\/)(?:wp-json\/|(?:index\.php)?\?rest_route=)/.exec(ctx.base ?? '')?.[1];
  return feed;
}
