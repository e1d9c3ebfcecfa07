import { expect } from '@open-wc/testing';
import { render, type TemplateResult } from 'lit';
import * as tickerStories from '../../../stories/news-ticker.stories.js';
import * as cardStories from '../../../stories/article-card.stories.js';
import * as listStories from '../../../stories/related-list.stories.js';
import { expectAccessible } from '../helpers/axe.js';
import { until } from '../feed/helpers.js';
import { shown, TAGS, watchErrors } from '../resilience/helpers.js';

/**
 * axe-core on the stories themselves (the same fixtures as Storybook): every story of every
 * element, in light and dark, right to left and left to right. The stories cover the layouts and
 * modes and the loading, ready, error and empty states. Storybook serves the demo feeds at
 * `/feeds/`; this server has them at `/demo/feeds/`.
 */

interface StoryLike {
  args?: Record<string, unknown>;
  globals?: Record<string, string>;
  render?: (args: Record<string, unknown>, context: unknown) => TemplateResult;
}

const modules = {
  'news-ticker': tickerStories,
  'article-card': cardStories,
  'related-list': listStories,
} as unknown as Record<string, Record<string, StoryLike> & { default: StoryLike }>;

const SELECTOR = TAGS.join(', ');

function storyArgs(meta: StoryLike, story: StoryLike): Record<string, unknown> {
  const args = { ...meta.args, ...story.args };
  if (typeof args.src === 'string') args.src = args.src.replace(/^\/feeds\//, '/demo/feeds/');
  return args;
}

describe('a11y: axe on every story, light/dark × rtl/ltr', function () {
  this.timeout(120_000);

  for (const [tag, module] of Object.entries(modules)) {
    const meta = module.default;
    for (const [name, story] of Object.entries(module)) {
      if (name === 'default' || typeof story !== 'object') continue;
      it(`${tag} / ${name}`, async () => {
        const args = storyArgs(meta, story);
        const renderStory = story.render ?? meta.render!;
        const watch = watchErrors();
        const container = document.createElement('div');
        document.body.append(container);
        try {
          for (const theme of ['light', 'dark']) {
            for (const dir of ['rtl', 'ltr']) {
              const lang = story.globals?.locale ?? (dir === 'rtl' ? 'ar' : 'en');
              render(renderStory(args, { args, globals: { theme, direction: dir, locale: lang } }), container);
              container.setAttribute('dir', dir);
              container.setAttribute('lang', lang);
              const widgets = [
                ...container.querySelectorAll<HTMLElement & { updateComplete: Promise<unknown> }>(SELECTOR),
              ];
              expect(widgets.length, 'widgets in the story').to.be.greaterThan(0);
              for (const el of widgets) if (!el.hasAttribute('data-own-theme')) el.setAttribute('theme', theme);
              const expectLoading = args.feed === undefined && !args.src && !story.render;
              if (!expectLoading) {
                await until(
                  () => widgets.every((el) => shown(el) !== 'loading'),
                  5000,
                  `${name} to leave the loading state`,
                );
              }
              await Promise.all(widgets.map((el) => el.updateComplete));
              const states = widgets.map(shown).join(',');
              try {
                await expectAccessible(container);
              } catch (error) {
                throw new Error(`${tag} / ${name} (${theme}, ${dir}, states ${states}): ${(error as Error).message}`);
              }
              render(null, container);
            }
          }
          expect(watch.errors, watch.errors.join('\n')).to.deep.equal([]);
        } finally {
          render(null, container);
          container.remove();
          watch.stop();
        }
      });
    }
  }
});
