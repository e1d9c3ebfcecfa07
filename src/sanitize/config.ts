/**
 * The allow-list for news bodies: text structure, quotes, figures, links and images. Nothing that
 * styles (style, class), names (id, name), runs (scripts, handlers), embeds (iframe, object, svg,
 * math), submits (forms) or redirects (base, meta) survives.
 */
export const ALLOWED_TAGS = [
  'p',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'ul',
  'ol',
  'li',
  'blockquote',
  'q',
  'cite',
  'figure',
  'figcaption',
  'img',
  'a',
  'strong',
  'em',
  'b',
  'i',
  'br',
  'hr',
  'time',
  'bdi',
  'span',
  'small',
  'sub',
  'sup',
  'abbr',
];

/** `rel`, `target`, `loading`, `decoding` and `referrerpolicy` are set by the sanitizer, never taken from the feed. */
export const ALLOWED_ATTR = ['href', 'src', 'alt', 'title', 'width', 'height', 'dir', 'lang', 'datetime', 'cite'];

/**
 * What DOMPurify lets through before our hook resolves the URL and checks its scheme:
 * http(s), mailto, or something without a scheme (relative).
 */
export const ALLOWED_URI_REGEXP = /^(?:(?:https?|mailto):|[^a-z]|[a-z+.-]+(?:[^a-z+.\-:]|$))/i;

/**
 * Elements removed with everything inside them (DOMPurify's own default `FORBID_CONTENTS`, which
 * its path uses; test/browser/sanitize/engines.test.ts compares the two): what they hold is
 * script, style, metadata or foreign markup, never article text. Any other element outside
 * `ALLOWED_TAGS` is unwrapped: its text stays, the element goes.
 */
export const DROP_WITH_CONTENT = [
  'annotation-xml',
  'audio',
  'colgroup',
  'desc',
  'foreignobject',
  'head',
  'iframe',
  'math',
  'mi',
  'mn',
  'mo',
  'ms',
  'mtext',
  'noembed',
  'noframes',
  'noscript',
  'plaintext',
  'script',
  'selectedcontent',
  'style',
  'svg',
  'template',
  'thead',
  'title',
  'video',
  'xmp',
];
