import { defineHydrating } from '../define-element.js';
import { NewsTicker } from './news-ticker.component.js';

export { NewsTicker };

defineHydrating('news-ticker', NewsTicker);

declare global {
  interface HTMLElementTagNameMap {
    'news-ticker': NewsTicker;
  }
}
