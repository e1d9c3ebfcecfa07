import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { NewsItem } from '../../feed/model.js';
import { emit } from '../../events.js';

/**
 * Click handler for an item's link: fires the cancelable `news-item-click`; when a listener
 * cancels it (a single-page app routing itself), the browser does not navigate.
 */
export function itemClick(host: HTMLElement, item: NewsItem, index: number, explanation?: unknown) {
  return (event: MouseEvent): void => {
    if (!emit(host, 'news-item-click', { item, index, explanation }, true)) event.preventDefault();
  };
}

/**
 * Fires `news-item-impression` once per item id when at least half of the observed element has
 * been visible for one second. Observe the elements that show items with `observe(el, item, index)`.
 */
export class ImpressionController implements ReactiveController {
  /** Visible time needed, in ms (tests may shorten it). */
  delay = 1000;

  private readonly host: ReactiveControllerHost & HTMLElement;
  private observer?: IntersectionObserver;
  private readonly seen = new Set<string>();
  private readonly pending = new Map<Element, ReturnType<typeof setTimeout>>();
  private readonly targets = new Map<Element, { item: NewsItem; index: number }>();
  /** The feed items whose ids `seen` was last pruned to. */
  private feed?: readonly NewsItem[];

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.host = host;
    host.addController(this);
  }

  hostConnected(): void {
    for (const el of this.targets.keys()) this.io().observe(el);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    for (const timer of this.pending.values()) clearTimeout(timer);
    this.pending.clear();
  }

  /** Some observed element still waits for its item's impression. */
  get watching(): boolean {
    return this.targets.size > 0;
  }

  /**
   * The elements that show items now, replacing the last call's (call after every render): elements no
   * longer listed are let go, and items gone from `feed` (and not shown) are forgotten, so refreshes on
   * a changing feed leave nothing behind; an item that comes back counts again.
   */
  show(shown: readonly (readonly [Element, NewsItem, number])[], feed: readonly NewsItem[] = []): void {
    const elements = new Set(shown.map(([el]) => el));
    for (const el of this.targets.keys()) if (!elements.has(el)) this.drop(el);
    if (feed !== this.feed || this.seen.size > feed.length + shown.length) {
      this.feed = feed;
      const keep = new Set(feed.map((item) => item.id));
      for (const [, item] of shown) keep.add(item.id);
      for (const id of this.seen) if (!keep.has(id)) this.seen.delete(id);
    }
    for (const [el, item, index] of shown) this.observe(el, item, index);
  }

  /** Start watching `el` as the visible form of `item`. */
  private observe(el: Element, item: NewsItem, index: number): void {
    // Counted already: nothing to watch here, and the item this element showed before (a ticker reuses
    // its headlines' elements) must not be counted by a timer that was on its way.
    if (this.seen.has(item.id)) return this.drop(el);
    const known = this.targets.get(el);
    this.targets.set(el, { item, index });
    if (!known && this.host.isConnected) this.io().observe(el);
  }

  private drop(el: Element): void {
    this.observer?.unobserve(el);
    this.targets.delete(el);
    clearTimeout(this.pending.get(el));
    this.pending.delete(el);
  }

  private io(): IntersectionObserver {
    return (this.observer ??= new IntersectionObserver((entries) => this.onChange(entries), { threshold: 0.5 }));
  }

  private onChange(entries: IntersectionObserverEntry[]): void {
    for (const entry of entries) {
      const el = entry.target;
      const timer = this.pending.get(el);
      if (timer) clearTimeout(timer);
      this.pending.delete(el);
      if (entry.intersectionRatio < 0.5) continue;
      this.pending.set(
        el,
        setTimeout(() => {
          this.pending.delete(el);
          const target = this.targets.get(el);
          if (!target || this.seen.has(target.item.id)) return;
          this.seen.add(target.item.id);
          // Every element showing this item (the ticker shows each headline twice).
          for (const [other, { item }] of this.targets)
            if (item.id === target.item.id) {
              this.observer?.unobserve(other);
              this.targets.delete(other);
            }
          emit(this.host, 'news-item-impression', { item: target.item, index: target.index });
        }, this.delay),
      );
    }
  }
}
