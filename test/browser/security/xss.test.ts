import { expect } from '@open-wc/testing';
import { PAYLOADS } from '../../security/payloads.js';
import type { Report } from './xss-page.js';
import { ENGINES, enforcingFrame } from '../helpers/tt-frame.js';

interface Frame extends Window {
  runHostile(format: string, tag: string): Promise<Report>;
}

describe(`security: ${PAYLOADS.length} hostile inputs through every field, format and element, under Trusted Types`, function () {
  this.timeout(60000);

  for (const engine of ENGINES) {
    for (const format of ['json-feed', 'rss', 'atom', 'wordpress']) {
      // Only <article-card> renders HTML bodies: the other elements run once, with the browser's engine.
      for (const tag of ['article-card', ...(engine === 'DOMPurify' ? [] : ['news-ticker', 'related-list'])]) {
        it(`${engine}, ${format} → <${tag}>: no script runs, nothing dangerous in the shadow DOM, the page still works`, async () => {
          const { win, frame } = await enforcingFrame<Frame>({
            module: '/test/browser/security/xss-page.ts',
            ready: 'runHostile',
            engine,
          });
          try {
            const report = await win.runHostile(format, tag);
            expect(report.items, 'items parsed').to.be.greaterThan(PAYLOADS.length * 0.9);
            expect(report.rendered, 'items shown as links').to.be.greaterThan(0);
            expect(report.canary, 'window.__xss canary').to.equal(undefined);
            expect(report.dialogs, 'dialogs opened').to.deep.equal([]);
            expect(report.findings, 'dangerous markup in shadow roots').to.deep.equal([]);
            expect(report.pageWorks, 'the page around the element is intact').to.equal(true);
            expect(win.violations, 'Trusted Types / CSP violations').to.deep.equal([]);
            if (tag === 'article-card')
              expect(report.purifyLoaded, 'DOMPurify downloaded').to.equal(engine === 'DOMPurify');
          } finally {
            frame.remove();
          }
        });
      }
    }
  }
});
