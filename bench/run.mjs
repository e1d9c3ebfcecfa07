// npm run bench: every figure side by side, measured in one run in one headless Chromium, printed as
// one markdown table (see bench/README.md for what each row means and how it is measured).
//
//   npm run build && npm run bench   [--runs 9] [--seconds 5] [--rounds 5] [--cycles 1000] [--no-lighthouse] [--lighthouse-runs 5]
//                                    [--only bytes,render,cpu,longtask,rank,heap,refresh,lighthouse]
//                                    [--refreshes 600] [--jitless]
//
// Ours is the script-tag bundle in dist/cdn (built by `npm run build`, run here when missing). The
// peers (React + react-fast-marquee, jQuery + jquery.marquee, bsky-embed, and Lighthouse 12.2.3) live in
// bench/peers, a bench-only package installed here with `npm ci --prefix bench/peers` when missing; their
// pages are bundled with vite into a temporary directory. Everything is served from 127.0.0.1 and the
// browser resolves no other host.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer as createNetServer } from 'node:net';
import { createServer } from 'node:http';
import { cpus, tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { serveDemo } from '../demo/serve.mjs';
import { CHROME_ARGS } from '../scripts/chrome.mjs';
import { launchChromium } from '../scripts/lib/browser.mjs';
import { heapSnapshot } from '../scripts/lib/heap-snapshot.mjs';
import { bundleText } from './lib/bundle-text.mjs';
import { evalVocabulary, installSyntheticItems } from './lib/synthetic-items.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const PEERS = join(ROOT, 'bench/peers');
const arg = (name, fallback) => {
  const at = process.argv.indexOf(name);
  return at >= 0 ? Number(process.argv[at + 1]) || fallback : fallback;
};
const RUNS = arg('--runs', 9);
const SECONDS = arg('--seconds', 5);
const CPU_ROUNDS = arg('--rounds', 5);
const CYCLES = arg('--cycles', 1000);
const REFRESHES = arg('--refreshes', 600);
/** Page loads per long-task median, at each CPU speed. */
const TRACE_RUNS = arg('--trace-runs', 5);
// `--before DIR`: another build's dist/cdn (e.g. of the main branch), measured beside ours in the longtask part.
const BEFORE = process.argv.includes('--before') ? process.argv[process.argv.indexOf('--before') + 1] : undefined;
const LIGHTHOUSE = !process.argv.includes('--no-lighthouse');
/** Lighthouse runs per page; the row is the run with the median performance score. */
const LIGHTHOUSE_RUNS = arg('--lighthouse-runs', 5);
// `--jitless`: V8 without its compilers (interpreter only), to tell code V8 compiles from what scripts keep.
const JITLESS = process.argv.includes('--jitless');
// `--only bytes,render`: just those parts (bytes, render, cpu, longtask, rank, heap, refresh, lighthouse); their rows only.
const ONLY = process.argv.includes('--only')
  ? new Set(process.argv[process.argv.indexOf('--only') + 1].split(','))
  : null;
const part = (name) => !ONLY || ONLY.has(name);
const HEADLINES = 50;
/** Milliseconds each request waits on the slow link (render rows, cold cache). */
const LATENCY = 100;
const ITEMS = 10_000;
const log = (...parts) => console.error('·', ...parts);
const started = performance.now();

// ---- prerequisites ------------------------------------------------------------------------------

const CDN = join(ROOT, 'dist/cdn');
if (!existsSync(join(CDN, 'news-widgets.js'))) {
  log('dist/cdn is missing: npm run build');
  const made = spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: ['ignore', 2, 2] });
  if (made.status !== 0) process.exit(made.status ?? 1);
} else {
  const newest = (dir) =>
    readdirSync(dir, { withFileTypes: true, recursive: true })
      .filter((d) => d.isFile())
      .reduce((max, d) => Math.max(max, statSync(join(d.parentPath, d.name)).mtimeMs), 0);
  if (statSync(join(CDN, 'news-widgets.js')).mtimeMs < newest(join(ROOT, 'src')))
    log('warning: dist/cdn is older than src/ — run `npm run build` to measure the current code');
}
// Only these parts load the peers' pages (or Lighthouse): `--only rank,heap,refresh` needs no bench/peers.
const PEERS_NEEDED = ['bytes', 'render', 'cpu', 'longtask', 'lighthouse'].some(part);
if (PEERS_NEEDED && !existsSync(join(PEERS, 'node_modules/react-fast-marquee'))) {
  log('bench/peers is not installed: npm ci --prefix bench/peers');
  const made = spawnSync('npm', ['ci', '--prefix', PEERS, '--no-audit', '--no-fund'], {
    cwd: ROOT,
    stdio: ['ignore', 2, 2],
  });
  if (made.status !== 0) process.exit(made.status ?? 1);
}
const peerVersion = (name) =>
  PEERS_NEEDED ? JSON.parse(readFileSync(join(PEERS, 'node_modules', name, 'package.json'), 'utf8')).version : '';

// ---- peer bundles ---------------------------------------------------------------------------------

const OUT = mkdtempSync(join(tmpdir(), 'news-widgets-bench-'));
for (const name of PEERS_NEEDED ? ['react', 'jquery', 'bsky'] : []) {
  await build({
    configFile: false,
    root: PEERS,
    logLevel: 'error',
    publicDir: false,
    envFile: false,
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    build: {
      outDir: join(OUT, name),
      emptyOutDir: true,
      minify: true,
      target: 'es2021', // as our script-tag build
      modulePreload: false,
      reportCompressedSize: false,
      rollupOptions: {
        input: { [name]: join(PEERS, 'pages', `${name}.js`) },
        output: { entryFileNames: '[name].js', chunkFileNames: '[name]-[hash].js' },
      },
    },
  });
}
log(`peer pages bundled in ${OUT}`);

// ---- the pages ------------------------------------------------------------------------------------

