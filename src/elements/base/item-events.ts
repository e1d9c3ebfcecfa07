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

  /** Start watching `el` as the visible form of `item`. Safe to call on every update. */
  observe(el: Element, item: NewsItem, index: number): void {
    if (this.seen.has(item.id)) return;
    const known = this.targets.get(el);
    this.targets.set(el, { item, index });
    if (!known && this.host.isConnected) this.io().observe(el);
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
