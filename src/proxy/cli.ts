/// <reference types="node" preserve="true" />
/**
 * `npx news-widgets proxy --allow host[:port] …`: the feed proxy on Node's `http`, one log line per
 * upstream fetch. `main(args)` resolves with the exit code once the server stops (SIGINT/SIGTERM).
 */
import { parseArgs } from 'node:util';
import { serveFeedProxy } from './node.js';

export const USAGE = `usage: news-widgets proxy --allow host[:port] [--allow host…] [options]

Serves GET /?url=<feed URL> as JSON Feed 1.1 with Access-Control-Allow-Origin: *,
for feeds whose servers send no CORS headers. Put a CDN in front of it.

  --allow host[:port]   an upstream host the proxy may fetch (repeat; required).
                        "host" allows the scheme's default port, "host:port" that port
  --allow-private       also reach loopback, private and link-local addresses
  --port N              port to listen on (default 8787; 0 picks a free one)
  --host ADDRESS        address to listen on (default 127.0.0.1; 0.0.0.0 for all)
  --max-age S           seconds a copy is fresh (default 60)
  --stale-if-error S    seconds past max-age the last good copy is served while the upstream fails (default 86400)
  --timeout MS          upstream timeout in milliseconds (default 10000)
  --max-bytes N         largest upstream document (default 5242880)
  -h, --help            this text
`;

const number = (value: string | undefined, name: string): number | undefined => {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0) throw new Error(`--${name} must be a non-negative number, not "${value}"`);
  return n;
};

/** Runs the proxy; resolves with the exit code (2 for bad arguments). */
export async function main(args: string[]): Promise<number> {
  let options;
  try {
    const { values } = parseArgs({
      args,
      options: {
        allow: { type: 'string', multiple: true },
        'allow-private': { type: 'boolean' },
        port: { type: 'string' },
        host: { type: 'string' },
        'max-age': { type: 'string' },
        'stale-if-error': { type: 'string' },
        timeout: { type: 'string' },
        'max-bytes': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
    if (values.help) {
      process.stdout.write(USAGE);
      return 0;
    }
    if (!values.allow?.length) throw new Error('--allow is required: name the hosts whose feeds the proxy may fetch');
    options = {
      allow: values.allow,
      allowPrivate: values['allow-private'] ?? false,
      port: number(values.port, 'port') ?? 8787,
      host: values.host ?? '127.0.0.1',
      maxAge: number(values['max-age'], 'max-age'),
      staleIfError: number(values['stale-if-error'], 'stale-if-error'),
      timeout: number(values.timeout, 'timeout'),
      maxBytes: number(values['max-bytes'], 'max-bytes'),
    };
  } catch (error) {
    process.stderr.write(`news-widgets proxy: ${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
    return 2;
  }
  const proxy = await serveFeedProxy({
    ...options,
    onUpstream: ({ url, status, bytes, ms }) =>
      process.stdout.write(`${new Date().toISOString()} upstream ${status} ${url} ${bytes} B ${Math.round(ms)} ms\n`),
  });
  process.stdout.write(
    `news-widgets proxy listening on ${proxy.url} (allow: ${options.allow.join(', ')})\n` +
      `  try: ${proxy.url}?url=${encodeURIComponent(`https://${options.allow[0]}/feed.xml`)}\n`,
  );
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await proxy.close();
  return 0;
}