// The 50 headlines: demo/feeds/news.json's items, repeated (with new ids) up to 50.
const demoFeed = JSON.parse(readFileSync(join(ROOT, 'demo/feeds/news.json'), 'utf8'));
const feed50 = {
  ...demoFeed,
  items: Array.from({ length: HEADLINES }, (_, i) => {
    const item = demoFeed.items[i % demoFeed.items.length];
    return i < demoFeed.items.length ? item : { ...item, id: `${item.id}-${i}`, url: `${item.url}#${i}` };
  }),
};
const FEED = '/feeds/bench-50.json';
const LEAD = demoFeed.items.find((item) => item.id === 'syrianews-lavrov-2024-12-26')?.id ?? demoFeed.items[0].id;

// Runs before anything else on every page: t0, then polls each frame for the first headline and for
// all three of our elements rendered (light DOM for the peers, shadow roots for ours), while the page
// is still being parsed (a server-rendered page paints its ticker before the parser reaches the list).
const PROBE = `<script>
window.__bench = { t0: performance.now() };
(function poll() {
  const b = window.__bench, now = performance.now(), q = (tag, sel) => document.querySelector(tag)?.shadowRoot?.querySelector(sel);
  if (b.first === undefined && (document.querySelector('.headline') || q('news-ticker', '.item'))) console.debug('bench:first', b.first = now - b.t0);
  if (b.all === undefined && q('news-ticker', '.item') && q('article-card', 'article.card') && q('related-list', '.list li')) console.debug('bench:all', b.all = now - b.t0);
  if (b.first === undefined || (b.all === undefined && (document.readyState === 'loading' || document.querySelector('related-list')))) requestAnimationFrame(poll);
})();
</script>`;
const page = (head, body, probe = PROBE) =>
  `<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>bench</title>${probe}${head}<style>body{margin:0;font:16px system-ui}.headline{margin-inline:2em}</style></head>
<body>${body}</body></html>`;
const OURS = '<script type="module" src="/cdn/news-widgets.js"></script>';
const TICKER = `<news-ticker src="${FEED}" limit="${HEADLINES}"></news-ticker>`;
const PAGES = {
  '/blank.html': page('', '<p>لا شيء</p>', ''),
  '/ours-ticker.html': page(OURS, TICKER),
  '/ours-all.html': page(
    OURS,
    `${TICKER}<article-card src="${FEED}" item-id="${LEAD}" layout="full"></article-card>
<related-list src="${FEED}" for="${LEAD}"></related-list>`,
  ),
  // Neither peer shows anything in a right-to-left page (their tracks are placed off screen: the
  // cpu part reports "no headline on screen"), so they get the workaround an Arabic site would need:
  // a left-to-right box, moving right.
  '/react.html': page(
    '<script type="module" src="/peers/react/react.js"></script>',
    `<div id="ticker" dir="ltr" data-src="${FEED}"></div>`,
  ),
  '/jquery.html': page(
    '<script type="module" src="/peers/jquery/jquery.js"></script>',
    `<div id="ticker" dir="ltr" data-src="${FEED}" style="overflow:hidden;white-space:nowrap"></div>`,
  ),
  '/react-rtl.html': page(
    '<script type="module" src="/peers/react/react.js"></script>',
    `<div id="ticker" data-src="${FEED}"></div>`,
  ),
  '/jquery-rtl.html': page(
    '<script type="module" src="/peers/jquery/jquery.js"></script>',
    `<div id="ticker" data-src="${FEED}" style="overflow:hidden;white-space:nowrap"></div>`,
  ),
  '/bsky.html': page(
    '<script type="module" src="/peers/bsky/bsky.js"></script>',
    '<bsky-embed username="bsky.app" limit="50"></bsky-embed>',
  ),
  // Heap: counts live timers (setInterval, pending setTimeout) so a leak shows by name.
  '/heap.html': page(
    `<script>
(() => {
  const live = (window.__timers = { intervals: new Set(), timeouts: new Set() });
  const { setInterval: si, clearInterval: ci, setTimeout: st, clearTimeout: ct } = window;
  window.setInterval = (...a) => { const id = si(...a); live.intervals.add(id); return id; };
  window.clearInterval = (id) => { live.intervals.delete(id); ci(id); };
  window.setTimeout = (f, ...a) => { const id = st((...x) => { live.timeouts.delete(id); typeof f === 'function' ? f(...x) : 0; }, ...a); live.timeouts.add(id); return id; };
  window.clearTimeout = (id) => { live.timeouts.delete(id); ct(id); };
})();
</script>${OURS}`,
    '<div id="host"></div>',
    '',
  ),
};

// A feed that changes on every request (for the refresh part): the lead article stays, 30 items slide
// on by one per request (one new at the top, the oldest gone), every seventh title is edited, and one
// request in five fails (503).
const CHANGING = '/feeds/changing.json';
let changingRequests = 0;
const changingFeed = (n) => ({
  ...demoFeed,
  items: [
    demoFeed.items.find((item) => item.id === LEAD) ?? demoFeed.items[0],
    ...Array.from({ length: 30 }, (_, j) => {
      const k = n + j;
      const item = demoFeed.items[k % demoFeed.items.length];
      return {
        ...item,
        id: `changing-${k}`,
        url: `${item.url}#changing-${k}`,
        title: k % 7 === 0 ? `${item.title} (${n})` : item.title,
      };
    }).reverse(),
  ],
});
PAGES['/refresh.html'] = page(
  OURS,
  `<news-ticker src="${CHANGING}" limit="${HEADLINES}" refresh="0.05"></news-ticker>
<article-card src="${CHANGING}" item-id="${LEAD}" layout="full" refresh="0.05"></article-card>
<related-list src="${CHANGING}" for="${LEAD}" refresh="0.05"></related-list>`,
  '',
);

if (BEFORE)
  PAGES['/before-ticker.html'] = page('<script type="module" src="/before-cdn/news-widgets.js"></script>', TICKER);

