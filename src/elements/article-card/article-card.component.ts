import { html, isServer, noChange, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { msg } from '@lit/localize';
import type { NewsItem } from '../../feed/model.js';
import { sanitizeHtml, sanitizeOnServer, type SanitizeLabels, type SanitizeOptions } from '../../sanitize/sanitize.js';
import { itemDir, itemLang } from '../../i18n/language.js';
import { breaking, errorMessage, loadingNews, noNews } from '../../i18n/messages.js';
import {
  audioLink,
  byAuthors,
  readOriginal,
  source as sourceLabel,
  tableLabel,
  tags as tagsLabel,
  videoLink,
} from '../../i18n/article-messages.js';
import { NewsElement } from '../base/news-element.js';
import { ImpressionController, itemClick } from '../base/item-events.js';
import { cssVars } from '../base/css-vars.js';
import { renderEmpty, renderError, renderLoading, safeHref, skeletonLines } from '../base/states.js';
import { baseStyles } from '../../styles/base.styles.js';
import { stateStyles } from '../../styles/states.styles.js';
import { styles } from './article-card.styles.js';

export type ArticleCardLayout = 'stacked' | 'horizontal' | 'compact' | 'full';

/** URLs compare equal across http/https, `www.`, a trailing slash, the fragment and `utm_*` tracking. */
function urlKey(url: string): string {
  try {
    const u = new URL(url, isServer ? undefined : document.baseURI);
    for (const key of [...u.searchParams.keys()]) if (key.startsWith('utm_')) u.searchParams.delete(key);
    u.search = u.searchParams.toString();
    return (u.host.replace(/^www\./, '') + u.pathname.replace(/\/+$/, '') + u.search).toLowerCase();
  } catch {
    return url;
  }
}

/**
 * One news article: a teaser card (`stacked`, `horizontal`, `compact`) whose whole surface links to
 * the article, or the `full` article with its sanitized body, source, tags and a link to the original.
 *
 * @summary A news article as a card or in full, from a feed URL, a feed object or one item.
 * @tag article-card
 *
 * @slot - Fallback content: shown before the element upgrades and again when the feed fails to load.
 *
 * @csspart image - The article image.
 * @csspart category - The category label.
 * @csspart badge - The "Breaking" badge.
 * @csspart title - The heading that holds the title.
 * @csspart link - The title link (card layouts) or the link to the original (`full`).
 * @csspart date - The publication date.
 * @csspart authors - The author names.
 * @csspart source - The source attribution.
 * @csspart summary - The summary (card layouts).
 * @csspart body - The sanitized article body (`full`).
 * @csspart tags - The tags (`full`).
 * @csspart skeleton - The loading placeholder.
 * @csspart error - The error box.
 * @csspart retry - The error box's Retry button.
 * @csspart fallback-link - The error box's link to `fallback-href`.
 * @csspart empty - The "no news" message.
 *
 * @cssprop --article-card-background - Card background (default `--news-color-background`).
 * @cssprop --article-card-color - Text colour (default `--news-color-text`).
 * @cssprop --article-card-muted-color - Date, authors, source and summary colour (default `--news-color-muted`).
 * @cssprop --article-card-link-color - Links in the body and the original link (default `--news-color-link`).
 * @cssprop --article-card-accent - Category colour and badge background (default `--news-color-accent`).
 * @cssprop --article-card-accent-text - Badge text colour (default: `--news-color-accent-text` if set, else black or white, whichever reads better on the accent).
 * @cssprop --article-card-border - Card border (default `1px solid var(--news-color-border)`).
 * @cssprop --article-card-radius - Corner radius (default `--news-radius`).
 * @cssprop --article-card-padding - Space around the text (default `--news-space`).
 * @cssprop --article-card-gap - Space between the parts (default `--news-space`).
 * @cssprop --article-card-font-family - Font (default `--news-font-family`).
 * @cssprop --article-card-title-font-family - Title font (default: the card's font).
 * @cssprop --article-card-title-size - Title font size (default: grows with the card's width).
 * @cssprop --article-card-title-weight - Title font weight (default 700).
 * @cssprop --article-card-image-ratio - Image box ratio when the feed gives no size (default `16 / 9`).
 * @cssprop --article-card-thumbnail-size - Thumbnail width in `horizontal` (default 35%).
 * @cssprop --article-card-image-background - Image placeholder colour (default `--news-color-surface`).
 *
 * @fires news-load - The feed loaded (or refreshed); `detail.feed`.
 * @fires news-error - The feed could not be loaded; `detail.error` (a FeedError).
 * @fires news-item-click - The article link was activated; cancelable (cancel to route in a single-page app); `detail.item`.
 * @fires news-item-impression - At least half of the card was visible for one second; once per item; `detail.item`.
 */
export class ArticleCard extends NewsElement {
  static override styles = [baseStyles, stateStyles, styles];

  private readonly impressions = new ImpressionController(this);
  private current?: NewsItem;
  private bodyKey?: string;

  @query('article') private article?: HTMLElement;

  /**
   * The sanitized body (`full`), as nodes so it can be re-inserted after a layout switch; on the
   * server, the markup of the server's sanitizer; when hydrating, `noChange`: the server's body stays.
   */
  @state() private body?: unknown;
  @state() private failedImage?: string;

  /** Id of the feed item to show; default: the newest item. */
  @property({ attribute: 'item-id' }) itemId?: string;

  /** URL of the feed item to show (compared without protocol, `www.`, trailing slash, fragment or `utm_*`). */
  @property({ attribute: 'item-url' }) itemUrl?: string;

  /** A normalized item to show as is; wins over `src`, `feed`, `item-id` and `item-url`. */
  @property({ attribute: false }) item?: NewsItem;

  /** `stacked` (image on top), `horizontal` (thumbnail at the inline start), `compact` (title, date, category) or `full`. */
  @property({ reflect: true }) layout: ArticleCardLayout = 'stacked';

  /** Heading level of the title, 1–6; default 3, or 1 in `full`. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel?: number;

  /** Lines of summary before it is cut with an ellipsis. */
  @property({ attribute: 'summary-lines', type: Number }) summaryLines = 3;

  /** Browsing context for the article links, e.g. `_blank`; any target but `_self` adds `rel="noopener"`. */
  @property() target?: string;

  /** A page to offer when the feed cannot be loaded. */
  @property({ attribute: 'fallback-href' }) fallbackHref?: string;

  /** Hide the image. */
  @property({ attribute: 'no-image', type: Boolean }) noImage = false;

  /** Hide the summary. */
  @property({ attribute: 'no-summary', type: Boolean }) noSummary = false;

  /** Hide the date. */
  @property({ attribute: 'no-date', type: Boolean }) noDate = false;

  /** Hide the category. */
  @property({ attribute: 'no-category', type: Boolean }) noCategory = false;

  /** Hide the source. */
  @property({ attribute: 'no-source', type: Boolean }) noSource = false;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const item = (this.current = this.pick());
    // The words the sanitizer writes (a dropped video's link, a table's name) are in the key, so a
    // locale change gives the body in the new language.
    const labels = { video: videoLink(), audio: audioLink(), table: tableLabel() };
    const key =
      this.layout === 'full' && item?.contentHtml
        ? [item.contentHtml, this.target, item.url, ...Object.values(labels)].join('\0')
        : undefined;
    if (key !== this.bodyKey) {
      this.bodyKey = key;
      this.body = undefined;
      if (key && item?.contentHtml) {
        const options = this.sanitizeOptions(item, labels);
        if (isServer) this.body = sanitizeOnServer(item.contentHtml, options);
        else if (this.hydrating) this.body = noChange;
        else void this.sanitize(item.contentHtml, key, options);
      }
    }
  }

  protected override updated(): void {
    this.impressions.show(this.article && this.current ? [[this.article, this.current, 0]] : [], this.data.feed?.items);
  }

  private pick(): NewsItem | undefined {
    if (this.item) return this.item;
    const items = this.data.feed?.items ?? [];
    if (this.itemId) return items.find((it) => it.id === this.itemId);
    if (this.itemUrl) {
      const want = urlKey(this.itemUrl);
      return items.find((it) => [it.url, it.externalUrl].some((u) => u && urlKey(u) === want));
    }
    const time = (it: NewsItem) => Date.parse(it.published ?? '') || 0;
    return items.reduce<NewsItem | undefined>((a, b) => (!a || time(b) > time(a) ? b : a), undefined);
  }

  /** @internal The items the server inlines for hydration: the one shown. */
  override hydrationItems(): NewsItem[] {
    return this.current ? [this.current] : [];
  }

  private sanitizeOptions(item: NewsItem, labels: SanitizeLabels): SanitizeOptions {
    return {
      linkTarget: this.target === '_blank' ? '_blank' : '_self',
      baseUrl: item.url ?? this.data.feed?.homePageUrl,
      labels,
    };
  }

  private async sanitize(html: string, key: string, options: SanitizeOptions): Promise<void> {
    try {
      const fragment = await sanitizeHtml(html, options);
      if (key === this.bodyKey) this.body = [...fragment.childNodes];
    } catch {
      // The plain-text body stays.
    }
  }

  private readonly onClick = (event: MouseEvent): void => {
    if (this.current) itemClick(this, this.current, 0)(event);
  };

  private readonly onImageError = (event: Event): void => {
    this.failedImage = (event.target as HTMLImageElement).getAttribute('src') ?? undefined;
  };

  /** Names joined the locale's way ("a, b and c" / "a وb"), each isolated in `<bdi>`. `i18n.lang` is always valid for Intl. */
  private list(values: string[], type: 'conjunction' | 'unit' = 'conjunction'): unknown[] {
    return new Intl.ListFormat(this.i18n.lang, { type })
      .formatToParts(values)
      .map((p) => (p.type === 'element' ? html`<bdi>${p.value}</bdi>` : p.value));
  }

  private link(content: unknown, href: string | undefined, cls: string): unknown {
    if (!href) return content;
    return html`<a
      class=${cls}
      part="link"
      href=${href}
      target=${this.target || nothing}
      rel=${this.target && this.target !== '_self' ? 'noopener' : nothing}
      @click=${this.onClick}
      >${content}</a
    >`;
  }

  private image(item: NewsItem, full: boolean): unknown {
    const img = full ? (item.bannerImage ?? item.image) : (item.image ?? item.bannerImage);
    const src = safeHref(img?.url);
    if (!img || !src || this.noImage || this.layout === 'compact') return nothing;
    const ratio = img.width && img.height ? `${img.width} / ${img.height}` : undefined;
    return html`<div class="media" ${cssVars({ '--_ratio': ratio })}>
      ${
        this.failedImage === src
          ? nothing
          : // \`src\` last: Lit sets attributes in this order, and an image given its \`src\` before
            // \`loading="lazy"\` does its load set-up at once, in the task that renders it (≈ 1.4 ms each).
            html`<img
              part="image"
              alt=${img.alt ?? ''}
              width=${ifDefined(img.width)}
              height=${ifDefined(img.height)}
              loading=${full ? 'eager' : 'lazy'}
              fetchpriority=${full ? 'high' : 'auto'}
              decoding="async"
              referrerpolicy="no-referrer"
              @error=${this.onImageError}
              src=${src}
            />`
      }
    </div>`;
  }

  private renderItem(item: NewsItem): TemplateResult {
    const full = this.layout === 'full';
    const compact = this.layout === 'compact';
    const href = safeHref(item.url ?? item.externalUrl);
    const text = { lang: itemLang(item), dir: itemDir(item) };
    const level = Math.min(6, Math.max(1, Math.round(this.headingLevel ?? (full ? 1 : 3)) || 3));
    const category = !this.noCategory && item.category;
    const summary = !full && !compact && !this.noSummary && (item.summary || item.contentText.slice(0, 400));
    const source = !compact && !this.noSource && item.source;
    // In `full` the article is on screen; its link leads to the original page.
    const original = full ? (safeHref(item.externalUrl) ?? href) : undefined;
    const sourceHref = full ? safeHref(item.source?.url) : undefined;
    // A newsroom credited as author and as source (common in agency feeds) is named once, as the source.
    const authors = compact
      ? []
      : item.authors.map((a) => a.name).filter((name) => name && !(source && name === source.name));
    const date = !this.noDate && item.published ? this.i18n.time(item.published) : nothing;

    return html`<article class="card">
      ${this.image(item, full)}
      <div class="text">
        ${
          item.breaking || category
            ? html`<p class="kicker">
                ${item.breaking ? html`<span class="badge" part="badge">${breaking()}</span>` : nothing}
                ${category ? html`<span class="category" part="category"><bdi>${category}</bdi></span>` : nothing}
              </p>`
            : nothing
        }
        <div class="title" part="title" role="heading" aria-level=${level} lang=${ifDefined(text.lang)} dir=${text.dir}>
          ${full ? item.title : this.link(item.title, href, 'title-link')}
        </div>
        ${
          summary
            ? html`<p
                class="summary"
                part="summary"
                lang=${ifDefined(text.lang)}
                dir=${text.dir}
                ${cssVars({ '--_lines': String(Math.max(1, this.summaryLines || 3)) })}
              >
                ${summary}
              </p>`
            : nothing
        }
        ${
          date !== nothing || authors.length || (source && !full)
            ? html`<p class="meta">
                ${date !== nothing ? html`<span class="date" part="date">${date}</span>` : nothing}
                ${authors.length ? html`<span class="authors" part="authors">${byAuthors(this.list(authors))}</span>` : nothing}
                ${
                  source && !full
                    ? html`<span class="source" part="source">${sourceLabel()}: <bdi>${source.name}</bdi></span>`
                    : nothing
                }
              </p>`
            : nothing
        }
        ${
          full
            ? html`<div class="body" part="body" lang=${ifDefined(text.lang)} dir=${text.dir}>
                  ${
                    this.body ??
                    (item.contentText || item.summary)
                      .split(/\n+/)
                      .filter((p) => p.trim())
                      .map((p) => html`<p>${p}</p>`)
                  }
                </div>
                ${
                  source
                    ? html`<p class="source" part="source">
                        ${sourceLabel()}:
                        ${
                          sourceHref
                            ? html`<a href=${sourceHref} rel="noopener"><bdi>${source.name}</bdi></a>`
                            : html`<bdi>${source.name}</bdi>`
                        }
                      </p>`
                    : nothing
                }
                ${
                  item.tags.length
                    ? html`<p class="tags" part="tags">${tagsLabel()}: ${this.list(item.tags, 'unit')}</p>`
                    : nothing
                }
                ${
                  href ? html`<p class="original">${this.link(readOriginal(), original, 'original-link')}</p>` : nothing
                }`
            : nothing
        }
      </div>
    </article>`;
  }

  /** The same boxes as the article, so nothing moves when it arrives. */
  private renderSkeleton(): TemplateResult {
    const compact = this.layout === 'compact';
    const full = this.layout === 'full';
    return renderLoading(
      loadingNews(),
      html`<div class="card">
        ${this.noImage || compact ? nothing : html`<div class="media skeleton"></div>`}
        <div class="text">
          ${this.noCategory ? nothing : html`<p class="kicker">${skeletonLines(1, 'sk-short')}</p>`}
          <div class="title">${skeletonLines(2)}</div>
          ${
            compact || this.noSummary
              ? nothing
              : html`<div class="summary sk">${skeletonLines(full ? 6 : Math.max(1, this.summaryLines || 3))}</div>`
          }
          ${this.noDate ? nothing : html`<p class="meta">${skeletonLines(1, 'sk-short')}</p>`}
        </div>
      </div>`,
    );
  }

  override render() {
    const item = this.current;
    const status = this.data.status;
    let content: TemplateResult;
    if (!this.i18n.ready) content = this.renderSkeleton();
    else if (item) content = this.renderItem(item);
    else if (status === 'error')
      content = renderError({
        message: errorMessage(this.data.error),
        onRetry: () => this.data.retry(),
        fallbackHref: this.fallbackHref,
      });
    else if (status === 'ready' || status === 'stale')
      content = renderEmpty(
        this.itemId || this.itemUrl ? msg('هذا المقال غير موجود في ملف الأخبار', { id: 'card.not-found' }) : noNews(),
      );
    else content = this.renderSkeleton();
    return html`<div class="wrap">${content}</div>`;
  }
}
