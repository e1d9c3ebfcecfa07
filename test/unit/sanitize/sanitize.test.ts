// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { sanitizeHtml, type SanitizeOptions } from '../../../src/sanitize/sanitize.js';

/** The sanitized markup, serialized the way a browser would show it in devtools. */
async function clean(html: string, options?: SanitizeOptions): Promise<string> {
  const fragment = await sanitizeHtml(html, options);
  const box = document.createElement('div');
  box.append(fragment);
  return box.innerHTML;
}

/** Every element and attribute name in the sanitized output. */
async function names(html: string): Promise<string[]> {
  const box = document.createElement('div');
  box.append(await sanitizeHtml(html));
  return [...box.querySelectorAll('*')].flatMap((el) => [el.localName, ...[...el.attributes].map((a) => `@${a.name}`)]);
}

const BASE = 'https://news.example/2024/12/26/article.html';

describe('sanitizeHtml: what a news body keeps', () => {
  it('returns a DocumentFragment, never a string', async () => {
    const fragment = await sanitizeHtml('<p>نص</p>');
    expect(fragment).toBeInstanceOf(DocumentFragment);
    expect(fragment.firstChild?.nodeName).toBe('P');
  });

  it('keeps the allowed structure and text of an Arabic article body', async () => {
    const body =
      '<h2>لافروف</h2><p dir="rtl" lang="ar">صرح وزير الخارجية <strong>الروسي</strong> <em>اليوم</em></p>' +
      '<blockquote cite="https://bbc.example/a"><p>العلاقات <q>قديمة</q></p><cite>بي بي سي</cite></blockquote>' +
      '<ul><li><b>1</b></li></ul><ol><li><i>2</i></li></ol><figure><img src="https://cdn.example/a.jpg" alt="صورة" width="640" height="360"><figcaption>دمشق</figcaption></figure>' +
      '<p><time datetime="2024-12-26T12:51">26.12.2024 | 12:51</time> <bdi>سيريانيوز</bdi> <small>ص</small> H<sub>2</sub>O x<sup>2</sup> <abbr title="الأمم المتحدة">ا.م</abbr><br><span lang="en">Lavrov</span></p><hr>' +
      '<h3>a</h3><h4>b</h4><h5>c</h5><h6>d</h6>';
    const out = await clean(body);
    for (const tag of [
      'h2',
      'p',
      'strong',
      'em',
      'blockquote',
      'q',
      'cite',
      'ul',
      'ol',
      'li',
      'b',
      'i',
      'figure',
      'img',
      'figcaption',
      'time',
      'bdi',
      'small',
      'sub',
      'sup',
      'abbr',
      'br',
      'span',
      'hr',
      'h3',
      'h4',
      'h5',
      'h6',
    ]) {
      expect(out, tag).toContain(`<${tag}`);
    }
    expect(out).toContain('dir="rtl" lang="ar"');
    expect(out).toContain('datetime="2024-12-26T12:51"');
    expect(out).toContain('cite="https://bbc.example/a"');
    expect(out).toContain('alt="صورة" width="640" height="360"');
    expect(out).toContain('صرح وزير الخارجية');
  });

  it('keeps the text of tags it drops (div, h1, article, font)', async () => {
    expect(await clean('<div><h1>عنوان</h1><article><font color="red">نص</font></article></div>')).toBe('عنواننص');
  });

  it('gives links rel="noopener noreferrer" and target _self by default', async () => {
    expect(await clean('<a href="https://a.example/x">x</a>')).toBe(
      '<a href="https://a.example/x" rel="noopener noreferrer" target="_self">x</a>',
    );
  });

  it('adds ugc nofollow and target _blank when asked', async () => {
    expect(await clean('<a href="https://a.example/">x</a>', { ugc: true, linkTarget: '_blank' })).toBe(
      '<a href="https://a.example/" rel="noopener noreferrer ugc nofollow" target="_blank">x</a>',
    );
  });

  it('replaces the feed’s own rel and target', async () => {
    expect(await clean('<a href="https://a.example/" rel="opener" target="_top">x</a>')).toBe(
      '<a href="https://a.example/" rel="noopener noreferrer" target="_self">x</a>',
    );
  });

  it('resolves relative links and images against baseUrl', async () => {
    const out = await clean('<a href="../27/next.html">n</a><img src="/img/a.jpg" alt="">', { baseUrl: BASE });
    expect(out).toContain('href="https://news.example/2024/12/27/next.html"');
    expect(out).toContain('src="https://news.example/img/a.jpg"');
  });

  it('keeps mailto links', async () => {
    expect(await clean('<a href="mailto:desk@news.example">m</a>')).toContain('href="mailto:desk@news.example"');
  });

  it('makes images lazy, async and referrer-free', async () => {
    expect(await clean('<img src="https://cdn.example/a.jpg" alt="a">')).toBe(
      '<img src="https://cdn.example/a.jpg" alt="a" loading="lazy" decoding="async" referrerpolicy="no-referrer">',
    );
  });

  it('does not load anything marked lazy=eager by the feed', async () => {
    expect(
      await clean('<img src="https://cdn.example/a.jpg" loading="eager" decoding="sync" referrerpolicy="unsafe-url">'),
    ).toBe('<img src="https://cdn.example/a.jpg" loading="lazy" decoding="async" referrerpolicy="no-referrer">');
  });

  it('never throws on non-string input', async () => {
    expect(await clean(undefined as unknown as string)).toBe('');
    expect(await clean(42 as unknown as string)).toBe('42');
  });
});