const TYPES = { '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8' };
const server = createServer((req, res) => {
  const path = new URL(req.url ?? '/', 'http://x').pathname;
  if (PAGES[path])
    return res
      .writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-cache' })
      .end(PAGES[path]);
  if (path === CHANGING) {
    const n = changingRequests++;
    if (n % 5 === 4) return res.writeHead(503, { 'cache-control': 'no-store' }).end('busy');
    return res
      .writeHead(200, { 'content-type': 'application/feed+json', 'cache-control': 'no-store' })
      .end(JSON.stringify(changingFeed(n)));
  }
  if (path === FEED)
    return res
      .writeHead(200, { 'content-type': 'application/feed+json', 'cache-control': 'max-age=60' })
      .end(JSON.stringify(feed50));
  const [dir, rest] = path.startsWith('/cdn/')
    ? [CDN, path.slice(5)]
    : BEFORE && path.startsWith('/before-cdn/')
      ? [BEFORE, path.slice(12)]
      : path.startsWith('/peers/')
        ? [OUT, path.slice(7)]
        : [];
  if (dir) {
    const file = join(dir, normalize(rest).replace(/^(\.\.[/\\])+/, ''));
    if (file.startsWith(dir) && existsSync(file) && TYPES[extname(file)])
      // Warm cache: a publisher serves the bundle with a long max-age.
      return res
        .writeHead(200, { 'content-type': TYPES[extname(file)], 'cache-control': 'max-age=3600' })
        .end(readFileSync(file));
  }
  res.writeHead(404).end();
});
await new Promise((done) => server.listen(0, '127.0.0.1', done));
const origin = `http://127.0.0.1:${server.address().port}`;

// The same pages rendered on the server (news-widgets/ssr from dist/ssr): the HTML holds the widgets,
// the script hydrates them. Relative links in the feed resolve against the feed's URL, so after listen.
{
  const { renderWidget } = await import(pathToFileURL(join(ROOT, 'dist/ssr/index.js')).href);
  const ssr = (tag, attributes) => renderWidget(tag, attributes, feed50, { url: origin + FEED });
  const ticker = await ssr('news-ticker', { src: FEED, limit: HEADLINES, lang: 'ar' });
  PAGES['/ours-ssr.html'] = page(OURS, ticker);
  PAGES['/ours-ssr-all.html'] = page(
    OURS,
    ticker +
      (await ssr('article-card', { src: FEED, 'item-id': LEAD, layout: 'full', lang: 'ar' })) +
      (await ssr('related-list', { src: FEED, for: LEAD, lang: 'ar' })),
  );
}

// A free port for Lighthouse to reach this same browser over CDP.
const debugPort = await new Promise((done) => {
  const probe = createNetServer().listen(0, '127.0.0.1', () => {
    const { port } = probe.address();
    probe.close(() => done(port));
  });
});
const context = await launchChromium({
  args: [
    ...CHROME_ARGS,
    `--remote-debugging-port=${debugPort}`,
    '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1', // nothing leaves this machine
    ...(JITLESS ? ['--js-flags=--jitless'] : []),
  ],
});
const tab = context.pages()[0] ?? (await context.newPage());
const cdp = await context.newCDPSession(tab);
tab.on('pageerror', (error) => {
  // bsky-embed failing to reach Bluesky is expected: nothing resolves but 127.0.0.1.
  if (!tab.url().endsWith('/bsky.html')) log(`page error on ${tab.url()}: ${error.message}`);
});
const { product } = await cdp.send('Browser.getVersion');

const gz = (buffer) => gzipSync(buffer, { level: 9 }).length;
const median = (xs) => {
  const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  return s.length ? s[Math.floor((s.length - 1) / 2)] : NaN;
};
const results = {};

