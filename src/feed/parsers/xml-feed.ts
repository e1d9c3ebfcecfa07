/**
 * RSS 2.0 (and 1.0) and Atom 1.0 through the browser's DOMParser. Loaded with `import()` only when a
 * document is XML. Broken XML gets one repair pass (HTML entities, bare `&`, undeclared prefixes,
 * a truncated tail) before it counts as unreadable.
 */
import { hasDomParser, inertDocument } from '../../sanitize/policy.js';
import { FeedError } from '../errors.js';
import type { NewsAttachment, NewsAuthor, NewsFeed, NewsImage, NewsSource } from '../model.js';
import type { Context, Draft } from './item.js';
import { attachment, author, date, eachItem, finishItem, image, note, num, some } from './item.js';
import { relations } from './related.js';
import { htmlToText, httpUrl, summarize, text, tidy } from './text.js';

/** Child elements named `name`; `own` keeps only those in the parent's namespace (RSS `link`, not `atom:link`). */
function kids(el: Element | undefined, name: string, own = true): Element[] {
  const found: Element[] = [];
  // Sibling links, not `children`: a live collection that server-side DOMs (jsdom) walk slowly; and
  // node links, not element links, which the server's XML DOM (@xmldom/xmldom) does not have.
  for (let n = el?.firstChild; n; n = n.nextSibling) {
    const c = n as Element;
    if (n.nodeType === 1 && c.localName === name && (!own || c.namespaceURI === el!.namespaceURI)) found.push(c);
  }
  return found;
}
const val = (el: Element | undefined, name: string, own?: boolean): string | undefined =>
  kids(el, name, own)[0]?.textContent?.trim() || undefined;
const attr = (el: Element, name: string) => el.getAttribute(name) ?? undefined;

/** Media RSS elements (`media:content`, `media:thumbnail`), also inside `media:group`. */
const media = (el: Element, name: string) =>
  [...el.getElementsByTagNameNS('*', name)].filter((m) => m.prefix === 'media' || /mrss/.test(m.namespaceURI ?? ''));

const widest = (list: NewsImage[]) => list.sort((a, b) => (b.width ?? 0) - (a.width ?? 0))[0];
const IMAGE_FILE = /\.(jpe?g|png|gif|webp|avif)(\?|$)/i;

/** The item's picture and its other files, from Media RSS, RSS enclosures and Atom `rel="enclosure"` links. */
function files(el: Element, base: string | undefined, enclosures: Element[]): Pick<Draft, 'image' | 'attachments'> {
  const contents: NewsImage[] = [];
  const attached: NewsImage[] = [];
  const attachments: (NewsAttachment | undefined)[] = [];
  for (const m of media(el, 'content')) {
    const [type, medium, url] = [attr(m, 'type'), attr(m, 'medium'), attr(m, 'url')];
    if (medium === 'image' || type?.startsWith('image/') || (!medium && !type && IMAGE_FILE.test(url ?? ''))) {
      const alt = text(media(m, 'description')[0]?.textContent) || undefined;
      const size = { alt, width: num(attr(m, 'width')), height: num(attr(m, 'height')), mimeType: type };
      contents.push(...some([image(url, base, size)]));
    } else attachments.push(attachment(url, base, type, undefined, attr(m, 'fileSize'), attr(m, 'duration')));
  }
  for (const e of enclosures) {
    const [type, url] = [attr(e, 'type'), attr(e, 'url') ?? attr(e, 'href')];
    if (type?.startsWith('image/')) attached.push(...some([image(url, base, { mimeType: type })]));
    else attachments.push(attachment(url, base, type, attr(e, 'title'), attr(e, 'length')));
  }
  const thumbs = media(el, 'thumbnail').map((t) =>
    image(attr(t, 'url'), base, { width: num(attr(t, 'width')), height: num(attr(t, 'height')) }),
  );
  return { image: widest(contents) ?? attached[0] ?? widest(some(thumbs)), attachments: some(attachments) };
}

/** `Jane Doe`, `jane@example.com (Jane Doe)` or `jane@example.com` → an author. */
const rssAuthor = (value: string | undefined) => author(/\(([^)]+)\)/.exec(value ?? '')?.[1] ?? value);

