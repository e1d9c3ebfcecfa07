/**
 * Every URL-bearing attribute HTML (and SVG/XLink) knows, on elements that are not links, with
 * hostile schemes written the ways filters miss them. Used by the unit test (DOMPurify in jsdom)
 * and the engines test (the browser's Sanitizer API and DOMPurify in Chromium).
 */

/** Attributes whose value a browser fetches, navigates to or treats as a URL. */
export const URL_ATTRIBUTES = [
  'href',
  'src',
  'srcset',
  'action',
  'formaction',
  'xlink:href',
  'poster',
  'background',
  'cite',
  'longdesc',
  'data',
  'ping',
  'codebase',
  'classid',
  'archive',
  'usemap',
  'manifest',
  'profile',
  'lowsrc',
  'dynsrc',
  'icon',
  'itemtype',
];

/** Elements the allow-list keeps (so the attribute, not the element, must go) and a few it drops. */
export const NON_LINK_ELEMENTS = [
  'b',
  'p',
  'span',
  'img',
  'blockquote',
  'q',
  'cite',
  'figure',
  'figcaption',
  'time',
  'abbr',
  'h2',
  'li',
  'bdi',
  'table',
  'caption',
  'td',
  'th',
  'div',
  'form',
  'button',
  'input',
];

/** `javascript:`, `vbscript:` and `data:text/html`, plain and obfuscated (case, whitespace, entities, controls). */
export const HOSTILE_URLS = [
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  ' \t javascript:alert(1)',
  'java\tscript:alert(1)',
  'java&#10;script:alert(1)',
  '&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)',
  '&#x6A&#x61&#x76&#x61&#x73&#x63&#x72&#x69&#x70&#x74&#x3A;alert(1)',
  'javascript&colon;alert(1)',
  '\u0001javascript:alert(1)',
  'vbscript:msgbox(1)',
  'VBScript:msgbox(1)',
  'data:text/html,&lt;script&gt;alert(1)&lt;/script&gt;',
  'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  ' DATA:text/html,x',
];

/** The markup for one case: the element in a context where the parser keeps it (cells in a table). */
export function urlCase(tag: string, attribute: string, value: string): string {
  const safeSrc = tag === 'img' && attribute !== 'src' ? ' src="https://cdn.example/a.jpg"' : '';
  const candidate = attribute === 'srcset' ? `${value} 1x` : value;
  const el = `<${tag}${safeSrc} ${attribute}="${candidate}" title="${value}">نص</${tag}>`;
  if (tag === 'td' || tag === 'th') return `<table><tbody><tr>${el}</tr></tbody></table>`;
  if (tag === 'caption') return `<table>${el}<tbody><tr><td>x</td></tr></tbody></table>`;
  if (tag === 'li') return `<ul>${el}</ul>`;
  return el;
}

/** Every case, grouped by element and attribute (one markup string per group keeps the test fast). */
export function urlMatrix(values = HOSTILE_URLS): { tag: string; attribute: string; markup: string }[] {
  return NON_LINK_ELEMENTS.flatMap((tag) =>
    URL_ATTRIBUTES.map((attribute) => ({
      tag,
      attribute,
      markup: values.map((value) => urlCase(tag, attribute, value)).join(''),
    })),
  );
}

/**
 * What must hold for the sanitized output of any case: no attribute but `title` (text, not a URL:
 * it is kept as written) holds a script or data URL once the parser and the URL parser have read
 * it; every URL attribute left is http(s) or mailto. Returns the offending attributes.
 */
export function unsafeUrls(root: ParentNode): string[] {
  const bad: string[] = [];
  for (const el of root.querySelectorAll('*'))
    for (const { name, value } of el.attributes) {
      if (name === 'title' || name === 'aria-label') continue;
      // eslint-disable-next-line no-control-regex
      const compact = value.replace(/[\u0000-\u0020]/g, '').toLowerCase();
      const urlish = URL_ATTRIBUTES.includes(name);
      if (/(?:javascript|vbscript|data):/.test(compact) || (urlish && !/^(?:https?:\/\/|mailto:)/.test(value)))
        bad.push(`<${el.localName} ${name}="${value}">`);
    }
  return bad;
}
