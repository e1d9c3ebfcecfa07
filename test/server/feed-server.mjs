// A real HTTP feed server for the browser tests, mounted on the test runner's own server under
// /feeds-test/. Tests choose behaviour by path and keep apart by `?key=K`; every request is counted
// and logged per key.
//   count?key=K[&reset=1]      → {"count": n}: requests seen for K (reset clears K's count, log and aborts)
//   log?key=K                  → [{status, ifNoneMatch, ifModifiedSince, credentials}] one per request
//   aborted?key=K              → {"aborted": n}: requests whose client hung up before the answer
//   fixture/<file>             → test/fixtures/<file> with the content type of its extension
//   etag/<file>                → the fixture with ETag and Last-Modified; 304 when the request matches
//   status/<code>[?retry-after=v] → that status, text body
//   flaky/<n>/<file>[?status=s]   → the first n requests for K answer s (default 500), then the fixture
//   breaks/<n>/<file>          → the fixture for the first n requests for K, then 500
//   limited/<file>?after=v     → the first request for K answers 429 with Retry-After v (seconds, or
//                                `date:<seconds>` for an HTTP date that far ahead), then the fixture
//   slow/<ms>/<file>           → waits ms before answering (records a client abort)
//   huge/<bytes>[?length=1]    → a JSON body of that many bytes, streamed in 64 KB chunks
//                                (with Content-Length when length=1, chunked otherwise)
//   page/<n>?pages=p           → generated JSON Feed page n of p (3 items; the first repeats the
//                                previous page's last) with next_url to page n+1
//   gen?items=n                → a generated JSON Feed whose title is "v<request number for K>"
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { Readable } from 'node:stream';

const counts = new Map();
const logs = new Map();
const aborts = new Map();
const TYPES = {
  '.json': 'application/feed+json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.rss': 'application/rss+xml; charset=utf-8',
  '.atom': 'application/atom+xml; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
};
const ETAG = '"news-v1"';
const MODIFIED = 'Thu, 26 Dec 2024 10:51:00 GMT';

async function serveFile(ctx, file) {
  const safe = normalize(file).replace(/^(\.\.[/\\])+/, '');
  ctx.type = TYPES[extname(safe)] ?? 'application/octet-stream';
  ctx.body = await readFile(join('test/fixtures', safe));
}

const jsonFeed = (title, items, next) => ({
  version: 'https://jsonfeed.org/version/1.1',
  title,
  language: 'ar',
  ...(next ? { next_url: next } : {}),
  items: items.map((id) => ({ id, url: `https://news.example/${id}`, title: `خبر ${id}` })),
});

function hugeBody(bytes) {
  const head = Buffer.from('{"version":"https://jsonfeed.org/version/1.1","title":"');
  const tail = Buffer.from('","items":[]}');
  const chunk = Buffer.alloc(65536, 'x');
  let left = Math.max(0, bytes - head.length - tail.length);
  return Readable.from(
    (function* () {
      yield head;
      while (left > 0) {
        const n = Math.min(left, chunk.length);
        left -= n;
        yield n === chunk.length ? chunk : chunk.subarray(0, n);
      }
      yield tail;
    })(),
  );
}

export function feedServer() {
  return async function feedServerMiddleware(ctx, next) {
    if (!ctx.path.startsWith('/feeds-test/')) return next();
    const route = ctx.path.slice('/feeds-test/'.length);
    const key = ctx.query.key ?? route;
    if (route === 'count') {
      ctx.body = { count: counts.get(key) ?? 0 };
      if (ctx.query.reset) [counts, logs, aborts].forEach((map) => map.delete(key));
      return;
    }
    if (route === 'log') return void (ctx.body = logs.get(key) ?? []);
    if (route === 'aborted') return void (ctx.body = { aborted: aborts.get(key) ?? 0 });

    const n = (counts.get(key) ?? 0) + 1;
    counts.set(key, n);
    const entry = {
      ifNoneMatch: ctx.get('if-none-match') || undefined,
      ifModifiedSince: ctx.get('if-modified-since') || undefined,
      cookie: ctx.get('cookie') || undefined,
    };
    logs.set(key, [...(logs.get(key) ?? []), entry]);
    // The test runner marks every path with an extension as cacheable for a year after this
    // middleware returns; these answers must reach the browser's cache rules as we send them.
    const { res } = ctx;
    const writeHead = res.writeHead;
    res.writeHead = function (...args) {
      res.setHeader('cache-control', ctx.state.cacheControl ?? 'no-store');
      return writeHead.apply(res, args);
    };
    try {
      await handle(ctx, route, key, n);
    } finally {
      entry.status = ctx.status;
    }
  };
}

