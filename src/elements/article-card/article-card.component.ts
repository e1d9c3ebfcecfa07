import { html } from 'lit';
import { NewsElement } from '../base/news-element.js';
import { baseStyles } from '../../styles/base.styles.js';
import { styles } from './article-card.styles.js';

/**
 * PLACEHOLDER (foundation): the element's own issue builds it.
 *
 * @summary article-card
 * @tag article-card
 */
export class ArticleCard extends NewsElement {
  static override styles = [baseStyles, styles];

  override render() {
    return html`<ul>
      ${(this.data.feed?.items ?? []).slice(0, 5).map((item) => html`<li><bdi>${item.title}</bdi></li>`)}
    </ul>`;
  }
}
