/**
 * The allow-list for news bodies: text structure, quotes, figures, links, images and data tables.
 * Nothing that styles (style, class), names (id, name), runs (scripts, handlers), embeds (iframe,
 * object, svg, math), submits (forms) or redirects (base, meta) survives. A dropped player (iframe,
 * video, audio, embed, object) leaves a link to its http(s) source (sanitize.ts, `traceEmbeds`).
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
  'table',
  'caption',
  'thead',
  'tbody',
  'tfoot',
  'tr',
  'th',
  'td',
];

/**
 * `rel`, `target`, `loading`, `decoding` and `referrerpolicy` are set by the sanitizer, never taken
 * from the feed. Every attribute here is checked per element by sanitize.ts (`finish`): the URL ones
 * (`URL_ATTR`) only where they mean a URL, the table ones only on cells, with values in bounds.
 */
export const ALLOWED_ATTR = [
  'href',
  'src',
  'srcset',
  'sizes',
  'alt',
  'title',
  'width',
  'height',
  'dir',
  'lang',
  'datetime',
  'cite',
  'colspan',
  'rowspan',
  'scope',
];

/**
 * The URL attributes the allow-list keeps, and the only elements each is kept on (it goes through
 * the http(s)/mailto policy there and is removed everywhere else, e.g. `<b href>`). Every other URL
 * attribute (`action`, `formaction`, `xlink:href`, `poster`, `background`, `longdesc`, `data`,
 * `ping`…) is outside `ALLOWED_ATTR`, so both engines remove it wherever it is.
 */
export const URL_ATTR: Record<string, string[]> = {
  href: ['a'],
  src: ['img'],
  srcset: ['img'],
  cite: ['blockquote', 'q'],
};

/**
 * Attributes DOMPurify must not test against `ALLOWED_URI_REGEXP` (it tests every attribute that is
 * not on its URI-safe list): sanitize.ts validates these itself, and the browser's engine never
 * tests them, so leaving the test on would make the two engines differ (a srcset whose first
 * candidate is bad would lose its good ones in DOMPurify only).
 */
export const SELF_CHECKED_ATTR = ['srcset', 'sizes', 'colspan', 'rowspan', 'scope'];

/**
 * What DOMPurify lets through before our hook resolves the URL and checks its scheme:
 * http(s), mailto, or something without a scheme (relative).
 */
export const ALLOWED_URI_REGEXP = /^(?:(?:https?|mailto):|[^a-z]|[a-z+.-]+(?:[^a-z+.\-:]|$))/i;

/**
 * Elements removed with everything inside them (DOMPurify's default `FORBID_CONTENTS` without
 * `thead`, whose text is a table's header; both engines are given this list, and
 * test/browser/sanitize/engines.test.ts compares them): what they hold is script, style, metadata,
 * foreign markup or a player's fallback, never article text. Any other element outside
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
  'title',
  'video',
  'xmp',
];
