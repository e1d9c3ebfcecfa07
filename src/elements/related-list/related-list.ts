import { defineHydrating } from '../define-element.js';
import { RelatedList } from './related-list.component.js';

export { RelatedList };

defineHydrating('related-list', RelatedList);

declare global {
  interface HTMLElementTagNameMap {
    'related-list': RelatedList;
  }
}
