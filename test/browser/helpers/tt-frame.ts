/**
 * A frame whose Content-Security-Policy enforces Trusted Types (the policy list the README tells
 * hosts to use), loading one test page module: for proving that the library runs with zero
 * violations. Violations are collected in the frame's `violations`.
 */
export const TT_CSP = "require-trusted-types-for 'script'; trusted-types news-widgets lit-html";

import type { Engine } from './engines.js';

export { ENGINES } from './engines.js';

export interface Violation {
  directive: string;
  sample: string;
}

export interface FrameOptions {
  /** The page module to load in the frame, e.g. `/test/browser/security/xss-page.ts`. */
  module: string;
  /** The sanitizer engine the frame has: `DOMPurify` removes `Element.prototype.setHTML` first. */
  engine?: Engine;
  /** Waits until the frame defines this global function. */
  ready: string;
}

export async function enforcingFrame<W extends Window>({
  module,
  engine = 'Sanitizer API',
  ready,
}: FrameOptions): Promise<{ win: W & { violations: Violation[] }; frame: HTMLIFrameElement }> {
  const frame = document.createElement('iframe');
  frame.style.inlineSize = '1000px';
  frame.style.blockSize = '800px';
  frame.srcdoc = `<!doctype html><html lang="ar" dir="rtl"><meta charset="utf-8">
    <meta http-equiv="Content-Security-Policy" content="${TT_CSP}">
    <script>
      window.violations = [];
      document.addEventListener('securitypolicyviolation', (e) =>
        violations.push({ directive: e.effectiveDirective || e.violatedDirective, sample: e.sample }));
      ${engine === 'DOMPurify' ? 'delete Element.prototype.setHTML;' : ''}
    </script>
    <script type="module" src="${module}"></script></html>`;
  document.body.append(frame);
  const win = frame.contentWindow as W & { violations: Violation[] } & Record<string, unknown>;
  const end = performance.now() + 10000;
  while (typeof win[ready] !== 'function') {
    if (performance.now() > end) throw new Error(`the frame did not load ${module}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return { win, frame };
}

/** Violation reports are queued as tasks: give them time to arrive. */
export const settleReports = () => new Promise((resolve) => setTimeout(resolve, 100));
