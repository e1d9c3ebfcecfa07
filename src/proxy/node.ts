/// <reference types="node" preserve="true" />
/**
 * `news-widgets/proxy/node`: the feed proxy on Node's `http`. Its upstream fetch connects only to
 * the address it checked: the resolver's answer is vetted inside the socket's own `lookup`, so a
 * name that resolves (or re-resolves, DNS rebinding) to a loopback, private or link-local address
 * is refused unless `allowPrivate`. Edge platforms block those addresses themselves.
 */
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import {
  Agent as HttpAgent,
  createServer,
  request as httpRequest,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import type { LookupFunction } from 'node:net';
import { Readable } from 'node:stream';
import { isPrivateAddress } from './addresses.js';
import { ProxyError } from './errors.js';
import { createFeedProxy, type FeedProxy, type FeedProxyOptions } from './handler.js';
import type { UpstreamFetch } from './upstream.js';

const refused = (host: string, address: string) =>
  new ProxyError(403, 'private-address', `${host} resolves to ${address}, a private, loopback or link-local address`);

/** A `lookup` for sockets that fails when any address of the name is private. */
export function guardedLookup(allowPrivate: boolean): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { ...options, all: true }, (error, addresses: LookupAddress[]) => {
      if (error) return callback(error, '', 0);
      const bad = allowPrivate ? undefined : addresses.find((a) => isPrivateAddress(a.address) !== false);
      if (bad) return callback(refused(hostname, bad.address) as unknown as NodeJS.ErrnoException, '', 0);
      if (options.all) return (callback as unknown as (e: null, all: LookupAddress[]) => void)(null, addresses);
      callback(null, addresses[0]!.address, addresses[0]!.family);
    });
  };
}

/**
 * A `fetch` for the proxy's upstream requests on Node's `http`/`https`: one request, no redirects
 * followed (the handler checks each), the body streamed, `signal` honoured, addresses vetted.
 */
export function guardedFetch(allowPrivate = false): UpstreamFetch {
  const lookup = guardedLookup(allowPrivate);
  const agents = {
    http: new HttpAgent({ keepAlive: true, lookup }),
    https: new HttpsAgent({ keepAlive: true, lookup }),
  };
  return (url, init) =>
    new Promise<Response>((resolve, reject) => {
      const target = new URL(url);
      // A literal address never reaches `lookup`.
      if (!allowPrivate && isPrivateAddress(target.hostname) === true) {
        return reject(refused(target.host, target.hostname));
      }
      const https = target.protocol === 'https:';
      const signal = init.signal ?? undefined;
      if (signal?.aborted) return reject(signal.reason);
      const headers = Object.fromEntries(new Headers(init.headers).entries());
      const req = (https ? httpsRequest : httpRequest)(
        target,
        { method: init.method ?? 'GET', headers, agent: https ? agents.https : agents.http, lookup },
        (res: IncomingMessage) => {
          const out = new Headers();
          for (const [name, value] of Object.entries(res.headers)) {
            for (const v of Array.isArray(value) ? value : value === undefined ? [] : [value]) out.append(name, v);
          }
          const status = res.statusCode ?? 502;
          const empty = status === 204 || status === 304 || init.method === 'HEAD';
          if (empty) res.resume();
          resolve(
            new Response(empty ? null : (Readable.toWeb(res) as ReadableStream<Uint8Array>), {
              status: status < 200 || status > 599 ? 502 : status,
              statusText: res.statusMessage,
              headers: out,
            }),
          );
        },
      );
      const abort = () => req.destroy(signal!.reason as Error);
      signal?.addEventListener('abort', abort, { once: true });
      req.on('close', () => signal?.removeEventListener('abort', abort));
      req.on('error', reject);
      req.end();
    });
}

/** `createFeedProxy` with the Node upstream fetch (resolved addresses checked). */
export function createNodeFeedProxy(options: FeedProxyOptions): FeedProxy {
  return createFeedProxy({ fetch: guardedFetch(options.allowPrivate ?? false), ...options });
}

/** A fetch handler as a `node:http` request listener (Express and Connect take it too). */
export function toNodeListener(handler: FeedProxy): (req: IncomingMessage, res: ServerResponse) => void {
  return (req, res) => {
    void (async () => {
      const headers = new Headers();
      for (const [name, value] of Object.entries(req.headers)) {
        if (name.startsWith(':')) continue;
        for (const v of Array.isArray(value) ? value : value === undefined ? [] : [value]) headers.append(name, v);
      }
      const response = await handler(
        new Request(new URL(req.url ?? '/', 'http://localhost'), { method: req.method, headers }),
      );
      const body = response.body ? Buffer.from(await response.arrayBuffer()) : undefined;
      res.writeHead(response.status, Object.fromEntries(response.headers));
      res.end(body);
    })().catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json; charset=utf-8' });
      res.end(JSON.stringify({ error: { kind: 'internal', message: String(error) } }));
    });
  };
}

export interface ServeOptions extends FeedProxyOptions {
  /** Port to listen on; 0 picks a free one. Default 8787. */
  port?: number;
  /** Address to listen on. Default `127.0.0.1` (put the proxy behind a CDN or pass `0.0.0.0`). */
  host?: string;
}

export interface RunningProxy {
  server: Server;
  /** `http://host:port/` the proxy listens on. */
  url: string;
  close(): Promise<void>;
}

/** Starts the proxy on Node's `http`: `const proxy = await serveFeedProxy({allow: ['news.example']})`. */
export async function serveFeedProxy(options: ServeOptions): Promise<RunningProxy> {
  const { port = 8787, host = '127.0.0.1', ...rest } = options;
  const server = createServer(toNodeListener(createNodeFeedProxy(rest)));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  const address = server.address();
  const bound = typeof address === 'object' && address ? address.port : port;
  const shown = host.includes(':') ? `[${host}]` : host;
  return {
    server,
    url: `http://${shown}:${bound}/`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

export * from './index.js';
