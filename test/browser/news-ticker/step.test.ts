import { expect, html } from '@open-wc/testing';
import { feedOf, headlines, nextFrame, shadow, ticker } from './ticker-helpers.js';

describe('<news-ticker mode="step">', () => {
  it('paused from the start, it shows its headline whole (the entrance is not left at its first frame)', async () => {
    const el = await ticker(
      feedOf(headlines(3)),
      {},
      (feed) => html`<news-ticker .feed=${feed} mode="step" interval="5" paused></news-ticker>`,
    );
    await nextFrame();
    const one = shadow(el).querySelector<HTMLElement>('.one')!;
    expect(getComputedStyle(one).opacity).to.equal('1');
    expect(new DOMMatrixReadOnly(getComputedStyle(one).transform).m42).to.equal(0);
  });

  it('paused while running, it shows the current headline whole', async () => {
    const el = await ticker(
      feedOf(headlines(3)),
      {},
      (feed) => html`<news-ticker .feed=${feed} mode="step" interval="5"></news-ticker>`,
    );
    el.pause();
    await el.updateComplete;
    await nextFrame();
    expect(getComputedStyle(shadow(el).querySelector<HTMLElement>('.one')!).opacity).to.equal('1');
  });
});
