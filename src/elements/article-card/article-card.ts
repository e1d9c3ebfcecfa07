import { defineHydrating } from '../define-element.js';
import { ArticleCard } from './article-card.component.js';

export { ArticleCard };

defineHydrating('article-card', ArticleCard);

declare global {
  interface HTMLElementTagNameMap {
    'article-card': ArticleCard;
  }
}