// Each hostile input must come out with no script, no handler, no unsafe URL and no forbidden element.
const HOSTILE: [string, string][] = [
  ['script tag', '<p>a</p><script>alert(1)</script>'],
  ['script with src', '<script src="https://evil.example/x.js"></script>'],
  ['uppercase script', '<SCRIPT>alert(1)</SCRIPT>'],
  ['img onerror', '<img src="x" onerror="alert(1)">'],
  ['onclick on p', '<p onclick="alert(1)">x</p>'],
  ['mixed-case handler', '<a href="https://a.example" OnMouseOver="alert(1)">x</a>'],
  ['handler with slash separator', '<img/src="https://a.example/a.png"/onerror=alert(1)>'],
  ['javascript: link', '<a href="javascript:alert(1)">x</a>'],
  ['javascript: upper case', '<a href="JaVaScRiPt:alert(1)">x</a>'],
  [
    'javascript: decimal entities',
    '<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)">x</a>',
  ],
  [
    'javascript: hex entities no semicolons',
    '<a href="&#x6A&#x61&#x76&#x61&#x73&#x63&#x72&#x69&#x70&#x74&#x3A;alert(1)">x</a>',
  ],
  ['javascript: with tab', '<a href="java\tscript:alert(1)">x</a>'],
  ['javascript: with newline entity', '<a href="java&#10;script:alert(1)">x</a>'],
  ['javascript: leading spaces and control char', '<a href=" \u0001 javascript:alert(1)">x</a>'],
  ['vbscript: link', '<a href="vbscript:msgbox(1)">x</a>'],
  ['data: link', '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">x</a>'],
  ['data: image', '<img src="data:image/svg+xml,<svg onload=alert(1)>">'],
  ['javascript: image', '<img src="javascript:alert(1)">'],
  ['file: link', '<a href="file:///etc/passwd">x</a>'],
  ['svg with script', '<svg><script>alert(1)</script><a xlink:href="javascript:alert(1)">x</a></svg>'],
  ['svg onload', '<svg onload="alert(1)"></svg>'],
  ['math namespace confusion', '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>'],
  ['svg foreignObject', '<svg><foreignObject><iframe src="javascript:alert(1)"></iframe></foreignObject></svg>'],
  ['noscript mutation', '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>'],
  ['style element', '<style>body{display:none}</style><p>x</p>'],
  ['style attribute', '<p style="position:fixed;inset:0">x</p>'],
  ['class and id', '<p class="ad" id="main">x</p>'],
  ['name clobbering', '<img name="cookie" src="https://a.example/a.png"><a name="body">x</a>'],
  ['iframe', '<iframe src="https://evil.example"></iframe>'],
  ['srcdoc iframe', '<iframe srcdoc="<script>alert(1)</script>"></iframe>'],
  [
    'form and inputs',
    '<form action="https://evil.example"><input name="q"><button formaction="javascript:alert(1)">b</button></form>',
  ],
  ['object and embed', '<object data="https://evil.example/x.swf"></object><embed src="https://evil.example/x">'],
  ['srcset', '<img src="https://a.example/a.png" srcset="javascript:alert(1) 1x, data:image/png;base64,AA 2x">'],
  ['srcset on a non-image', '<p srcset="https://a.example/b.png 2x">x</p>'],
  ['base tag', '<base href="https://evil.example/"><a href="x">x</a>'],
  ['meta refresh', '<meta http-equiv="refresh" content="0;url=https://evil.example">'],
  ['link stylesheet', '<link rel="stylesheet" href="https://evil.example/x.css">'],
  ['template', '<template><img src=x onerror=alert(1)></template>'],
  ['data attributes', '<p data-x="1" aria-hidden="true">x</p>'],
  ['ping and formaction', '<a href="https://a.example" ping="https://evil.example/track">x</a>'],
  ['quote cite javascript', '<blockquote cite="javascript:alert(1)">x</blockquote>'],
  ['custom element is=', '<p is="x-evil">x</p>'],
  [
    'video and audio',
    '<video src="https://a.example/v.mp4" autoplay></video><audio src="https://a.example/a.mp3"></audio>',
  ],
  ['comment tricks', '<!--<img src=x onerror=alert(1)>--><p>x</p>'],
  ['bad dir value', '<p dir="javascript:alert(1)">x</p>'],
];

