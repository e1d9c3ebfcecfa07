// The RSS, Atom and HTML-to-text suites once more, in Node with no DOMParser at all: the server's
// pure-JS parser (src/server/dom-parser.ts) must give every result the browser's gives.
import { beforeAll, expect, it } from 'vitest';
import { useDomParser } from '../../../src/sanitize/policy.js';
import { ServerDOMParser } from '../../../src/server/dom-parser.js';
import '../feed/rss.test.js';
import '../feed/atom.test.js';
import '../feed/text-dom.test.js';

beforeAll(() => useDomParser(ServerDOMParser as unknown as new () => DOMParser));

it('runs where the runtime has no DOMParser of its own', () => {
  expect(typeof (globalThis as { DOMParser?: unknown }).DOMParser).toBe('undefined');
});
