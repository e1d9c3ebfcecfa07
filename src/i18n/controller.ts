import {
  html,
  isServer,
  nothing,
  type ReactiveController,
  type ReactiveControllerHost,
  type TemplateResult,
} from 'lit';
import { updateWhenLocaleChanges } from '@lit/localize';
import {
  dateExtra,
  dateFormatsReady,
  formatDate,
  formatDateTitle,
  formatNumber,
  loadDateFormats,
  toDate,
  warmDates,
  type DateOptions,
  type Numerals,
} from './format.js';
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
 * The page-wide clock of relative times ("5 minutes ago", see `tick` in format-extra.ts): `now` and
 * `interval` are replaceable (tests).
 */
export const clock = { now: (): number => Date.now(), interval: 60_000 };

/** True while the shared relative-time timer runs (for tests). */
export const clockRunning = (): boolean => !!dateExtra()?.clockRunning();

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
    // A host's own attributes are its `attributeChanged()`'s business (which tells our own writes apart).
    const hosts = new Set([...live].map((c) => c.host as Node));
    const foreign = records.filter((r) => !hosts.has(r.target));
    if (!foreign.length) return;
    const dir = foreign.some((r) => r.attributeName === 'dir');
    live.forEach((c) => c.changed(dir));
  });
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang', 'dir'], subtree: true });
}

/**
 * The shared read phase: the controllers whose inherited direction must be read from computed style
 * (page CSS can set `direction`), read all together once per frame, before any of them writes. A read
 * of computed style right after other DOM writes would force a style recalculation of the page; read
 * in one batch at the start of a frame, it costs one at most, and nothing is read in an update.
 */
const toRead = new Set<I18nController>();
let readQueued = 0;

function queueRead(controller: I18nController): void {
  toRead.add(controller);
  if (readQueued) return;
  const token = (readQueued = (readQueued % 1e9) + 1);
  const run = () => {
    if (readQueued !== token) return;
    readQueued = 0;
    const batch = [...toRead];
    toRead.clear();
    // All reads first, then all writes.
    const read = batch.map((c) => c.readDirection());
    batch.forEach((c, i) => c.inheritedDirection(read[i]));
  };
  // A hidden tab draws no frame: the timer reads there (and if frames are held up for long).
  if (typeof requestAnimationFrame !== 'undefined' && !document.hidden) requestAnimationFrame(run);
  setTimeout(run, document.hidden ? 0 : 200);
}

