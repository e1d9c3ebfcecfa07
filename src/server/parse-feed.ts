/**
 * `parseFeed` for Node and edge runtimes, which have no DOMParser: RSS and Atom are read through a
 * pure-JS one (see dom-parser.ts), with the same readers and the same result as in a browser.
 * Server-only: import it from server code (the proxy, server rendering), never from a page.
 */
import { parseFeed, type ParseOptions, type ParseResult } from '../feed/parse.js';
import { useDomParser } from '../sanitize/policy.js';
import { ServerDOMParser } from './dom-parser.js';

export type { ParseOptions, ParseResult };

/**
 * Parses a feed document (text, bytes or a JSON value) into the normalized model, as `parseFeed`
 * does in a browser. Never rejects: problems come back as `{ok: false, error}`.
 */
export function parseFeedOnServer(input: unknown, options?: ParseOptions): Promise<ParseResult> {
  useDomParser(ServerDOMParser as unknown as new () => DOMParser);
  return parseFeed(input, options);
}