try {
  // ---- 1. JavaScript bytes, cold load -------------------------------------------------------------
  if (part('bytes')) {
    await cdp.send('Network.enable');
    await cdp.send('Network.clearBrowserCache');
    for (const path of ['/ours-ticker.html', '/ours-all.html', '/react.html', '/jquery.html', '/bsky.html']) {
      const scripts = new Map();
      const onResponse = async (response) => {
        if (response.request().resourceType() !== 'script') return;
        try {
          scripts.set(response.url(), await response.body());
        } catch {
          /* no body */
        }
      };
      tab.on('response', onResponse);
      await tab.goto(origin + path, { waitUntil: 'networkidle' });
      await tab.waitForTimeout(500); // lazy chunks (locale, sanitizer) after first render
      await tab.waitForLoadState('networkidle');
      tab.off('response', onResponse);
      results[`bytes ${path}`] = [...scripts.values()].reduce((sum, body) => sum + gz(body), 0);
      results[`files ${path}`] = scripts.size;
    }
    log('bytes measured');
  }

  // ---- 2. Time to first headline / all three: warm cache, then cold over a slow link -----------------
  if (part('render')) {
    // Loads `path` and waits for the probe's console message saying `key` is rendered. Not
    // waitForFunction: its polling script (Playwright's injected script, ≈ 7 ms to evaluate) would run
    // in the page's main thread while the page loads, in the middle of the interval measured.
    const rendered = (path, key) => {
      const signal = tab.waitForEvent('console', {
        predicate: (m) => m.text().startsWith(`bench:${key} `),
        timeout: 15000,
      });
      signal.catch(() => {}); // a failed navigation is reported below; its signal then never comes
      return tab
        .goto(origin + path)
        .then(() => signal)
        .catch(async (error) => {
          const seen = await tab.evaluate(() => ({
            bench: window.__bench,
            ...Object.fromEntries(
              [
                ['news-ticker', '.item'],
                ['article-card', 'article.card'],
                ['related-list', '.list li'],
              ].map(([tag, sel]) => [tag, !!document.querySelector(tag)?.shadowRoot?.querySelector(sel)]),
            ),
          }));
          throw new Error(`${path} did not render (${key}) in 15 s: ${error.message}; ${JSON.stringify(seen)}`);
        });
    };
    const measure = async (label, path) => {
      const key = path.includes('all') ? 'all' : 'first';
      const times = { first: [], all: [] };
      for (let run = 0; run < RUNS; run++) {
        await rendered(path, key);
        const b = await tab.evaluate(() => window.__bench);
        times.first.push(b.first);
        times.all.push(b.all);
      }
      results[`first${label} ${path}`] = median(times.first);
      if (key === 'all') results[`all${label} ${path}`] = median(times.all);
    };
    const paths = ['/ours-ticker.html', '/ours-all.html', '/ours-ssr.html', '/ours-ssr-all.html'];
    paths.push('/react.html', '/jquery.html');
    for (const path of paths) {
      await rendered(path, path.includes('all') ? 'all' : 'first'); // fills the cache
      await measure('', path);
    }
    // Every request pays a round trip: what a chain of requests (entry, chunk, feed) costs a visitor.
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    const link = { offline: false, downloadThroughput: -1, uploadThroughput: -1 };
    await cdp.send('Network.emulateNetworkConditions', { ...link, latency: LATENCY });
    try {
      for (const path of paths) await measure(' slow', path);
    } finally {
      await cdp.send('Network.emulateNetworkConditions', { ...link, latency: 0 });
      await cdp.send('Network.setCacheDisabled', { cacheDisabled: false });
    }
    log('render times measured');
  }

  // ---- 3. Main-thread time per second of motion (as bench/ticker-cpu.mjs) --------------------------
  await cdp.send('Performance.enable', { timeDomain: 'timeTicks' });
  const metrics = async () =>
    Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
  if (part('cpu')) {
    /** In the page: whether any headline (the peers' light DOM, our shadow root) is drawn inside the viewport. */
    const headlineOnScreen = () =>
      [
        ...document.querySelectorAll('.headline'),
        ...(document.querySelector('news-ticker')?.shadowRoot?.querySelectorAll('.item') ?? []),
      ].some((el) => {
        const box = el.getBoundingClientRect();
        return box.width > 0 && box.right > 0 && box.left < innerWidth && box.bottom > 0 && box.top < innerHeight;
      });
    // Rounds interleave the pages so drift in the machine's load hits all of them alike; median per page.
    const cpuSamples = {};
    for (let round = 0; round < CPU_ROUNDS; round++) {
      for (const path of ['/blank.html', '/ours-ticker.html', '/react.html', '/jquery.html']) {
        await tab.goto(origin + path);
        await tab.waitForFunction(() => window.__bench?.first !== undefined || !document.querySelector('script[src]'));
        await tab.waitForTimeout(1000); // loading, fonts and the first frames settle
        const a = await metrics();
        await tab.waitForTimeout(SECONDS * 1000);
        const b = await metrics();
        (cpuSamples[path] ??= []).push(((b.TaskDuration - a.TaskDuration) / (b.Timestamp - a.Timestamp)) * 1000);
        const moving = await tab.evaluate(
          () =>
            document.getAnimations().some((x) => x.playState === 'running') ||
            !!document
              .querySelector('news-ticker')
              ?.shadowRoot?.getAnimations()
              .some((x) => x.playState === 'running'),
        );
        results[`moving ${path}`] = (results[`moving ${path}`] ?? true) && moving;
        // Motion that nobody can see costs nothing: count only headlines drawn inside the viewport.
        const visible = await tab.evaluate(headlineOnScreen);
        if (path !== '/blank.html') results[`visible ${path}`] = (results[`visible ${path}`] ?? true) && visible;
      }
    }
    // As embedded in an Arabic page with no workaround: does any headline show at all?
    for (const path of ['/ours-ticker.html', '/react-rtl.html', '/jquery-rtl.html']) {
      await tab.goto(origin + path);
      await tab.waitForFunction(() => window.__bench?.first !== undefined);
      await tab.waitForTimeout(2000);
      results[`rtl shows ${path}`] = await tab.evaluate(headlineOnScreen);
    }
    for (const [path, samples] of Object.entries(cpuSamples)) {
      results[`cpu ${path}`] = median(samples);
      results[`cpu range ${path}`] = [Math.min(...samples), Math.max(...samples)];
    }
    log('main-thread time measured');
  }

  // ---- 3b. Long tasks and Total Blocking Time at load, 1× and 4× CPU (CDP trace of the main thread) -----
  if (part('longtask')) {
    /**
     * Loads `url` with a trace of the renderer's main thread running, from navigation to 3 s after
     * `load` (×rate: a slower CPU takes longer to settle), and returns every top-level task's duration (ms).
     */
    const traceTasks = async (url, rate) => {
      const events = [];
      const onData = ({ value }) => events.push(...value);
      cdp.on('Tracing.dataCollected', onData);
      const complete = new Promise((done) => cdp.once('Tracing.tracingComplete', done));
      await cdp.send('Emulation.setCPUThrottlingRate', { rate });
      await cdp.send('Tracing.start', {
        traceConfig: {
          includedCategories: ['toplevel', 'devtools.timeline', '__metadata'],
          recordMode: 'recordAsMuchAsPossible',
        },
        transferMode: 'ReportEvents',
      });
      try {
        await tab.goto(url, { waitUntil: 'load' });
        await tab.waitForTimeout(3000 * rate);
      } finally {
        await cdp.send('Tracing.end');
        await complete;
        cdp.off('Tracing.dataCollected', onData);
        await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
      }
      // The page's main thread: the CrRendererMain thread that ran the most.
      const main = new Set(
        events
          .filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
          .map((e) => `${e.pid}:${e.tid}`),
      );
      // Top-level tasks (`ThreadControllerImpl::RunTask`, `RunTask` in older Chromiums); a nested one is skipped.
      const byThread = new Map();
      const ends = new Map();
      const tasks = events
        .filter(
          (e) => e.ph === 'X' && /^(ThreadControllerImpl::)?RunTask$/.test(e.name) && main.has(`${e.pid}:${e.tid}`),
        )
        .sort((a, b) => a.ts - b.ts);
      for (const e of tasks) {
        const thread = `${e.pid}:${e.tid}`;
        if (e.ts < (ends.get(thread) ?? -Infinity)) continue;
        ends.set(thread, e.ts + e.dur);
        byThread.set(thread, [...(byThread.get(thread) ?? []), e.dur / 1000]);
      }
      if (process.env.BENCH_TASKS) {
        // What the longest task of the page did: its events over 2 ms, in order (BENCH_TASKS=1).
        const thread = [...byThread.entries()].sort((a, b) => b[1].length - a[1].length)[0]?.[0];
        const longest = tasks.filter((e) => `${e.pid}:${e.tid}` === thread).sort((a, b) => b.dur - a.dur)[0];
        if (longest) {
          const inside = events.filter(
            (e) =>
              e.ph === 'X' &&
              `${e.pid}:${e.tid}` === thread &&
              e.ts >= longest.ts &&
              e.ts + e.dur <= longest.ts + longest.dur &&
              e.dur > 2000 &&
              e !== longest,
          );
          log(`${url} ×${rate}: longest task ${(longest.dur / 1000).toFixed(0)} ms`);
          for (const e of inside)
            log(
              `  +${((e.ts - longest.ts) / 1000).toFixed(1)} ${e.name} ${(e.dur / 1000).toFixed(1)} ms`,
              JSON.stringify(e.args?.data ?? e.args ?? {}).slice(0, 160),
            );
        }
      }
      return (
        [...byThread.values()].sort((a, b) => b.reduce((x, y) => x + y, 0) - a.reduce((x, y) => x + y, 0))[0] ?? []
      );
    };
    const demo = await serveDemo({ port: 0, cdnDir: CDN });
    // The demo served with the `--before` build's script-tag bundle, for its home page.
    const before = BEFORE && (await serveDemo({ port: 0, cdnDir: BEFORE }));
    try {
      const targets = [
        ['/ours-ticker.html', origin + '/ours-ticker.html'],
        ...(BEFORE ? [['/before-ticker.html', origin + '/before-ticker.html']] : []),
        ['/react.html', origin + '/react.html'],
        ['/jquery.html', origin + '/jquery.html'],
        ['demo', `${demo.url}/`],
        ...(before ? [['demo before', `${before.url}/`]] : []),
        ['demo ssr', `${demo.url}/ssr/article.html`],
      ];
      for (const rate of [1, 4]) {
        for (const [, url] of targets) {
          await tab.goto(url, { waitUntil: 'load' }); // fills the cache
          await tab.waitForTimeout(500);
        }
        // Runs interleave the pages, so drift in the machine's load hits all of them alike.
        const longest = {};
        const tbt = {};
        for (let run = 0; run < TRACE_RUNS; run++)
          for (const [key, url] of targets) {
            const tasks = await traceTasks(url, rate);
            (longest[key] ??= []).push(Math.max(0, ...tasks));
            (tbt[key] ??= []).push(tasks.reduce((sum, d) => sum + Math.max(0, d - 50), 0));
          }
        for (const [key] of targets) {
          results[`longest ${rate}x ${key}`] = median(longest[key]);
          results[`tbt ${rate}x ${key}`] = median(tbt[key]);
        }
      }
    } finally {
      await demo.close();
      if (before) await before.close();
    }
    log('long tasks measured');
  }

  // ---- 4. Ranking 10,000 items (as bench/rank-speed.mjs) -------------------------------------------
  if (part('rank')) {
    await tab.goto(origin + '/blank.html');
    await tab.addScriptTag({ content: await bundleText({ format: 'iife' }) });
    await installSyntheticItems(tab);
    Object.assign(
      results,
      await tab.evaluate(
        ({ N, vocabulary }) => {
          const { buildIndex, rankRelated } = window.NewsText;
          const { items, random } = window.syntheticItems(N, vocabulary);
          const med = (xs) => xs.sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];
          const build = [];
          let index;
          for (let r = 0; r < 5; r++) {
            const copy = items.slice(); // the index is cached per array
            const t0 = performance.now();
            index = buildIndex(copy);
            build.push(performance.now() - t0);
          }
          const rank = [];
          for (let r = 0; r < 200; r++) {
            const target = items[Math.floor(random() * N)];
            const t0 = performance.now();
            rankRelated(index, target, { limit: 10 });
            rank.push(performance.now() - t0);
          }
          return { 'index build': med(build), rank: med(rank) };
        },
        {
          N: ITEMS,
          vocabulary: evalVocabulary(),
        },
      ),
    );
    log('ranking measured');
  }

  // ---- 5. Heap after mount/unmount cycles ---------------------------------------------------------
  if (part('heap')) {
    await cdp.send('HeapProfiler.enable');
    const settle = async () => {
      await tab.waitForTimeout(300);
      for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
      const m = await metrics();
      const { usedSize } = await cdp.send('Runtime.getHeapUsage');
      const timers = await tab.evaluate(() => ({
        intervals: window.__timers.intervals.size,
        timeouts: window.__timers.timeouts.size,
      }));
      return { heap: usedSize, nodes: m.Nodes, listeners: m.JSEventListeners, ...timers };
    };
    // Instances of the element class still alive anywhere in the heap (CDP Runtime.queryObjects).
    const liveInstances = async (tag) => {
      const { result } = await cdp.send('Runtime.evaluate', { expression: `customElements.get('${tag}').prototype` });
      const { objects } = await cdp.send('Runtime.queryObjects', { prototypeObjectId: result.objectId });
      const { result: count } = await cdp.send('Runtime.callFunctionOn', {
        objectId: objects.objectId,
        functionDeclaration: 'function () { return this.length; }',
        returnByValue: true,
      });
      await cdp.send('Runtime.releaseObject', { objectId: objects.objectId });
      await cdp.send('Runtime.releaseObject', { objectId: result.objectId });
      return count.value;
    };
    const ELEMENTS = {
      'news-ticker': [{ src: FEED, limit: String(HEADLINES) }, '.item'],
      'article-card': [{ src: FEED, 'item-id': LEAD, layout: 'full' }, 'article.card'],
      'related-list': [{ src: FEED, for: LEAD }, '.list li'],
    };
    const cycle = (tag, n) =>
      tab.evaluate(
        async ([tag, attributes, selector, n]) => {
          const host = document.getElementById('host');
          for (let i = 0; i < n; i++) {
            const element = document.createElement(tag);
            for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
            host.append(element);
            await customElements.whenDefined(tag);
            for (let spin = 0; !element.shadowRoot?.querySelector(selector); spin++) {
              if (spin > 2000) throw new Error(`${tag} did not render ${selector}`);
              await element.updateComplete;
              if (!element.shadowRoot?.querySelector(selector)) await new Promise((done) => setTimeout(done, 0));
            }
            element.remove();
          }
        },
        [tag, ...ELEMENTS[tag], n],
      );
    for (const tag of Object.keys(ELEMENTS)) {
      await tab.goto(origin + '/heap.html');
      await cycle(tag, 200); // code (and its optimized tiers), styles, feed cache and template caches in place
      // The count must see a live one, or "0 alive" below would prove nothing.
      await tab.evaluate((tag) => document.getElementById('host').append(document.createElement(tag)), tag);
      const seen = await liveInstances(tag);
      await tab.evaluate(() => document.getElementById('host').replaceChildren());
      const before = await settle();
      const t0 = performance.now();
      await cycle(tag, CYCLES);
      const ms = performance.now() - t0;
      const after = await settle();
      results[`heap ${tag}`] = { before, after, ms, live: seen >= 1 ? await liveInstances(tag) : 'n/a' };
    }
    log('heap measured');
  }

  // ---- 5b. Refreshes on a changing feed: what updates leave behind ----------------------------------
  if (part('refresh')) {
    await cdp.send('HeapProfiler.enable');
    const reading = async () => {
      await tab.waitForTimeout(300);
      // The page's resource-timing buffer (250 entries, one per request) is the browser's, not ours.
      await tab.evaluate(() => performance.clearResourceTimings());
      for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
      const m = await metrics();
      const { usedSize } = await cdp.send('Runtime.getHeapUsage');
      // Then a heap snapshot splits the V8 heap: compiled code (grows while functions tier up) and
      // everything else (what the page's scripts keep), plus the feed's item ids still held anywhere.
      const split = await heapSnapshot(cdp, { pattern: '^changing-\\d+$' });
      return {
        heap: usedSize,
        nodes: m.Nodes,
        listeners: m.JSEventListeners,
        code: split.code,
        js: split.js,
        ids: split.matches.length,
      };
    };
    // Every answer (news-load or news-error) of the ticker counts one refresh of all three elements.
    const refreshes = (n) =>
      tab.evaluate(
        (n) =>
          new Promise((done) => {
            const ticker = document.querySelector('news-ticker');
            let count = 0;
            const on = () => {
              if (++count < n) return;
              ticker.removeEventListener('news-load', on);
              ticker.removeEventListener('news-error', on);
              done(count);
            };
            ticker.addEventListener('news-load', on);
            ticker.addEventListener('news-error', on);
          }),
        n,
      );
    // Readings are taken with the refreshes stopped (refresh="0"), then they go on.
    const refreshAt = (value) =>
      tab.evaluate((v) => document.querySelectorAll('[refresh]').forEach((el) => el.setAttribute('refresh', v)), value);
    // `--refreshes` more, then a reading.
    const refreshWindow = async () => {
      const t0 = performance.now();
      const done = refreshes(REFRESHES);
      await refreshAt('0.05');
      await done;
      const ms = performance.now() - t0;
      await refreshAt('0');
      return { ms, reading: await reading() };
    };
    await tab.goto(origin + '/refresh.html');
    await refreshes(100); // code, styles and template caches in place
    await refreshAt('0');
    const before = await reading();
    const { ms, reading: after } = await refreshWindow();
    // A second window, once V8 has compiled what the refreshes run (its optimizing tiers fill over
    // the first few hundred): what updates leave behind, without the compiler's one-time growth.
    const { reading: steady } = await refreshWindow();
    results.refresh = { before, after, steady, ms, requests: changingRequests };
    log('refreshes measured');
  }

  // ---- 6. Lighthouse on the demo page and on the server-rendered article page -------------------
  if (part('lighthouse')) results.lighthouse = 'skipped (--no-lighthouse)';
  if (part('lighthouse') && LIGHTHOUSE) {
    const demo = await serveDemo({ port: 0, cdnDir: CDN });
    // Lighthouse's score moves a few points from run to run on one machine (its docs: run it several
    // times, report the median); the row shows the run with the median score, and every run's score.
    const audit = async (lighthouse, path) => {
      const lhrs = [];
      for (let i = 0; i < LIGHTHOUSE_RUNS; i++) {
        const run = await lighthouse(`${demo.url}${path}`, {
          port: debugPort,
          output: 'json',
          logLevel: 'error',
          onlyCategories: ['performance'],
        });
        const lhr = run?.lhr;
        if (!lhr) return 'n/a (Lighthouse returned no result)';
        if (lhr.runtimeError) return `n/a (${lhr.runtimeError.code}: ${lhr.runtimeError.message})`;
        lhrs.push(lhr);
      }
      const figures = (lhr) => ({
        score: lhr.categories.performance.score,
        cls: lhr.audits['cumulative-layout-shift'].numericValue,
        tbt: lhr.audits['total-blocking-time'].numericValue,
        lcp: lhr.audits['largest-contentful-paint'].numericValue,
      });
      const score = (lhr) => lhr.categories.performance.score;
      const median = [...lhrs].sort((a, b) => score(a) - score(b))[lhrs.length >> 1];
      return {
        ...figures(median),
        runs: lhrs.map(figures),
        version: median.lighthouseVersion,
        warnings: [...new Set(lhrs.flatMap((lhr) => lhr.runWarnings ?? []))],
      };
    };
    try {
      const { default: lighthouse } = await import(
        pathToFileURL(join(PEERS, 'node_modules/lighthouse/core/index.js')).href
      );
      results.lighthouse = await audit(lighthouse, '/');
      // Served as a site serves its server-rendered pages: from its cache (demo/ssr.mjs renders a page
      // once per origin; that first render is not what a reader waits for).
      await fetch(`${demo.url}/ssr/article.html`).then((response) => response.text());
      results['lighthouse ssr'] = await audit(lighthouse, '/ssr/article.html');
    } catch (error) {
      results.lighthouse = `n/a (${String(error?.message ?? error).split('\n')[0]})`;
    } finally {
      await demo.close();
    }
    log('lighthouse done');
  }
} finally {
  await context.close();
  server.close();
  rmSync(OUT, { recursive: true, force: true });
}

