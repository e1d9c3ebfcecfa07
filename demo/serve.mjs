// A small static server for the demo site: demo/ at `/` and a built script-tag bundle directory
// (dist/cdn) at `/cdn/`, as a publisher's site would serve them. No dependencies (node:http only),
// so end-to-end tests and previews need nothing beyond Node.
//
//   import { serveDemo, DEMO_CSP } from './demo/serve.mjs';
//   const demo = await serveDemo({ port: 0, cdnDir: 'dist/cdn', headers: { 'Content-Security-Policy': DEMO_CSP } });
//   // demo.url → 'http://127.0.0.1:54321'; await demo.close();
//
// From a shell: `node demo/serve.mjs [--port 8080] [--cdn dist/cdn] [--csp]`.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, isAbsolute, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createGzip, gzipSync } from 'node:zlib';

const DEMO_DIR = fileURLToPath(new URL('.', import.meta.url));
const REPO_DIR = resolve(DEMO_DIR, '..');

/** The strict policy the embedding tests serve the demo under; the demo pages must stay clean under it. */
export const DEMO_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' https: data:; connect-src 'self'; " +
  "require-trusted-types-for 'script'; trusted-types news-widgets lit-html dompurify";

/** `csp` with `sources` added to its style-src (or, lacking one, to a style-src copied from default-src). */
export function allowStyles(csp, sources) {
  if (!sources.length) return csp;
  const directives = csp
    .split(';')
    .map((directive) => directive.trim())
    .filter(Boolean);
  const at = directives.findIndex((directive) => /^style-src(\s|$)/i.test(directive));
  if (at >= 0) directives[at] += ` ${sources.join(' ')}`;
  else {
    const fallback = directives.find((directive) => /^default-src(\s|$)/i.test(directive));
    if (!fallback) return csp;
    directives.push(`style-src ${fallback.slice('default-src'.length).trim()} ${sources.join(' ')}`);
  }
  return directives.join('; ');
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.rss': 'application/rss+xml; charset=utf-8',
  '.atom': 'application/atom+xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.gif': 'image/gif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

/** JSON files under /feeds/ are JSON Feeds, served with their registered type. */
function contentType(urlPath, file) {
  const ext = extname(file).toLowerCase();
  if (ext === '.json' && urlPath.startsWith('/feeds/')) return 'application/feed+json; charset=utf-8';
  return TYPES[ext] ?? 'application/octet-stream';
}

/** Maps a URL path to a file inside `root`, or null when it would leave the root. */
function inside(root, relative) {
  const file = normalize(join(root, relative));
  return file === root || file.startsWith(root.endsWith(sep) ? root : root + sep) ? file : null;
}

async function findFile(root, relative) {
  const file = inside(root, relative);
  if (!file) return null;
  try {
    const info = await stat(file);
    if (info.isFile()) return { file, size: info.size };
    if (info.isDirectory()) {
      const index = join(file, 'index.html');
      const indexInfo = await stat(index);
      if (indexInfo.isFile()) return { file: index, size: indexInfo.size };
    }
  } catch {
    // Missing file: a 404 below.
  }
  return null;
}

/**
 * Starts the server. `port: 0` picks a free port. `cdnDir` is resolved against the repository root
 * unless absolute. `headers` are added to every response (e.g. a Content-Security-Policy); on the
 * server-rendered page a Content-Security-Policy also lists the hashes of its inline styles, as its
 * host would (`ssrStyleHashes: false` leaves them out). Resolves to `{ server, url, port, close() }`.
 */
export async function serveDemo({
  port = 0,
  host = '127.0.0.1',
  cdnDir = 'dist/cdn',
  headers = {},
  ssrStyleHashes = true,
} = {}) {
  const demoRoot = resolve(DEMO_DIR);
  const cdnRoot = isAbsolute(cdnDir) ? resolve(cdnDir) : resolve(REPO_DIR, cdnDir);

  const server = createServer(async (request, response) => {
    // Text goes out gzipped to a browser that takes it, as any web server or CDN sends it.
    const gzip = (type) =>
      /^(text\/|application\/(json|xml|rss|atom|feed)|image\/svg)/.test(type) &&
      /\bgzip\b/.test(request.headers['accept-encoding'] ?? '');
    const send = (status, body, type = 'text/plain; charset=utf-8', own = headers) => {
      const zipped = gzip(type);
      response.writeHead(status, {
        ...own,
        'Content-Type': type,
        'Cache-Control': 'no-store',
        Vary: 'Accept-Encoding',
        ...(zipped && { 'Content-Encoding': 'gzip' }),
      });
      response.end(request.method === 'HEAD' ? undefined : zipped ? gzipSync(body) : body);
    };
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.setHeader('Allow', 'GET, HEAD');
      return send(405, 'Method Not Allowed\n');
    }
    let path;
    try {
      path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    } catch {
      return send(400, 'Bad Request\n');
    }
    if (path.includes('\0')) return send(400, 'Bad Request\n');

    if (path === '/ssr/article.html') {
      // The seed article page rendered on the server (demo/ssr.mjs).
      try {
        const { renderArticlePage } = await import('./ssr.mjs');
        // The package's own list of its inline styles' hashes (news-widgets/ssr).
        const { styleSources } = await import('../dist/ssr/index.js');
        const html = await renderArticlePage(`http://${request.headers.host}`);
        const own = { ...headers };
        const csp = Object.keys(own).find((name) => name.toLowerCase() === 'content-security-policy');
        if (csp && ssrStyleHashes) own[csp] = allowStyles(own[csp], styleSources(html));
        return send(200, html, 'text/html; charset=utf-8', own);
      } catch (error) {
        return send(500, `Server rendering failed (is dist/ built?): ${error}\n`);
      }
    }
    const [root, relative] = path === '/cdn' || path.startsWith('/cdn/') ? [cdnRoot, path.slice(4)] : [demoRoot, path];
    const found = await findFile(root, relative);
    if (!found) {
      const hint = root === cdnRoot ? ` (is the bundle built? looked in ${cdnRoot})` : '';
      return send(404, `Not Found: ${path}${hint}\n`);
    }
    const type = contentType(path, found.file);
    const zipped = gzip(type);
    response.writeHead(200, {
      ...headers,
      'Content-Type': type,
      ...(zipped ? { 'Content-Encoding': 'gzip' } : { 'Content-Length': found.size }),
      'Cache-Control': 'no-cache',
      Vary: 'Accept-Encoding',
      'X-Content-Type-Options': 'nosniff',
    });
    if (request.method === 'HEAD') return response.end();
    const file = createReadStream(found.file).on('error', () => response.destroy());
    (zipped ? file.pipe(createGzip()) : file).pipe(response);
  });

  await new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => {
      server.off('error', fail);
      done();
    });
  });
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${actualPort}`;
  return {
    server,
    url,
    port: actualPort,
    close: () =>
      new Promise((done) => {
        server.closeAllConnections?.();
        server.close(() => done());
      }),
  };
}

// `node demo/serve.mjs` for a manual preview.
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const option = (name, fallback) => {
    const at = args.indexOf(name);
    return at >= 0 && args[at + 1] ? args[at + 1] : fallback;
  };
  const demo = await serveDemo({
    port: Number(option('--port', '8080')),
    cdnDir: option('--cdn', 'dist/cdn'),
    headers: args.includes('--csp') ? { 'Content-Security-Policy': DEMO_CSP } : {},
  });
  console.log(`Demo at ${demo.url}/  (article: ${demo.url}/article.html, English: ${demo.url}/en.html)`);
}
