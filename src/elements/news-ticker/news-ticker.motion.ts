import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Where the loop stood, by headline, so a refresh can put that headline back where it was. */
interface Anchor {
  id: string;
  delta: number;
}

const HOST_EVENTS = ['pointerenter', 'pointerleave', 'focusin', 'focusout'] as const;

/** `px` brought into [0, width). */
const wrap = (px: number, width: number) => ((px % width) + width) % width;

/** The inline size a ResizeObserver reported (border box). */
const inlineSize = (entry: ResizeObserverEntry) => entry.borderBoxSize?.[0]?.inlineSize ?? entry.contentRect.width;

/**
 * The ticker's motion: one Web Animation at a time (compositor-only `transform`/`opacity`), and
 * every reason to hold it still besides the reader's own pause: pointer over the ticker, focus
 * inside it, scrolled out of view, tab hidden. A held animation is paused, not hidden, so it costs
 * no CPU. Everything started in `hostConnected` is stopped in `hostDisconnected`.
 *
 * It never reads geometry itself: the headlines are shown first, and one ResizeObserver reports the
 * sizes of the copy, the viewport and each headline after the browser has laid them out (no forced
 * layout, no read per update). The loop length is the copy's inline size; where each headline
 * starts is the sum of the headlines before it (they sit side by side from the inline start).
 */
export class TickerMotion implements ReactiveController {
  hovered = false;
  focused = false;
  offscreen = false;
  hidden = false;
  /** `prefers-reduced-motion: reduce`. */
  reduce = false;

  private readonly host: ReactiveControllerHost & HTMLElement;
  private anim?: Animation;
  private track?: HTMLElement;
  private copy?: HTMLElement;
  private viewport?: HTMLElement;
  /** Loop distance (one copy's width), px/s and sign of the current scroll animation. */
  private width = 0;
  private speed = 0;
  private sign = 0;
  private run = false;
  private saved = 0;
  private anchor?: Anchor;
  /** Loop offsets (px) at which a headline's middle crosses an edge of the viewport. */
  private marks: number[] = [];
  /** The timer that next wakes the main thread (see `tick`). */
  private wake?: ReturnType<typeof setTimeout>;
  /** Whether a headline is still waiting for its impression. */
  private readonly watch: () => boolean;
  private io?: IntersectionObserver;
  private ro?: ResizeObserver;
  private mq?: MediaQueryList;
  /** The resolved direction of the host (its I18nController): RTL scrolls rightwards. */
  private readonly direction: () => 'ltr' | 'rtl';
  /** Inline sizes from the ResizeObserver, by element. */
  private sizes = new WeakMap<Element, number>();
  /** What the ResizeObserver watches: the copy, the viewport and the first copy's headlines. */
  private observed = new Set<Element>();
  /** The DOM changed since the ResizeObserver last reported: the sizes are not yet those on screen. */
  private stale = true;

  /** Called after each ResizeObserver report, once the loop is set up from it. */
  private readonly onMeasured: () => void;

  constructor(
    host: ReactiveControllerHost & HTMLElement,
    watch: () => boolean,
    direction: () => 'ltr' | 'rtl',
    onMeasured: () => void = () => {},
  ) {
    this.host = host;
    this.watch = watch;
    this.direction = direction;
    this.onMeasured = onMeasured;
    host.addController(this);
  }

  /** Any reason other than the reader's pause button to stand still. */
  get held(): boolean {
    return this.hovered || this.focused || this.offscreen || this.hidden;
  }

  hostConnected(): void {
    const host = this.host;
    this.mq = matchMedia('(prefers-reduced-motion: reduce)');
    this.mq.addEventListener('change', this);
    document.addEventListener('visibilitychange', this);
    for (const type of HOST_EVENTS) host.addEventListener(type, this);
    this.io = new IntersectionObserver((entries) => {
      this.offscreen = !entries[entries.length - 1].isIntersecting;
      host.requestUpdate();
    });
    this.io.observe(host);
    this.ro = new ResizeObserver((entries) => this.measured(entries));
    this.hidden = document.hidden;
    this.reduce = this.mq.matches;
  }

