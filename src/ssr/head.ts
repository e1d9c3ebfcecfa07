/// <reference types="node" preserve="true" />
/**
 * What the page's `<head>` needs for server-rendered widgets: the Content-Security-Policy sources of
 * their inline styles, and preload links for the images they show at once.
 */
import { createHash } from 'node:crypto';

const STYLE = /<style>([\s\S]*?)<\/style>/g;
const LEAD_IMAGE = /<img\b[^>]*\bfetchpriority="high"[^>]*>/g;
const attribute = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];

/**
 * Lit SSR writes each element's styles as an inline `<style>` in its declarative shadow root; a page
 * whose policy has `style-src 'self'` refuses them (unstyled widgets until the script runs) unless
 * their hashes are listed. The texts change only with the library's version.
 *
 * The `'sha256-…'` sources of the distinct inline `<style>` texts in `html` (what `renderWidget`
 * returned, or a whole page): add them to the page's `style-src`.
 */
export function styleSources(html: string): string[] {
  const sources = new Set<string>();
  for (const [, text] of html.matchAll(STYLE))
    sources.add(`'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`);
  return [...sources];
}

/**
 * `<link rel="preload" as="image">` tags for the images `html` shows at once (an `<article-card
 * layout="full">`'s lead image, `fetchpriority="high"`): put them in the page's `<head>`. The browser's
 * preload scanner does not look inside a declarative shadow root, so without them the image — often
 * the page's Largest Contentful Paint — is requested only when the parser reaches it.
 */
export function preloadLinks(html: string): string {
  const links = new Set<string>();
  for (const [tag] of html.matchAll(LEAD_IMAGE)) {
    const src = attribute(tag, 'src');
    if (!src) continue;
    const policy = attribute(tag, 'referrerpolicy');
    links.add(
      `<link rel="preload" as="image" href="${src}" fetchpriority="high"${policy ? ` referrerpolicy="${policy}"` : ''}>`,
    );
  }
  return [...links].join('\n');
}
