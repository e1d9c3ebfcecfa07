// A real HTTP feed server for the browser tests, mounted on the test runner's own server under
// /feeds-test/. Tests choose behaviour by path; every request is counted per key.
//   /feeds-test/count?key=K          → {"count": n} requests seen for key K (reset=1 to clear)
//   /feeds-test/fixture/<file>?key=K  → serves test/fixtures/<file> with the right content type
// The feed-core issue grows this with status codes, slow, huge, 304 and Retry-After routes.
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

const counts = new Map();
const TYPES = {
  '.json': 'application/feed+json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.rss': 'application/rss+xml; charset=utf-8',
  '.atom': 'application/atom+xml; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
};

export function feedServer() {
  return async function feedServerMiddleware(ctx, next) {
    if (!ctx.path.startsWith('/feeds-test/')) return next();
    const route = ctx.path.slice('/feeds-test/'.length);
    const key = ctx.query.key ?? route;
    if (route === 'count') {
      ctx.body = { count: counts.get(key) ?? 0 };
      if (ctx.query.reset) counts.delete(key);
      return;
    }
    counts.set(key, (counts.get(key) ?? 0) + 1);
    if (route.startsWith('fixture/')) {
      const file = normalize(route.slice('fixture/'.length)).replace(/^(\.\.[/\\])+/, '');
      ctx.type = TYPES[extname(file)] ?? 'application/octet-stream';
      ctx.body = await readFile(join('test/fixtures', file));
      return;
    }
    ctx.status = 404;
  };
}