  hostDisconnected(): void {
    this.mq?.removeEventListener('change', this);
    document.removeEventListener('visibilitychange', this);
    for (const type of HOST_EVENTS) this.host.removeEventListener(type, this);
    this.io?.disconnect();
    this.ro?.disconnect();
    this.io = this.ro = this.copy = this.track = undefined;
    this.observed = new Set();
    this.stale = true;
    this.saved = this.offset();
    this.stop();
  }

  handleEvent(event: Event): void {
    const type = event.type;
    if (type === 'pointerenter' || type === 'pointerleave') this.hovered = type === 'pointerenter';
    else if (type === 'focusin') this.focused = true;
    else if (type === 'focusout') {
      const next = (event as FocusEvent).relatedTarget as Node | null;
      this.focused = !!next && (this.host === next || this.host.contains(next));
    }
    this.hidden = document.hidden;
    this.reduce = !!this.mq?.matches;
    this.host.requestUpdate();
  }

  /**
   * Loops `track` by one `copy` width at `speed` px/s toward the inline start (RTL: rightwards),
   * playing when `run`. Cheap when nothing changed; re-created, keeping its place, when the width,
   * speed or direction did.
   */
  scroll(track: HTMLElement, copy: HTMLElement, speed: number, run: boolean): void {
    this.track = track;
    this.copy = copy;
    this.run = run;
    this.follow(copy, track.parentElement ?? track);
    if (speed !== this.speed && this.anim) {
      // Keep the pixel offset: re-created below with the new duration.
      this.saved = this.offset();
      this.width = 0;
    }
    this.speed = speed;
    this.layout();
  }

  /**
   * Before the headlines change: remember which one is at the start edge and how far into it,
   * so the loop goes on from the same text and new headlines come round with the next loop.
   */
  keep(): void {
    this.stale = true;
    if (!this.copy || !this.anim || !this.width) return;
    const offset = this.offset();
    for (const { id, start, size } of this.headlines())
      if (offset >= start && offset < start + size) {
        this.anchor = { id, delta: offset - start };
        return;
      }
  }

  /** Moves the loop on by `px` (the browser scrolled a focused headline into view). */
  shift(px: number): void {
    if (this.anim && this.width) this.seek(this.offset() + px);
  }

  /**
   * Step mode: `el` fades and slides in, stays `seconds`, then `done` shows the next one. Held (paused,
   * hovered, hidden), it shows the headline whole: an entrance not yet played jumps to its end.
   */
  step(el: HTMLElement, seconds: number, run: boolean, done: () => void): void {
    const enter = Math.min(0.5, 0.4 / seconds);
    if (this.anim?.effect && (this.anim.effect as KeyframeEffect).target === el) {
      this.anim.effect.updateTiming({ duration: seconds * 1000 });
    } else {
      this.stop();
      this.anim = el.animate(
        [
          { opacity: 0, transform: 'translateY(60%)' },
          { opacity: 1, transform: 'none', offset: enter },
          { opacity: 1, transform: 'none' },
        ],
        { duration: seconds * 1000 },
      );
      this.anim.onfinish = done;
    }
    if (run) this.anim.play();
    else {
      this.anim.pause();
      const shown = enter * seconds * 1000;
      if (Number(this.anim.currentTime ?? 0) < shown) this.anim.currentTime = shown;
    }
  }

  /** No motion at all (reduced motion, no headlines). */
  stop(): void {
    clearTimeout(this.wake);
    this.anim?.cancel();
    this.anim = undefined;
    this.width = 0;
  }

  /** Watches the copy, the viewport and the first copy's headlines; a changed set waits for their sizes. */
  private follow(copy: HTMLElement, viewport: HTMLElement): void {
    const ro = this.ro;
    if (!ro) return;
    const want = new Set<Element>([copy, viewport, ...copy.children]);
    let changed = this.stale;
    for (const el of this.observed)
      if (!want.has(el)) {
        ro.unobserve(el);
        changed = true;
      }
    for (const el of want)
      if (!this.observed.has(el)) {
        ro.observe(el);
        changed = true;
      }
    this.observed = want;
    this.viewport = viewport;
    if (changed) {
      this.stale = true;
      // Observed anew, the copy is reported after the next layout even if no size changed.
      ro.unobserve(copy);
      ro.observe(copy);
    }
  }

