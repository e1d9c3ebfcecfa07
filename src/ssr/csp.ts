/// <reference types="node" preserve="true" />
/**
 * Content-Security-Policy sources for server-rendered widgets. Lit SSR writes each element's styles
 * as an inline `<style>` in its declarative shadow root; a page whose policy has `style-src 'self'`
 * refuses them (unstyled widgets until the script runs) unless their hashes are listed. The texts
 * change only with the library's version, so a site can compute them once per release.
 */
import { createHash } from 'node:crypto';

const STYLE = /<style>([\s\S]*?)<\/style>/g;

/**
 * The `'sha256-…'` sources of the distinct inline `<style>` texts in `html` (what `renderWidget`
 * returned, or a whole page): add them to the page's `style-src`.
 */
export function styleSources(html: string): string[] {
  const sources = new Set<string>();
  for (const [, text] of html.matchAll(STYLE))
    sources.add(`'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`);
  return [...sources];
}