function rss(root: Element, ctx: Context): NewsFeed {
  const channel = kids(root, 'channel', false)[0] ?? root;
  const atomLink = (rel: string) => kids(channel, 'link', false).find((l) => attr(l, 'rel') === rel && attr(l, 'href'));
  // Relative links in RSS are relative to the site (the channel's link), which may live elsewhere than the feed.
  const base = httpUrl(val(channel, 'link'), ctx.base) ?? ctx.base;
  const feed: NewsFeed = {
    format: 'rss',
    title: text(val(channel, 'title')),
    description: text(val(channel, 'description')) || undefined,
    homePageUrl: httpUrl(val(channel, 'link'), base),
    feedUrl: httpUrl(atomLink('self')?.getAttribute('href'), base),
    nextUrl: httpUrl(atomLink('next')?.getAttribute('href'), base),
    language: val(channel, 'language') ?? val(channel, 'language', false),
    icon: httpUrl(val(kids(channel, 'image')[0], 'url'), base),
    authors: [],
    items: [],
    extensions: {},
  };
  // RSS 1.0 (RDF) puts items next to the channel, RSS 2.0 inside it.
  const items = channel === root ? kids(root, 'item', false) : [...kids(channel, 'item'), ...kids(root, 'item', false)];
  feed.items = eachItem(items, ctx, (el, index) => {
    const guid = kids(el, 'guid')[0];
    const permalink = guid && attr(guid, 'isPermaLink') !== 'false' ? httpUrl(guid.textContent) : undefined;
    const atomLink = kids(el, 'link', false).find((l) => (attr(l, 'rel') ?? 'alternate') === 'alternate');
    const url = httpUrl(val(el, 'link'), base) ?? (atomLink && httpUrl(attr(atomLink, 'href'), base)) ?? permalink;
    // Only a guid or an RDF resource name is the feed's own id; eachItem makes one for the others.
    const id = guid?.textContent?.trim() || attr(el, 'rdf:about')?.trim() || undefined;
    const title = text(val(el, 'title') ?? val(el, 'title', false));
    const description = val(el, 'description');
    const categories = kids(el, 'category').map((c) => text(c.textContent));
    const source = kids(el, 'source')[0];
    const sourceName = text(source?.textContent);
    const comments = httpUrl(val(el, 'comments'), base);
    return finishItem(
      {
        id,
        url,
        title,
        summary: description && summarize(htmlToText(description)),
        contentHtml: val(el, 'encoded', false) ?? description,
        ...files(el, base, kids(el, 'enclosure')),
        published: date(ctx, val(el, 'pubDate') ?? val(el, 'date', false), index),
        modified: date(ctx, val(el, 'updated', false), index),
        authors: some(
          [...kids(el, 'creator', false).map((c) => c.textContent ?? ''), val(el, 'author')].map(rssAuthor),
        ),
        tags: categories,
        category: categories[0],
        source: sourceName ? { name: sourceName, url: httpUrl(attr(source!, 'url'), base) } : undefined,
        baseUrl: url ?? base,
        extensions: comments ? { comments } : {},
      },
      feed,
    );
  });
  return feed;
}

const XHTML_NS = / xmlns="http:\/\/www\.w3\.org\/1999\/xhtml"/g;

/** Base64 (Atom 0.3 `mode="base64"`, Atom 1.0 non-text media types) as UTF-8 text; undefined when it is not base64. */
function unbase64(value: string): string | undefined {
  try {
    const bytes = Uint8Array.from(atob(value.replace(/\s+/g, '')), (c) => c.charCodeAt(0));
    return new TextDecoder().decode(bytes);
  } catch {
    return undefined;
  }
}

/**
 * An Atom text or content construct as HTML or plain text. Atom 1.0 says `type` = text, html, xhtml
 * or a media type (base64 unless text or XML); Atom 0.3 says `type` = a media type and `mode` =
 * xml (inline, the default), escaped or base64.
 */
