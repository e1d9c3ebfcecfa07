// A real upstream feed server on 127.0.0.1 (port 0) for the proxy tests; it sends no CORS headers
// and counts every request it gets.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Upstream {
  /** `127.0.0.1:port`, as the proxy's `allow` names it. */
  host: string;
  /** `http://127.0.0.1:port` */
  origin: string;
  /** Requests received so far, with their headers. */
  requests: IncomingMessage[];
  close(): Promise<void>;
}

export async function startUpstream(handle: (req: IncomingMessage, res: ServerResponse) => void): Promise<Upstream> {
  const requests: IncomingMessage[] = [];
  const server = createServer((req, res) => {
    requests.push(req);
    handle(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    host: `127.0.0.1:${port}`,
    origin: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** Answers `body` as RSS, with an ETag, after `delay` ms. */
export const rss =
  (body: string | Buffer, { delay = 0, etag }: { delay?: number; etag?: string } = {}) =>
  (req: IncomingMessage, res: ServerResponse) => {
    setTimeout(() => {
      if (etag && req.headers['if-none-match'] === etag) return res.writeHead(304, { etag }).end();
      res.writeHead(200, {
        'content-type': 'application/rss+xml; charset=utf-8',
        'set-cookie': 'session=upstream-secret',
        ...(etag ? { etag } : {}),
      });
      res.end(body);
    }, delay);
  };
