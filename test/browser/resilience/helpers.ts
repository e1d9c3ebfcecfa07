/** Shared by the resilience and accessibility tests: building elements, watching for errors, reading their state. */
import '../../../src/elements/news-ticker/news-ticker.js';
import '../../../src/elements/article-card/article-card.js';
import '../../../src/elements/related-list/related-list.js';
import type { NewsElement } from '../../../src/elements/base/news-element.js';
import { until } from '../feed/helpers.js';

export type Tag = 'news-ticker' | 'article-card' | 'related-list';
export const TAGS: Tag[] = ['news-ticker', 'article-card', 'related-list'];

export type Widget = NewsElement & HTMLElement;

/** What an element shows: its items, the error box, the empty message, the skeleton, or nothing. */
export type Shown = 'content' | 'error' | 'empty' | 'loading' | 'none';

const CONTENT: Record<Tag, string> = {
  'news-ticker': '.item',
  'article-card': 'article',
  'related-list': '[part~=item]',
};

export function shown(el: Element): Shown {
  const root = el.shadowRoot!;
  const tag = el.localName as Tag;
  if (root.querySelector(CONTENT[tag])) return 'content';
  if (root.querySelector('[part~=error]')) return 'error';
  if (root.querySelector('[part~=empty]')) return 'empty';
  if (root.querySelector('[part~=skeleton]')) return 'loading';
  return 'none';
}

/** The headline/title texts on screen (first copy only for the ticker). */
export function titles(el: Element): string[] {
  const root = el.shadowRoot!;
  const selector =
    el.localName === 'news-ticker'
      ? '.copy:first-child .title, .one .title'
      : el.localName === 'article-card'
        ? '[part~=title]'
        : '[part~=title]';
  return [...root.querySelectorAll(selector)].map((n) => n.textContent!.trim());
}

/**
 * A new element with attributes that make every one render something for any feed:
 * the related list relates to a tag and shows its "nothing related" message instead of hiding.
 */
export function make(tag: Tag, attrs: Record<string, string> = {}): Widget {
  const el = document.createElement(tag) as Widget;
  const defaults: Record<string, string> = tag === 'related-list' ? { empty: 'message', tags: 'x' } : {};
  for (const [name, value] of Object.entries({ ...defaults, ...attrs })) el.setAttribute(name, value);
  return el;
}

/** Waits until the element has left its loading state (or `ms` passed) and finished rendering. */
export async function settle(el: Widget, ms = 3000): Promise<Shown> {
  await el.updateComplete;
  await until(() => shown(el) !== 'loading', ms, `${el.localName} to leave its loading state`);
  await el.updateComplete;
  return shown(el);
}

export interface ErrorWatch {
  /** Uncaught errors, unhandled rejections and console.error calls seen since `watchErrors()`. */
  readonly errors: string[];
  stop(): void;
}

/** Records what would reach a host page's error monitoring: uncaught errors, unhandled rejections, console.error. */
export function watchErrors(): ErrorWatch {
  const errors: string[] = [];
  const onError = (event: ErrorEvent) => errors.push(`uncaught: ${event.message}`);
  const onRejection = (event: PromiseRejectionEvent) => errors.push(`unhandled rejection: ${String(event.reason)}`);
  const original = console.error;
  console.error = (...args: unknown[]) => {
    errors.push(`console.error: ${args.map(String).join(' ')}`);
  };
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  return {
    errors,
    stop() {
      console.error = original;
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    },
  };
}

/** Resolves with the first of `types` the element fires (or rejects after `ms`). */
export function nextEvent(el: Element, types: string[], ms = 5000): Promise<CustomEvent> {
  return new Promise((resolve, reject) => {
    const done = (event: Event) => {
      clearTimeout(timer);
      types.forEach((type) => el.removeEventListener(type, done));
      resolve(event as CustomEvent);
    };
    const timer = setTimeout(() => {
      types.forEach((type) => el.removeEventListener(type, done));
      reject(new Error(`${el.localName}: none of ${types.join(', ')} within ${ms} ms`));
    }, ms);
    types.forEach((type) => el.addEventListener(type, done));
  });
}
