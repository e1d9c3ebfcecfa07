// The feed proxy through its real Node server (port 0) in front of a real upstream on 127.0.0.1.
// Loopback is a private address: these tests pass `allowPrivate`, except where they prove the refusal.
import { readFileSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { parseFeed } from '../../../src/feed/parse.js';
import { serveFeedProxy, type RunningProxy, type ServeOptions } from '../../../src/proxy/node.js';
import { parseFeedOnServer } from '../../../src/server/parse-feed.js';
import { rss, startUpstream, type Upstream } from './upstream.js';

const seedRss = readFileSync('test/fixtures/seed.rss');
const open: { close(): Promise<void> }[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((s) => s.close()));
});

async function upstream(handle: Parameters<typeof startUpstream>[0]): Promise<Upstream> {
  const server = await startUpstream(handle);
  open.push(server);
  return server;
}

async function proxy(options: Partial<ServeOptions> & { allow: string[] }): Promise<RunningProxy> {
  const running = await serveFeedProxy({ port: 0, allowPrivate: true, ...options });
  open.push(running);
  return running;
}

const via = (p: RunningProxy, url: string, init?: RequestInit) =>
  fetch(`${p.url}?url=${encodeURIComponent(url)}`, init);
const errorOf = async (response: Response) => ((await response.json()) as { error: { kind: string } }).error.kind;

