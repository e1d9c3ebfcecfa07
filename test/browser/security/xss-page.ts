// Runs inside a frame that enforces Trusted Types (see xss.test.ts): parses a hostile feed, renders
// one element with it the way a host page would, and reports everything a payload could have done.
import '../../../src/define.js';
import { parseFeed } from '../../../src/feed/parse.js';
import type { NewsFeed } from '../../../src/feed/model.js';
import { PAYLOADS, URL_PAYLOADS } from '../../security/payloads.js';
import { SHARED_TAG, hostileFeed, type Format } from '../../security/feeds.js';

export interface Report {
  items: number;
  rendered: number;
  canary: unknown;
  dialogs: string[];
  findings: string[];
  pageWorks: boolean;
  /** Whether DOMPurify was downloaded (only where the Sanitizer API is missing). */
  purifyLoaded: boolean;
}

declare global {
  interface Window {
    __xss?: unknown;
    dialogs: string[];
    runHostile(format: Format, tag: string): Promise<Report>;
  }
}

window.dialogs = [];
for (const name of ['alert', 'confirm', 'prompt', 'print'] as const) {
  (window as unknown as Record<string, unknown>)[name] = (message?: unknown) => {
    window.dialogs.push(`${name}(${String(message)})`);
  };
}

const BAD_URL = /^\s*(javascript|vbscript|data|file|blob):/i;
const URL_ATTRS = ['href', 'src', 'action', 'formaction', 'xlink:href', 'poster', 'background', 'cite', 'srcset'];
const FORBIDDEN = new Set([
  'script',
  'iframe',
  'object',
  'embed',
  'form',
  'input',
  'textarea',
  'select',
  'base',
  'meta',
  'link',
  'frame',
  'frameset',
  'math',
  'style',
  'template',
  'noscript',
  'audio',
  'video',
  'source',
]);

/** Everything inside `root` and, recursively, inside the shadow roots below it. */
function* allElements(root: ParentNode): Generator<Element> {
  for (const el of root.querySelectorAll('*')) {
    yield el;
    if (el.shadowRoot) yield* allElements(el.shadowRoot);
  }
}

function inspect(host: Element): string[] {
  const findings: string[] = [];
  const where = (el: Element) => `<${el.localName}> in <${host.localName}>`;
  for (const el of allElements(host.shadowRoot!)) {
    if (FORBIDDEN.has(el.localName)) findings.push(`forbidden element ${where(el)}`);
    for (const attr of el.attributes) {
      if (/^on/i.test(attr.name)) findings.push(`handler ${attr.name} on ${where(el)}`);
      if (URL_ATTRS.includes(attr.name) && BAD_URL.test(attr.value)) {
        findings.push(`${attr.name}="${attr.value.slice(0, 60)}" on ${where(el)}`);
      }
      if (attr.name === 'style' && /url\(|expression|position\s*:\s*fixed/i.test(attr.value)) {
        findings.push(`style="${attr.value.slice(0, 60)}" on ${where(el)}`);
      }
    }
    if (getComputedStyle(el).position === 'fixed') findings.push(`position: fixed on ${where(el)}`);
  }
  return findings;
}

const settle = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

window.runHostile = async (format, tag) => {
  const parsed = await parseFeed(hostileFeed(format, PAYLOADS, URL_PAYLOADS), {
    url: 'https://news.example/feed',
  });
  if (!parsed.ok) throw new Error(`the hostile ${format} feed did not parse: ${parsed.error.message}`);
  const feed: NewsFeed = parsed.feed;
  const stage = document.createElement('main');
  const after = document.createElement('p');
  after.id = 'after';
  document.body.replaceChildren(stage, after);
  const bodyBefore = document.body.childElementCount;

  const hosts: Element[] = [];
  if (tag === 'article-card') {
    for (const item of feed.items) {
      const card = document.createElement('article-card') as HTMLElement & { item: unknown };
      card.setAttribute('layout', 'full');
      card.item = item;
      hosts.push(card);
    }
  } else if (tag === 'news-ticker') {
    const ticker = document.createElement('news-ticker') as HTMLElement & { feed: unknown };
    ticker.setAttribute('limit', '1000');
    ticker.feed = feed;
    hosts.push(ticker);
  } else {
    const list = document.createElement('related-list') as HTMLElement & { feed: unknown };
    list.setAttribute('limit', '1000');
    list.setAttribute('tags', SHARED_TAG);
    list.feed = feed;
    hosts.push(list);
  }
  stage.append(...hosts);
  await Promise.all(hosts.map((host) => (host as unknown as { updateComplete: Promise<unknown> }).updateComplete));
  const links = () => hosts.reduce((n, host) => n + host.shadowRoot!.querySelectorAll('a[href]').length, 0);
  // <related-list> ranks in chunks and the sanitizer may load lazily: wait for links (up to 10 s on
  // a busy machine), then long enough for failing images and handlers to have fired.
  for (const end = performance.now() + 10000; links() === 0 && performance.now() < end;) await settle(50);
  await settle(400);

  const rendered = links();
  const findings = hosts.flatMap(inspect);
  const pageWorks =
    typeof document.getElementById === 'function' &&
    document.getElementById('after') === after &&
    document.body.childElementCount === bodyBefore &&
    hosts.every((host) => host.parentElement === stage && host.childElementCount === 0);
  const report: Report = {
    items: feed.items.length,
    rendered,
    canary: window.__xss,
    dialogs: window.dialogs,
    findings,
    pageWorks,
    purifyLoaded: performance.getEntriesByType('resource').some((entry) => /purify/i.test(entry.name)),
  };
  stage.remove();
  return report;
};
window.dispatchEvent(new Event('xss-page-ready'));
