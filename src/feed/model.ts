/**
 * The normalized news model every parser produces and every element renders.
 * Dates are ISO 8601 strings (UTC) so a feed survives JSON round trips (the localStorage cache).
 * `title`, `summary`, author names and tags are plain text; only `contentHtml` is HTML, and it is
 * rendered through the one sanitizer (src/sanitize).
 */
export type FeedFormat = 'json-feed' | 'rss' | 'atom' | 'wordpress';

export interface NewsImage {
  url: string;
  alt?: string;
  width?: number;
  height?: number;
  mimeType?: string;
}

export interface NewsAuthor {
  name: string;
  url?: string;
  avatar?: string;
}

export interface NewsSource {
  name: string;
  url?: string;
}

export interface NewsAttachment {
  url: string;
  mimeType?: string;
  title?: string;
  sizeInBytes?: number;
  durationInSeconds?: number;
}

/**
 * An article the publisher states is related to an item (Atom `<link rel="related">`, WordPress Jetpack's
 * `jetpack-related-posts`, JSON Feed `_news.related`). It names an item of the same feed by `id` or `url`,
 * or an article outside the feed by its own `url` and `title`. At least one of `id` and `url` is set;
 * `url` is an absolute http(s) URL; `title` is plain text.
 */
export interface NewsRelation {
  id?: string;
  url?: string;
  title?: string;
}

export interface NewsItem {
  id: string;
  url?: string;
  externalUrl?: string;
  title: string;
  /**
   * Set when the feed gave the item no title and `title` is the start of its text (or its link):
   * elements may style it as text rather than as a headline.
   */
  titleDerived?: boolean;
  summary: string;
  /** HTML as the feed gave it (unsanitized); render only through `sanitizeHtml`. */
  contentHtml?: string;
  /** Plain text of the content (from `content_text`, or the HTML's text). */
  contentText: string;
  image?: NewsImage;
  bannerImage?: NewsImage;
  /** ISO 8601 (UTC) or undefined when the feed had no usable date. */
  published?: string;
  modified?: string;
  authors: NewsAuthor[];
  tags: string[];
  category?: string;
  language?: string;
  source?: NewsSource;
  breaking: boolean;
  attachments: NewsAttachment[];
  /** Related articles the publisher chose, in the publisher's order (absent when the feed states none). */
  related?: NewsRelation[];
  /** Absolute URL that relative links and images inside `contentHtml` resolve against (pass it to `sanitizeHtml`). */
  baseUrl?: string;
  /** Format-specific extras (`_custom` JSON Feed keys, WordPress ids, RSS comments…). */
  extensions: Record<string, unknown>;
}

/** A WebSub hub (JSON Feed `hubs`). */
export interface NewsHub {
  type: string;
  url: string;
}

export interface NewsFeed {
  format: FeedFormat;
  title: string;
  description?: string;
  homePageUrl?: string;
  feedUrl?: string;
  language?: string;
  icon?: string;
  favicon?: string;
  nextUrl?: string;
  authors: NewsAuthor[];
  expired?: boolean;
  /** The JSON Feed version URL, when the document was a JSON Feed. */
  version?: string;
  /** JSON Feed `user_comment`: a note for people who open the feed's URL. */
  userComment?: string;
  hubs?: NewsHub[];
  items: NewsItem[];
  extensions: Record<string, unknown>;
}

/** Something a parser skipped or repaired; never fatal. */
export interface ParseDiagnostic {
  /** Item index in the source document, when the diagnostic is about one item. */
  index?: number;
  code: string;
  message: string;
}
