import { LitElement, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { FeedController } from '../../feed/controller.js';
import { I18nController } from '../../i18n/controller.js';

export type Theme = 'light' | 'dark' | 'auto';

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

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.data.setSource({
      src: this.src,
      feed: this.feed,
      refresh: this.refresh,
      cache: this.cache,
      credentials: this.credentials,
    });
    this.i18n.resolve();
  }
}
