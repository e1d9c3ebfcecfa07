import { expect } from '@open-wc/testing';

/**
 * The narrowest policy list the library needs: `news-widgets` (the sanitizer hands markup to
 * DOMPurify through it) and `lit-html` (Lit's templates). No `dompurify` policy is created.
 */
const CSP = "require-trusted-types-for 'script'; trusted-types news-widgets lit-html";

interface Frame extends Window {
  violations: { directive: string; sample: string }[];
  renderBody(markup: string): Promise<string>;
}

async function enforcingFrame(): Promise<{ win: Frame; frame: HTMLIFrameElement }> {
  const frame = document.createElement('iframe');
  frame.srcdoc = `<!doctype html><meta http-equiv="Content-Security-Policy" content="${CSP}">
    <script>
      window.violations = [];
      document.addEventListener('securitypolicyviolation', (e) =>
        violations.push({ directive: e.effectiveDirective || e.violatedDirective, sample: e.sample }));
    </script>
    <script type="module" src="/test/browser/sanitize/tt-page.ts"></script>`;
  document.body.append(frame);
  const win = frame.contentWindow as Frame;
  const end = performance.now() + 5000;
  while (typeof win.renderBody !== 'function') {
    if (performance.now() > end) throw new Error('the frame did not load');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return { win, frame };
}

/** Violation reports are queued as tasks: give them time to arrive. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 100));

describe('Trusted Types', () => {
  it(`sanitizes and renders a body under "${CSP}" with zero violations`, async () => {
    const { win, frame } = await enforcingFrame();
    try {
      const out = await win.renderBody(
        '<p dir="rtl">صرح <a href="https://news.example/a" onclick="alert(1)">لافروف</a></p>' +
          '<img src="https://cdn.example/a.jpg" onerror="alert(1)" alt="صورة"><script>alert(1)</script>',
      );
      await settle();
      expect(win.violations).to.deep.equal([]);
      expect(out).to.contain('<a href="https://news.example/a" rel="noopener noreferrer" target="_blank">لافروف</a>');
      expect(out).to.contain('loading="lazy"');
      expect(out).not.to.contain('onclick');
      expect(out).not.to.contain('script');
      // A second body reuses the one policy.
      await win.renderBody('<p>ثانٍ</p>');
      await settle();
      expect(win.violations).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });

  it('the frame really enforces Trusted Types (a raw innerHTML string is refused and reported)', async () => {
    const { win, frame } = await enforcingFrame();
    try {
      const div = win.document.createElement('div');
      expect(() => (div.innerHTML = '<b>x</b>')).to.throw();
      await settle();
      expect(win.violations.map((v) => v.directive)).to.deep.equal(['require-trusted-types-for']);
    } finally {
      frame.remove();
    }
  });
});
