import { expect, fixture, html } from '@open-wc/testing';
import { sanitizeHtml } from '../../../src/sanitize/sanitize.js';
import { ENGINES, useEngine } from '../helpers/engines.js';

declare global {
  interface Window {
    pwned?: string[];
  }
}

// Payloads that would set window.pwned if anything ran; rendered for real in Chromium.
const PAYLOADS = [
  '<img src="x" onerror="(window.pwned ||= []).push(\'img\')">',
  '<svg><animate onbegin="(window.pwned ||= []).push(\'svg\')" attributeName="x" dur="1s"></animate></svg>',
  '<math><mtext><table><mglyph><style><img src=x onerror="(window.pwned ||= []).push(\'math\')">',
  '<noscript><p title="</noscript><img src=x onerror=(window.pwned||=[]).push(`noscript`)>"></noscript>',
  '<a href="javascript:(window.pwned ||= []).push(\'link\')" id="go">x</a>',
  '<iframe srcdoc="<script>parent.pwned = [\'iframe\']</script>"></iframe>',
  '<details open ontoggle="(window.pwned ||= []).push(\'details\')">x</details>',
  '<body onload="(window.pwned ||= []).push(\'body\')">',
  '<form><button formaction="javascript:(window.pwned ||= []).push(\'form\')">b</button></form>',
];

for (const engine of ENGINES)
  describe(`sanitizeHtml in Chromium (${engine})`, () => {
    useEngine(engine);
    afterEach(() => delete window.pwned);

    it('renders hostile bodies through Lit without running anything', async () => {
      const fragments = await Promise.all(PAYLOADS.map((p) => sanitizeHtml(p, { baseUrl: location.href })));
      const el = await fixture<HTMLElement>(html`<div>${fragments.map((f) => html`<section>${f}</section>`)}</div>`);
      el.querySelectorAll('a').forEach((a) => a.click());
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(window.pwned).to.equal(undefined);
      expect(el.querySelectorAll('svg, math, iframe, form, button, details, script, style')).to.have.length(0);
    });

    it('removes a URL where it means nothing (<b href="javascript:…">) and keeps the title, which is text', async () => {
      const el = await fixture<HTMLElement>(
        html`<div>${await sanitizeHtml('<b href="javascript:alert(1)" title="javascript:alert(2)">x</b>')}</div>`,
      );
      expect(el.innerHTML.replace(/<!--.*?-->/g, '')).to.equal('<b title="javascript:alert(2)">x</b>');
    });

    it('keeps a table whole (caption, header text, spans, scopes) in a labelled region', async () => {
      const fragment = await sanitizeHtml(
        '<table><caption>أسعار الصرف</caption><thead><tr><th scope="col">العملة</th><th scope="bogus">السعر</th></tr></thead>' +
          '<tbody><tr><td colspan="2" rowspan="5000">13000</td></tr></tbody><tfoot><tr><td>المصدر</td></tr></tfoot></table>',
      );
      const el = await fixture<HTMLElement>(html`<div>${fragment}</div>`);
      const region = el.querySelector('[role="region"]')!;
      expect(region.getAttribute('aria-label')).to.equal('أسعار الصرف');
      expect([...region.querySelectorAll('thead th')].map((th) => th.outerHTML)).to.deep.equal([
        '<th scope="col">العملة</th>',
        '<th>السعر</th>',
      ]);
      expect(region.querySelector('tbody td')!.outerHTML).to.equal('<td colspan="2">13000</td>');
      expect(region.querySelector('tfoot td')!.textContent).to.equal('المصدر');
    });

    it('keeps figures and srcset images, each candidate through the URL policy', async () => {
      const fragment = await sanitizeHtml(
        '<figure><img src="a.jpg" srcset="javascript:alert(1) 1x, /b.jpg 2x" sizes="50vw" alt="أ"><figcaption>شرح</figcaption></figure>',
        { baseUrl: 'https://news.example/x/' },
      );
      const el = await fixture<HTMLElement>(html`<div>${fragment}</div>`);
      const img = el.querySelector('figure > img')!;
      expect(img.getAttribute('srcset')).to.equal('https://news.example/b.jpg 2x');
      expect(img.getAttribute('sizes')).to.equal('50vw');
      expect(el.querySelector('figcaption')!.textContent).to.equal('شرح');
    });

    it('replaces players with a link to their http(s) source, none for other sources', async () => {
      const fragment = await sanitizeHtml(
        '<audio><source src="https://a.example/a.ogg"></audio><iframe src="javascript:alert(1)"></iframe><video src="v.mp4"></video>',
        { baseUrl: 'https://news.example/', labels: { video: '▶ Video', audio: '▶ Audio' }, linkTarget: '_blank' },
      );
      const el = await fixture<HTMLElement>(html`<div>${fragment}</div>`);
      expect([...el.querySelectorAll('a')].map((a) => [a.textContent, a.href, a.rel, a.target])).to.deep.equal([
        ['▶ Audio', 'https://a.example/a.ogg', 'noopener noreferrer', '_blank'],
        ['▶ Video', 'https://news.example/v.mp4', 'noopener noreferrer', '_blank'],
      ]);
      expect(el.querySelectorAll('audio, iframe, video, source')).to.have.length(0);
    });

    it('loads the images it keeps lazily, without a referrer', async () => {
      const fragment = await sanitizeHtml('<p>نص <img src="/feeds-test/status/404" alt="صورة"></p>');
      const el = await fixture<HTMLElement>(html`<div>${fragment}</div>`);
      const img = el.querySelector('img')!;
      expect(img.loading).to.equal('lazy');
      expect(img.decoding).to.equal('async');
      expect(img.referrerPolicy).to.equal('no-referrer');
      expect(img.src).to.equal(new URL('/feeds-test/status/404', location.href).href);
      expect(img.ownerDocument).to.equal(document);
    });
  });
