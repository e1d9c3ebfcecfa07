export interface SanitizeOptions {
  /** Add `ugc nofollow` to links' rel. */
  ugc?: boolean;
  /** Where links open: `_blank` or `_self` (default). */
  linkTarget?: '_blank' | '_self';
}

/**
 * The one sanitizer: everything from a feed that is HTML goes through it.
 * STUB (foundation): returns text only; the feed-core issue builds the DOMPurify allow-list.
 */
export async function sanitizeHtml(html: string, _options: SanitizeOptions = {}): Promise<DocumentFragment> {
  const fragment = document.createDocumentFragment();
  fragment.append(new DOMParser().parseFromString(html, 'text/html').body.textContent ?? '');
  return fragment;
}
