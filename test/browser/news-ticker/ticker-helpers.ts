import { fixture, html, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../../src/elements/news-ticker/news-ticker.js';
import type { NewsTicker } from '../../../src/elements/news-ticker/news-ticker.component.js';
import type { NewsFeed, NewsItem } from '../../../src/feed/model.js';
import { newsFeed, newsItem } from '../helpers/seed-feed.js';

export type { NewsTicker };

/** `count` Arabic headlines with links, ids `n<from>`…; `breaking` marks some as breaking. */
export function headlines(count: number, from = 0, init: Partial<NewsItem> = {}): NewsItem[] {
  return Array.from({ length: count }, (_, i) =>
    newsItem({
      id: `n${from + i}`,
      title: `خبر رقم ${from + i}: عنوان تجريبي للشريط الإخباري`,
      url: `https://news.example/n${from + i}`,
      ...init,
    }),
  );
}

export const feedOf = (items: NewsItem[]): NewsFeed => newsFeed(items, { language: 'ar' });

/** A ticker inside a wrapper carrying `dir` (the element itself has none), once its headlines show. */
export async function ticker(
  feed: NewsFeed | undefined,
  { dir = 'rtl' }: { dir?: 'rtl' | 'ltr' } = {},
  build?: (feed?: NewsFeed) => TemplateResult,
): Promise<NewsTicker> {
  const wrapper = await fixture<HTMLElement>(
    html`<div dir=${dir} style="inline-size: 600px">
      ${build ? build(feed) : html`<news-ticker .feed=${feed}></news-ticker>`}
    </div>`,
  );
  const el = wrapper.querySelector('news-ticker')!;
  if (feed) await waitUntil(() => el.shadowRoot!.querySelector('.item, .state-empty'), 'no headline rendered');
  await el.updateComplete;
  // The loop starts once the browser has laid the headlines out (the ResizeObserver's first report).
  // Its duplicate copy follows in a task of its own.
  const moving = () =>
    el.shadowRoot!.querySelector('.track')?.getAnimations().length &&
    el.shadowRoot!.querySelectorAll('.copy').length === 2;
  if (el.shadowRoot!.querySelector('.track')) await waitUntil(moving, 'the loop did not start');
  return el;
}

export const shadow = (el: Element) => el.shadowRoot!;
export const track = (el: Element) => shadow(el).querySelector<HTMLElement>('.track')!;
export const nextFrame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));

/** The track's current horizontal translation (computed matrix m41). */
export const x = (el: Element) => new DOMMatrixReadOnly(getComputedStyle(track(el)).transform).m41;

/**
 * Samples the track's translation for `ms` and returns its mean velocity in px/s, measured
 * against the document timeline (the clock the animation runs on).
 */
export async function velocity(el: Element, ms = 500): Promise<number> {
  await nextFrame();
  const x0 = x(el);
  const t0 = Number(document.timeline.currentTime);
  let x1 = x0;
  let t1 = t0;
  while (t1 - t0 < ms) {
    await nextFrame();
    x1 = x(el);
    t1 = Number(document.timeline.currentTime);
  }
  return ((x1 - x0) / (t1 - t0)) * 1000;
}

/** True when nothing in the ticker is animating (no animation, or all paused). */
export const still = (el: Element) =>
  shadow(el)
    .getAnimations()
    .every((a) => a.playState !== 'running');

export const running = (el: Element) =>
  shadow(el)
    .getAnimations()
    .some((a) => a.playState === 'running');
