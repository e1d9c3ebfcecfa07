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
