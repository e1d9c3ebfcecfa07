import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { nothing } from 'lit';
import '../../../src/elements/news-ticker/news-ticker.js';
import '../../../src/elements/article-card/article-card.js';
import '../../../src/elements/related-list/related-list.js';
import type { NewsTicker } from '../../../src/elements/news-ticker/news-ticker.component.js';
import type { ArticleCard } from '../../../src/elements/article-card/article-card.component.js';
import type { RelatedList } from '../../../src/elements/related-list/related-list.component.js';
import { SEED_ID, seedFeed } from '../helpers/seed-feed.js';
import { feedOf, headlines } from '../news-ticker/ticker-helpers.js';

/**
 * An update must not make the browser compute style or layout out of turn: a read of computed style
 * or geometry right after other DOM writes (the element's own render, another element's) forces a
 * synchronous style recalculation and layout of the page — the long tasks of issue 14. Every API that
 * reads computed style or geometry is wrapped and counted while elements update.
 */

type Call = { api: string; stack: string; shown: boolean };
const calls: Call[] = [];
let counting = false;
/** Whether what the test waits for is on screen at the time of a read. */
let shown: () => boolean = () => true;
const restore: (() => void)[] = [];

function record(api: string): void {
  if (counting)
    calls.push({ api, stack: (new Error().stack ?? '').split('\n').slice(2, 6).join(' | '), shown: shown() });
}

function wrapMethod(proto: object, name: string, label: string): void {
  const original = (proto as Record<string, unknown>)[name] as (...args: unknown[]) => unknown;
  (proto as Record<string, unknown>)[name] = function (this: unknown, ...args: unknown[]) {
    record(label);
    return original.apply(this, args);
  };
  restore.push(() => ((proto as Record<string, unknown>)[name] = original));
}

function wrapGetter(proto: object, name: string, label: string): void {
  const descriptor = Object.getOwnPropertyDescriptor(proto, name);
  if (!descriptor?.get) return;
  const get = descriptor.get;
  Object.defineProperty(proto, name, {
    ...descriptor,
    get(this: unknown) {
      record(label);
      return get.call(this);
    },
  });
  restore.push(() => Object.defineProperty(proto, name, descriptor));
}

/** The style and layout reads that force a recalculation when the DOM has been written since the last frame. */
const STYLE = ['getComputedStyle', 'computedStyleMap'];
function spy(): void {
  wrapMethod(window, 'getComputedStyle', 'getComputedStyle');
  wrapMethod(Element.prototype, 'computedStyleMap', 'computedStyleMap');
  wrapMethod(Element.prototype, 'getBoundingClientRect', 'getBoundingClientRect');
  wrapMethod(Element.prototype, 'getClientRects', 'getClientRects');
  wrapMethod(Range.prototype, 'getBoundingClientRect', 'Range.getBoundingClientRect');
  wrapMethod(Range.prototype, 'getClientRects', 'Range.getClientRects');
  wrapMethod(Element.prototype, 'checkVisibility', 'checkVisibility');
  for (const name of ['offsetWidth', 'offsetHeight', 'offsetLeft', 'offsetTop', 'offsetParent', 'innerText'])
    wrapGetter(HTMLElement.prototype, name, name);
  for (const name of [
    'clientWidth',
    'clientHeight',
    'clientLeft',
    'clientTop',
    'scrollWidth',
    'scrollHeight',
    'scrollLeft',
    'scrollTop',
  ])
    wrapGetter(Element.prototype, name, name);
}

const nextFrame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));
const frames = async (n: number) => {
  for (let i = 0; i < n; i++) await nextFrame();
};
const report = (list: Call[]) =>
  list
    .slice(0, 3)
    .map((c) => `${c.api} at ${c.stack}`)
    .join('\n');

/** Runs `count` updates, each changing one property or attribute, awaiting the render; counts reads. */
async function updates<T extends HTMLElement & { updateComplete: Promise<boolean> }>(
  el: T,
  changes: ((el: T, i: number) => void)[],
  count = 100,
): Promise<{ calls: Call[]; renders: number }> {
  let renders = 0;
  const counted = (el as unknown as { updated: () => void }).updated;
  (el as unknown as { updated: () => void }).updated = function (this: T) {
    renders++;
    return counted?.call(this);
  };
  calls.length = 0;
  counting = true;
  try {
    for (let i = 0; i < count; i++) {
      changes[i % changes.length](el, i);
      await el.updateComplete;
      // Let a frame run now and then: reads put off to the next frame (rAF) are counted too.
      if (i % 10 === 9) await nextFrame();
    }
    await frames(2);
  } finally {
    counting = false;
    delete (el as unknown as { updated?: unknown }).updated;
  }
  return { calls: [...calls], renders };
}

/** Mounted, showing content, and past the frames after its first paint. */
async function settled<T extends HTMLElement>(template: unknown, selector: string, content: string): Promise<T> {
  const wrapper = await fixture<HTMLElement>(html`<div dir="rtl" style="inline-size: 600px">${template}</div>`);
  const el = wrapper.querySelector<T>(selector)!;
  await waitUntil(() => el.shadowRoot?.querySelector(content), `${selector} shows no ${content}`, { timeout: 4000 });
  await frames(3);
  await new Promise((resolve) => setTimeout(resolve, 100));
  return el;
}

