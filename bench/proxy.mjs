// The feed proxy's throughput and latency on this machine: requests per second and p50/p99 latency
// for a cache hit (one feed asked again and again), a revalidation answered 304 (If-None-Match), and a
// cache miss (every request a feed the proxy has not seen: upstream fetch, RSS reading, JSON Feed out).
// All on 127.0.0.1: the proxy (the built dist/proxy/node.js) and its upstream run in a child process,
// the load comes from this one over keep-alive node:http connections, in bounded loops.
//
//   npm run build && node bench/proxy.mjs [--hit 5000] [--miss 300] [--concurrency 32] [--miss-concurrency 4]
import { fork } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { Agent, createServer, get } from 'node:http';
import { cpus, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';

const arg = (name, fallback) => {
  const at = process.argv.indexOf(name);
  return at >= 0 ? Number(process.argv[at + 1]) || fallback : fallback;
};

if (process.argv.includes('--serve')) {
  // Child: the upstream serves a 50-item RSS feed (the seed feed's items repeated with new guids, about
  // the size of a news site's feed), the proxy reads it; both on port 0. Ends with the parent.
  process.on('disconnect', () => process.exit(0));
  const { serveFeedProxy } = await import('../dist/proxy/node.js');
  const seed = readFileSync(new URL('../test/fixtures/seed.rss', import.meta.url), 'utf8');
  const items = seed.match(/<item>[\s\S]*?<\/item>/g);
  const many = Array.from({ length: 50 }, (_, n) =>
    items[n % items.length].replace(/(<guid[^>]*>)([^<]*)/, (_, open, id) => `${open}${id}-${n}`),
  );
  const rss = Buffer.from(seed.replace(/<item>[\s\S]*<\/item>/, many.join('\n')));
  const upstream = createServer((_, res) => res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rss));
  await new Promise((resolve) => upstream.listen(0, '127.0.0.1', resolve));
  const upstreamHost = `127.0.0.1:${upstream.address().port}`;
  const proxy = await serveFeedProxy({ port: 0, allow: [upstreamHost], allowPrivate: true, maxEntries: 100 });
  process.send({ proxy: proxy.url, upstream: `http://${upstreamHost}`, bytes: rss.length });
} else {
  const HIT = arg('--hit', 5_000);
  const MISS = arg('--miss', 300);
  const CONCURRENCY = arg('--concurrency', 32);
  // Misses parse in the proxy's one thread; more of them at once only queue (and time out the upstream).
  const MISS_CONCURRENCY = arg('--miss-concurrency', 4);
  const child = fork(new URL(import.meta.url), ['--serve'], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const { proxy, upstream, bytes } = await new Promise((resolve) => child.once('message', resolve));
  const agent = new Agent({ keepAlive: true, maxSockets: CONCURRENCY });

  const request = (url, headers = {}) =>
    new Promise((resolve, reject) => {
      const started = performance.now();
      get(url, { agent, headers }, (res) => {
        res.resume();
        res.on('end', () =>
          resolve({ status: res.statusCode, ms: performance.now() - started, etag: res.headers.etag }),
        );
      }).on('error', reject);
    });

  /** `count` requests, `CONCURRENCY` at a time; `urlOf(i)` names each. */
  async function load(count, urlOf, headers, expected, concurrency = CONCURRENCY) {
    const times = [];
    let other = 0;
    let next = 0;
    const started = performance.now();
    await Promise.all(
      Array.from({ length: Math.min(concurrency, count) }, async () => {
        while (next < count) {
          const { status, ms } = await request(urlOf(next++), headers);
          if (status !== expected) other++;
          times.push(ms);
        }
      }),
    );
    const seconds = (performance.now() - started) / 1000;
    times.sort((a, b) => a - b);
    const at = (q) => times[Math.min(times.length - 1, Math.floor(q * times.length))];
    return { count, concurrency, other, rps: count / seconds, p50: at(0.5), p99: at(0.99) };
  }

  const feed = `${upstream}/feed.rss`;
  const hitUrl = `${proxy}?url=${encodeURIComponent(feed)}`;
  const { etag } = await request(hitUrl); // fills the cache
  for (let i = 0; i < 500; i++) await request(hitUrl); // warms the code
  const rows = [
    ['cache hit (200, JSON Feed)', await load(HIT, () => hitUrl, {}, 200)],
    ['cache hit, If-None-Match (304)', await load(HIT, () => hitUrl, { 'if-none-match': etag }, 304)],
    [
      'cache miss (upstream RSS read and converted)',
      await load(MISS, (i) => `${proxy}?url=${encodeURIComponent(`${feed}?n=${i}`)}`, {}, 200, MISS_CONCURRENCY),
    ],
  ];
  const cpu = cpus();
  console.log(
    `\nfeed proxy on 127.0.0.1 — ${new Date().toISOString().slice(0, 10)}, ${cpu[0]?.model ?? 'cpu'} × ${cpu.length}, ` +
      `Node ${process.version}; load average ${loadavg()[0].toFixed(1)}; upstream feed ${(bytes / 1024).toFixed(1)} KB RSS (50 items); ${CONCURRENCY} connections\n`,
  );
  console.log(
    '| proxy | requests (connections) | requests/s | p50 latency | p99 latency | other status |\n| --- | ---: | ---: | ---: | ---: | ---: |',
  );
  for (const [name, r] of rows) {
    console.log(
      `| ${name} | ${r.count} (${r.concurrency}) | ${Math.round(r.rps)} | ${r.p50.toFixed(1)} ms | ${r.p99.toFixed(1)} ms | ${r.other} |`,
    );
  }
  agent.destroy();
  child.kill();
}
