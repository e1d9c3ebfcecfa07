import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import news from '../demo/feeds/news.json';
import newsEn from '../demo/feeds/news-en.json';
import '../src/elements/news-ticker/news-ticker.js';

/**
 * Direction, locale and theme come from the toolbar (a wrapper around the story carries `dir` and
 * `lang`, as a host page would); some stories pin them with `globals`. `motion="reduce"` shows the
 * reduced-motion form without changing the operating system setting.
 */
interface Args {
  mode: 'scroll' | 'step';
  speed: number;
  interval: number;
  limit: number;
  tag?: string;
  category?: string;
  label?: string;
  paused: boolean;
  motion: 'auto' | 'reduce';
  'date-format'?: string;
  feed?: unknown;
  src?: string;
  style?: string;
}

const meta: Meta<Args> = {
  title: 'Elements/news-ticker',
  component: 'news-ticker',
  tags: ['autodocs'],
  args: {
    mode: 'scroll',
    speed: 60,
    interval: 5,
    limit: 10,
    paused: false,
    motion: 'auto',
    feed: news,
  },
  argTypes: {
    mode: { control: 'inline-radio', options: ['scroll', 'step'] },
    motion: { control: 'inline-radio', options: ['auto', 'reduce'] },
    speed: { control: { type: 'range', min: 10, max: 300, step: 10 } },
    interval: { control: { type: 'number', min: 1, max: 30 } },
    feed: { control: false },
  },
  render: (args) =>
    html`<news-ticker
      mode=${args.mode}
      speed=${args.speed}
      interval=${args.interval}
      limit=${args.limit}
      motion=${args.motion}
      tag=${args.tag || nothing}
      category=${args.category || nothing}
      label=${args.label || nothing}
      date-format=${args['date-format'] || nothing}
      src=${args.src || nothing}
      style=${args.style || nothing}
      ?paused=${args.paused}
      .feed=${args.src ? undefined : args.feed}
    ></news-ticker>`,
};

export default meta;
type Story = StoryObj<Args>;

/** The default: Arabic headlines scrolling rightwards, toward the start of the line, at 60 px/s. */
export const Scroll: Story = {};

/** An English feed on a left-to-right page: headlines travel leftwards. */
export const ScrollLtr: Story = {
  args: { feed: newsEn },
  globals: { direction: 'ltr', locale: 'en' },
};

/** One headline at a time, every `interval` seconds, fading and sliding in. */
export const Step: Story = { args: { mode: 'step', interval: 4 } };

export const StepLtr: Story = {
  args: { mode: 'step', interval: 4, feed: newsEn },
  globals: { direction: 'ltr', locale: 'en' },
};

/** What readers who ask for reduced motion get: nothing moves, previous/next reach every headline. */
export const ReducedMotion: Story = { args: { motion: 'reduce' } };

export const ReducedMotionLtr: Story = {
  args: { motion: 'reduce', feed: newsEn },
  globals: { direction: 'ltr', locale: 'en' },
};

/** Paused by the page (`paused` attribute); the button offers "Play headlines". */
export const Paused: Story = { args: { paused: true } };

export const Dark: Story = { globals: { theme: 'dark' } };

export const DarkReduced: Story = { args: { motion: 'reduce' }, globals: { theme: 'dark' } };

/** Only the items tagged عاجل, with a custom badge. */
export const BreakingOnly: Story = { args: { tag: 'عاجل', label: 'عاجل الآن' } };

export const OneCategory: Story = { args: { category: 'رياضة', label: 'رياضة' } };

/** Persian interface strings and digits around the Arabic feed. */
export const PersianLocale: Story = { globals: { locale: 'fa' } };

/** Hebrew interface strings around the Arabic feed, right to left. */
export const HebrewLocale: Story = { globals: { locale: 'he' } };

/** French interface on a left-to-right page, Arabic headlines isolated with their own direction. */
export const FrenchPageArabicFeed: Story = { globals: { direction: 'ltr', locale: 'fr' } };

/** The styling API: custom properties and parts. */
export const Themed: Story = {
  args: {
    speed: 90,
    style: [
      '--news-ticker-height: 3.25rem',
      '--news-ticker-font-size: 1.15rem',
      '--news-ticker-gap: 3rem',
      "--news-ticker-separator: '◆'",
      '--news-ticker-background: #0b2545',
      '--news-ticker-color: #f4f4f2',
      '--news-ticker-badge-background: #f2c14e',
      '--news-ticker-badge-color: #0b2545',
    ].join(';'),
  },
};

/** Loading from a URL (the demo feed, served by Storybook). */
export const FromUrl: Story = { args: { src: '/feeds/news.json' } };

/** A feed that cannot be loaded and nothing to show: the message and Retry stay inside the bar. */
export const LoadError: Story = { args: { src: '/feeds/missing.json' } };

/** No source yet: the skeleton keeps the bar's height. */
export const Loading: Story = { args: { feed: undefined } };
