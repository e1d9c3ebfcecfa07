import { html, isServer, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { keyed } from 'lit/directives/keyed.js';
import type { NewsItem } from '../../feed/model.js';
import * as t from '../../i18n/messages.js';
import { NewsElement } from '../base/news-element.js';
import { ImpressionController, itemClick } from '../base/item-events.js';
import { UniqueNameController } from '../base/unique-name.js';
import { renderEmpty, renderError, renderLoading, safeHref, skeletonBox } from '../base/states.js';
import { baseStyles } from '../../styles/base.styles.js';
import { stateStyles } from '../../styles/states.styles.js';
import { styles } from './news-ticker.styles.js';
import { TickerMotion } from './news-ticker.motion.js';

const icon = (d: string) =>
  html`<svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
    ${svg`<path d=${d} />`}
  </svg>`;

/**
 * Headlines in the first render of a long list: more than the widest screen shows at once. Each costs
 * its render and layout in the task where the feed arrives, before any is on screen (50 headlines:
 * ≈ 30 ms on a 2-core machine, four times that on a mid-range phone); the rest follow a task later.
 */
const FIRST_HEADLINES = 8;

const list = (value: string | undefined) =>
  (value ?? '')
    .split(',')
    .map((s) => s.trim().toLowerCase())
    .filter(Boolean);

/**
 * A breaking-news bar: headlines from a feed scroll in one continuous line toward the reading
 * start (right-to-left in Arabic), or step one at a time. A pause button comes first in tab order;
 * motion also stops under the pointer, with focus inside, off screen and in a hidden tab. With
 * `prefers-reduced-motion: reduce` (or `motion="reduce"`) nothing moves: one headline shows, with
 * previous/next buttons. Headlines from a refresh join where the loop comes round to them; the
 * text on screen does not jump. A long list shows its first eight headlines as soon as the feed is
 * in (`news-load` then), the rest a task later, once those are on screen.
 *
 * `aria-live` is off while headlines move by themselves; in step and reduced modes the headline is
 * announced politely only while focus is inside the ticker (the reader pressed previous/next).
 *
 * @summary A scrolling or stepping news ticker with pause control, RTL-first, reduced-motion aware.
 * @tag news-ticker
 *
 * @slot label - The region's visible badge text (default: the `label` attribute, else "Breaking").
 * @slot - Fallback content shown with the error message when the feed fails before any headline.
 *
 * @csspart badge - The badge that labels the region ("عاجل" / "Breaking").
 * @csspart track - The moving line (two copies of the headlines in scroll mode).
 * @csspart item - Each headline link (or text when the item has no URL).
 * @csspart separator - The mark between headlines (its text: `--news-ticker-separator`).
 * @csspart controls - The box around the buttons.
 * @csspart button - The pause/play, previous and next buttons.
 * @csspart flag - The "Breaking" mark before a breaking headline.
 * @csspart category - A headline's category.
 * @csspart time - A headline's date.
 * @csspart skeleton - The placeholder shown while loading.
 * @csspart error - The error box (no headline to keep showing).
 * @csspart retry - The error box's Retry button.
 * @csspart empty - The message when no headline matches.
 *
 * @cssprop [--news-ticker-height=2.75em] - Height of the bar, reserved while loading.
 * @cssprop [--news-ticker-gap=2em] - Space around each separator.
 * @cssprop [--news-ticker-separator='•'] - Separator between headlines, a CSS string.
 * @cssprop [--news-ticker-background=var(--news-color-surface)] - Background of the bar.
 * @cssprop [--news-ticker-color=var(--news-color-text)] - Text colour of the headlines.
 * @cssprop [--news-ticker-badge-background=var(--news-color-accent)] - Background of the badge.
 * @cssprop --news-ticker-badge-color - Text colour of the badge (default: `--news-color-accent-text` if set, else black or white, whichever reads better on the badge background).
 * @cssprop [--news-ticker-font-size=1em] - Font size of the bar.
 *
 * @fires news-load - A feed (first load or refresh) is ready. Detail: `{ feed }`.
 * @fires news-error - The feed could not be loaded; headlines already shown stay. Detail: `{ error, feed? }`.
 * @fires news-item-click - A headline was activated; cancelable (cancel to route in an SPA). Detail: `{ item, index }`.
 * @fires news-item-impression - A headline was at least half visible for one second (once per item). Detail: `{ item, index }`.
 */
export class NewsTicker extends NewsElement {
  static override styles = [baseStyles, stateStyles, styles];

  private readonly impressions = new ImpressionController(this);
  private readonly mover = new TickerMotion(
    this,
    () => this.impressions.watching,
    () => this.i18n.dir,
    () => {
      // What the first frame does not need comes in tasks of its own, each once what came before is
      // laid out: the rest of a long list (past the first FIRST_HEADLINES, beyond the widest screen),
      // then the duplicate copy for a seamless loop, which starts past the viewport's end.
      if (this.stage > 1 || this.growing) return;
      this.growing = true;
      setTimeout(() => {
        this.growing = false;
        // A list no longer than FIRST_HEADLINES was whole from the start: the duplicate comes next.
        this.stage = this.stage === 0 && this.items.length > FIRST_HEADLINES ? 1 : 2;
        this.requestUpdate();
      });
    },
  );
  /**
   * What the scrolling line holds: 0, the first `FIRST_HEADLINES` headlines; 1, all of them; 2, all
   * and the duplicate copy (after the first copy has been laid out).
   */
  private stage = 0;
  /** A timer is on its way to the next stage. */
  private growing = false;
  /** Several tickers with one badge text: the second, third… region names end in 2, 3… */
  private readonly regionName = new UniqueNameController(this, 'news-ticker');
  private items: NewsItem[] = [];
  private index = 0;

  /** `scroll` (default): one continuous line; `step`: one headline at a time. */
  @property() mode: 'scroll' | 'step' = 'scroll';

  /** Scroll speed in CSS pixels per second, whatever the length of the headlines. */
  @property({ type: Number }) speed = 60;

  /** Step mode: seconds each headline stays. */
  @property({ type: Number }) interval = 5;

  /** Most headlines shown. */
  @property({ type: Number }) limit = 10;

  /** Only items with one of these tags (comma-separated). */
  @property() tag?: string;

  /** Only items in one of these categories (comma-separated). */
  @property() category?: string;

  /** The badge text naming the region; default "Breaking" in the page's language. */
  @property() label?: string;

  /** Stopped by the reader (the pause button) or the page. Reflected. */
  @property({ type: Boolean, reflect: true }) paused = false;

  /** `reduce` never moves (one headline, previous/next buttons), as with `prefers-reduced-motion: reduce`; `auto` follows the preference. */
  @property() motion: 'auto' | 'reduce' = 'auto';

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const slotted = isServer ? undefined : this.querySelector('[slot=label]')?.textContent?.trim();
    this.regionName.name(slotted || this.label || t.breaking());
    const tags = list(this.tag);
    const categories = list(this.category);
    const limit = this.limit >= 0 ? Math.floor(this.limit) : 10;
    const items = (this.data.feed?.items ?? [])
      .filter(
        (item) =>
          (!tags.length || item.tags.some((tag) => tags.includes(tag.toLowerCase()))) &&
          (!categories.length || categories.includes((item.category ?? '').toLowerCase())),
      )
      .slice(0, limit);
    // The server sends every headline, and a hydrating element keeps them.
    if (isServer || this.hydrating) this.stage ||= 1;
    if (items.map((i) => i.id + i.title).join() !== this.items.map((i) => i.id + i.title).join()) {
      const current = this.items[this.index]?.id;
      this.mover.keep();
      this.items = items;
      this.index = Math.max(
        0,
        items.findIndex((item) => item.id === current),
      );
    }
  }

  protected override updated(): void {
    const root = this.renderRoot;
    const track = root.querySelector<HTMLElement>('.track');
    const copy = track?.firstElementChild as HTMLElement | null;
    const one = root.querySelector<HTMLElement>('.one');
    const run = !this.paused && !this.mover.held;
    const shown: [Element, NewsItem, number][] = [];
    for (const el of root.querySelectorAll<HTMLElement>('[data-i]')) {
      const i = Number(el.dataset.i);
      if (this.items[i]) shown.push([el, this.items[i], i]);
    }
    this.impressions.show(shown, this.data.feed?.items);
    if (track && copy) this.mover.scroll(track, copy, this.speed > 0 ? this.speed : 60, run);
    else if (one && !this.reduced)
      this.mover.step(one, this.interval > 0 ? this.interval : 5, run && this.items.length > 1, () => this.go(1));
    else this.mover.stop();
  }

  private get reduced(): boolean {
    // Hydrating, the first render is the server's, which cannot know the reader's preference; the
    // next one (firstUpdated) follows it.
    return this.motion === 'reduce' || (this.mover.reduce && !this.hydrating);
  }

  protected override firstUpdated(changed: PropertyValues<this>): void {
    const hydrated = this.hydrating;
    super.firstUpdated(changed);
    if (hydrated && this.mover.reduce) this.requestUpdate();
  }

  private go(by: number): void {
    const count = this.items.length;
    if (!count) return;
    this.index = (this.index + by + count) % count;
    this.requestUpdate();
  }

  /** One listener for every headline: `news-item-click` for a headline's link, else `forward`. */
  private onClick(event: MouseEvent): void {
    const link = (event.target as Element).closest('a.item');
    if (!link) return this.forward(event);
    const i = Number(link.closest('[data-i]')?.getAttribute('data-i'));
    if (this.items[i]) itemClick(this, this.items[i], i)(event);
  }

  /** Clicks on the duplicate copy (inert, so the browser ignores them) open the same headline in the first copy. */
  private forward(event: MouseEvent): void {
    const copies = (event.currentTarget as HTMLElement).querySelectorAll('.copy');
    if (copies.length < 2) return;
    const hit = [...copies[1].children].findIndex((li) => {
      const r = li.getBoundingClientRect();
      return event.clientX >= r.left && event.clientX < r.right;
    });
    const link = copies[0].children[hit]?.querySelector('a');
    // The click itself as the init dictionary: bubbling, composed, with its modifier keys.
    link?.dispatchEvent(new MouseEvent('click', event));
  }

  /** The browser scrolled a focused headline into view: turn that into loop progress instead. */
  private absorb(event: Event): void {
    const viewport = event.currentTarget as HTMLElement;
    const px = Math.abs(viewport.scrollLeft);
    viewport.scrollLeft = 0;
    if (px) this.mover.shift(px);
  }

  private headline(item: NewsItem): TemplateResult {
    const href = safeHref(item.url ?? item.externalUrl);
    const body = html`${item.breaking ? html`<span class="flag" part="flag">${t.breaking()}</span>` : nothing}${
        item.category ? html`<bdi class="category" part="category">${item.category}</bdi>` : nothing
      }<bdi class="title" lang=${ifDefined(item.language)}>${item.title}</bdi>${
        item.published ? html`<span class="time" part="time">${this.i18n.time(item.published)}</span>` : nothing
      }`;
    return href
      ? html`<a class="item" part="item" href=${href}>${body}</a>`
      : html`<span class="item" part="item">${body}</span>`;
  }

  /** @internal The items the server inlines for hydration: the headlines shown. */
  override hydrationItems(): NewsItem[] {
    return this.items;
  }

  /** Pauses the headlines (sets `paused`). */
  pause(): void {
    this.paused = true;
  }

  /** Starts the headlines again (clears `paused`); hover, focus, visibility and reduced motion still hold them. */
  play(): void {
    this.paused = false;
  }

  override render() {
    const items = this.items;
    const { status, error } = this.data;
    const reduced = this.reduced;
    const single = reduced || this.mode === 'step';
    let body: unknown;
    if (!this.i18n.ready || (!items.length && (status === 'idle' || status === 'loading'))) {
      body = renderLoading(t.loadingNews(), skeletonBox('skeleton-line'));
    } else if (!items.length && status === 'error') {
      body = renderError({ message: t.errorMessage(error), onRetry: () => this.data.retry() });
    } else if (!items.length) {
      body = renderEmpty(t.noNews());
    } else if (single) {
      const i = this.index;
      body = html`<div class="viewport" aria-live=${this.mover.focused ? 'polite' : 'off'} @click=${this.onClick}>
          ${keyed(items[i].id + i, html`<div class="one ${items[i].breaking ? 'breaking' : ''}" data-i=${i}>${this.headline(items[i])}</div>`)}
        </div>
        <div class="controls nav" part="controls">
          <button type="button" part="button" aria-label=${t.previousHeadline()} @click=${() => this.go(-1)}>
            ${icon('M10 3 5 8l5 5')}
          </button>
          <button type="button" part="button" aria-label=${t.nextHeadline()} @click=${() => this.go(1)}>
            ${icon('M6 3l5 5-5 5')}
          </button>
        </div>`;
    } else {
      const copy = (this.stage ? items : items.slice(0, FIRST_HEADLINES)).map(
        (item, i) =>
          html`<li class=${item.breaking ? 'breaking' : ''} data-id=${item.id} data-i=${i}>
            ${this.headline(item)}<span class="sep" part="separator" aria-hidden="true"></span>
          </li>`,
      );
      body = html`<div class="viewport" @scroll=${this.absorb} @click=${this.onClick}>
        <div class="track" part="track">
          <ul class="copy">
            ${copy}
          </ul>
          ${
            this.stage > 1
              ? html`<ul class="copy" aria-hidden="true" .inert=${true}>
                  ${copy}
                </ul>`
              : nothing
          }
        </div>
      </div>`;
    }
    const toggle =
      items.length && !reduced && this.i18n.ready
        ? html`<div class="controls" part="controls">
            <button
              type="button"
              class="toggle"
              part="button"
              aria-label=${this.paused ? t.playHeadlines() : t.pauseHeadlines()}
              @click=${() => (this.paused = !this.paused)}
            >
              ${this.paused ? icon('M4 2.5v11l9.5-5.5z') : icon('M4 2.5h3v11H4zm5 0h3v11H9z')}
            </button>
          </div>`
        : nothing;
    const label = this.label || t.breaking();
    const ordinal = this.regionName.ordinal;
    return html`<div class="bar ${single ? 'single' : ''}" role="region" aria-labelledby="label">
      <span class="badge" id="label" part="badge"
        ><slot name="label">${label}</slot>${
          ordinal ? html` <span class="visually-hidden">${this.i18n.number(ordinal)}</span>` : nothing
        }</span
      >
      ${toggle}${body}
    </div>`;
  }
}