// ---- the table --------------------------------------------------------------------------------------

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const msf = (x) => (Number.isFinite(x) ? `${x < 10 ? x.toFixed(1) : x.toFixed(0)} ms` : 'n/a');
const ratio = (peer, ours) =>
  Number.isFinite(peer) && Number.isFinite(ours) && ours > 0 ? ` (${(peer / ours).toFixed(1)}×)` : '';
const cell = (value, format, ours) => (Number.isFinite(value) ? `${format(value)}${ratio(value, ours)}` : 'n/a');
const R = results;
const rows = [];
const row = (measure, ours, react = '—', jquery = '—', bsky = '—') => rows.push([measure, ours, react, jquery, bsky]);

if (part('bytes')) {
  const tBytes = R['bytes /ours-ticker.html'];
  const aBytes = R['bytes /ours-all.html'];
  row(
    'JavaScript a page downloads, gzip -9: one ticker',
    `${kb(tBytes)} (${R['files /ours-ticker.html']} files)`,
    cell(R['bytes /react.html'], kb, tBytes),
    cell(R['bytes /jquery.html'], kb, tBytes),
  );
  row(
    'JavaScript a page downloads, gzip -9: ticker + card + related list / a feed embed',
    `${kb(aBytes)} (${R['files /ours-all.html']} files)`,
    '—',
    '—',
    cell(R['bytes /bsky.html'], kb, aBytes),
  );
}
if (part('render')) {
  for (const [label, how] of [
    ['', 'warm cache'],
    [' slow', `cold cache, ${LATENCY} ms added to every request`],
  ]) {
    const first = R[`first${label} /ours-ticker.html`];
    row(
      `First headline rendered, from script start, ${how} (median of ${RUNS})`,
      msf(first),
      cell(R[`first${label} /react.html`], msf, first),
      cell(R[`first${label} /jquery.html`], msf, first),
      'n/a (needs Bluesky’s API)',
    );
    const ssr = R[`first${label} /ours-ssr.html`];
    row(
      `First headline rendered, the same ticker rendered on the server (\`news-widgets/ssr\`), ${how} (median of ${RUNS})`,
      msf(ssr),
      cell(R[`first${label} /react.html`], msf, ssr),
      cell(R[`first${label} /jquery.html`], msf, ssr),
    );
    row(
      `All three elements rendered, from script start, ${how} (median of ${RUNS})`,
      msf(R[`all${label} /ours-all.html`]),
    );
    row(
      `All three elements rendered, rendered on the server, ${how} (median of ${RUNS})`,
      msf(R[`all${label} /ours-ssr-all.html`]),
    );
  }
}
if (part('cpu')) {
  const cpu = R['cpu /ours-ticker.html'];
  const moving = (path) =>
    (R[`moving ${path}`] ? '' : ' — not moving!') + (R[`visible ${path}`] ? '' : ' — no headline on screen!');
  const cpuCell = (path) =>
    `${R[`cpu ${path}`].toFixed(1)} ms/s${path === '/ours-ticker.html' ? '' : ratio(R[`cpu ${path}`], cpu)} ` +
    `[${R[`cpu range ${path}`].map((x) => x.toFixed(1)).join('–')}]${moving(path)}`;
  row(
    `Main-thread time per second of motion, ${HEADLINES} headlines (median [range] of ${CPU_ROUNDS} × ${SECONDS} s; ` +
      `empty page: ${R['cpu /blank.html'].toFixed(1)} ms/s)`,
    cpuCell('/ours-ticker.html'),
    cpuCell('/react.html'),
    cpuCell('/jquery.html'),
  );
  const shows = (path) => (R[`rtl shows ${path}`] ? 'yes' : 'no: nothing on screen');
  row(
    'Headlines on screen in a right-to-left page (`<html dir="rtl">`), embedded as documented, no workaround',
    shows('/ours-ticker.html'),
    shows('/react-rtl.html'),
    shows('/jquery-rtl.html'),
  );
}
if (part('longtask')) {
  for (const rate of [1, 4]) {
    const how = rate === 1 ? 'no CPU slowdown' : `${rate}× CPU slowdown (CDP, as Lighthouse)`;
    const ours = R[`longest ${rate}x /ours-ticker.html`];
    row(
      `Longest main-thread task, load of a page with one ticker of ${HEADLINES} headlines, ${how} (median of ${TRACE_RUNS})`,
      msf(ours),
      cell(R[`longest ${rate}x /react.html`], msf, ours),
      cell(R[`longest ${rate}x /jquery.html`], msf, ours),
    );
    const tbt = R[`tbt ${rate}x /ours-ticker.html`];
    row(
      `Total Blocking Time (Σ of task − 50 ms) of that page, ${how} (median of ${TRACE_RUNS})`,
      msf(tbt),
      cell(R[`tbt ${rate}x /react.html`], msf, tbt),
      cell(R[`tbt ${rate}x /jquery.html`], msf, tbt),
    );
    if (BEFORE)
      row(
        `The same page with the \`--before\` build: longest task / Total Blocking Time, ${how} (median of ${TRACE_RUNS})`,
        `${msf(R[`longest ${rate}x /before-ticker.html`])} / ${msf(R[`tbt ${rate}x /before-ticker.html`])}`,
      );
    row(
      `Demo home page (\`demo/index.html\`): longest task / Total Blocking Time, ${how} (median of ${TRACE_RUNS})`,
      `${msf(R[`longest ${rate}x demo`])} / ${msf(R[`tbt ${rate}x demo`])}`,
    );
    if (BEFORE)
      row(
        `The demo home page with the \`--before\` build: longest task / Total Blocking Time, ${how} (median of ${TRACE_RUNS})`,
        `${msf(R[`longest ${rate}x demo before`])} / ${msf(R[`tbt ${rate}x demo before`])}`,
      );
    row(
      `Server-rendered article page (\`/ssr/article.html\`, 8 widgets hydrating): longest task / Total Blocking Time, ${how} (median of ${TRACE_RUNS})`,
      `${msf(R[`longest ${rate}x demo ssr`])} / ${msf(R[`tbt ${rate}x demo ssr`])}`,
    );
  }
}
if (part('rank')) {
  row(`\`<related-list>\` ranking of ${ITEMS.toLocaleString('en')} items, one query (median of 200)`, msf(R.rank));
  row(`\`<related-list>\` index build, ${ITEMS.toLocaleString('en')} items (median of 5)`, msf(R['index build']));
}
if (part('heap')) {
  for (const tag of ['news-ticker', 'article-card', 'related-list']) {
    const { before, after, ms, live } = R[`heap ${tag}`];
    const d = (k) => after[k] - before[k];
    const sign = (x) => (x > 0 ? `+${x}` : `${x}`);
    row(
      `Heap after ${CYCLES.toLocaleString('en')} mount/unmount cycles of \`<${tag}>\`, vs before (after GC)`,
      `${sign(((after.heap - before.heap) / 1024).toFixed(1))} KB of ${kb(before.heap)}; nodes ${sign(d('nodes'))}, ` +
        `listeners ${sign(d('listeners'))}, instances alive ${live}, intervals ${after.intervals}, ` +
        `pending timeouts ${after.timeouts} ` +
        `(${(ms / CYCLES).toFixed(1)} ms/cycle)`,
    );
  }
}
if (part('refresh')) {
  const { before, after, steady, ms, requests } = R.refresh;
  const sign = (x) => (x > 0 ? `+${x}` : `${x}`);
  const kbs = (a, b, key) => `${sign(((b[key] - a[key]) / 1024).toFixed(1))} KB`;
  const growth = (a, b) =>
    `${kbs(a, b, 'heap')} of ${kb(a.heap)}; nodes ${sign(b.nodes - a.nodes)}, listeners ${sign(b.listeners - a.listeners)}; ` +
    `heap snapshot: V8 compiled code ${kbs(a, b, 'code')}, everything else ${kbs(a, b, 'js')}; ` +
    `distinct \`changing-N\` item ids held ${a.ids} → ${b.ids} (a feed has 30)`;
  row(
    `${REFRESHES} refreshes of ticker + card + related list on a feed that changes every request (1 in 5 fails), vs before (after GC)` +
      (JITLESS ? ' — V8 jitless' : ''),
    `${REFRESHES} more, once V8 has compiled what they run: ${growth(after, steady)}. ` +
      `The first ${REFRESHES} (after 100): ${growth(before, after)} ` +
      `(${(ms / REFRESHES).toFixed(0)} ms/refresh, ${requests} requests in all)`,
  );
}
const lh = R.lighthouse;
for (const [audit, name] of [
  [lh, 'demo home page (`/`)'],
  [R['lighthouse ssr'], 'server-rendered article page (`/ssr/article.html`)'],
]) {
  if (typeof audit === 'string') row(`Lighthouse 12.2.3, ${name} (performance, CLS, TBT, LCP)`, audit);
  else if (audit)
    row(
      `Lighthouse ${audit.version}, ${name}, mobile, simulated throttling: performance / CLS / TBT / LCP ` +
        `(the run with the median score of ${audit.runs.length}; every run's score)`,
      `${Math.round(audit.score * 100)} / ${audit.cls.toFixed(3)} / ${msf(audit.tbt)} / ${msf(audit.lcp)} ` +
        `(${audit.runs.map((run) => Math.round(run.score * 100)).join(', ')})`,
    );
}