/**
 * Resolves an element's language and direction, follows them with the page-wide UI locale, and
 * formats dates and numbers for it.
 *
 * - Language: the element's `lang`, else the nearest ancestor's (across shadow roots), else the
 *   feed's `language`, else `navigator.language`, else `en`.
 * - Direction: the element's `dir`, else the nearest ancestor's `dir="ltr"`/`"rtl"`, else the page
 *   CSS `direction` where that is `rtl` (read in the shared read phase), else the language's (`ar`,
 *   `fa`, `ur`, `he`… are RTL).
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
  /** The parent's computed `direction` from the last read phase; undefined until read (or after a `dir` changed). */
  private inherited?: string;
  /** What the last `resolve()` read: the feed's language and the host's own `lang` and `dir`. */
  private basis = '';
  /**
   * Settles once the interface strings and date formats are in (`settled`) and Intl is ready for this
   * element's first dates (`warmDates`, started on connect, in short tasks of their own): hydration
   * waits for it, so that no element hydrates in one long task.
   */
  warmed?: Promise<void>;

  constructor(host: I18nHost, feedLanguage: () => string | undefined = () => undefined) {
    this.host = host;
    this.feedLanguage = feedLanguage;
    host.addController(this);
    // What `@localized()` does, here so every host of this controller re-renders on a locale change.
    updateWhenLocaleChanges(host);
  }

  /**
   * False while the page's interface strings load, or the date formats the host's `date-format` and
   * `calendar` need: render the loading state, not the Arabic source strings nor another date format.
   */
  get ready(): boolean {
    return localeReady() && dateFormatsReady(this.dateOptions());
  }

  /** Resolves once the interface strings and date formats the element needs have loaded (or failed to). */
  async settled(): Promise<void> {
    if (!dateFormatsReady(this.dateOptions())) await loadDateFormats();
    // A newer request may replace the one awaited; a few rounds cover any real sequence.
    for (let round = 0; round < 4 && !localeReady(); round++) await localeSettled();
  }

  hostConnected(): void {
    localeFailed.add(this.rerender);
    live.add(this);
    watch();
    this.inherited = undefined;
    this.resolve();
    this.readLater();
    // After the formats it needs are in: `warmDates` then builds the very formatters it will use.
    this.warmed = this.settled().then(() => warmDates(this.lang, this.dateOptions()));
  }

  hostDisconnected(): void {
    localeFailed.delete(this.rerender);
    live.delete(this);
    toRead.delete(this);
    this.inherited = undefined;
    dateExtra()?.tick(this.host, false);
    const first = live.values().next().value;
    if (first) followLanguage(first.lang);
    if (!live.size) observer = void observer?.disconnect();
  }

  hostUpdate(): void {
    this.relative = false;
  }

  hostUpdated(): void {
    dateExtra()?.tick(this.host, this.relative, clock.interval);
  }

  /**
   * Called in every `willUpdate`: reads nothing from the page. Resolves again only when the feed's
   * language or the host's own `lang`/`dir` changed since the last resolution; ancestors' changes come
   * through the page-wide MutationObserver, page CSS through the shared read phase.
   */
  sync(): void {
    // The server renders each element once, from its attributes (see `resolveOnServer`).
    if (isServer || (this.host.isConnected && this.currentBasis() !== this.basis)) this.resolve();
    this.needDates(this.dateOptions());
  }

  /** Starts loading the date formats `options` need, if any, and renders again once they are in. */
  private needDates(options: DateOptions): boolean {
    const ready = dateFormatsReady(options);
    if (!ready) void loadDateFormats().then(this.rerender);
    return ready;
  }

  /** The host's own `lang` or `dir` attribute changed: re-render (and resolve) unless it was this controller's write. */
  attributeChanged(name: string): void {
    const host = this.host;
    if (!host.isConnected || this.currentBasis() === this.basis) return;
    host.requestUpdate();
    // Elements inside this one inherit from it.
    live.forEach((c) => c !== this && host.contains(c.host) && c.changed(name === 'dir'));
  }

  /** A `lang` or `dir` changed in the page (`dir`: the inherited direction must be read again). */
  changed(dir: boolean): void {
    if (dir) this.inherited = undefined;
    if (this.resolve()) this.host.requestUpdate();
    this.readLater();
  }

  /** Language and direction from the attributes in the page (no style read); true when either changed. */
  resolve(): boolean {
    const el = this.host;
    if (isServer) {
      this.resolveOnServer();
      return true;
    }
    if (!el.isConnected) return false;
    const before = `${this.lang} ${this.dir}`;
    this.basis = this.currentBasis();
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
      const stated = closest(parent, '[dir]')?.getAttribute('dir')?.toLowerCase() ?? '';
      const explicit = stated === 'ltr' || stated === 'rtl';
      // Until the read phase has read the computed direction, the nearest `dir` attribute stands for it.
      const inherited = this.inherited ?? (explicit ? stated : '');
      this.dir = inherited === 'rtl' ? 'rtl' : explicit ? 'ltr' : langDir(lang);
      this.reflect('dir', inherited === 'rtl' || explicit || ownDir ? undefined : this.dir);
    }
    if (live.values().next().value === this) followLanguage(lang);
    return `${this.lang} ${this.dir}` !== before;
  }

  /** Read phase (see `queueRead`): the parent's computed direction, or undefined when not needed. */
  readDirection(): string | undefined {
    const el = this.host;
    const own = this.own('dir')?.toLowerCase();
    if (!el.isConnected || own === 'ltr' || own === 'rtl') return undefined;
    const parent = parentOf(el);
    return parent ? getComputedStyle(parent).direction : '';
  }

  /** Write phase (see `queueRead`): the direction read; re-renders when the result changed. */
  inheritedDirection(direction: string | undefined): void {
    if (direction === undefined || !this.host.isConnected) return;
    this.inherited = direction;
    if (this.resolve()) this.host.requestUpdate();
  }

  /**
   * Queues the read of the computed direction, only where the markup does not state it: an element
   * with its own `dir`, or inside one with `dir="ltr"`/`"rtl"`, follows that attribute (no style read,
   * nothing to wait for); page CSS `direction` counts where no ancestor has a `dir`.
   */
  private readLater(): void {
    const el = this.host;
    if (!el.isConnected) return;
    const stated = (this.own('dir') ?? closest(parentOf(el), '[dir]')?.getAttribute('dir'))?.toLowerCase();
    if (stated === 'ltr' || stated === 'rtl') this.inherited = undefined;
    else queueRead(this);
  }

  private currentBasis(): string {
    return `${this.feedLanguage()}\0${this.own('lang')}\0${this.own('dir')}`;
  }

  /**
   * The server cannot see the page: the element's own `lang` and `dir` (the renderer's attributes),
   * else the feed's language and its direction, reflected as the client would reflect them.
   */
  private resolveOnServer(): void {
    const own = this.own('lang');
    this.lang = canonicalLang(own) ?? canonicalLang(this.feedLanguage()) ?? 'en';
    this.reflect('lang', own ? undefined : this.lang);
    const dir = this.own('dir')?.toLowerCase();
    this.dir = dir === 'ltr' || dir === 'rtl' ? dir : langDir(this.lang);
    this.reflect('dir', dir === 'ltr' || dir === 'rtl' ? undefined : this.dir);
  }

  /** The UI locale the strings are (being) shown in: page-wide, see `setLocale`. */
  get uiLocale(): string {
    return requestedLocale();
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
    const options = this.dateOptions(format);
    this.needDates(options);
    return formatDate(iso, this.lang, options);
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
    // Shown once the format is in, never first in another one.
    if (!this.needDates(options)) return nothing;
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