function construct(el: Element | undefined): { html?: string; text: string } {
  if (!el) return { text: '' };
  const type = (attr(el, 'type') ?? 'text').toLowerCase();
  const mode = attr(el, 'mode')?.toLowerCase();
  const raw = el.textContent ?? '';
  const base64 =
    mode === 'base64' || (!mode && /\//.test(type) && !/^text\/|[/+]xml$/.test(type)) ? unbase64(raw) : undefined;
  const inline = type === 'xhtml' || (mode !== 'escaped' && mode !== 'base64' && /xhtml|[/+]xml$/.test(type));
  if (inline && base64 === undefined) {
    const div = kids(el, 'div', false).find((d) => /xhtml/.test(d.namespaceURI ?? ''));
    const markup = (div ?? el).innerHTML.replace(XHTML_NS, '').trim();
    return /xhtml/.test(type) || div ? { html: markup, text: htmlToText(markup) } : { text: tidy(raw) };
  }
  const value = base64 ?? raw;
  return /html/.test(type) ? { html: value, text: htmlToText(value) } : { text: tidy(value) };
}

/** An Atom text construct (title, summary) as one line of plain text. */
const atomText = (el: Element | undefined) => construct(el).text.replace(/\s+/g, ' ').trim();

/** Atom link relations that are never the entry's address. */
const NOT_ADDRESS = /^(license|edit|edit-media|replies|hub|payment|alternate)$/i;

const xmlBase = (el: Element, base?: string) => httpUrl(attr(el, 'xml:base'), base) ?? base;

function atom(root: Element, ctx: Context): NewsFeed {
  const base = xmlBase(root, ctx.base);
  const links = (el: Element, rel: string, b = base) =>
    kids(el, 'link').filter((l) => (attr(l, 'rel') ?? 'alternate') === rel && httpUrl(attr(l, 'href'), b));
  const href = (el: Element, rel: string, b = base) => httpUrl(links(el, rel, b)[0]?.getAttribute('href'), b);
  const people = (el: Element, b?: string) =>
    some(kids(el, 'author').map((a): NewsAuthor | undefined => author(val(a, 'name'), val(a, 'uri'), undefined, b)));
  const language = attr(root, 'xml:lang');
  const feed: NewsFeed = {
    format: 'atom',
    title: atomText(kids(root, 'title')[0]),
    description: atomText(kids(root, 'subtitle')[0] ?? kids(root, 'tagline')[0]) || undefined,
    homePageUrl: href(root, 'alternate'),
    feedUrl: href(root, 'self'),
    nextUrl: href(root, 'next'),
    language,
    // Atom's logo is the large picture (JSON Feed's icon); its icon is the small one (favicon).
    icon: httpUrl(val(root, 'logo'), base),
    favicon: httpUrl(val(root, 'icon'), base),
    authors: people(root, base),
    items: [],
    extensions: {},
  };
  feed.items = eachItem(kids(root, 'entry'), ctx, (el, index) => {
    const b = xmlBase(el, base);
    const id = val(el, 'id');
    // Without an alternate link, an http(s) id is the entry's address (as RSS's permalink guid is),
    // then the other links that lead to the entry, its subject or its out-of-line content; never its
    // licence or edit URI.
    const url =
      href(el, 'alternate', b) ??
      httpUrl(id) ??
      ['self', 'related', 'via', 'enclosure'].map((rel) => href(el, rel, b)).find(Boolean) ??
      httpUrl(kids(el, 'content')[0]?.getAttribute('src'), b) ??
      httpUrl(
        kids(el, 'link')
          .find((l) => !NOT_ADDRESS.test(attr(l, 'rel') ?? ''))
          ?.getAttribute('href'),
        b,
      );
    const content = construct(kids(el, 'content')[0]);
    const categories = kids(el, 'category').map((c) => text(attr(c, 'label') ?? attr(c, 'term')));
    const source = kids(el, 'source')[0];
    const sourceName = source && atomText(kids(source, 'title')[0]);
    const updated = date(ctx, val(el, 'updated') ?? val(el, 'modified'), index);
    return finishItem(
      {
        id,
        url,
        externalUrl: href(el, 'related', b),
        title: atomText(kids(el, 'title')[0]),
        summary: atomText(kids(el, 'summary')[0]),
        contentHtml: content.html,
        contentText: content.html === undefined ? content.text : undefined,
        ...files(el, b, links(el, 'enclosure', b)),
        published: date(ctx, val(el, 'published') ?? val(el, 'issued') ?? val(el, 'created'), index) ?? updated,
        modified: updated,
        authors: people(el, b),
        tags: categories,
        category: categories[0],
        language: attr(el, 'xml:lang'),
        source: sourceName ? ({ name: sourceName, url: href(source, 'alternate', b) } satisfies NewsSource) : undefined,
        // Every `rel="related"` link, in document order, as a relation the publisher states.
        related: relations(
          links(el, 'related', b).map((l) => ({ url: attr(l, 'href'), title: attr(l, 'title') })),
          ctx,
          index,
          b,
        ),
        baseUrl: b,
      },
      feed,
    );
  });
  return feed;
}

const XML_ENTITIES = /^(amp|lt|gt|quot|apos|#\d+|#x[\da-f]+)$/i;

/** The usual ways real feeds break XML, mended: HTML entities, bare `&`, undeclared prefixes. */
function mend(source: string): string {
  // One HTML parse per distinct entity, not per occurrence (a long article has thousands of `&nbsp;`).
  const chars = new Map<string, string>();
  const fixed = source.replace(/&([#\w]*);?/g, (all, name: string) => {
    if (XML_ENTITIES.test(name) && all.endsWith(';')) return all;
    // A known entity consumes its `;`; a legacy prefix match (`&copy2024;` → `©2024;`) does not.
    let char = chars.get(name);
    if (char === undefined) chars.set(name, (char = inertDocument(`&${name};`, 'text/html').body.textContent ?? ';'));
    return name && !char.endsWith(';')
      ? [...char].map((c) => `&#${c.codePointAt(0)};`).join('')
      : `&amp;${all.slice(1)}`;
  });
  const declared = new Set([...fixed.matchAll(/xmlns:([\w.-]+)\s*=/g)].map((m) => m[1]));
  const missing = [...new Set([...fixed.matchAll(/<\/?([\w.-]+):[\w.-]+/g)].map((m) => m[1]!))].filter(
    (p) => !declared.has(p) && p !== 'xml' && p !== 'xmlns',
  );
  return fixed.replace(/<((?!\?|!)[\w:.-]+)/, (tag) => tag + missing.map((p) => ` xmlns:${p}="urn:x-${p}"`).join(''));
}

/** Cuts a truncated document after its last complete item and closes it. */
function cut(source: string): string {
  const [end, close] = /<feed[\s>]/.test(source) ? ['</entry>', '</feed>'] : ['</item>', '</channel></rss>'];
  const at = source.lastIndexOf(end);
  return at < 0 ? source : source.slice(0, at + end.length) + (/<rdf:RDF/.test(source) ? '</rdf:RDF>' : close);
}

const read = (source: string) => {
  const doc = inertDocument(source, 'application/xml');
  return doc.getElementsByTagName('parsererror').length ? undefined : doc.documentElement;
};

/** An RSS or Atom document; throws a FeedError when it is neither or cannot be read. */
export function parseXmlFeed(source: string, ctx: Context): NewsFeed {
  if (!hasDomParser()) throw new FeedError('unsupported', 'RSS and Atom need a DOM (DOMParser)', ctx);
  // Whitespace before the XML declaration makes a document ill-formed; feeds often start with a newline.
  source = source.trimStart();
  let root = read(source);
  if (!root) {
    const mended = mend(source);
    root = read(mended) ?? read(cut(mended));
    if (!root) throw new FeedError('parse', 'the XML document is not well-formed', ctx);
    note(ctx, 'xml-repaired', 'the XML was not well-formed; it was repaired before reading');
  }
  if (root.localName === 'feed') return atom(root, ctx);
  // RSS 0.9x–2.0 (`rss`), RSS 0.90 and 1.0 (`rdf:RDF`, also without its namespace).
  if (/^(rss|rdf)$/i.test(root.localName)) return rss(root, ctx);
  throw new FeedError('unsupported', `<${root.localName}> is not an RSS or Atom feed`, ctx);
}
