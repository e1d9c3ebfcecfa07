// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { sanitizeHtml, type SanitizeOptions } from '../../../src/sanitize/sanitize.js';
import { checkSrcset } from '../../../src/sanitize/url.js';
import { HOSTILE_URLS, NON_LINK_ELEMENTS, URL_ATTRIBUTES, unsafeUrls, urlMatrix } from '../../security/url-matrix.js';

/** Bodies as written (tables, figures, srcset images, players) and the URL policy on every element, with DOMPurify. */
async function clean(html: string, options?: SanitizeOptions): Promise<string> {
  const box = document.createElement('div');
  box.append(await sanitizeHtml(html, options));
  return box.innerHTML;
}

const BASE = 'https://news.example/2024/12/26/article.html';
const REGION = '<div class="table-scroll" role="region" tabindex="0" aria-label=';

describe('URL policy on every element', () => {
  it('removes a javascript: href from a <b> and keeps its title, which is text', async () => {
    expect(await clean('<b href="javascript:alert(1)" title="javascript:alert(2)">x</b>')).toBe(
      '<b title="javascript:alert(2)">x</b>',
    );
  });

  it('removes URL attributes where they mean nothing, even http(s) ones', async () => {
    expect(
      await clean(
        '<p src="https://a.example/x" href="https://a.example/" cite="https://a.example/c">x</p><span srcset="https://a.example/a.jpg 1x">y</span>',
      ),
    ).toBe('<p>x</p><span>y</span>');
  });

  it('keeps http(s) URLs where they mean something: a href, img src and srcset, blockquote and q cite', async () => {
    const out = await clean(
      '<a href="/x">a</a><img src="a.jpg" srcset="a.jpg 1x" alt=""><blockquote cite="/b">b</blockquote><q cite="/q">q</q>',
      { baseUrl: BASE },
    );
    expect(out).toContain('href="https://news.example/x"');
    expect(out).toContain('srcset="https://news.example/2024/12/26/a.jpg 1x"');
    expect(out).toContain('cite="https://news.example/b"');
    expect(out).toContain('cite="https://news.example/q"');
  });

  // jsdom is slow: one of each kind of hostile URL here; the engines test in Chromium runs them all.
  const values = [HOSTILE_URLS[1], HOSTILE_URLS[5], HOSTILE_URLS[7], HOSTILE_URLS[10], HOSTILE_URLS[12]];

  it(
    `strips ${values.length} kinds of hostile URL from ${URL_ATTRIBUTES.length} URL attributes on ${NON_LINK_ELEMENTS.length} elements`,
    {
      timeout: 30000,
    },
    async () => {
      const failures: string[] = [];
      let kept = 0;
      for (const { tag, attribute, markup } of urlMatrix(values)) {
        const box = document.createElement('div');
        box.append(await sanitizeHtml(markup, { baseUrl: BASE }));
        failures.push(...unsafeUrls(box).map((bad) => `${tag}[${attribute}]: ${bad}`));
        // The text and the title stay: only the URL goes.
        kept += box.querySelectorAll('[title^="javascript"], [title^="vbscript"]').length;
      }
      expect(failures).toEqual([]);
      expect(kept).toBeGreaterThan(NON_LINK_ELEMENTS.length * URL_ATTRIBUTES.length);
    },
  );
});

describe('tables', () => {
  const TABLE =
    '<table><caption>أسعار صرف الليرة السورية</caption><thead><tr><th scope="col">العملة</th><th scope="col">الشراء</th></tr></thead>' +
    '<tbody><tr><th scope="row">الدولار</th><td>13000</td></tr></tbody><tfoot><tr><td colspan="2">المصدر: مصرف سوريا المركزي</td></tr></tfoot></table>';

  it('keeps table, caption, thead (with its text), tbody, tfoot, rows and cells, in a labelled scroll region', async () => {
    expect(await clean(TABLE)).toBe(
      `${REGION}"أسعار صرف الليرة السورية">` + TABLE.replace('<tbody>', '<tbody>') + '</div>',
    );
  });

  it('names the region with the table label when there is no caption', async () => {
    const table = '<table><tbody><tr><td>1</td></tr></tbody></table>';
    expect(await clean(table)).toBe(`${REGION}"جدول">${table}</div>`);
    expect(await clean(table, { labels: { table: 'Table' } })).toBe(`${REGION}"Table">${table}</div>`);
  });

  it('keeps colspan, rowspan and scope only with valid values, and only on cells', async () => {
    const out = await clean(
      '<table><tbody><tr><th scope="ROW" colspan="2" rowspan="0">a</th><td colspan="0" rowspan="1001" scope="row">b</td>' +
        '<td colspan="1e3" rowspan="-1">c</td><th scope="cell" colspan="101">d</th><td colspan="100" rowspan="1000">e</td></tr></tbody></table>' +
        '<p colspan="2" scope="row">f</p>',
    );
    expect(out).toContain('<th scope="ROW" colspan="2" rowspan="0">a</th>');
    expect(out).toContain('<td>b</td><td>c</td><th>d</th>');
    expect(out).toContain('<td colspan="100" rowspan="1000">e</td>');
    expect(out).toContain('<p>f</p>');
  });

  it('drops colgroup and col, which hold no text', async () => {
    expect(await clean('<table><colgroup><col span="2"></colgroup><tbody><tr><td>x</td></tr></tbody></table>')).toBe(
      `${REGION}"جدول"><table><tbody><tr><td>x</td></tr></tbody></table></div>`,
    );
  });
});

