import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { updateWhenLocaleChanges } from '@lit/localize';
import { formatDate, formatDateTitle, formatNumber, toDate, type DateOptions, type Numerals } from './format.js';
import { canonicalLang, langDir, type Direction } from './language.js';
import { followLanguage, localeFailed, localeReady, localeSettled, requestedLocale } from './locale.js';

export type { Direction };

/** What the controller reads from its host (NewsElement declares these as attributes). */
export interface I18nHost extends ReactiveControllerHost, HTMLElement {
  numerals?: Numerals;
  calendar?: string;
  dateFormat?: string;
  timeZone?: string;
}

type Reflected = 'lang' | 'dir';

/** Connected controllers in connection order: the first one's language drives the UI locale. */
const live = new Set<I18nController>();
let observer: MutationObserver | undefined;

/**
 * The one page-wide timer that refreshes relative times ("5 minutes ago"): runs while at least one
 * element shows a relative time and the page is visible. `now` and `interval` are replaceable (tests).
 */
export const clock = { now: (): number => Date.now(), interval: 60_000 };
const ticking = new Set<ReactiveControllerHost>();
let timer: ReturnType<typeof setInterval> | undefined;
let listening = false;

/** True while the shared relative-time timer runs (for tests). */
export const clockRunning = (): boolean => timer !== undefined;

function schedule(): void {
  const run = ticking.size > 0 && !document.hidden;
  if (run && timer === undefined)
    timer = setInterval(() => ticking.forEach((host) => host.requestUpdate()), clock.interval);
  if (!run && timer !== undefined) timer = void clearInterval(timer);
  if (run && !listening) {
    listening = true;
    document.addEventListener('visibilitychange', () => {
      // Back on the page: show the right age at once, then keep ticking.
      if (!document.hidden) ticking.forEach((host) => host.requestUpdate());
      schedule();
    });
  }
}

/** The parent element, stepping out of a shadow root to its host. */
const parentOf = (el: Element): Element | null =>
  el.parentElement ?? (el.parentNode as Partial<ShadowRoot> | null)?.host ?? null;

/** `closest()` that continues past shadow roots into the hosts' trees. */
function closest(el: Element | null, selector: string): Element | null {
  for (let node = el; node; node = (node.getRootNode() as Partial<ShadowRoot>).host ?? null) {
    const found = node.closest(selector);
    if (found) return found;
  }
  return null;
}

/** Re-resolves every element when a `lang` or `dir` changes anywhere in the document. */
function watch(): void {
  if (observer || typeof MutationObserver === 'undefined') return;
  observer = new MutationObserver((records) => {
    const ours = (r: MutationRecord) => [...live].some((c) => c.owns(r.target, r.attributeName as Reflected));
    if (records.some((r) => !ours(r))) live.forEach((c) => c.host.requestUpdate());
  });
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang', 'dir'], subtree: true });
}

/**
 * Resolves an element's language and direction, follows them with the page-wide UI locale, and
 * formats dates and numbers for it.
 *
 * - Language: the element's `lang`, else the nearest ancestor's (across shadow roots), else the
 *   feed's `language`, else `navigator.language`, else `en`.
 * - Direction: the element's `dir`, else the inherited direction when an ancestor sets `dir` (or
 *   page CSS makes it `rtl`), else the language's (`ar`, `fa`, `ur`, `he`… are RTL).
 * - UI strings: re-renders the host when the page-wide UI locale changes (as `@localized()` would).
 * - A language or direction that does not come from the page is reflected as `lang`/`dir` on the
 *   host, so the shadow tree, `:host(:dir(rtl))`, `:lang()` and screen readers follow it.
 */
export class I18nController implements ReactiveController {
  /** Resolved, canonical BCP 47 language (element, ancestor, feed, navigator, `en`): safe for any Intl API. */
  lang = 'en';
  /** Resolved direction. */
  dir: Direction = 'ltr';

  readonly host: I18nHost;
  private readonly feedLanguage: () => string | undefined;
  private readonly wrote: Partial<Record<Reflected, string>> = {};
  private relative = false;
  private readonly rerender = () => this.host.requestUpdate();

  constructor(host: I18nHost, feedLanguage: () => string | undefined = () => undefined) {
    this.host = host;
    this.feedLanguage = feedLanguage;
    host.addController(this);
    // What `@localized()` does, here so every host of this controller re-renders on a locale change.
    updateWhenLocaleChanges(host);
  }

  /** False while the page's interface strings load: render the loading state, not the Arabic source strings. */
  get ready(): boolean {
    return localeReady();
  }

