import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import news from '../demo/feeds/news.json';
import newsEn from '../demo/feeds/news-en.json';
import '../src/elements/article-card/article-card.js';

/** The seed article: لافروف: الشرع قال العلاقات قديمة واستراتيجية مع روسيا… */
const SEED = 'syrianews-lavrov-2024-12-26';
const LAYOUTS = ['stacked', 'horizontal', 'compact', 'full'] as const;

type Layout = (typeof LAYOUTS)[number];

interface Args {
  layout: Layout;
  'item-id'?: string;
  'item-url'?: string;
  'heading-level'?: number;
  'summary-lines': number;
  target?: string;
  'fallback-href'?: string;
  'no-image': boolean;
  'no-summary': boolean;
  'no-date': boolean;
  'no-category': boolean;
  'no-source': boolean;
  'date-format'?: string;
  src?: string;
  feed?: unknown;
  width: number;
}

const meta: Meta<Args> = {
  title: 'Elements/article-card',
  component: 'article-card',
  tags: ['autodocs'],
  args: {
    layout: 'stacked',
    'item-id': 'syrianews-classico-real-barcelona',
    'summary-lines': 3,
    'no-image': false,
    'no-summary': false,
    'no-date': false,
    'no-category': false,
    'no-source': false,
    feed: news,
    width: 360,
  },
  argTypes: {
    layout: { control: 'inline-radio', options: LAYOUTS },
    'heading-level': { control: { type: 'number', min: 1, max: 6 } },
    'summary-lines': { control: { type: 'number', min: 1, max: 8 } },
    target: { control: 'inline-radio', options: [undefined, '_self', '_blank'] },
    'date-format': { control: 'select', options: [undefined, 'relative', 'short', 'medium', 'long', 'numeric'] },
    width: { control: { type: 'range', min: 240, max: 1200, step: 10 }, description: 'Width of the story frame (px)' },
    feed: { control: false },
  },
  render: (args) =>
    html`<div style="inline-size: min(100%, ${args.width}px)">
      <article-card
        layout=${args.layout}
        item-id=${args['item-id'] ?? nothing}
        item-url=${args['item-url'] ?? nothing}
        heading-level=${args['heading-level'] ?? nothing}
        summary-lines=${args['summary-lines']}
        target=${args.target ?? nothing}
        fallback-href=${args['fallback-href'] ?? nothing}
        date-format=${args['date-format'] ?? nothing}
        src=${args.src ?? nothing}
        ?no-image=${args['no-image']}
        ?no-summary=${args['no-summary']}
        ?no-date=${args['no-date']}
        ?no-category=${args['no-category']}
        ?no-source=${args['no-source']}
        .feed=${args.feed}
      >
        <p><a href="https://www.syria-news.example/">سيريانيوز — آخر الأخبار</a></p>
      </article-card>
    </div>`,
};

export default meta;
type Story = StoryObj<Args>;

/** The whole seed article as the seed page shows it: category, title, date, body with quotes, source, tags. */
export const SeedArticleFull: Story = {
  name: 'Seed article (full)',
  args: { layout: 'full', 'item-id': SEED, width: 900 },
};

/** The exchange-rate item of the demo feed, whose body is a table. */
const RATES = 'syrianews-exchange-rates-2024-12-26';

/**
 * A body as newsrooms write it: a table (caption, header row, spans) and an embedded video. At a
 * phone's width the table scrolls sideways inside the card (a labelled region: focus it and use the
 * arrow keys); the page does not. The video player is not kept: a link to it (▶ فيديو) is.
 */
export const TableAndVideo: Story = {
  name: 'Table and video (full)',
  args: {
    layout: 'full',
    'item-id': RATES,
    width: 320,
    feed: {
      ...news,
      items: news.items.map((item) =>
        item.id === RATES
          ? {
              ...item,
              content_html: `${item.content_html}<video controls src="https://www.syria-news.example/video/damascus-market.mp4" poster="https://www.syria-news.example/video/damascus-market.jpg">متصفحك لا يعرض الفيديو.</video>`,
            }
          : item,
      ),
    },
  },
};

export const Stacked: Story = {};

/** Thumbnail at the inline start: on the right in RTL, on the left in LTR. */
export const Horizontal: Story = { args: { layout: 'horizontal', width: 640 } };

/** Title, date and category: for sidebars and lists. */
export const Compact: Story = { args: { layout: 'compact', 'item-id': SEED, width: 320 } };

