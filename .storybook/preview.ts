import type { Decorator, Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ref } from 'lit/directives/ref.js';
import manifest from '../custom-elements.json';
import { setLocale } from '../src/i18n/locale.js';
import '../src/define.js';
import './preview.css';

setCustomElementsManifest(manifest);

const TAGS = 'news-ticker, article-card, related-list';

/**
 * Applies the toolbar's direction, locale and theme inside the preview frame only: a wrapper
 * carries `dir` and `lang` (the elements read them from an ancestor, as on a host page), and
 * each element without its own `theme` gets the toolbar's.
 */
const withGlobals: Decorator = (story, context) => {
  const { direction, locale, theme } = context.globals as Record<string, string>;
  void setLocale(locale);
  const applyTheme = (el?: Element) => {
    if (!el) return;
    (el as HTMLElement).dataset.theme = theme;
    for (const widget of el.querySelectorAll(TAGS)) {
      if (!widget.hasAttribute('data-own-theme')) widget.setAttribute('theme', theme);
    }
  };
  // The ref fires when the wrapper is committed, before the story inside it is: theme the widgets
  // once the whole template is in (a microtask), or a story's first render keeps the default theme.
  const afterRender = (el?: Element) => queueMicrotask(() => applyTheme(el));
  return html`<div class="sb-frame" dir=${direction} lang=${locale} ${ref(afterRender)}>${story()}</div>`;
};

const preview: Preview = {
  decorators: [withGlobals],
  globalTypes: {
    direction: {
      description: 'Text direction of the page around the element',
      toolbar: { title: 'Direction', icon: 'transfer', items: ['rtl', 'ltr'], dynamicTitle: true },
    },
    locale: {
      description: 'Language of the page (UI strings, dates, numerals)',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        items: [
          { value: 'ar', title: 'العربية (ar)' },
          { value: 'ar-EG', title: 'العربية، مصر (ar-EG)' },
          { value: 'fa', title: 'فارسی (fa)' },
          { value: 'ur', title: 'اردو (ur)' },
          { value: 'he', title: 'עברית (he)' },
          { value: 'en', title: 'English (en)' },
          { value: 'fr', title: 'Français (fr)' },
        ],
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Colour scheme',
      toolbar: { title: 'Theme', icon: 'mirror', items: ['light', 'dark'], dynamicTitle: true },
    },
  },
  initialGlobals: { direction: 'rtl', locale: 'ar', theme: 'light' },
  parameters: {
    controls: { expanded: true },
    a11y: { test: 'error' },
  },
};

export default preview;
