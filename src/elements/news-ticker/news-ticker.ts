import { defineElement } from '../define-element.js';
import { NewsTicker } from './news-ticker.component.js';

export { NewsTicker };

defineElement('news-ticker', NewsTicker);

declare global {
  interface HTMLElementTagNameMap {
    'news-ticker': NewsTicker;
  }
}