  /** The ResizeObserver's report, after layout: fonts loaded, the ticker resized, headlines changed. */
  private measured(entries: ResizeObserverEntry[]): void {
    for (const entry of entries) this.sizes.set(entry.target, inlineSize(entry));
    this.stale = false;
    this.layout();
    this.onMeasured();
  }

  /** The first copy's headlines: id, start along the inline axis from the copy's start, and size. */
  private headlines(): { id: string; start: number; size: number }[] {
    let start = 0;
    return [...(this.copy?.children ?? [])].map((li) => {
      const size = this.sizes.get(li) ?? 0;
      const item = { id: (li as HTMLElement).dataset.id ?? '', start, size };
      start += size;
      return item;
    });
  }

  /** (Re)starts the loop from the last sizes reported; reads no geometry. */
  private layout(): void {
    const { track, copy, speed } = this;
    if (!track?.isConnected || !copy || !(speed > 0)) return;
    let anim = this.anim;
    if (this.stale) {
      // The sizes on screen come with the ResizeObserver's next report; until then only play or pause.
      if (anim) this.play(anim);
      return;
    }
    const width = this.sizes.get(copy) ?? 0;
    const sign = this.direction() === 'rtl' ? 1 : -1;
    const headlines = this.headlines();
    const target = anim && (anim.effect as KeyframeEffect | null)?.target;
    if (!anim || target !== track || width !== this.width || sign !== this.sign || this.anchor) {
      let offset = anim && this.width ? (this.offset() / this.width) * width : this.saved;
      if (this.anchor) {
        const { id, delta } = this.anchor;
        const li = headlines.find((h) => h.id === id);
        if (li) offset = li.start + delta;
        this.anchor = undefined;
      }
      this.stop();
      if (!width) return;
      anim = this.anim = track.animate(
        [{ transform: 'translateX(0)' }, { transform: `translateX(${sign * width}px)` }],
        { duration: (width / speed) * 1000, iterations: Infinity },
      );
      this.width = width;
      this.sign = sign;
      this.seek(offset);
    }
    this.play(anim);
    // Where each headline's middle crosses an edge of the viewport, as loop offsets (see `tick`).
    const view = (this.viewport && this.sizes.get(this.viewport)) ?? 0;
    this.marks = headlines.flatMap(({ start, size }) => {
      const mid = start + size / 2;
      return [mid, mid - view];
    });
    this.tick();
  }

  /**
   * The scroll runs on the compositor: the main thread draws no frame while it plays, and an
   * IntersectionObserver only looks at its targets when the main thread draws one. While a
   * headline still waits for its impression, one frame is drawn just after a headline's middle
   * crosses an edge of the viewport (where its visible half begins or ends), none in between.
   */
  private tick(): void {
    const { width, marks } = this;
    clearTimeout(this.wake);
    if (!this.run || !width || !this.watch()) return;
    const at = this.offset();
    let next = width;
    for (const mark of marks) {
      const ahead = wrap(mark - at, width);
      if (ahead > 1 && ahead < next) next = ahead;
    }
    this.wake = setTimeout(() => requestAnimationFrame(() => this.tick()), ((next + 2) / this.speed) * 1000);
  }

  /**
   * Plays or holds the loop. A pause takes effect at the next frame; its time is fixed at once, so the
   * headline under the reader's pointer stays where it was when they stopped it.
   */
  private play(anim: Animation): void {
    if (this.run) anim.play();
    else if (anim.playState !== 'paused' || anim.pending) {
      anim.pause();
      const time = anim.currentTime;
      if (time !== null) anim.currentTime = time;
    }
  }

  /** Distance travelled into the current loop, in px. */
  private offset(): number {
    const time = Number(this.anim?.currentTime ?? 0);
    return this.width ? ((time / 1000) * this.speed) % this.width : 0;
  }

  private seek(offset: number): void {
    if (this.anim) this.anim.currentTime = (wrap(offset, this.width) / this.speed) * 1000;
  }
}