/** The newest item is breaking news: a badge before the category. */
export const Breaking: Story = { args: { 'item-id': undefined } };

/** 300 characters of mixed Arabic and English at the narrowest width: wraps, never overflows. */
export const LongMixedTitle: Story = {
  args: { 'item-id': 'syrianews-long-mixed-title-media-analysis', width: 240 },
};

/** An image that fails to load keeps its box, with a neutral placeholder. */
export const BrokenImage: Story = {
  args: {
    feed: {
      ...news,
      items: news.items.map((item) => (item.id === SEED ? { ...item, image: '/images/does-not-exist.png' } : item)),
    },
    'item-id': SEED,
  },
};

/** Every part hidden that can be: title and date only. */
export const Minimal: Story = {
  args: { 'no-image': true, 'no-summary': true, 'no-category': true, 'no-source': true },
};

/** No feed yet: the skeleton reserves the final boxes of each layout. */
export const Loading: Story = {
  args: { feed: undefined },
  render: (args) =>
    html`<div style="display: grid; gap: 1rem; grid-template-columns: repeat(auto-fit, minmax(16rem, 1fr))">
      ${LAYOUTS.map((layout) => meta.render!({ ...args, layout, width: 480 }, {} as never))}
    </div>`,
};

/** The feed answers 404: the localized message, Retry, a fallback link and the publisher's own fallback content. */
export const ErrorState: Story = {
  name: 'Error',
  args: { feed: undefined, src: '/feeds/does-not-exist.json', 'fallback-href': 'https://www.syria-news.example/' },
};

/** The article asked for is not in the feed. */
export const NotFound: Story = { args: { 'item-id': 'no-such-article' } };

/** A feed without items. */
export const Empty: Story = { args: { feed: { ...news, items: [] } } };

/** All four layouts from 240 px to 1200 px. */
export const Widths: Story = {
  render: (args) =>
    html`${LAYOUTS.map(
      (layout) =>
        html`<h3 style="font: 600 0.9rem system-ui">${layout}</h3>
          <div style="display: flex; flex-wrap: wrap; gap: 1rem; align-items: flex-start">
            ${[240, 480, 1200].map((width) => meta.render!({ ...args, layout, 'item-id': SEED, width }, {} as never))}
          </div>`,
    )}`,
};

/** The same card left to right and right to left, whatever the toolbar says. */
export const Directions: Story = {
  render: () =>
    html`<div style="display: grid; gap: 2rem; grid-template-columns: repeat(auto-fit, minmax(20rem, 1fr))">
      <div dir="rtl" lang="ar">
        <article-card layout="horizontal" item-id="syrianews-classico-real-barcelona" .feed=${news}></article-card>
      </div>
      <div dir="ltr" lang="en">
        <article-card layout="horizontal" item-id="en-clasico-preview" .feed=${newsEn}></article-card>
      </div>
    </div>`,
};

/** An English feed on a left-to-right page. */
export const English: Story = {
  args: { feed: newsEn, 'item-id': 'en-airport-reopens' },
  globals: { direction: 'ltr', locale: 'en' },
};

/** Light and dark side by side, and a publisher's own look through the custom properties. */
export const Themes: Story = {
  render: () =>
    html`<div style="display: grid; gap: 1rem; grid-template-columns: repeat(auto-fit, minmax(18rem, 1fr))">
      <article-card data-own-theme theme="light" item-id=${SEED} .feed=${news}></article-card>
      <article-card data-own-theme theme="dark" item-id=${SEED} .feed=${news}></article-card>
      <article-card
        data-own-theme
        theme="light"
        item-id=${SEED}
        .feed=${news}
        style="--article-card-background: #fff8ec; --article-card-color: #3b2a12; --article-card-accent: #8a4b00; --article-card-radius: 0; --article-card-border: 0; --article-card-title-size: 1.3rem; --article-card-image-ratio: 1 / 1"
      ></article-card>
    </div>`,
};

/** Dates and strings follow the page's language (switch the toolbar's locale too). */
export const Locales: Story = {
  render: () =>
    html`<div style="display: grid; gap: 1rem; grid-template-columns: repeat(auto-fit, minmax(16rem, 1fr))">
      ${['ar', 'ar-EG', 'fa', 'he', 'en', 'fr'].map(
        (lang) =>
          html`<section lang=${lang}>
            <code>lang="${lang}"</code>
            <article-card layout="compact" item-id=${SEED} .feed=${news}></article-card>
          </section>`,
      )}
    </div>`,
};
