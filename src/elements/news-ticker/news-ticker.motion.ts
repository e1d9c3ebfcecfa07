import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Where the loop stood, by headline, so a refresh can put that headline back where it was. */
interface Anchor {
  id: string;
  delta: number;
}

const HOST_EVENTS = ['pointerenter', 'pointerleave', 'focusin', 'focusout'] as const;

/** `px` brought into [0, width). */
const wrap = (px: number, width: number) => ((px % width) + width) % width;

/**
 * The ticker's motion: one Web Animation at a time (compositor-only `transform`/`opacity`), and
 * every reason to hold it still besides the reader's own pause: pointer over the ticker, focus
 * inside it, scrolled out of view, tab hidden. A held animation is paused, not hidden, so it costs
 * no CPU. Everything started in `hostConnected` is stopped in `hostDisconnected`.
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
  /** Loop distance (one copy's width), px/s and sign of the current scroll animation. */
  private width = 0;
  private speed = 0;
  private sign = 0;
  private run = false;
  private saved = 0;
  private anchor?: Anchor;
  /** Loop offsets (px) at which a headline's middle crosses an edge of the viewport. */
  private marks!: number[];
  /** The timer that next wakes the main thread (see `tick`). */
  private wake?: ReturnType<typeof setTimeout>;
  /** Whether a headline is still waiting for its impression. */
  private readonly watch: () => boolean;
  private io?: IntersectionObserver;
  private ro?: ResizeObserver;
  private mq?: MediaQueryList;

  constructor(host: ReactiveControllerHost & HTMLElement, watch: () => boolean) {
    this.host = host;
    this.watch = watch;
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
    this.ro = new ResizeObserver(() => this.layout());
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
    if (copy !== this.copy) {
      this.ro?.disconnect();
      this.ro?.observe(copy);
      this.ro?.observe(track.parentElement ?? track);
    }
    this.track = track;
    this.copy = copy;
    this.run = run;
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
    const copy = this.copy;
    if (!copy || !this.anim || !this.width) return;
    const offset = this.offset();
    for (const li of copy.children) {
      const start = this.start(li);
      if (offset >= start && offset < start + li.getBoundingClientRect().width) {
        this.anchor = { id: (li as HTMLElement).dataset.id ?? '', delta: offset - start };
        return;
      }
    }
  }

  /** Moves the loop on by `px` (the browser scrolled a focused headline into view). */
  shift(px: number): void {
    if (this.anim && this.width) this.seek(this.offset() + px);
  }

  /** Step mode: `el` fades and slides in, stays `seconds`, then `done` shows the next one. */
  step(el: HTMLElement, seconds: number, run: boolean, done: () => void): void {
    if (this.anim?.effect && (this.anim.effect as KeyframeEffect).target === el) {
      this.anim.effect.updateTiming({ duration: seconds * 1000 });
    } else {
      this.stop();
      const enter = Math.min(0.5, 0.4 / seconds);
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
    else this.anim.pause();
  }

  /** No motion at all (reduced motion, no headlines). */
  stop(): void {
    clearTimeout(this.wake);
    this.anim?.cancel();
    this.anim = undefined;
    this.width = 0;
  }

  /** Re-measures; the ResizeObserver calls it when fonts load or the ticker is resized. */
  private layout(): void {
    const { track, copy, speed } = this;
    if (!track?.isConnected || !copy || !(speed > 0)) return;
    const width = copy.getBoundingClientRect().width;
    const sign = getComputedStyle(this.host).direction === 'rtl' ? 1 : -1;
    let anim = this.anim;
    const target = anim && (anim.effect as KeyframeEffect | null)?.target;
    if (!anim || target !== track || width !== this.width || sign !== this.sign || this.anchor) {
      let offset = anim && this.width ? (this.offset() / this.width) * width : this.saved;
      if (this.anchor) {
        const id = this.anchor.id;
        const li = [...copy.children].find((child) => (child as HTMLElement).dataset.id === id);
        if (li) offset = this.start(li, sign) + this.anchor.delta;
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
    if (this.run) anim.play();
    else anim.pause();
    // Where each headline's middle crosses an edge of the viewport, as loop offsets (see `tick`).
    const view = track.parentElement!.clientWidth;
    this.marks = [...copy.children].flatMap((li) => {
      const mid = this.start(li) + li.getBoundingClientRect().width / 2;
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

  /** Distance travelled into the current loop, in px. */
  private offset(): number {
    const time = Number(this.anim?.currentTime ?? 0);
    return this.width ? ((time / 1000) * this.speed) % this.width : 0;
  }

  private seek(offset: number): void {
    if (this.anim) this.anim.currentTime = (wrap(offset, this.width) / this.speed) * 1000;
  }

  /** Where `el` starts inside the first copy, along the inline axis. */
  private start(el: Element, sign = this.sign): number {
    const outer = this.copy!.getBoundingClientRect();
    const rect = el.getBoundingClientRect();
    return sign > 0 ? outer.right - rect.right : rect.left - outer.left;
  }
}
