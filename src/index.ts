/**
 * news-widgets: the side-effect-free root. Importing it registers no element; import
 * `news-widgets/define` (all) or `news-widgets/<tag>/define` (one) for that.
 */
export { VERSION } from './version.js';
export { NewsTicker } from './elements/news-ticker/news-ticker.component.js';
export { ArticleCard } from './elements/article-card/article-card.component.js';
export { RelatedList, type RelatedExplanation } from './elements/related-list/related-list.component.js';
export { NewsElement, type Theme } from './elements/base/news-element.js';
export { parseFeed, type ParseOptions, type ParseResult } from './feed/parse.js';
export { FeedError, isFeedError, type FeedErrorKind } from './feed/errors.js';
export { FeedController, type FeedSource, type FeedStatus } from './feed/controller.js';
export { loadFeed, loadMore, type FeedState, type LoadOptions } from './feed/store.js';
export type { FetchOptions } from './feed/fetch.js';
export type * from './feed/model.js';
export { sanitizeHtml, type SanitizeLabels, type SanitizeOptions } from './sanitize/sanitize.js';
export { setLocale } from './i18n/locale.js';
export type * from './events.js';
