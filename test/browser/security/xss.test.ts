import { expect } from '@open-wc/testing';
import { PAYLOADS } from '../../security/payloads.js';
import type { Report } from './xss-page.js';

/** The same CSP the README documents for hosts (Trusted Types part): violations are reported here. */
const CSP = "require-trusted-types-for 'script'; trusted-types news-widgets lit-html";

interface Frame extends Window {
  violations: string[];
  runHostile(format: string, tag: string): Promise<Report>;
}

async function enforcingFrame(): Promise<{ win: Frame; frame: HTMLIFrameElement }> {
  const frame = document.createElement('iframe');
  frame.style.inlineSize = '1000px';
  frame.style.blockSize = '800px';
  frame.srcdoc = `<!doctype html><html lang="ar" dir="rtl"><meta charset="utf-8">
    <meta http-equiv="Content-Security-Policy" content="${CSP}">
    <script>
      window.violations = [];
      document.addEventListener('securitypolicyviolation', (e) =>
        violations.push((e.effectiveDirective || e.violatedDirective) + ' ' + e.sample));
    </script>
    <script type="module" src="/test/browser/security/xss-page.ts"></script></html>`;
  document.body.append(frame);
  const win = frame.contentWindow as Frame;
  const end = performance.now() + 10000;
  while (typeof win.runHostile !== 'function') {
    if (performance.now() > end) throw new Error('the frame did not load');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return { win, frame };
}

describe(`security: ${PAYLOADS.length} hostile inputs through every field, format and element, under Trusted Types`, function () {
  this.timeout(60000);

  for (const format of ['json-feed', 'rss', 'atom', 'wordpress']) {
    for (const tag of ['article-card', 'news-ticker', 'related-list']) {
      it(`${format} → <${tag}>: no script runs, nothing dangerous in the shadow DOM, the page still works`, async () => {
        const { win, frame } = await enforcingFrame();
        try {
          const report = await win.runHostile(format, tag);
          expect(report.items, 'items parsed').to.be.greaterThan(PAYLOADS.length * 0.9);
          expect(report.rendered, 'items shown as links').to.be.greaterThan(0);
          expect(report.canary, 'window.__xss canary').to.equal(undefined);
          expect(report.dialogs, 'dialogs opened').to.deep.equal([]);
          expect(report.findings, 'dangerous markup in shadow roots').to.deep.equal([]);
          expect(report.pageWorks, 'the page around the element is intact').to.equal(true);
          expect(win.violations, 'Trusted Types / CSP violations').to.deep.equal([]);
        } finally {
          frame.remove();
        }
      });
    }
  }
});
