import { expect } from '@open-wc/testing';
import { ENGINES, TT_CSP, enforcingFrame, settleReports } from '../helpers/tt-frame.js';

/**
 * The narrowest policy list the library needs: `news-widgets` (DOMPurify's path hands markup to it;
 * the Sanitizer API's `setHTML` needs no policy) and `lit-html` (Lit's templates). No `dompurify`
 * policy is created.
 */
interface Frame extends Window {
  renderBody(markup: string): Promise<string>;
}

const frame = (engine: (typeof ENGINES)[number]) =>
  enforcingFrame<Frame>({ module: '/test/browser/sanitize/tt-page.ts', ready: 'renderBody', engine });

describe('Trusted Types', () => {
  for (const engine of ENGINES) {
    it(`${engine}: sanitizes and renders a body under "${TT_CSP}" with zero violations`, async () => {
      const { win, frame: el } = await frame(engine);
      try {
        const out = await win.renderBody(
          '<p dir="rtl">صرح <a href="https://news.example/a" onclick="alert(1)">لافروف</a></p>' +
            '<img src="https://cdn.example/a.jpg" onerror="alert(1)" alt="صورة"><script>alert(1)</script>',
        );
        await settleReports();
        expect(win.violations).to.deep.equal([]);
        expect(out).to.contain('<a href="https://news.example/a" rel="noopener noreferrer" target="_blank">لافروف</a>');
        expect(out).to.contain('loading="lazy"');
        expect(out).not.to.contain('onclick');
        expect(out).not.to.contain('script');
        // A second body reuses the one policy.
        await win.renderBody('<p>ثانٍ</p>');
        await settleReports();
        expect(win.violations).to.deep.equal([]);
        expect(
          typeof (win as unknown as { Element: { prototype: { setHTML?: unknown } } }).Element.prototype.setHTML,
        ).to.equal(engine === 'DOMPurify' ? 'undefined' : 'function');
      } finally {
        el.remove();
      }
    });
  }

  it('the frame really enforces Trusted Types (a raw innerHTML string is refused and reported)', async () => {
    const { win, frame: el } = await frame('Sanitizer API');
    try {
      const div = win.document.createElement('div');
      expect(() => (div.innerHTML = '<b>x</b>')).to.throw();
      await settleReports();
      expect(win.violations.map((v) => v.directive)).to.deep.equal(['require-trusted-types-for']);
    } finally {
      el.remove();
    }
  });
});
