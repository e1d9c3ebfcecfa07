/** Why a feed could not be shown. Each kind has a localized message (src/i18n/messages.ts). */
export type FeedErrorKind = 'network' | 'timeout' | 'http' | 'too-large' | 'parse' | 'unsupported' | 'invalid-input';

export interface FeedErrorInit {
  status?: number;
  url?: string;
  cause?: unknown;
}

/** A typed, serializable error: parsers return it, the store rejects with it, elements show it. */
export class FeedError extends Error {
  override readonly name = 'FeedError';
  readonly kind: FeedErrorKind;
  readonly status?: number;
  readonly url?: string;

  constructor(kind: FeedErrorKind, message: string, init: FeedErrorInit = {}) {
    super(message, init.cause === undefined ? undefined : { cause: init.cause });
    this.kind = kind;
    this.status = init.status;
    this.url = init.url;
  }
}

export const isFeedError = (value: unknown): value is FeedError => value instanceof FeedError;
