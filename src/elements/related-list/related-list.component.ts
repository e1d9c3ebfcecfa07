import { html, isServer, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { msg } from '@lit/localize';
import { NewsElement } from '../base/news-element.js';
import { ImpressionController, itemClick } from '../base/item-events.js';
import { renderEmpty, renderError, renderLoading, safeHref, skeletonBox, skeletonLines } from '../base/states.js';
import { baseStyles } from '../../styles/base.styles.js';
import { stateStyles } from '../../styles/states.styles.js';
import {
  buildIndex,
  buildIndexAsync,
  cachedIndex,
  normalizeUrl,
  rankRelated,
  type Explanation,
  type RelatedIndex,
  type RelatedResult,
  type Weights,
} from '../../text/rank.js';
import { errorMessage, loadingNews, relatedArticles } from '../../i18n/messages.js';
import { itemDir, itemLang } from '../../i18n/language.js';
import type { NewsItem, NewsRelation } from '../../feed/model.js';
import { styles } from './related-list.styles.js';

/** Normalized URL → item, per feed items array (shared by every list on the page). */
const urlMaps = new WeakMap<object, Map<string, NewsItem>>();

export type RelatedLayout = 'list' | 'grid' | 'compact';

/**
 * Why `<related-list>` shows an item (`debug`, `data-explain`, the click event's `detail.explanation`):
 * `{stated: true}` when the feed names it as related to the article (nothing was ranked), else
 * `stated: false` with the ranking's reasons.
 */
export type RelatedExplanation = { stated: true } | (Explanation & { stated: false });

interface Row extends Omit<RelatedResult, 'explanation'> {
  href: string;
  explanation: RelatedExplanation;
}

/** A stated article outside the feed, shown with the title and URL the feed gives it. */
const outside = ({ id, url, title }: NewsRelation): NewsItem | undefined =>
  url && title
    ? {
        id: id ?? url,
        url,
        title,
        summary: '',
        contentText: '',
        authors: [],
        tags: [],
        breaking: false,
        attachments: [],
        extensions: {},
      }
    : undefined;

/**
 * Links to the articles most related to one article: the `for` item, else the page's own article
 * (found by its canonical URL), else the `tags` and `category` the host gives. The articles the feed
 * states are related to it (`related` in the model: Atom `rel="related"` links, Jetpack related posts,
 * `_news.related`) come first, in the feed's order; the ranking fills the rest up to `limit`. While it
 * has nothing to show it carries `data-empty` (and, unless `empty="message"`, takes no space).
 *
 * @summary The articles related to the one being read: those its publisher states first, then the best ranked by shared tags, terms and category.
 * @tag related-list
 *
 * @slot heading - Replaces the heading text (placed inside the heading element).
 * @slot - Fallback content shown with the error message (e.g. static links written by the publisher).
 *
 * @csspart heading - The heading ("Related articles").
 * @csspart list - The list of items.
 * @csspart item - One item.
 * @csspart link - An item's link (wraps the title).
 * @csspart title - An item's title.
 * @csspart summary - An item's summary.
 * @csspart thumbnail - An item's image (with `thumbnails`).
 * @csspart date - An item's date.
 * @csspart explain - Why an item was chosen (with `debug`).
 * @csspart skeleton - The loading placeholder.
 * @csspart error - The error box.
 * @csspart retry - The error box's Retry button.
 * @csspart empty - The message shown when nothing is related (with `empty="message"`).
 *
 * @cssprop --related-list-gap - Space between items (default 1em).
 * @cssprop --related-list-columns - Smallest column width of the grid layout (default 14em).
 * @cssprop --related-list-title-size - Font size of titles (default 1.05em; compact 1em).
 * @cssprop --related-list-summary-lines - Lines of summary shown before it is cut (default 3).
 * @cssprop --related-list-thumbnail-size - Inline size of thumbnails in list and compact layouts (default 6em; 3em compact).
 * @cssprop --related-list-background - Background (default the theme's background).
 * @cssprop --related-list-color - Text colour (default the theme's text colour).
 * @cssprop --related-list-accent - Heading rule, hover and focus colour (default the theme's accent).
 *
 * @fires news-load - The feed is ready (first load or refresh).
 * @fires news-error - The feed could not be loaded or parsed.
 * @fires news-item-click - An item's link was activated; cancelable (cancel it to route yourself). `detail.explanation` says why the item was chosen (`stated: true` when the feed named it).
 * @fires news-item-impression - An item was at least half visible for one second (once per item).
 */
export class RelatedList extends NewsElement {
  static override styles = [baseStyles, stateStyles, styles];

  /** The article the list relates to: an item `id` or URL from the feed. Default: the page's own article. */
  @property({ attribute: 'for' }) for?: string;

  /** Comma-separated tags to relate to when the article is not in the feed. */
  @property() tags?: string;

  /** Category to relate to when the article is not in the feed. */
  @property() category?: string;

  /** How many items to show. */
  @property({ type: Number }) limit = 3;

  /** `list` (title and summary), `grid` (cards in columns) or `compact` (titles only). */
  @property({ reflect: true }) layout: RelatedLayout = 'list';

  /** Show each item's image. */
  @property({ type: Boolean }) thumbnails = false;

  /** Hide the dates. */
  @property({ type: Boolean, attribute: 'no-date' }) noDate = false;

  /** Heading text, replacing the localized "Related articles". */
  @property() heading?: string;

  /** Level of the heading, 2 to 6. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /** Hide the heading. */
  @property({ type: Boolean, attribute: 'no-heading' }) noHeading = false;

  /** When nothing is related: `hide` the whole element, or show a `message`. */
  @property() empty: 'hide' | 'message' = 'hide';

  /** Show why each item was chosen (stated by the publisher, or shared tags and terms and score) and set `data-explain` on items. */
  @property({ type: Boolean }) debug = false;

  /** Ranking weights (tags, terms, category, recency…); unset keys keep their defaults. */
  @property({ attribute: false }) weights?: Partial<Weights>;

  private rows: Row[] = [];
  /** The article the rows relate to, when it is in the feed. */
  private subject?: NewsItem;
  private memo: unknown[] = [];
  /** The items array whose index is being built, with no rows to show meanwhile (the skeleton stays). */
  private indexing?: readonly NewsItem[];
  /** Settles when the index being built is in and the rows it gives are requested. */
  private indexed?: Promise<void>;
  private readonly impressions = new ImpressionController(this);

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.rank();
    // Here rather than in updated(): the server runs willUpdate but no updated(), and its HTML must
    // carry data-empty too (else an empty list shows its heading until the script loads).
    this.toggleAttribute('data-empty', this.data.feed !== undefined && !this.indexing && !this.rows.length);
  }

  /** The rows for the current feed, target and limit (memoized). */
  private rank(): void {
    const feed = this.data.feed;
    if (!feed) return void ((this.rows = []), (this.subject = this.indexing = undefined));
    const items = feed.items;
    let urls = urlMaps.get(feed.items);
    if (!urls) {
      urlMaps.set(feed.items, (urls = new Map()));
      // An item's own URL wins over another item's `externalUrl` (Atom maps `rel="related"` to it).
      for (const key of ['externalUrl', 'url'] as const)
        for (const item of feed.items) if (item[key]) urls.set(normalizeUrl(item[key]), item);
    }
    const byUrl = (url?: string | null) => (url ? urls.get(normalizeUrl(url)) : undefined);
    // The page's own article: never listed, and the target when `for` is not given (the server
    // cannot see the page: it needs `for`).
    const head = isServer ? undefined : document.head;
    const page = head
      ? (byUrl(head.querySelector<HTMLLinkElement>('link[rel~=canonical]')?.href) ??
        byUrl(head.querySelector('meta[property="og:url"]')?.getAttribute('content')) ??
        byUrl(location.href))
      : undefined;
    const chosen = this.for ? (feed.items.find((item) => item.id === this.for) ?? byUrl(this.for)) : undefined;
    const given = `${this.tags ?? ''}\n${this.category ?? ''}`;
    const target = (this.subject = chosen ?? page);
    const key = [feed, target?.id ?? given, this.limit, this.weights, page, cachedIndex(items)];
    if (key.every((value, i) => value === this.memo[i])) return;
    // A refreshed feed about the same article (or the same tags) keeps its rows while it is indexed.
    const shown = key[1] === this.memo[1] ? this.rows : [];
    this.memo = key;
    this.rows = [];
    this.indexing = undefined;
    if (!target && given === '\n') return;
    const limit = this.limit >= 0 ? Math.floor(this.limit) : 3;
    const to = target ?? { tags: this.tags?.split(','), category: this.category };
    // What the publisher states comes first, in its order: feed items by id or URL, else articles
    // outside the feed that carry their own title and URL; the rest (unknown ids) is skipped.
    const pick = (item: NewsItem | undefined, seen: Set<string>) => {
      const href = safeHref(item?.url ?? item?.externalUrl);
      const key = href && normalizeUrl(href);
      if (!key || item === target || item === page || seen.has(key)) return undefined;
      seen.add(key);
      return href;
    };
    const stated: Row[] = [];
    const links = new Set<string>();
    for (const r of target?.related ?? []) {
      if (stated.length >= limit) break;
      const item = (r.id && feed.items.find((it) => it.id === r.id)) || byUrl(r.url) || outside(r);
      const href = pick(item, links);
      if (href) stated.push({ item: item!, href, score: 0, explanation: { stated: true } });
    }
    this.rows = stated;
    if (stated.length >= limit) return;
    // Cached per items array by rank.ts, so every update (and every list on the page) shares it. The
    // server and a hydrating list (whose first render must be the server's) build it at once.
    const index = cachedIndex(items) ?? (isServer || this.hydrating ? buildIndex(items) : this.indexLater(items));
    key[5] = index;
    if (!index) {
      // The ranking waits for the index, built in slices of the page's tasks (the first paint does not
      // wait for it, and no feed makes a long task); meanwhile the rows shown stay, else the skeleton.
      if (shown.length) this.rows = shown;
      else this.indexing = items;
      return;
    }
    // Results come best first and a larger limit only extends them: ask for a few more than shown (some
    // lack a safe link, one may be the page or stated), and for more only when those were not enough.
    for (let want = limit + 4; this.rows.length < limit; want *= 4) {
      const ranked = rankRelated(index, to, { limit: want, weights: this.weights });
      const seen = new Set(links);
      this.rows = [...stated];
      for (const row of ranked) {
        if (this.rows.length >= limit) break;
        const href = pick(row.item, seen);
        if (href) this.rows.push({ ...row, href, explanation: { ...row.explanation, stated: false } });
      }
      if (ranked.length < want) break;
    }
  }

  /**
   * Starts building the index of `items` in slices (see `buildIndexAsync`); renders again once it is
   * in. Returns it when its first slice was enough (a small feed): no task to wait for.
   */
  private indexLater(items: readonly NewsItem[]): RelatedIndex | undefined {
    const indexed = buildIndexAsync(items).then(() => {
      if (this.indexed === indexed) {
        this.indexed = undefined;
        this.requestUpdate();
      }
    });
    const index = cachedIndex(items);
    if (!index) this.indexed = indexed;
    return index;
  }

  /** Also waits for the ranking: `updateComplete` (and `news-load`, sent after it) means the rows are on screen. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    return this.indexed ? this.indexed.then(() => this.getUpdateComplete()) : done;
  }

  /**
   * @internal The items the server inlines for hydration: the article, its `related` set to the
   * rows in their order (so the client shows them as stated, without ranking), and the rows.
   */
  override hydrationItems(): NewsItem[] {
    const rows = this.rows.map((row) => row.item);
    if (!this.subject) return rows;
    const related = this.rows.map(({ item, href }) => ({ id: item.id || undefined, url: href, title: item.title }));
    return [{ ...this.subject, related }, ...rows];
  }

  protected override updated(): void {
    const shown: [Element, NewsItem, number][] = [];
    this.renderRoot.querySelectorAll('[part~=item]').forEach((el, i) => {
      const row = this.rows[i];
      if (row) shown.push([el, row.item, i]);
    });
    this.impressions.show(shown, this.data.feed?.items);
  }

  private renderRow({ item, href, score, explanation }: Row, i: number) {
    const lang = itemLang(item);
    const dir = itemDir(item);
    const image = this.thumbnails ? (item.image ?? item.bannerImage) : undefined;
    const src = safeHref(image?.url);
    const explain = !this.debug
      ? ''
      : explanation.stated
        ? msg('اختارها المحرر', { id: 'related.stated' })
        : `${score.toFixed(2)} · ${[...explanation.sharedTags, ...explanation.sharedTerms].join(', ')}${explanation.sameCategory ? ' · =' : ''}`;
    return html`<li part="item" data-explain=${this.debug ? JSON.stringify({ score, ...explanation }) : nothing}>
      ${
        src
          ? html`<img
              part="thumbnail"
              alt=""
              loading="lazy"
              width=${ifDefined(image!.width)}
              height=${ifDefined(image!.height)}
              src=${src}
            />`
          : nothing
      }
      <a part="link" href=${href} @click=${itemClick(this, item, i, explanation)}
        ><span part="title" lang=${ifDefined(lang)} dir=${dir}>${item.title}</span></a
      >
      ${
        this.layout !== 'compact' && item.summary
          ? html`<p part="summary" lang=${ifDefined(lang)} dir=${dir}>${item.summary}</p>`
          : nothing
      }
      ${this.noDate || !item.published ? nothing : html`<span part="date">${this.i18n.time(item.published)}</span>`}
      ${this.debug ? html`<small part="explain" dir="auto">${explain}</small>` : nothing}
    </li>`;
  }

  override render() {
    const { status, feed, error } = this.data;
    let body;
    if (feed && this.i18n.ready && !this.indexing) {
      body = this.rows.length
        ? html`<ul part="list" class=${this.layout} aria-labelledby=${this.noHeading ? nothing : 'h'}>
            ${this.rows.map((row, i) => this.renderRow(row, i))}
          </ul>`
        : this.empty === 'message'
          ? renderEmpty(msg('لا توجد مقالات ذات صلة', { id: 'related.empty' }))
          : nothing;
    } else if (status === 'error' && error && this.i18n.ready) {
      body = renderError({ message: errorMessage(error), onRetry: () => this.data.retry() });
    } else {
      body = renderLoading(
        loadingNews(),
        html`<div class="list ${this.layout}">
          ${Array.from(
            { length: Math.max(1, this.limit) },
            () =>
              html`<div class="row">
                ${this.thumbnails ? skeletonBox('thumb') : nothing}
                <div>${skeletonLines((this.layout === 'compact' ? 1 : 4) + (this.noDate ? 0 : 1))}</div>
              </div>`,
          )}
        </div>`,
      );
    }
    const level = Math.min(6, Math.max(2, Math.floor(this.headingLevel) || 2));
    return html`${
      this.noHeading
        ? nothing
        : html`<div part="heading" id="h" role="heading" aria-level=${level}>
            <slot name="heading">${this.heading || relatedArticles()}</slot>
          </div>`
    }${body}`;
  }
}