const FORBIDDEN = [
  'script',
  'svg',
  'math',
  'iframe',
  'form',
  'input',
  'button',
  'object',
  'embed',
  'base',
  'meta',
  'link',
  'style',
  'template',
  'noscript',
  'video',
  'audio',
  'mtext',
  'mglyph',
  'foreignobject',
  '@style',
  '@class',
  '@id',
  '@name',
  '@srcset',
  '@ping',
  '@is',
  '@data-x',
  '@aria-hidden',
  '@srcdoc',
  '@xlink:href',
];

describe('sanitizeHtml: hostile input', () => {
  it.each(HOSTILE)('%s', async (_name, html) => {
    const box = document.createElement('div');
    box.append(await sanitizeHtml(html, { baseUrl: BASE }));
    const seen = [...box.querySelectorAll('*')].flatMap((el) => [
      el.localName,
      ...[...el.attributes].map((a) => `@${a.name}`),
    ]);
    for (const bad of FORBIDDEN) expect(seen, bad).not.toContain(bad);
    expect(
      seen.some((n) => /^@on/i.test(n)),
      'event handler',
    ).toBe(false);
    for (const el of box.querySelectorAll('[href],[src],[cite],[srcset]')) {
      for (const attr of ['href', 'src', 'cite', 'srcset']) {
        const value = el.getAttribute(attr);
        if (value !== null) expect(value, attr).toMatch(/^(https?:\/\/|mailto:)/);
      }
    }
    expect(box.innerHTML).not.toMatch(/javascript:|vbscript:|data:|onerror|alert\(1\)<\/script/i);
    const dir = box.querySelector('[dir]')?.getAttribute('dir');
    if (dir !== undefined) expect(['ltr', 'rtl', 'auto']).toContain(dir);
  });

  it('drops images whose source is unsafe instead of leaving an empty img', async () => {
    expect(await names('<img src="javascript:alert(1)" alt="a"><img alt="b">')).toEqual([]);
  });

  it('keeps the link text when the href is unsafe, without rel or target', async () => {
    expect(await clean('<a href="javascript:alert(1)">اقرأ</a>')).toBe('<a>اقرأ</a>');
  });

  it('resolves <base>-relative tricks against baseUrl, not the injected base', async () => {
    expect(await clean('<base href="https://evil.example/"><a href="x">x</a>', { baseUrl: BASE })).toContain(
      'href="https://news.example/2024/12/26/x"',
    );
  });

  it('drops non-numeric image sizes', async () => {
    expect(await names('<img src="https://a.example/a.png" width="100%" height="1e9">')).not.toContain('@width');
  });
});
