import { expect, html } from '@open-wc/testing';
import { feedOf, headlines, shadow, still, ticker, track, velocity, x } from './ticker-helpers.js';

describe('<news-ticker> scroll motion', () => {
  it('moves rightwards (increasing x) in RTL at the configured speed', async () => {
    const el = await ticker(feedOf(headlines(6)), { dir: 'rtl' });
    const v = await velocity(el);
    expect(v).to.be.within(54, 66);
  });

  it('moves leftwards (decreasing x) in LTR at the configured speed', async () => {
    const el = await ticker(
      feedOf(headlines(6)),
      { dir: 'ltr' },
      (feed) => html`<news-ticker .feed=${feed} speed="120"></news-ticker>`,
    );
    const v = await velocity(el);
    expect(v).to.be.within(-132, -108);
  });
});
