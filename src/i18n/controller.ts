import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';

export type Direction = 'ltr' | 'rtl';

/** What the controller reads from its host (NewsElement declares these as attributes). */
export interface I18nHost extends ReactiveControllerHost, HTMLElement {
  numerals?: 'latn' | 'arab';
  calendar?: string;
  dateFormat?: string;
}

/**
 * Resolves an element's language and direction and formats dates and numbers for it.
 * STUB (foundation): the Arabic-first issue replaces the internals, keeping this surface.
 */
export class I18nController implements ReactiveController {
  /** Resolved BCP 47 language (element, ancestor, feed, navigator, `en`). */
  lang = 'en';
  /** Resolved direction (ancestor `dir` via computed style, else from the language). */
  dir: Direction = 'ltr';

  private readonly host: I18nHost;
  private readonly feedLanguage: () => string | undefined;

  constructor(host: I18nHost, feedLanguage: () => string | undefined = () => undefined) {
    this.host = host;
    this.feedLanguage = feedLanguage;
    host.addController(this);
  }

  hostConnected(): void {
    this.resolve();
  }

  /** Re-reads language and direction; the base element calls it in `willUpdate`. */
  resolve(): void {
    const el = this.host;
    this.lang = el.closest('[lang]')?.getAttribute('lang') || this.feedLanguage() || navigator.language || 'en';
    this.dir = getComputedStyle(el).direction === 'rtl' ? 'rtl' : 'ltr';
  }

  /** Formats a number in the element's locale and numerals. */
  number(value: number): string {
    return new Intl.NumberFormat(this.lang).format(value);
  }

  /**
   * An item date as `<time datetime>` in the host's `date-format`, `calendar` and `numerals`,
   * with the full date and time on hover/focus; `nothing` when there is no date.
   */
  time(iso: string | undefined): TemplateResult | typeof nothing {
    if (!iso) return nothing;
    const date = new Date(iso);
    if (Number.isNaN(date.getTime())) return nothing;
    return html`<time datetime=${iso}>${new Intl.DateTimeFormat(this.lang, { dateStyle: 'medium' }).format(date)}</time>`;
  }
}
