import { html, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { FeedError } from '../feed/errors.js';

/**
 * The shared UI strings. Each is a function so it is read in the current locale at render time;
 * ids are explicit and stable so translations survive wording changes in English.
 * Elements using them must be `@localized()` (NewsElement is) to re-render on a locale change.
 */

export const breaking = () => msg('Breaking', { id: 'str.breaking' });
/** Short visible label of the ticker's pause button. */
export const pause = () => msg('Pause', { id: 'str.pause' });
/** Short visible label of the ticker's play button. */
export const play = () => msg('Play', { id: 'str.play' });
/** Accessible name of the ticker's pause button. */
export const pauseHeadlines = () => msg('Pause headlines', { id: 'str.pause-headlines' });
/** Accessible name of the ticker's play button. */
export const playHeadlines = () => msg('Play headlines', { id: 'str.play-headlines' });
export const previousHeadline = () => msg('Previous headline', { id: 'str.previous-headline' });
export const nextHeadline = () => msg('Next headline', { id: 'str.next-headline' });
/** Accessible name of the ticker's region. */
export const newsHeadlines = () => msg('News headlines', { id: 'str.news-headlines' });
export const relatedArticles = () => msg('Related articles', { id: 'str.related-articles' });
export const readMore = () => msg('Read more', { id: 'str.read-more' });
/** Link to the item's `url` (the full article on the publisher's site). */
export const readFullArticle = () => msg('Read the full article', { id: 'str.read-full-article' });
/** Link to the item's `externalUrl` (the original the item points to). */
export const readOriginal = () => msg('Read the original', { id: 'str.read-original' });
export const source = () => msg('Source', { id: 'str.source' });
export const tags = () => msg('Tags', { id: 'str.tags' });
/** `authors` may be markup, e.g. names in `<bdi>`. */
export const byAuthors = (authors: unknown): TemplateResult => msg(html`By ${authors}`, { id: 'str.by' });
/** `date` may be markup, e.g. `i18n.time(item.modified)`. */
export const updated = (date: unknown): TemplateResult => msg(html`Updated ${date}`, { id: 'str.updated' });
export const loadingNews = () => msg('Loading news…', { id: 'str.loading' });
export const retry = () => msg('Retry', { id: 'str.retry' });
export const loadError = () => msg("Couldn't load the news", { id: 'str.load-error' });
export const noNews = () => msg('No news to show yet', { id: 'str.empty' });
export const loadMore = () => msg('Load more', { id: 'str.load-more' });

/** A reader-facing sentence for each FeedError kind (technical details stay in `error.message`). */
export function errorMessage(error: Pick<FeedError, 'kind' | 'status'> | undefined): string {
  switch (error?.kind) {
    case 'network':
      return msg("Couldn't reach the news server. Check your connection.", { id: 'error.network' });
    case 'timeout':
      return msg('The news server took too long to answer.', { id: 'error.timeout' });
    case 'http':
      return error.status
        ? msg(str`The news server answered with error ${error.status}.`, { id: 'error.http' })
        : loadError();
    case 'too-large':
      return msg('The news feed is too large to show.', { id: 'error.too-large' });
    case 'parse':
      return msg("The news feed couldn't be read.", { id: 'error.parse' });
    case 'unsupported':
      return msg("This news feed's format isn't supported.", { id: 'error.unsupported' });
    case 'invalid-input':
      return msg("The news feed's address or data isn't valid.", { id: 'error.invalid-input' });
    default:
      return loadError();
  }
}
