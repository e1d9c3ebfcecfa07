import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { NewsFeed } from './model.js';
import type { FeedError } from './errors.js';
import { parseFeed } from './parse.js';

export type FeedStatus = 'idle' | 'loading' | 'ready' | 'stale' | 'error';

/** Where an element's feed comes from; the host passes its current properties on every update. */
export interface FeedSource {
  /** URL of a JSON Feed, RSS, Atom or WordPress REST document. */
  src?: string;
  /** A JSON Feed object or an already normalized feed (no network). */
  feed?: unknown;
  /** Seconds between refreshes; 0 or undefined for none. */
  refresh?: number;
  cache?: 'memory' | 'local';
  credentials?: RequestCredentials;
}

/**
 * Gives an element `{status, feed, error}` for its source.
 * STUB (foundation): the feed-core issue replaces the internals, keeping this surface.
 */
export class FeedController implements ReactiveController {
  status: FeedStatus = 'idle';
  feed?: NewsFeed;
  error?: FeedError;

  private readonly host: ReactiveControllerHost & HTMLElement;

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.host = host;
    host.addController(this);
  }

  hostConnected(): void {}

  hostDisconnected(): void {}

  /** Call from `willUpdate` with the host's current source properties. */
  setSource(source: FeedSource): void {
    if (source.feed !== undefined && source.feed !== this.input) {
      this.input = source.feed;
      this.accept(parseFeed(source.feed));
    } else if (source.src && source.src !== this.input) {
      this.input = source.src;
      this.status = 'loading';
      void fetch(source.src)
        .then((response) => response.text())
        .then((text) => this.accept(parseFeed(text)));
    }
  }

  private input?: unknown;

  private accept(result: ReturnType<typeof parseFeed>): void {
    if (result.ok) {
      this.feed = result.feed;
      this.status = 'ready';
    } else {
      this.error = result.error;
      this.status = 'error';
    }
    this.host.requestUpdate();
  }

  /** Try the source again after an error. */
  retry(): void {}
}
