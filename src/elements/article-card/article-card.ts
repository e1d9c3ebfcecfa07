import { defineElement } from '../define-element.js';
import { ArticleCard } from './article-card.component.js';

export { ArticleCard };

defineElement('article-card', ArticleCard);

declare global {
  interface HTMLElementTagNameMap {
    'article-card': ArticleCard;
  }
}
