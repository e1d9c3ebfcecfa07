/**
 * `news-widgets/proxy`: a feed proxy for feeds that send no CORS headers, as one standard fetch
 * handler (Node 20+, Cloudflare Workers, Deno, Bun). Server-only: never import it from a page.
 * On Node, prefer `news-widgets/proxy/node`, which also refuses names that resolve to private addresses.
 */
export { createFeedProxy, type FeedProxy, type FeedProxyOptions, type UpstreamEvent } from './handler.js';
export { ProxyError, type ProxyErrorKind } from './errors.js';
export { isAllowedHost, isPrivateAddress } from './addresses.js';
export { toJsonFeed } from './json-feed.js';
export type { UpstreamFetch } from './upstream.js';
