/**
 * Script-tag entry (classic, one self-contained file): registers every element and exposes the
 * root API as `window.NewsWidgets`.
 */
import { claimPage, defineElement } from './elements/define-element.js';
import { ArticleCard, NewsTicker, RelatedList } from './index.js';

export * from './index.js';

if (claimPage()) {
  defineElement('news-ticker', NewsTicker);
  defineElement('article-card', ArticleCard);
  defineElement('related-list', RelatedList);
}
