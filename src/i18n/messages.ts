import { html, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { FeedError } from '../feed/errors.js';

/**
 * The shared UI strings. Each is a function so it is read in the current locale at render time;
 * written in Arabic (the source locale: an Arabic page needs no locale module); ids are explicit and
 * stable so translations survive wording changes.
 * Elements using them must be `@localized()` (NewsElement is) to re-render on a locale change.
 * The strings only `<article-card>` shows are in article-messages.ts (its chunk, not every page).
 */

export const breaking = () => msg('عاجل', { id: 'str.breaking' });
/** Short visible label of the ticker's pause button. */
export const pause = () => msg('إيقاف مؤقت', { id: 'str.pause' });
/** Short visible label of the ticker's play button. */
export const play = () => msg('تشغيل', { id: 'str.play' });
/** Accessible name of the ticker's pause button. */
export const pauseHeadlines = () => msg('إيقاف العناوين مؤقتاً', { id: 'str.pause-headlines' });
/** Accessible name of the ticker's play button. */
export const playHeadlines = () => msg('تشغيل العناوين', { id: 'str.play-headlines' });
export const previousHeadline = () => msg('العنوان السابق', { id: 'str.previous-headline' });
export const nextHeadline = () => msg('العنوان التالي', { id: 'str.next-headline' });
/** Accessible name of the ticker's region. */
export const newsHeadlines = () => msg('عناوين الأخبار', { id: 'str.news-headlines' });
export const relatedArticles = () => msg('مقالات ذات صلة', { id: 'str.related-articles' });
export const readMore = () => msg('اقرأ المزيد', { id: 'str.read-more' });
/** Link to the item's `url` (the full article on the publisher's site). */
export const readFullArticle = () => msg('اقرأ المقال كاملاً', { id: 'str.read-full-article' });
/** `date` may be markup, e.g. `i18n.time(item.modified)`. */
export const updated = (date: unknown): TemplateResult => msg(html`آخر تحديث ${date}`, { id: 'str.updated' });
export const loadingNews = () => msg('جارٍ تحميل الأخبار…', { id: 'str.loading' });
export const retry = () => msg('إعادة المحاولة', { id: 'str.retry' });
export const loadError = () => msg('تعذّر تحميل الأخبار', { id: 'str.load-error' });
export const noNews = () => msg('لا توجد أخبار لعرضها بعد', { id: 'str.empty' });
export const loadMore = () => msg('تحميل المزيد', { id: 'str.load-more' });

/** A reader-facing sentence for each FeedError kind (technical details stay in `error.message`). */
export function errorMessage(error: Pick<FeedError, 'kind' | 'status'> | undefined): string {
  switch (error?.kind) {
    case 'network':
      return msg('تعذّر الاتصال بخادم الأخبار. تحقّق من اتصالك بالإنترنت.', { id: 'error.network' });
    case 'timeout':
      return msg('استغرق خادم الأخبار وقتاً طويلاً للرد.', { id: 'error.timeout' });
    case 'http':
      return error.status ? msg(str`ردّ خادم الأخبار بالخطأ ${error.status}.`, { id: 'error.http' }) : loadError();
    case 'too-large':
      return msg('ملف الأخبار أكبر من أن يُعرض.', { id: 'error.too-large' });
    case 'parse':
      return msg('تعذّرت قراءة ملف الأخبار.', { id: 'error.parse' });
    case 'unsupported':
      return msg('صيغة ملف الأخبار هذا غير مدعومة.', { id: 'error.unsupported' });
    case 'invalid-input':
      return msg('عنوان ملف الأخبار أو بياناته غير صالحة.', { id: 'error.invalid-input' });
    default:
      return loadError();
  }
}
