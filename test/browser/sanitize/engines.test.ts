import { expect } from '@open-wc/testing';
import { sanitizeHtml, type SanitizeOptions } from '../../../src/sanitize/sanitize.js';
import { PAYLOADS } from '../../security/payloads.js';
import { hasSanitizerApi, removeSanitizerApi } from '../helpers/engines.js';
import { HOSTILE_URLS, NON_LINK_ELEMENTS, URL_ATTRIBUTES, unsafeUrls, urlMatrix } from '../../security/url-matrix.js';
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

/** Both outputs from a little before their first difference. */
const fromDifference = (a: string, b: string): [string, string] => {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  const start = Math.max(0, i - 40);
  return [cut(`…${a.slice(start)}`), cut(`…${b.slice(start)}`)];
};

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
  // Tables as newsrooms write them: caption, header, body, footer, spans, scopes, stray parts.
  '<table><caption>أسعار صرف الليرة السورية</caption><thead><tr><th scope="col">العملة</th><th scope="col">الشراء</th><th scope="col">المبيع</th></tr></thead>' +
    '<tbody><tr><th scope="row">الدولار الأمريكي</th><td>13000</td><td>13100</td></tr><tr><th scope="row">اليورو</th><td colspan="2">غير متوفر</td></tr></tbody>' +
    '<tfoot><tr><td colspan="3">المصدر: مصرف سوريا المركزي</td></tr></tfoot></table>',
  '<table border="1" style="width:100%"><tr><td rowspan="2" scope="row" colspan="x">أ</td><td colspan="0">ب</td></tr><tr><th scope="sideways">ج</th></tr></table>',
  '<table><colgroup><col span="2"></colgroup><thead><tr><th>رأس <a href="/h">رابط</a></th></tr></thead><tbody><tr><td><table><tr><td>متداخل</td></tr></table></td></tr></tbody></table>',
  '<tr><td>خلية بلا جدول</td></tr><caption>عنوان بلا جدول</caption><td>خلية</td><th>رأس</th>',
  // Figures and srcset images.
  '<figure><img src="a-640.jpg" srcset="a-640.jpg 640w, /img/a-1280.jpg 1280w, javascript:alert(1) 2000w" sizes="(max-width: 600px) 100vw, 50vw" alt="دمشق"><figcaption>دمشق <b>ليلاً</b></figcaption></figure>',
  '<img src="https://cdn.example/a.jpg" srcset="https://img.example/w_100,h_50/a.jpg 1x,https://img.example/b.jpg, data:image/png;base64,AA 3x">',
  '<img src="https://cdn.example/a.jpg" srcset="javascript:alert(1) 1x, vbscript:x 2x" sizes="100vw"><p sizes="100vw" srcset="a.jpg">ب</p>',
  // Players, dropped with a link to their http(s) source or without a trace.
  '<p>قبل</p><video src="/v/clip.mp4" poster="p.jpg" controls>بديل</video><p>بعد</p>',
  '<audio controls><source src="javascript:x"><source src="https://a.example/a.ogg" type="audio/ogg">بديل</audio>',
  '<iframe src="https://www.youtube.com/embed/abc" width="560" height="315" allowfullscreen></iframe><iframe srcdoc="<p>x</p>"></iframe>',
  '<object data="https://a.example/o"><embed src="https://a.example/inner">بديل</object><embed src="vbscript:x"><video></video>',
  '<p>نص <video src="v.mp4"></video> ضمن فقرة <a href="/x"><audio src="a.mp3"></audio></a></p><table><tr><td><iframe src="/e"></iframe></td></tr></table>',
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
      const all = native.join('');
      expect(all).to.contain('لافروف');
      // What both keep, not only that they agree: the header row's text, spans, srcset candidates, players' links.
      expect(all).to.contain('<thead><tr><th scope="col">العملة</th>');
      expect(all).to.contain('<td colspan="2">غير متوفر</td>');
      expect(all).to.contain('srcset="https://img.example/w_100,h_50/a.jpg 1x, https://img.example/b.jpg"');
      expect(all).to.contain('>▶ فيديو</a>');
      expect(all).to.contain('href="https://a.example/a.ogg"');
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

describe('sanitizeHtml engines: the URL policy on every element', function () {
  this.timeout(60000);
  const matrix = urlMatrix();

  it('a javascript: href on a <b> goes in both engines; its title, which is text, stays', async () => {
    const markup = '<b href="javascript:alert(1)" title="javascript:alert(2)">x</b>';
    const native = serialize(await sanitizeHtml(markup));
    const purified = serialize(await withoutSanitizerApi(() => sanitizeHtml(markup)));
    expect(native).to.equal('<b title="javascript:alert(2)">x</b>');
    expect(purified).to.equal(native);
  });

  it(`strip ${HOSTILE_URLS.length} hostile URLs from ${URL_ATTRIBUTES.length} URL attributes on ${NON_LINK_ELEMENTS.length} elements, identically`, async () => {
    const run = () => Promise.all(matrix.map(async ({ markup }) => serialize(await sanitizeHtml(markup, OPTIONS[0]))));
    const native = await run();
    const purified = await withoutSanitizerApi(run);
    const unsafe = native.flatMap((out, n) => {
      const box = document.createElement('div');
      box.innerHTML = out;
      return unsafeUrls(box).map((bad) => `${matrix[n].tag}[${matrix[n].attribute}]: ${bad}`);
    });
    expect(unsafe).to.deep.equal([]);
    const differences = matrix.flatMap(({ tag, attribute }, n) => {
      if (native[n] === purified[n]) return [];
      const [a, b] = fromDifference(native[n], purified[n]);
      return [`${tag}[${attribute}]\n  native:    ${a}\n  DOMPurify: ${b}`];
    });
    expect(differences.join('\n\n')).to.equal('');
    // The elements and their text stay (only the URL goes): the test is not passing on empty output.
    expect(native.join('').match(/نص/g)!.length).to.be.greaterThan(matrix.length * 5);
  });
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
