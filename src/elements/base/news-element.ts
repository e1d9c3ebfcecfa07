import { LitElement, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { FeedController } from '../../feed/controller.js';
import type { NewsItem } from '../../feed/model.js';
import { I18nController } from '../../i18n/controller.js';
import { nextSlice } from '../../text/tasks.js';

export type Theme = 'light' | 'dark' | 'auto';

/** Whether @lit-labs/ssr-client's LitElement support is applied (it defines this on LitElement itself). */
const hydrationSupport = () => Object.prototype.hasOwnProperty.call(LitElement, 'observedAttributes');

/**
 * What every news element shares: where the feed comes from, language, direction, dates and theme.
 * One level of inheritance only; behaviour lives in the two controllers.
 * No `@localized()` needed: the I18nController re-renders its host when the UI locale changes.
 */
export abstract class NewsElement extends LitElement {
  /** URL of the feed (JSON Feed 1.1, RSS 2.0, Atom 1.0 or WordPress REST `/wp/v2/posts`). */
  @property() src?: string;

  /** A feed object to render without fetching: a JSON Feed document or a normalized `NewsFeed`. */
  @property({ attribute: false }) feed?: unknown;

  /**
   * Colour scheme: `light` (default: most host pages are light, and a widget should not turn dark
   * on a light page because the reader's OS is), `dark`, or `auto` to follow `prefers-color-scheme`.
   */
  @property({ reflect: true }) theme: Theme = 'light';

  /** Digits to use: `latn` (0-9), `arab` (٠-٩); default: what the locale's region uses. */
  @property() numerals?: 'latn' | 'arab';

  /** Calendar for dates: `islamic-umalqura`, `gregory`, `both` (Gregorian · Umm al-Qura), any Intl calendar; default: the locale's (Gregorian for Arabic). */
  @property() calendar?: string;

  /** Date style: `relative`, `short`, `medium`, `long`, `full`, `numeric` (26.12.2024 | 12:51), or Intl options as JSON. */
  @property({ attribute: 'date-format' }) dateFormat?: string;

  /** IANA time zone for dates (`Asia/Damascus`); default: the reader's. */
  @property({ attribute: 'time-zone' }) timeZone?: string;

  /** Seconds between re-reads of `src`; 0 (default) reads it once. */
  @property({ type: Number }) refresh = 0;

  /** `local` also keeps the last good feed in localStorage so a reload renders at once. */
  @property() cache: 'memory' | 'local' = 'memory';

  /** Send cookies with the feed request (`include`, for private feeds); default `omit`. */
  @property() credentials: RequestCredentials = 'omit';

  protected readonly data = new FeedController(this);
  protected readonly i18n = new I18nController(this, () => this.data.feed?.language);

  /**
   * True from connection to the end of the first update when the element came with a declarative
   * shadow root (rendered on the server, see src/ssr/). Its first render must then be the server's,
   * for the same nodes to be kept: it waits for the inline feed, the interface strings and the date
   * formatters (`I18nController.warmed`).
   */
  protected hydrating = false;
  private hydrated?: Promise<unknown>;
  private serverRendered = false;

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const server = !this.hasUpdated && this.shadowRoot ? [...this.shadowRoot.childNodes] : [];
    const root = super.createRenderRoot();
    this.serverRendered = server.length > 0;
    // A server-rendered shadow root on a page without hydration support (the classic bundle, or
    // npm code that did not import it): render afresh rather than beside the server's nodes.
    if (server.length && !hydrationSupport()) {
      for (const node of server) node.remove();
      this.renderOptions.renderBefore = root.firstChild;
    }
    return root;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.hasUpdated && !this.hydrated && this.serverRendered && hydrationSupport()) {
      this.hydrating = true;
      this.i18n.resolve();
      this.hydrated = Promise.all([this.data.preload(), this.i18n.warmed]);
    }
  }

  protected override scheduleUpdate(): void | Promise<unknown> {
    // A server-rendered element first waits for what its hydration needs. Then elements that update at
    // once (hydrating, or the feed they show has arrived: 26 of them on the demo's home page) share a
    // task only up to a few milliseconds; the rest update in the tasks that follow, the host's main
    // thread free between them (one long task for all is what Lighthouse counts).
    const later = this.hydrated ?? nextSlice();
    this.hydrated = undefined;
    return later ? later.then(() => this.scheduleUpdate()) : super.scheduleUpdate();
  }

  protected override firstUpdated(changed: PropertyValues<this>): void {
    super.firstUpdated(changed);
    this.hydrating = false;
  }

  /**
   * Also waits for the page's interface strings: until they load, the element shows its loading
   * state, so `updateComplete` (and `news-load`, sent after it) means "on screen in its language".
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    let result = await super.getUpdateComplete();
    if (!this.i18n.ready) {
      await this.i18n.settled();
      result = await super.getUpdateComplete();
    }
    return result;
  }

  /**
   * The items this element rendered, for the server renderer (src/ssr/) to inline as the feed the
   * element hydrates from: only what its first client render needs.
   * @internal
   */
  hydrationItems(): NewsItem[] {
    return this.data.feed?.items ?? [];
  }

  /** The host's own `lang` and `dir` too: the page-wide MutationObserver does not see inside shadow roots. */
  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang', 'dir'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if ((name === 'lang' || name === 'dir') && old !== value) this.i18n.attributeChanged(name);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.data.setSource({
      src: this.src,
      feed: this.feed,
      refresh: this.refresh,
      cache: this.cache,
      credentials: this.credentials,
    });
    // Reads no style or layout: language and direction are resolved on connect and when they change.
    this.i18n.sync();
  }
}
