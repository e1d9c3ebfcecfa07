/** Registers every element. */
import './elements/news-ticker/news-ticker.js';
import './elements/article-card/article-card.js';
import './elements/related-list/related-list.js';