describe('feed proxy: answers', () => {
  it('serves an RSS feed without CORS as cacheable JSON Feed 1.1 with _news, readable by the page', async () => {
    const up = await upstream(rss(seedRss));
    const p = await proxy({ allow: [up.host] });
    const response = await via(p, `${up.origin}/feed.rss`, { headers: { cookie: 'page=secret' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(response.headers.get('content-type')).toBe('application/feed+json; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe(
      'public, max-age=60, stale-while-revalidate=600, stale-if-error=86400',
    );
    expect(response.headers.get('etag')).toMatch(/^"[0-9a-f]{32}"$/);
    expect(response.headers.get('set-cookie')).toBeNull();
    expect(up.requests[0]!.headers.cookie).toBeUndefined();

    const doc = (await response.json()) as { version: string; items: { _news?: unknown; content_html?: string }[] };
    expect(doc.version).toBe('https://jsonfeed.org/version/1.1');
    const direct = await parseFeedOnServer(seedRss, { url: `${up.origin}/feed.rss` });
    const viaProxy = await parseFeed(doc);
    if (!direct.ok || !viaProxy.ok) throw new Error('both readings must succeed');
    expect(viaProxy.feed.items.length).toBe(direct.feed.items.length);
    for (const [i, item] of viaProxy.feed.items.entries()) {
      const want = direct.feed.items[i]!;
      expect(item).toMatchObject({
        id: want.id,
        url: want.url,
        title: want.title,
        summary: want.summary,
        contentHtml: want.contentHtml,
        published: want.published,
        category: want.category,
        source: want.source,
        breaking: want.breaking,
        tags: want.tags,
      });
    }
    expect(doc.items[0]!._news).toMatchObject({ category: direct.feed.items[0]!.category });
    // Item HTML passes as HTML: the page's sanitizer decides.
    expect(doc.items[0]!.content_html).toBe(direct.feed.items[0]!.contentHtml);
  });

  it('answers 304 to If-None-Match with the ETag, and revalidates upstream with its own ETag', async () => {
    let clock = 1_000_000;
    const up = await upstream(rss(seedRss, { etag: '"up-1"' }));
    const p = await proxy({ allow: [up.host], now: () => clock });
    const url = `${up.origin}/feed.rss`;
    const first = await via(p, url);
    const etag = first.headers.get('etag')!;
    const again = await via(p, url, { headers: { 'if-none-match': etag } });
    expect(again.status).toBe(304);
    expect(again.headers.get('etag')).toBe(etag);
    expect(await again.text()).toBe('');
    expect((await via(p, url, { headers: { 'if-none-match': '"other"' } })).status).toBe(200);
    expect(up.requests).toHaveLength(1);

    clock += 61_000; // past max-age: the proxy asks the upstream, conditionally
    const later = await via(p, url, { headers: { 'if-none-match': `W/${etag}, "x"` } });
    expect(later.status).toBe(304);
    expect(up.requests).toHaveLength(2);
    expect(up.requests[1]!.headers['if-none-match']).toBe('"up-1"');
    expect(later.headers.get('age')).toBe('0');
  });

  it('answers JSON errors: 400 without url or with a non-http one, 405 for POST', async () => {
    const p = await proxy({ allow: ['news.example'] });
    for (const [path, kind] of [
      ['', 'bad-request'],
      ['?url=not%20a%20url', 'bad-request'],
      [`?url=${encodeURIComponent('ftp://news.example/feed.rss')}`, 'bad-request'],
    ] as const) {
      const response = await fetch(`${p.url}${path}`);
      expect(response.status, path).toBe(400);
      expect(response.headers.get('access-control-allow-origin')).toBe('*');
      expect(await errorOf(response)).toBe(kind);
    }
    expect((await fetch(p.url, { method: 'POST', body: 'x' })).status).toBe(405);
  });
});

describe('feed proxy: upstream rules', () => {
  it('shares one upstream request among 500 concurrent requests for one feed', async () => {
    const up = await upstream(rss(seedRss, { delay: 200 }));
    const p = await proxy({ allow: [up.host] });
    const url = `${up.origin}/feed.rss`;
    const responses = await Promise.all(Array.from({ length: 500 }, () => via(p, url)));
    expect(responses.map((r) => r.status)).toEqual(Array(500).fill(200));
    expect(new Set(responses.map((r) => r.headers.get('etag'))).size).toBe(1);
    await Promise.all(responses.map((r) => r.arrayBuffer()));
    expect(up.requests).toHaveLength(1);
  }, 60_000);

  it('refuses a host not in allow with 403 and sends nothing upstream', async () => {
    const up = await upstream(rss(seedRss));
    const other = up.host.replace(/:(\d+)$/, (_, port: string) => `:${+port + 1}`);
    const p = await proxy({ allow: [other, '127.0.0.1'] });
    const response = await via(p, `${up.origin}/feed.rss`);
    expect(response.status).toBe(403);
    expect(await errorOf(response)).toBe('host-not-allowed');
    expect((await via(p, `http://localhost:${up.host.split(':')[1]}/feed.rss`)).status).toBe(403);
    expect(up.requests).toHaveLength(0);
  });

  it('refuses a loopback upstream without allowPrivate, by literal address and by a name that resolves to it', async () => {
    const up = await upstream(rss(seedRss));
    const port = up.host.split(':')[1];
    const p = await proxy({ allow: [up.host, `localhost:${port}`, `[::1]:${port}`], allowPrivate: false });
    for (const host of [up.host, `localhost:${port}`, `[::1]:${port}`]) {
      const response = await via(p, `http://${host}/feed.rss`);
      expect(response.status, host).toBe(403);
      expect(await errorOf(response)).toBe('private-address');
    }
    expect(up.requests).toHaveLength(0);
  });

  it('refuses a redirect to a host not allowed, or to a private address, without following it', async () => {
    const target = await upstream(rss(seedRss));
    let location = `${target.origin}/feed.rss`;
    const up = await upstream((_, res) => res.writeHead(302, { location }).end());
    const p = await proxy({ allow: [up.host] });
    const first = await via(p, `${up.origin}/old.rss`);
    expect(first.status).toBe(502);
    expect(await errorOf(first)).toBe('redirect-refused');

    // The first hop is allowed and public-looking (the proxy's fetch is told news.example is the
    // loopback upstream), the redirect goes to the cloud metadata address: refused by address.
    const hop = await proxy({
      allow: ['news.example', '169.254.169.254'],
      allowPrivate: false,
      fetch: (url, init) => fetch(url.replace('http://news.example/', `${up.origin}/`), init),
    });
    location = 'http://169.254.169.254/latest/meta-data/';
    const second = await via(hop, 'http://news.example/old.rss');
    expect(second.status).toBe(502);
    expect(await errorOf(second)).toBe('redirect-refused');
    expect(target.requests).toHaveLength(0);
    expect(up.requests).toHaveLength(2);

    // A redirect to an allowed host is followed.
    location = `${target.origin}/feed.rss`;
    const followed = await proxy({ allow: [up.host, target.host] });
    expect((await via(followed, `${up.origin}/old.rss`)).status).toBe(200);
    expect(target.requests).toHaveLength(1);
  });

  it('answers 504 within the timeout when the upstream hangs', async () => {
    const up = await upstream(() => {
      // never answers
    });
    const p = await proxy({ allow: [up.host], timeout: 400 });
    const started = performance.now();
    const response = await via(p, `${up.origin}/feed.rss`);
    const elapsed = performance.now() - started;
    expect(response.status).toBe(504);
    expect(await errorOf(response)).toBe('timeout');
    expect(elapsed).toBeGreaterThanOrEqual(390);
    expect(elapsed).toBeLessThan(3000);
  });

  it('keeps serving the last good copy while the upstream is down, past max-age, until stale-if-error ends', async () => {
    let clock = 5_000_000;
    let down = false;
    const up = await upstream((req, res) => (down ? res.writeHead(503).end('down') : rss(seedRss)(req, res)));
    const p = await proxy({ allow: [up.host], now: () => clock, maxAge: 60, staleIfError: 3600 });
    const url = `${up.origin}/feed.rss`;
    const good = await (await via(p, url)).text();

    down = true;
    clock += 30_000; // still fresh: served from memory, upstream not asked
    const fresh = await via(p, url);
    expect([fresh.status, fresh.headers.get('age'), fresh.headers.get('warning')]).toEqual([200, '30', null]);
    expect(up.requests).toHaveLength(1);

    clock += 60_000; // past max-age: the upstream fails, the last good copy is served, marked stale
    const stale = await via(p, url);
    expect(stale.status).toBe(200);
    expect(stale.headers.get('warning')).toBe('111 - "Revalidation Failed"');
    expect(stale.headers.get('age')).toBe('90');
    expect(await stale.text()).toBe(good);
    expect(up.requests).toHaveLength(2);

    clock += 5_000; // right after a failure: the copy at once, no new upstream fetch for 10 s
    expect((await via(p, url)).headers.get('warning')).toBe('111 - "Revalidation Failed"');
    expect(up.requests).toHaveLength(2);

    await up.close(); // now no connection at all
    clock += 3_000_000;
    expect((await via(p, url)).status).toBe(200);

    clock += 600_000; // 60 + 3600 s are over: no copy left to serve
    const gone = await via(p, url);
    expect(gone.status).toBe(502);
    expect(await errorOf(gone)).toBe('upstream-unreachable');
  });

  it('answers 502 for an upstream of 5 MB + 1 byte, streamed or announced, and stops reading it', async () => {
    const limit = 5 * 1024 * 1024;
    const head = Buffer.from('<?xml version="1.0"?><rss version="2.0"><channel><title>big</title>');
    const sent = { bytes: 0, closed: false };
    const send = (res: ServerResponse, total: number) => {
      const chunk = Buffer.alloc(64 * 1024, 0x20);
      let left = total - head.length;
      res.write(head);
      sent.bytes = head.length;
      res.on('close', () => (sent.closed = true));
      const pump = () => {
        while (left > 0 && !res.destroyed) {
          const piece = left < chunk.length ? chunk.subarray(0, left) : chunk;
          left -= piece.length;
          sent.bytes += piece.length;
          if (!res.write(piece)) return void res.once('drain', pump);
        }
        if (left <= 0) res.end();
      };
      pump();
    };
    let mode: 'chunked' | 'length' | 'endless' = 'chunked';
    const up = await upstream((_, res) => {
      if (mode === 'length') res.setHeader('content-length', limit + 1);
      res.writeHead(200, { 'content-type': 'application/rss+xml' });
      send(res, mode === 'endless' ? 2 ** 40 : limit + 1);
    });
    const p = await proxy({ allow: [up.host] });
    const url = `${up.origin}/big.rss`;

    const streamed = await via(p, url);
    expect(streamed.status).toBe(502);
    expect(await errorOf(streamed)).toBe('too-large');

    mode = 'length';
    const announced = await via(p, `${url}?length`);
    expect(announced.status).toBe(502);
    expect(await errorOf(announced)).toBe('too-large');

    // An endless upstream: the proxy cuts the connection after the cap; it neither waits for the
    // end nor keeps what it read.
    mode = 'endless';
    const before = process.memoryUsage();
    const endless = await Promise.all([1, 2, 3, 4].map((n) => via(p, `${url}?endless=${n}`)));
    expect(endless.map((r) => r.status)).toEqual([502, 502, 502, 502]);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(sent.closed).toBe(true);
    expect(sent.bytes).toBeLessThan(64 * 1024 * 1024);
    const grown = process.memoryUsage().rss - before.rss;
    expect(grown).toBeLessThan(100 * 1024 * 1024);
  }, 60_000);

  it('takes a document of exactly maxBytes and refuses one byte more', async () => {
    const up = await upstream(rss(seedRss));
    const exact = await proxy({ allow: [up.host], maxBytes: seedRss.length });
    expect((await via(exact, `${up.origin}/feed.rss`)).status).toBe(200);
    const under = await proxy({ allow: [up.host], maxBytes: seedRss.length - 1 });
    expect((await via(under, `${up.origin}/feed.rss`)).status).toBe(502);
  });

  it('answers 502 not-a-feed for an HTML page, and asks that upstream again only after retryAfterError', async () => {
    let clock = 0;
    const up = await upstream((_, res) =>
      res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><p>hi'),
    );
    const p = await proxy({ allow: [up.host], now: () => clock, retryAfterError: 10 });
    const response = await via(p, `${up.origin}/`);
    expect(response.status).toBe(502);
    expect(await errorOf(response)).toBe('not-a-feed');
    expect(response.headers.get('cache-control')).toBe('public, max-age=10');
    expect(response.headers.get('retry-after')).toBe('10');
    clock += 9_000;
    expect(await errorOf(await via(p, `${up.origin}/`))).toBe('not-a-feed');
    expect(up.requests).toHaveLength(1);
    clock += 2_000;
    await via(p, `${up.origin}/`);
    expect(up.requests).toHaveLength(2);
  });
});
