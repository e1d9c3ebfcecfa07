import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { NewsElement } from '../../../src/elements/base/news-element.js';
import type { NewsFeed, NewsItem } from '../../../src/feed/model.js';
import { itemDir } from '../../../src/i18n/language.js';
import { breaking, relatedArticles } from '../../../src/i18n/messages.js';
import { baseStyles } from '../../../src/styles/base.styles.js';

/** A tiny NewsElement for the i18n tests: two UI strings, the first item's title and date. */
export class I18nProbe extends NewsElement {
  static override styles = [baseStyles];

  /** The resolved language, direction and UI locale, as the element helpers read them. */
  get resolved() {
    return { lang: this.i18n.lang, dir: this.i18n.dir, ui: this.i18n.uiLocale, number: this.i18n.number(1234) };
  }

  /** The feed controller's status (a property feed is parsed asynchronously). */
  get status() {
    return this.data.status;
  }

  override render() {
    const item = this.data.feed?.items[0];
    return html`<p class="label">${breaking()}</p>
      <h2 class="related">${relatedArticles()}</h2>
      ${
        item
          ? html`<p class="title" lang=${ifDefined(item.language)} dir=${itemDir(item)}>${item.title}</p>
              <p class="date">${this.i18n.time(item.published)}</p>`
          : nothing
      }`;
  }
}

if (!customElements.get('i18n-probe')) customElements.define('i18n-probe', I18nProbe);

declare global {
  interface HTMLElementTagNameMap {
    'i18n-probe': I18nProbe;
  }
}

/** A normalized feed of one item. */
export function feed(language: string | undefined, init: Partial<NewsItem> = {}): NewsFeed {
  return {
    format: 'json-feed',
    title: 'Probe',
    language,
    authors: [],
    extensions: {},
    items: [
      {
        id: '1',
        title: 'لافروف: الشرع قال العلاقات قديمة واستراتيجية مع روسيا',
        summary: '',
        contentText: '',
        published: '2024-12-26T09:51:00Z',
        authors: [],
        tags: [],
        breaking: true,
        attachments: [],
        extensions: {},
        ...init,
      },
    ],
  };
}

/** The text and computed direction of a part of the probe's shadow tree. */
export function part(el: HTMLElement, selector: string): { text: string; dir: string; el: HTMLElement } {
  const node = el.shadowRoot!.querySelector<HTMLElement>(selector)!;
  return { text: node.textContent!.trim(), dir: getComputedStyle(node).direction, el: node };
}