async function handle(ctx, route, key, n) {
  const [kind, arg, ...rest] = route.split('/');
  const file = [arg, ...rest].join('/');
  const restFile = rest.join('/');
  switch (kind) {
    case 'fixture':
      return serveFile(ctx, file);
    case 'etag':
      ctx.set('etag', ETAG);
      ctx.set('last-modified', MODIFIED);
      ctx.state.cacheControl = 'no-cache';
      if (
        ctx.get('if-none-match') === ETAG ||
        (ctx.get('if-modified-since') && Date.parse(ctx.get('if-modified-since')) >= Date.parse(MODIFIED))
      ) {
        ctx.status = 304;
        return;
      }
      return serveFile(ctx, file);
    case 'status':
      ctx.status = Number(arg);
      if (ctx.query['retry-after']) ctx.set('retry-after', ctx.query['retry-after']);
      ctx.type = 'text/plain';
      ctx.body = `status ${arg}`;
      return;
    case 'flaky':
      if (n <= Number(arg)) {
        ctx.status = Number(ctx.query.status ?? 500);
        ctx.body = 'try again';
        return;
      }
      return serveFile(ctx, restFile);
    case 'breaks':
      if (n > Number(arg)) {
        ctx.status = 500;
        ctx.body = 'broken';
        return;
      }
      return serveFile(ctx, restFile);
    case 'limited':
      if (n === 1) {
        const after = String(ctx.query.after ?? '1');
        ctx.status = 429;
        ctx.set(
          'retry-after',
          after.startsWith('date:') ? new Date(Date.now() + Number(after.slice(5)) * 1000).toUTCString() : after,
        );
        ctx.body = 'slow down';
        return;
      }
      return serveFile(ctx, file);
    case 'slow': {
      const closed = await new Promise((resolve) => {
        const timer = setTimeout(() => resolve(false), Number(arg));
        ctx.res.once('close', () => {
          clearTimeout(timer);
          resolve(true);
        });
      });
      if (closed) {
        aborts.set(key, (aborts.get(key) ?? 0) + 1);
        ctx.status = 499;
        return;
      }
      return serveFile(ctx, restFile);
    }
    case 'huge':
      ctx.type = 'application/feed+json; charset=utf-8';
      if (ctx.query.length) ctx.length = Number(arg);
      ctx.body = hugeBody(Number(arg));
      return;
    case 'page': {
      const page = Number(arg);
      const pages = Number(ctx.query.pages ?? 3);
      const ids = [`p${page - 1}-3`, `p${page}-2`, `p${page}-3`].slice(page === 1 ? 1 : 0);
      const nextUrl =
        page < pages ? `/feeds-test/page/${page + 1}?pages=${pages}&key=${encodeURIComponent(key)}` : undefined;
      ctx.type = TYPES['.json'];
      ctx.body = JSON.stringify(jsonFeed(`page ${page}`, page === 1 ? ['p1-1', ...ids] : ids, nextUrl));
      return;
    }
    case 'gen':
      ctx.type = TYPES['.json'];
      ctx.body = JSON.stringify(
        jsonFeed(
          `v${n}`,
          Array.from({ length: Number(ctx.query.items ?? 3) }, (_, i) => `v${n}-${i + 1}`),
        ),
      );
      return;
    default:
      ctx.status = 404;
  }
}
