import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import news from '../demo/feeds/news.json';
import newsEn from '../demo/feeds/news-en.json';
import '../src/elements/related-list/related-list.js';

/** The seed article: لافروف: الشرع قال العلاقات قديمة واستراتيجية مع روسيا… */
const SEED = 'syrianews-lavrov-2024-12-26';

/**
 * The demo feed, whose seed article states its page's three related items (`_news.related`), with one
 * more stated article that lives on another site and carries its own title and URL.
 */
const stated = structuredClone(news);
Object.assign(stated.items.find((item) => item.id === SEED)!._news, {
  related: [
    'syrianews-sharaa-gulf-calls',
    'syrianews-airspace-closure',
    'syrianews-shaibani-negotiations',
    {
      url: 'https://www.example.org/world/astana-format-talks',
      title: 'صيغة أستانا: ماذا تعني المحادثات الثلاثية لمستقبل سوريا؟',
    },
  ],
});

/** A feed whose only article has nothing related to it. */
const lonely = { ...news, items: news.items.filter((item) => item.id === SEED) };

interface Args {
  for?: string;
  tags?: string;
  category?: string;
  limit: number;
  layout: 'list' | 'grid' | 'compact';
  thumbnails: boolean;
  'no-date': boolean;
  heading?: string;
  'heading-level': number;
  'no-heading': boolean;
  empty: 'hide' | 'message';
  debug: boolean;
  feed?: unknown;
  src?: string;
}

const meta: Meta<Args> = {
  title: 'Elements/related-list',
  component: 'related-list',
  tags: ['autodocs'],
  args: {
    for: SEED,
    limit: 3,
    layout: 'list',
    thumbnails: false,
    'no-date': false,
    'heading-level': 2,
    'no-heading': false,
    empty: 'hide',
    debug: false,
    feed: news,
  },
  argTypes: {
    layout: { control: 'inline-radio', options: ['list', 'grid', 'compact'] },
    empty: { control: 'inline-radio', options: ['hide', 'message'] },
    'heading-level': { control: { type: 'number', min: 2, max: 6 } },
    feed: { control: false },
  },
  render: (args) =>
    html`<related-list
      for=${args.for ?? nothing}
      tags=${args.tags ?? nothing}
      category=${args.category ?? nothing}
      src=${args.src ?? nothing}
      limit=${args.limit}
      layout=${args.layout}
      heading=${args.heading || nothing}
      heading-level=${args['heading-level']}
      empty=${args.empty}
      ?thumbnails=${args.thumbnails}
      ?no-date=${args['no-date']}
      ?no-heading=${args['no-heading']}
      ?debug=${args.debug}
      .feed=${args.feed}
    ></related-list>`,
};

export default meta;
type Story = StoryObj<Args>;

/** Under the seed article, as the seed page shows it: three related items, title then summary. */
export const SeedArticle: Story = {};

export const List: Story = { args: { thumbnails: true } };

export const Grid: Story = { args: { layout: 'grid', thumbnails: true, limit: 6 } };

export const Compact: Story = { args: { layout: 'compact', limit: 5 } };

/** No `for`: the article is not in the feed, so the host gives its tags and category. */
export const ByTagsAndCategory: Story = {
  args: { for: undefined, tags: 'الذكاء الاصطناعي, دمشق', category: 'تكنولوجيا' },
};

/**
 * What the feed states comes first, in its order (`_news.related` in JSON Feed, `<link rel="related">` in
 * Atom, Jetpack's related posts in WordPress): the seed page's three items, then an article outside the
 * feed shown with its own title and URL; the ranking fills the rest up to `limit`. `debug` tells them apart:
 * "اختارها المحرر" (chosen by the publisher) or the ranking's score and shared terms.
 */
export const StatedRelations: Story = { args: { feed: stated, limit: 6, debug: true } };

/** Each item shows its score and the tags and terms it shares with the article. */
export const Debug: Story = { args: { debug: true, limit: 6 } };

/** A heading of its own, through the `heading` slot. */
export const HeadingSlot: Story = {
  render: (args) =>
    html`<related-list for=${SEED} heading-level=${args['heading-level']} .feed=${news}>
      <span slot="heading">اقرأ أيضاً في <bdi>سيريانيوز</bdi></span>
    </related-list>`,
};

/** No feed yet: the skeleton reserves `limit` rows. */
export const Loading: Story = { args: { feed: undefined, limit: 3 } };

export const ErrorState: Story = { name: 'Error', args: { feed: undefined, src: '/feeds/does-not-exist.json' } };

/** Nothing related and `empty="message"`: a quiet message. */
export const EmptyMessage: Story = { args: { feed: lonely, empty: 'message' } };

/** Nothing related and `empty="hide"` (the default): the element takes no space. */
export const EmptyHidden: Story = {
  args: { feed: lonely },
  render: (args) =>
    html`<p>↓ related-list (hidden)</p>
      ${meta.render!(args, {} as never)}
      <p>↑</p>`,
};

/** The same list left to right and right to left, whatever the toolbar says. */
export const Directions: Story = {
  render: () =>
    html`<div style="display: grid; gap: 2rem; grid-template-columns: repeat(auto-fit, minmax(18rem, 1fr))">
      <div dir="rtl" lang="ar"><related-list thumbnails for=${SEED} .feed=${news}></related-list></div>
      <div dir="ltr" lang="en">
        <related-list thumbnails for="en-airport-reopens" .feed=${newsEn}></related-list>
      </div>
    </div>`,
};

/** Light and dark side by side, and a publisher's own colours through the custom properties. */
export const Themes: Story = {
  render: () =>
    html`<div style="display: grid; gap: 1rem; grid-template-columns: repeat(auto-fit, minmax(18rem, 1fr))">
      <related-list data-own-theme theme="light" for=${SEED} .feed=${news}></related-list>
      <related-list data-own-theme theme="dark" for=${SEED} .feed=${news}></related-list>
      <related-list
        data-own-theme
        theme="light"
        for=${SEED}
        layout="compact"
        .feed=${news}
        style="--related-list-background: #fff8ec; --related-list-color: #3b2a12; --related-list-accent: #8a4b00; --related-list-title-size: 1.1rem; --related-list-gap: 1.5rem"
      ></related-list>
    </div>`,
};

/** Dates and strings follow the page's language (switch the toolbar's locale too). */
export const Locales: Story = {
  render: () =>
    html`${['ar', 'ar-EG', 'fa', 'he', 'en', 'fr'].map(
      (lang) =>
        html`<section lang=${lang} style="margin-block-end: 2rem">
          <code>lang="${lang}"</code>
          <related-list layout="compact" limit="2" for=${SEED} .feed=${news}></related-list>
        </section>`,
    )}`,
};
