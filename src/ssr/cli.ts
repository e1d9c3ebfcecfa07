/// <reference types="node" preserve="true" />
/**
 * `npx news-widgets render <tag> --feed <file or URL> [--attr name=value]…`: prints the widget
 * rendered on the server (renderWidget) for any server language to include (and cache).
 */
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { renderWidget, WIDGET_TAGS, type WidgetAttributes, type WidgetTag } from './render.js';

export const USAGE = `usage: news-widgets render <${WIDGET_TAGS.join('|')}> --feed <file or URL> [--attr name=value]…

Prints the element's HTML with a declarative shadow root and the part of the feed it needs to
hydrate: include it in your page (and cache it) where the element goes, and load the script as usual.

  --feed FILE|URL      the feed: JSON Feed, RSS, Atom or WordPress REST posts (required)
  --attr name=value    an attribute of the element (repeat), e.g. --attr lang=ar --attr time-zone=Asia/Damascus
                       "--attr name" alone writes a boolean attribute
  --feed-url URL       the feed's own URL, for its relative links (default: --feed when it is a URL)
  -h, --help           this text
`;

async function readFeed(source: string): Promise<{ body: Uint8Array; contentType?: string; url?: string }> {
  if (/^https?:\/\//i.test(source)) {
    const response = await fetch(source, {
      headers: {
        accept:
          'application/feed+json, application/json, application/rss+xml, application/atom+xml, application/xml;q=0.9, */*;q=0.8',
      },
    });
    if (!response.ok) throw new Error(`${source}: HTTP ${response.status}`);
    return {
      body: new Uint8Array(await response.arrayBuffer()),
      contentType: response.headers.get('content-type') ?? undefined,
      url: response.url || source,
    };
  }
  return { body: await readFile(source) };
}

/** Prints the rendered widget; resolves with the exit code (2 for bad arguments, 1 when the feed fails). */
export async function main(args: string[]): Promise<number> {
  let tag: WidgetTag;
  let feed: string;
  let feedUrl: string | undefined;
  const attributes: WidgetAttributes = {};
  try {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        feed: { type: 'string' },
        'feed-url': { type: 'string' },
        attr: { type: 'string', multiple: true },
        help: { type: 'boolean', short: 'h' },
      },
    });
    if (values.help) {
      process.stdout.write(USAGE);
      return 0;
    }
    tag = positionals[0] as WidgetTag;
    if (positionals.length !== 1 || !WIDGET_TAGS.includes(tag))
      throw new Error(`name one element: ${WIDGET_TAGS.join(', ')}`);
    if (!values.feed) throw new Error('--feed is required');
    feed = values.feed;
    feedUrl = values['feed-url'];
    for (const pair of values.attr ?? []) {
      const at = pair.indexOf('=');
      attributes[at < 0 ? pair : pair.slice(0, at)] = at < 0 ? true : pair.slice(at + 1);
    }
  } catch (error) {
    process.stderr.write(`news-widgets render: ${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  try {
    const { body, contentType, url } = await readFeed(feed);
    const html = await renderWidget(tag, attributes, body, { url: feedUrl ?? url, contentType });
    process.stdout.write(html + '\n');
    return 0;
  } catch (error) {
    process.stderr.write(`news-widgets render: ${(error as Error).message}\n`);
    return (error as Error) instanceof TypeError ? 2 : 1;
  }
}