describe('no forced style or layout in the update path', function () {
  this.timeout(30_000);

  before(spy);
  after(() =>
    restore
      .splice(0)
      .reverse()
      .forEach((undo) => undo()),
  );

  it('<news-ticker>: 100 updates (speed, paused, label, theme, numerals, limit) read no style or geometry', async () => {
    const el = await settled<NewsTicker>(
      html`<news-ticker .feed=${feedOf(headlines(12))} limit="12"></news-ticker>`,
      'news-ticker',
      '.item',
    );
    const { calls: read, renders } = await updates(el, [
      (t, i) => (t.speed = 61 + (i % 7)),
      (t) => (t.paused = !t.paused),
      (t, i) => (t.label = `عاجل ${i}`),
      (t) => t.setAttribute('theme', t.theme === 'dark' ? 'light' : 'dark'),
      (t) => t.setAttribute('numerals', t.numerals === 'arab' ? 'latn' : 'arab'),
      (t) => (t.limit = t.limit === 12 ? 11 : 12),
    ]);
    expect(renders, 'every change rendered').to.be.at.least(100);
    expect(read.length, report(read)).to.equal(0);
  });

  it('<news-ticker> in step mode: 100 updates read no style or geometry', async () => {
    const el = await settled<NewsTicker>(
      html`<news-ticker .feed=${feedOf(headlines(5))} mode="step" interval="30"></news-ticker>`,
      'news-ticker',
      '.item',
    );
    const { calls: read } = await updates(el, [
      (t) => (t.paused = !t.paused),
      (t) => (t.interval = t.interval === 30 ? 31 : 30),
      (t, i) => (t.label = `عاجل ${i}`),
    ]);
    expect(read.length, report(read)).to.equal(0);
  });

  it('<article-card>: 100 updates (layout, theme, no-date, summary-lines) read no style or geometry', async () => {
    const el = await settled<ArticleCard>(
      html`<article-card .feed=${seedFeed()} item-id=${SEED_ID}></article-card>`,
      'article-card',
      'article.card',
    );
    const { calls: read } = await updates(el, [
      (c) => (c.layout = c.layout === 'stacked' ? 'horizontal' : 'stacked'),
      (c) => c.setAttribute('theme', c.theme === 'dark' ? 'light' : 'dark'),
      (c) => (c.noDate = !c.noDate),
      (c, i) => (c.summaryLines = 2 + (i % 3)),
    ]);
    expect(read.length, report(read)).to.equal(0);
  });

  it('<related-list>: 100 updates (limit, theme, no-date, heading) read no style or geometry', async () => {
    const el = await settled<RelatedList>(
      html`<related-list .feed=${seedFeed()} for=${SEED_ID}></related-list>`,
      'related-list',
      '[part~=item]',
    );
    const { calls: read } = await updates(el, [
      (r) => (r.limit = r.limit === 3 ? 2 : 3),
      (r) => r.setAttribute('theme', r.theme === 'dark' ? 'light' : 'dark'),
      (r) => (r.noDate = !r.noDate),
      (r, i) => (r.heading = `ذات صلة ${i}`),
    ]);
    expect(read.length, report(read)).to.equal(0);
  });

  it('a ticker of 50 headlines shows them before measuring, then measures at most once', async () => {
    calls.length = 0;
    counting = true;
    let el: NewsTicker | undefined;
    shown = () => el?.shadowRoot?.querySelectorAll('.copy:first-child .item').length === 50;
    try {
      const wrapper = await fixture<HTMLElement>(
        html`<div dir="rtl" style="inline-size: 800px">
          <news-ticker .feed=${feedOf(headlines(50))} limit="50"></news-ticker>
        </div>`,
      );
      el = wrapper.querySelector<NewsTicker>('news-ticker')!;
      await waitUntil(shown, 'the 50 headlines are not shown');
      await frames(4);
      await new Promise((resolve) => setTimeout(resolve, 300));
      await frames(2);
      expect(el.shadowRoot!.querySelector('.track')!.getAnimations(), 'it scrolls').to.have.length(1);
    } finally {
      counting = false;
      shown = () => true;
    }
    const geometry = calls.filter((c) => !STYLE.includes(c.api));
    const style = calls.filter((c) => STYLE.includes(c.api));
    const early = geometry.filter((c) => !c.shown);
    expect(early.length, `geometry read before the headlines were shown:\n${report(early)}`).to.equal(0);
    expect(geometry.length, `geometry reads:\n${report(geometry)}`).to.be.at.most(1);
    expect(style.length, `computed-style reads:\n${report(style)}`).to.be.at.most(1);
  });

  /** Mounts the three elements in `wrapper` markup and counts computed-style reads until they show content. */
  async function mountReads(dir: string | undefined, style = ''): Promise<Call[]> {
    calls.length = 0;
    counting = true;
    try {
      const wrapper = await fixture<HTMLElement>(
        html`<div dir=${dir ?? nothing} style=${style}>
          <news-ticker .feed=${feedOf(headlines(8))}></news-ticker>
          <article-card .feed=${seedFeed()} item-id=${SEED_ID}></article-card>
          <related-list .feed=${seedFeed()} for=${SEED_ID}></related-list>
        </div>`,
      );
      const [ticker, card, list] = [...wrapper.children] as HTMLElement[];
      await waitUntil(
        () =>
          ticker.shadowRoot?.querySelector('.item') &&
          card.shadowRoot?.querySelector('article.card') &&
          list.shadowRoot?.querySelector('[part~=item]'),
        'the three elements show content',
      );
      await frames(3);
      await new Promise((resolve) => setTimeout(resolve, 250));
    } finally {
      counting = false;
    }
    return calls.filter((c) => STYLE.includes(c.api));
  }

  it('in a page that states its direction (dir="rtl"), mounting reads no computed style at all', async () => {
    const read = await mountReads('rtl');
    expect(read.length, report(read)).to.equal(0);
  });

  it('without any dir attribute, page CSS direction is read once per element, in one read phase', async () => {
    const read = await mountReads(undefined, 'direction: rtl');
    expect(read.length, report(read)).to.be.within(1, 3);
  });
});