  /** Resolves once the interface strings the page asked for have loaded (or failed to). */
  async settled(): Promise<void> {
    // A newer request may replace the one awaited; a few rounds cover any real sequence.
    for (let round = 0; round < 4 && !localeReady(); round++) await localeSettled();
  }

  hostConnected(): void {
    localeFailed.add(this.rerender);
    live.add(this);
    watch();
    this.resolve();
  }

  hostDisconnected(): void {
    localeFailed.delete(this.rerender);
    live.delete(this);
    ticking.delete(this.host);
    schedule();
    const first = live.values().next().value;
    if (first) followLanguage(first.lang);
    if (!live.size) observer = void observer?.disconnect();
  }

  hostUpdate(): void {
    this.relative = false;
  }

  hostUpdated(): void {
    if (this.relative) ticking.add(this.host);
    else ticking.delete(this.host);
    schedule();
  }

  /** Re-reads language and direction; the base element calls it in `willUpdate`. */
  resolve(): void {
    const el = this.host;
    if (!el.isConnected) return;
    const parent = parentOf(el);
    const ownLang = this.own('lang');
    const pageLang = ownLang || closest(parent, '[lang]:not([lang=""])')?.getAttribute('lang');
    // Canonical (`ar-SY`) and valid, so it is safe to hand to any Intl constructor.
    const lang = (this.lang =
      canonicalLang(pageLang) ?? canonicalLang(this.feedLanguage()) ?? canonicalLang(navigator.language) ?? 'en');
    this.reflect('lang', pageLang ? undefined : lang);

    const ownDir = this.own('dir')?.toLowerCase();
    if (ownDir === 'ltr' || ownDir === 'rtl') {
      this.dir = ownDir;
    } else {
      const explicit = /^(ltr|rtl)$/i.test(closest(parent, '[dir]')?.getAttribute('dir') ?? '');
      const inherited = parent ? getComputedStyle(parent).direction : '';
      this.dir = inherited === 'rtl' ? 'rtl' : explicit ? 'ltr' : langDir(lang);
      this.reflect('dir', inherited === 'rtl' || explicit || ownDir ? undefined : this.dir);
    }
    if (live.values().next().value === this) followLanguage(lang);
  }

  /** The UI locale the strings are (being) shown in: page-wide, see `setLocale`. */
  get uiLocale(): string {
    return requestedLocale();
  }

  /** Whether `node`'s `name` attribute is the value this controller reflected (not the author's). */
  owns(node: Node, name: Reflected): boolean {
    return node === this.host && this.wrote[name] !== undefined && this.host.getAttribute(name) === this.wrote[name];
  }

  /** Date options from the host's `date-format`, `numerals`, `calendar` and `time-zone`. */
  dateOptions(format?: string): DateOptions {
    const { dateFormat, numerals, calendar, timeZone } = this.host;
    return { format: dateFormat || format || 'long', numerals, calendar, timeZone, now: clock.now() };
  }

  /** Formats a number in the element's locale and numerals. */
  number(value: number, options?: Intl.NumberFormatOptions): string {
    return formatNumber(value, this.lang, this.host.numerals, options);
  }

  /** A date as text (for labels); `format` is the element's default when `date-format` is unset. */
  date(iso: string | undefined, format?: string): string {
    return formatDate(iso, this.lang, this.dateOptions(format));
  }

  /**
   * An item date as `<time datetime>` in the host's `date-format` (else `format`, else `long`),
   * `calendar` and `numerals`, with the full date and time as its `title` (hover); `nothing` when
   * there is no valid date. Relative times re-render on the shared clock while shown.
   */
  time(iso: string | undefined, format?: string): TemplateResult | typeof nothing {
    const date = toDate(iso);
    if (!date) return nothing;
    const options = this.dateOptions(format);
    if (options.format === 'relative') this.relative = true;
    return html`<time datetime=${date.toISOString()} title=${formatDateTitle(date, this.lang, options)}
      >${formatDate(date, this.lang, options)}</time
    >`;
  }

  private own(name: Reflected): string | null {
    const value = this.host.getAttribute(name);
    return value === null || value === this.wrote[name] ? null : value;
  }

  private reflect(name: Reflected, value: string | undefined): void {
    const el = this.host;
    if (value === undefined) {
      if (this.wrote[name] !== undefined && el.getAttribute(name) === this.wrote[name]) el.removeAttribute(name);
      delete this.wrote[name];
    } else if (el.getAttribute(name) !== value) {
      this.wrote[name] = value;
      el.setAttribute(name, value);
    } else {
      this.wrote[name] = value;
    }
  }
}
