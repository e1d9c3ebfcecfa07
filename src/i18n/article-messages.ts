import { html, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';

/**
 * The UI strings only `<article-card>` shows (see messages.ts for the shared ones): they travel in
 * its chunk of the script-tag bundle, so a page without an article card does not download them.
 */

/** Link to the item's `externalUrl` (the original the item points to). */
export const readOriginal = () => msg('اقرأ المقال الأصلي', { id: 'str.read-original' });
export const source = () => msg('المصدر', { id: 'str.source' });
export const tags = () => msg('الوسوم', { id: 'str.tags' });
/** `authors` may be markup, e.g. names in `<bdi>`. */
export const byAuthors = (authors: unknown): TemplateResult => msg(html`بقلم ${authors}`, { id: 'str.by' });
// Words the sanitizer writes into article bodies (src/sanitize cannot import @lit/localize's state:
// the element passes these in as `SanitizeOptions.labels`).
/** Link left where a video player (or a frame, embed or object) was dropped from a body. */
export const videoLink = () => msg('▶ فيديو', { id: 'str.video-link' });
/** Link left where an audio player was dropped from a body. */
export const audioLink = () => msg('▶ صوت', { id: 'str.audio-link' });
/** Accessible name of a table's scroll region when the table has no caption. */
export const tableLabel = () => msg('جدول', { id: 'str.table' });