const cpu0 = cpus()[0];
console.log(`\n## news-widgets benchmarks\n`);
console.log(
  `${new Date().toISOString().slice(0, 10)} · ${cpu0?.model ?? 'unknown CPU'} · ${cpus().length} cores · ` +
    `Node ${process.version} · ${product.replace(/^(Headless)?Chrome\//, 'Chromium ')} (headless) · ` +
    `${((performance.now() - started) / 1000).toFixed(0)} s\n`,
);
console.log(
  `| Measure | news-widgets | React ${peerVersion('react')} + react-fast-marquee ${peerVersion('react-fast-marquee')} | ` +
    `jQuery ${peerVersion('jquery')} + jquery.marquee ${peerVersion('jquery.marquee')} | bsky-embed ${peerVersion('bsky-embed')} |`,
);
console.log('|---|---|---|---|---|');
for (const r of rows) console.log(`| ${r.map((c) => String(c).replaceAll('|', '\\|')).join(' | ')} |`);
console.log('\nPeer cells: value (peer ÷ ours). Lower is better everywhere but the Lighthouse score.');
for (const audit of [lh, R['lighthouse ssr']])
  if (typeof audit === 'object' && audit.warnings.length)
    console.log(`\nLighthouse warnings: ${audit.warnings.join(' / ')}`);