describe('figures and srcset images', () => {
  it('keeps figure, figcaption, and an image with srcset and sizes, every candidate resolved', async () => {
    expect(
      await clean(
        '<figure><img src="a-640.jpg" srcset="a-640.jpg 640w, /img/a-1280.jpg 1280w" sizes="(max-width: 600px) 100vw, 50vw" alt="دمشق"><figcaption>دمشق</figcaption></figure>',
        { baseUrl: BASE },
      ),
    ).toBe(
      '<figure><img src="https://news.example/2024/12/26/a-640.jpg" srcset="https://news.example/2024/12/26/a-640.jpg 640w, https://news.example/img/a-1280.jpg 1280w" sizes="(max-width: 600px) 100vw, 50vw" alt="دمشق" loading="lazy" decoding="async" referrerpolicy="no-referrer"><figcaption>دمشق</figcaption></figure>',
    );
  });

  it('drops bad candidates and keeps the good ones, whatever their order', async () => {
    const out = await clean(
      '<img src="https://cdn.example/a.jpg" srcset="javascript:alert(1) 1x, https://cdn.example/b.jpg 2x, data:image/png;base64,AAAA 3x, https://cdn.example/c.jpg bogus">',
    );
    expect(out).toContain('srcset="https://cdn.example/b.jpg 2x"');
  });

  it('drops srcset when no candidate is left', async () => {
    const out = await clean(
      '<img src="https://cdn.example/a.jpg" srcset="javascript:alert(1) 1x, vbscript:x 2x" sizes="100vw">',
    );
    expect(out).not.toContain('srcset');
    expect(out).toContain('src="https://cdn.example/a.jpg"');
  });

  it('splits srcset the way browsers do: commas inside a URL stay, trailing ones separate', () => {
    expect(checkSrcset('https://img.example/w_100,h_50/a.jpg 1x,https://img.example/b.jpg, c.jpg 3x', BASE)).toBe(
      'https://img.example/w_100,h_50/a.jpg 1x, https://img.example/b.jpg, https://news.example/2024/12/26/c.jpg 3x',
    );
    expect(checkSrcset(' , ', BASE)).toBe(undefined);
    expect(checkSrcset('a.jpg 2x 3x, b.jpg x, c.jpg 1.5x', BASE)).toBe('https://news.example/2024/12/26/c.jpg 1.5x');
  });
});

describe('players leave a trace', () => {
  const LINK = 'rel="noopener noreferrer" target="_self"';

  it('replaces a video with a link to its source, labelled ▶ فيديو by default', async () => {
    expect(await clean('<p>قبل</p><video src="/v/clip.mp4" controls>بديل</video><p>بعد</p>', { baseUrl: BASE })).toBe(
      `<p>قبل</p><a href="https://news.example/v/clip.mp4" ${LINK}>▶ فيديو</a><p>بعد</p>`,
    );
  });

  it('uses the labels it is given, and ▶ Audio for audio', async () => {
    const labels = { video: '▶ Video', audio: '▶ Audio' };
    expect(await clean('<audio src="https://a.example/a.mp3"></audio>', { labels })).toBe(
      `<a href="https://a.example/a.mp3" ${LINK}>▶ Audio</a>`,
    );
    expect(
      await clean('<iframe src="https://www.youtube.com/embed/x"></iframe>', { labels, linkTarget: '_blank' }),
    ).toBe('<a href="https://www.youtube.com/embed/x" rel="noopener noreferrer" target="_blank">▶ Video</a>');
  });

  it('takes the source from a <source> child, an embed src, or an object data', async () => {
    expect(
      await clean(
        '<video><source src="javascript:x"><source src="https://a.example/v.webm" type="video/webm"></video>',
      ),
    ).toBe(`<a href="https://a.example/v.webm" ${LINK}>▶ فيديو</a>`);
    expect(await clean('<embed src="https://a.example/e">')).toBe(`<a href="https://a.example/e" ${LINK}>▶ فيديو</a>`);
    expect(await clean('<object data="https://a.example/o"><embed src="https://a.example/inner"></object>')).toBe(
      `<a href="https://a.example/o" ${LINK}>▶ فيديو</a>`,
    );
  });

  it('leaves no link for a player without an http(s) source', async () => {
    for (const player of [
      '<iframe src="javascript:alert(1)"></iframe>',
      '<iframe srcdoc="<p>x</p>"></iframe>',
      '<video src="data:video/mp4;base64,AAAA">بديل</video>',
      '<audio src="ftp://a.example/a.mp3"></audio>',
      '<object data="javascript:alert(1)">fallback</object>',
      '<embed src="vbscript:x">',
      '<video></video>',
    ])
      expect(await clean(`<p>x</p>${player}`), player).toBe('<p>x</p>');
  });
});
