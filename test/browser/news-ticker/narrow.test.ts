import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import news from '../../../demo/feeds/news.json';
import newsEn from '../../../demo/feeds/news-en.json';
import type { NewsFeed } from '../../../src/feed/model.js';
import { shadow, type NewsTicker } from './ticker-helpers.js';

/**
 * One headline at a time on a phone (WCAG 1.4.10, reflow at 320 px): in step mode and with reduced
 * motion, every headline of the demo feeds — Arabic (with a 314-character mixed-script title) and
 * English — is shown whole at 320 and 375 px: its text, laid out, is as wide as the same text on one
 * line (nothing elided), every line fits the width the headline has, and no line is clipped by the bar.
 */

type Feed = NewsFeed | typeof news;
const FEEDS: [string, Feed, 'rtl' | 'ltr', string][] = [
  ['Arabic', news, 'rtl', 'ar'],
  ['English', newsEn, 'ltr', 'en'],
];

async function narrowTicker(width: number, feed: Feed, dir: string, lang: string, mode: 'step' | 'reduce') {
  const wrapper = await fixture<HTMLElement>(
    html`<div dir=${dir} lang=${lang} style="inline-size: ${width}px">
      ${
        mode === 'step'
          ? html`<news-ticker .feed=${feed} mode="step" interval="5" paused limit="50"></news-ticker>`
          : html`<news-ticker .feed=${feed} motion="reduce" limit="50"></news-ticker>`
      }
    </div>`,
  );
  const el = wrapper.querySelector<NewsTicker>('news-ticker')!;
  await waitUntil(() => shadow(el).querySelector('.one .title'), 'no headline shown');
  await document.fonts.ready;
  return el;
}

/** What of the shown headline a reader cannot see; empty when all of it is on screen. */
function unseen(el: NewsTicker): string[] {
  const root = shadow(el);
  const title = root.querySelector<HTMLElement>('.one .title')!;
  const one = root.querySelector<HTMLElement>('.one')!.getBoundingClientRect();
  const bar = root.querySelector<HTMLElement>('.bar')!.getBoundingClientRect();
  const host = el.getBoundingClientRect();
  const range = document.createRange();
  range.selectNodeContents(title);
  const lines = [...range.getClientRects()].filter((r) => r.width > 0);
  const problems: string[] = [];
  // The same text on one line, in the same font.
  const context = document.createElement('canvas').getContext('2d')!;
  context.font = getComputedStyle(title).font;
  const natural = context.measureText(title.textContent!.replace(/\s+/g, ' ').trim()).width;
  const laidOut = lines.reduce((sum, r) => sum + r.width, 0);
  if (laidOut < natural * 0.97) problems.push(`${Math.round(laidOut)} of ${Math.round(natural)} px of text laid out`);
  for (const r of lines) {
    const inside = (box: DOMRect) =>
      r.left >= box.left - 1 && r.right <= box.right + 1 && r.top >= box.top - 1 && r.bottom <= box.bottom + 1;
    if (r.width > one.width + 1) problems.push(`a line ${Math.round(r.width)} px wide in ${Math.round(one.width)} px`);
    if (!inside(one) || !inside(bar) || !inside(host))
      problems.push(`a line at ${Math.round(r.left)},${Math.round(r.top)} is clipped`);
  }
  return problems;
}

describe('<news-ticker> one headline at a time on a narrow screen', function () {
  this.timeout(60_000);

  for (const width of [320, 375]) {
    for (const [language, feed, dir, lang] of FEEDS) {
      for (const mode of ['step', 'reduce'] as const) {
        it(`${width} px, ${language}, ${mode === 'step' ? 'step mode' : 'reduced motion'}: every headline whole`, async () => {
          const el = await narrowTicker(width, feed, dir, lang, mode);
          const count = (feed as NewsFeed).items.length;
          const next = [...shadow(el).querySelectorAll<HTMLButtonElement>('.nav button')][1];
          const failures: string[] = [];
          for (let i = 0; i < count; i++) {
            const problems = unseen(el);
            if (problems.length)
              failures.push(
                `#${i} ${shadow(el).querySelector('.one .title')!.textContent!.slice(0, 30)}…: ${problems.join('; ')}`,
              );
            next.click();
            await el.updateComplete;
          }
          expect(failures).to.deep.equal([]);
          // The page does not scroll sideways because of the ticker.
          expect(el.getBoundingClientRect().width).to.be.at.most(width);
        });
      }
    }
  }

  it('at 320 px the breaking flag and the category yield their space but are still read out', async () => {
    const el = await narrowTicker(320, news, 'rtl', 'ar', 'reduce');
    const breakingAt = (news.items as { _news?: { breaking?: boolean } }[]).findIndex((item) => item._news?.breaking);
    const next = [...shadow(el).querySelectorAll<HTMLButtonElement>('.nav button')][1];
    for (let i = 0; i < breakingAt; i++) {
      next.click();
      await el.updateComplete;
    }
    const flag = shadow(el).querySelector<HTMLElement>('.one .flag')!;
    expect(flag, 'a breaking headline').to.exist;
    expect(flag.getBoundingClientRect().width).to.be.at.most(1);
    expect(shadow(el).querySelector('.one')!.textContent).to.include(flag.textContent!);
  });

  it('on a wide screen the bar keeps its one-line height', async () => {
    const el = await narrowTicker(900, news, 'rtl', 'ar', 'step');
    const height = parseFloat(getComputedStyle(el).fontSize) * 2.75;
    expect(shadow(el).querySelector('.bar')!.getBoundingClientRect().height).to.be.closeTo(height, 1);
  });
});
