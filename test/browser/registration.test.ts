import { expect } from '@open-wc/testing';

const TAGS = ['news-ticker', 'article-card', 'related-list'];

describe('registration', () => {
  it('importing the root entry registers no element', async () => {
    const root = await import('../../src/index.js');
    expect(root.NewsTicker).to.be.a('function');
    for (const tag of TAGS) expect(customElements.get(tag), tag).to.equal(undefined);
  });

  it('define registers every element, and a second definition warns once and never throws', async () => {
    const warnings: unknown[][] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      await import('../../src/define.js');
      const { defineElement } = await import('../../src/elements/define-element.js');
      for (const tag of TAGS) expect(customElements.get(tag), tag).to.be.a('function');
      class Impostor extends HTMLElement {}
      for (const tag of TAGS) expect(() => defineElement(tag, Impostor)).not.to.throw();
      expect(warnings).to.have.length(1);
      expect(String(warnings[0][0])).to.contain('already defined');
      expect(customElements.get('news-ticker')).not.to.equal(Impostor);
    } finally {
      console.warn = original;
    }
  });
});
