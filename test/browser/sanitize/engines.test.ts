import { expect } from '@open-wc/testing';
import { sanitizeHtml, type SanitizeOptions } from '../../../src/sanitize/sanitize.js';
import { PAYLOADS } from '../../security/payloads.js';
import { hasSanitizerApi, removeSanitizerApi } from '../helpers/engines.js';
import seed from '../../fixtures/seed.json';

/**
 * The two engines behind sanitizeHtml: the browser's HTML Sanitizer API (`Element.setHTML`) where it
 * exists, DOMPurify elsewhere. Both must give the same result for the same input: one allow-list.
 */
/** Runs `work` as a browser without the Sanitizer API would: DOMPurify is downloaded and used. */
async function withoutSanitizerApi<T>(work: () => Promise<T>): Promise<T> {
  const restore = removeSanitizerApi();
  try {
    return await work();
  } finally {
    restore();
  }
}

const serialize = (fragment: DocumentFragment) => {
  const box = document.createElement('div');
  box.append(fragment);
  return box.innerHTML;
};

const cut = (text: string) => (text.length > 160 ? `${text.slice(0, 150)}… (${text.length} chars)` : text);

const NEWS_BODIES = [
  ...(seed as { items: { content_html?: string }[] }).items.flatMap((item) => item.content_html ?? []),
  // What CMS exports look like: wrappers, tables, inline styling, embeds, comments, custom elements.
  '<div class="entry"><p style="color:red">صرح <b>لافروف</b></p><section><h2 id="t">عنوان</h2></section></div>',
  '<table><thead><tr><th>رأس</th></tr></thead><tbody><tr><td>خلية <a href="/x">رابط</a></td></tr></tbody></table>',
  '<font face="Arial"><center>نص قديم</center></font><u>تحته خط</u><s>مشطوب</s><mark>مميز</mark>',
  '<!-- تعليق --><p>قبل<!--x-->بعد</p><my-widget data-id="1">داخل عنصر مخصص</my-widget>',
  '<figure><img src="https://cdn.example/a.jpg" alt="صورة" width="640" height="360" srcset="b.jpg 2x" class="w"><figcaption>شرح</figcaption></figure>',
  '<blockquote cite="https://news.example/q"><p dir="rtl">«اقتباس» with English <bdi>mixed</bdi></p></blockquote>',
  '<ul><li>أ</li><li><ol><li>ب</li></ol></li></ul><pre><code>code()</code></pre><dl><dt>ت</dt><dd>ث</dd></dl>',
  '<p><a href="mailto:desk@news.example">بريد</a> <a href="ftp://x/y">ftp</a> <a href="#top">أعلى</a></p>',
  '<p><time datetime="2024-12-26T12:51:00+03:00">26.12.2024 | 12:51</time> <abbr title="الأمم المتحدة">أ.م</abbr></p>',
  '<video src="v.mp4">نص بديل للفيديو</video><audio>بديل</audio><svg><text>رسم</text></svg><math><mi>x</mi></math>',
  '<p dir="sideways" lang="ar" width="wide" height="12">سمات</p><img src="rel.png" width="12px">',
];

const OPTIONS: SanitizeOptions[] = [
  { baseUrl: 'https://news.example/2024/12/26/lavrov' },
  { baseUrl: 'https://news.example/', ugc: true, linkTarget: '_blank' },
];

describe('sanitizeHtml engines: the HTML Sanitizer API and DOMPurify', function () {
  this.timeout(20000);

  it('this Chromium has the HTML Sanitizer API, so the native engine is the one under test', () => {
    expect(hasSanitizerApi()).to.equal(true);
  });

  it('the native engine needs no download: DOMPurify is not requested', async () => {
    const before = performance.getEntriesByType('resource').map((e) => e.name);
    const out = serialize(await sanitizeHtml('<p onclick="x()">نص <script>1</script></p>'));
    expect(out).to.equal('<p>نص </p>');
    const fetched = performance
      .getEntriesByType('resource')
      .map((e) => e.name)
      .filter((name) => !before.includes(name));
    expect(fetched.filter((name) => /purify/i.test(name))).to.deep.equal([]);
  });

  for (const [i, options] of OPTIONS.entries()) {
    it(`give the same result for ${NEWS_BODIES.length} news bodies (options ${i + 1})`, async () => {
      const native = await Promise.all(NEWS_BODIES.map(async (body) => serialize(await sanitizeHtml(body, options))));
      const purified = await withoutSanitizerApi(() =>
        Promise.all(NEWS_BODIES.map(async (body) => serialize(await sanitizeHtml(body, options)))),
      );
      expect(native).to.deep.equal(purified);
      expect(native.join('')).to.contain('لافروف');
    });

    it(`give the same result for ${PAYLOADS.length} hostile inputs (options ${i + 1})`, async () => {
      const native = await Promise.all(PAYLOADS.map(async (body) => serialize(await sanitizeHtml(body, options))));
      const purified = await withoutSanitizerApi(() =>
        Promise.all(PAYLOADS.map(async (body) => serialize(await sanitizeHtml(body, options)))),
      );
      // Where the two may differ, both safe: DOMPurify parses <noscript> content as markup (scripting
      // off) and keeps an empty <p> from it, the template parses it as text and drops it; DOMPurify
      // removes elements nested more than 255 deep, the browser keeps them.
      const known = (input: string) => input.startsWith('<noscript>') || input.length > 10000;
      const differences = PAYLOADS.flatMap((input, n) =>
        native[n] === purified[n] || known(input)
          ? []
          : [`${cut(input)}\n  native:    ${cut(native[n])}\n  DOMPurify: ${cut(purified[n])}`],
      );
      expect(differences.join('\n\n')).to.equal('');
    });
  }
});

describe('sanitizeHtml with the HTML Sanitizer API: inputs that crash a careless use of it', () => {
  it('removes every event handler attribute Chromium knows, and the ones it does not, without crashing the tab', async () => {
    const handlers = new Set(['onstart', 'onfinish', 'onbounce', 'onbeforematch', 'onbegin', 'onend', 'onrepeat']);
    for (const proto of [
      HTMLElement.prototype,
      Document.prototype,
      window,
      HTMLMediaElement.prototype,
      SVGElement.prototype,
    ])
      for (const key in proto) if (key.startsWith('on')) handlers.add(key);
    const markup = [...handlers]
      .map(
        (name) => `<p ${name}="window.__xss=1">${name}</p><marquee ${name}=x>m</marquee><svg><set ${name}=x /></svg>`,
      )
      .join('');
    const out = serialize(await sanitizeHtml(markup));
    expect(out).not.to.match(/\son\w+=/);
    expect(out).to.contain('<p>onstart</p>');
    expect(handlers.size).to.be.greaterThan(100);
  });
});
