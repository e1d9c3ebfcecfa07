import { FeedError } from './errors.js';
import type { NewsFeed, ParseDiagnostic } from './model.js';

export interface ParseOptions {
  /** The document's URL: relative links resolve against it. */
  url?: string;
  /** The response's Content-Type, used to detect the format and the text encoding. */
  contentType?: string;
}

export type ParseResult =
  | { ok: true; feed: NewsFeed; diagnostics: ParseDiagnostic[] }
  | { ok: false; error: FeedError; diagnostics: ParseDiagnostic[] };

/**
 * Parses any supported feed document into the normalized model. Never throws.
 * STUB (foundation): JSON Feed titles only; the feed-core issue replaces it.
 */
export function parseFeed(input: unknown, _options: ParseOptions = {}): ParseResult {
  const normalized = input as NewsFeed | undefined;
  if (normalized && typeof normalized === 'object' && 'format' in normalized && Array.isArray(normalized.items)) {
    return { ok: true, feed: normalized, diagnostics: [] };
  }
  try {
    const doc = (typeof input === 'string' ? JSON.parse(input) : input) as {
      title?: string;
      language?: string;
      items?: { id?: unknown; title?: string; url?: string }[];
    };
    const items = (doc.items ?? []).map((it) => ({
      id: String(it.id),
      url: it.url,
      title: String(it.title ?? ''),
      summary: '',
      contentText: '',
      authors: [],
      tags: [],
      breaking: false,
      attachments: [],
      extensions: {},
    }));
    return {
      ok: true,
      feed: { format: 'json-feed', title: String(doc.title ?? ''), language: doc.language, authors: [], items, extensions: {} },
      diagnostics: [],
    };
  } catch (cause) {
    return { ok: false, error: new FeedError('parse', 'not a feed', { cause }), diagnostics: [] };
  }
}
