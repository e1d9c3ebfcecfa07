// node bench/ticker-cpu.mjs [--seconds 5]
//
// How much main-thread time a scrolling <news-ticker> costs. Serves a page with the script-tag
// bundle (dist/cdn/news-widgets.js; built with `npx vite build` when missing) and a ticker of 50
// headlines on 127.0.0.1, opens headless Chromium (playwright-core, the browser scripts/chrome.mjs
// finds), and reads the CDP Performance metrics (TaskDuration, ScriptDuration, layout and style
// times) over a few seconds in each state. Prints a markdown table of milliseconds of main-thread
// work per second. The animation is a compositor `transform`, so a running ticker should cost
// about what an empty page costs; a held one (paused, off screen) nothing more.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROME_ARGS, findChrome, freshProfile } from '../scripts/chrome.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SECONDS = Number(process.argv[process.argv.indexOf('--seconds') + 1]) || 5;
const HEADLINES = 50;

/** Newest modification time under `dir`, in ms. */
const newest = (dir) =>
  readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((d) => d.isFile())
    .reduce((max, d) => Math.max(max, statSync(join(d.parentPath, d.name)).mtimeMs), 0);

// dist/cdn when it is newer than src/; otherwise a fresh build in a temporary directory (so the
// shared dist/ is left as it is).
let CDN = join(ROOT, 'dist/cdn');
const bundle = join(CDN, 'news-widgets.js');
if (!existsSync(bundle) || statSync(bundle).mtimeMs < newest(join(ROOT, 'src'))) {
  CDN = mkdtempSync(join(tmpdir(), 'news-widgets-bench-cdn-'));
  console.error(`dist/cdn is missing or older than src/: \`npx vite build --outDir ${CDN}\``);
  const build = spawnSync('npx', ['vite', 'build', '--outDir', CDN, '--emptyOutDir', '--logLevel', 'warn'], {
    cwd: ROOT,
    stdio: 'inherit',
  });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const feed = {
  version: 'https://jsonfeed.org/version/1.1',
  title: 'bench',
  language: 'ar',
  items: Array.from({ length: HEADLINES }, (_, i) => ({
    id: `b${i}`,
    url: `https://news.example/b${i}`,
    title: `خبر رقم ${i}: الأرصاد تحذر من عاصفة ثلجية على المرتفعات الجبلية خلال الساعات القادمة`,
    date_published: new Date(Date.UTC(2024, 11, 26, 9, 51 - i)).toISOString(),
    tags: i % 7 ? [] : ['عاجل'],
    _news: { category: 'محليات', breaking: i % 7 === 0 },
  })),
};

// The ticker chunk, to register it by hand if the bundle did not (see `registered` below).
const chunk = readdirSync(join(CDN, 'chunks')).find((f) => /^news-ticker-.*\.js$/.test(f));

const page = (body) => `<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8">
<script type="module" src="/cdn/news-widgets.js"></script></head>
<body style="margin:0">${body}</body></html>`;

const PAGES = {
  '/blank': page('<p>لا شيء</p>'),
  '/ticker': page(`<news-ticker src="/feed.json" limit="${HEADLINES}"></news-ticker>`),
  '/paused': page(`<news-ticker src="/feed.json" limit="${HEADLINES}" paused></news-ticker>`),
  '/offscreen': page(
    `<div style="block-size:5000px"></div><news-ticker src="/feed.json" limit="${HEADLINES}"></news-ticker>`,
  ),
  '/step': page(`<news-ticker src="/feed.json" limit="${HEADLINES}" mode="step" interval="1"></news-ticker>`),
  '/reduced': page(`<news-ticker src="/feed.json" limit="${HEADLINES}" motion="reduce"></news-ticker>`),
};

const server = createServer((req, res) => {
  const path = new URL(req.url, 'http://x').pathname;
  if (PAGES[path]) return res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(PAGES[path]);
  if (path === '/feed.json')
    return res.writeHead(200, { 'content-type': 'application/feed+json' }).end(JSON.stringify(feed));
  if (path.startsWith('/cdn/')) {
    const file = join(CDN, normalize(path.slice(5)).replace(/^(\.\.[/\\])+/, ''));
    if (existsSync(file) && extname(file) === '.js')
      return res.writeHead(200, { 'content-type': 'text/javascript' }).end(readFileSync(file));
  }
  res.writeHead(404).end();
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

const context = await chromium.launchPersistentContext(freshProfile(), {
  executablePath: await findChrome(),
  headless: true,
  args: CHROME_ARGS,
  viewport: { width: 1280, height: 720 },
});

const METRICS = ['TaskDuration', 'ScriptDuration', 'LayoutDuration', 'RecalcStyleDuration'];
let warned = false;

async function measure(path) {
  const tab = await context.newPage();
  const cdp = await context.newCDPSession(tab);
  await cdp.send('Performance.enable', { timeDomain: 'timeTicks' });
  await tab.goto(origin + path);
  if (path !== '/blank') {
    const registered = await tab
      .waitForFunction(() => customElements.get('news-ticker'), null, { timeout: 3000 })
      .then(() => true)
      .catch(() => false);
    if (!registered) {
      if (!warned) console.error('! the bundle did not register <news-ticker>; registering its chunk by hand');
      warned = true;
      await tab.evaluate(async (src) => {
        const { NewsTicker } = await import(src);
        customElements.define('news-ticker', NewsTicker);
      }, `/cdn/chunks/${chunk}`);
    }
    await tab.waitForFunction(() => document.querySelector('news-ticker')?.shadowRoot?.querySelector('.item'));
  }
  await tab.waitForTimeout(1000); // let loading, fonts and the first frames settle
  const read = async () =>
    Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
  const offset = () =>
    tab.evaluate(() => {
      const track = document.querySelector('news-ticker')?.shadowRoot?.querySelector('.track');
      return track ? new DOMMatrixReadOnly(getComputedStyle(track).transform).m41 : 0;
    });
  const x0 = await offset();
  const a = await read();
  await tab.waitForTimeout(SECONDS * 1000);
  const b = await read();
  const x1 = await offset();
  const elapsed = b.Timestamp - a.Timestamp;
  const perSecond = Object.fromEntries(METRICS.map((k) => [k, ((b[k] - a[k]) / elapsed) * 1000]));
  const animations = await tab.evaluate(() => {
    const root = document.querySelector('news-ticker')?.shadowRoot;
    return root
      ? root
          .getAnimations()
          .map((anim) => anim.playState)
          .join(' ') || 'none'
      : '–';
  });
  await tab.close();
  return { path, perSecond, moved: (x1 - x0) / elapsed, animations };
}

const rows = [];
try {
  for (const path of Object.keys(PAGES)) rows.push(await measure(path));
} finally {
  await context.close();
  server.close();
}

const ms = (v) => v.toFixed(1);
console.log(
  `\nMain-thread time per second, ${SECONDS} s per state, ${HEADLINES} headlines (CDP Performance.getMetrics)\n`,
);
console.log('| page | task ms/s | script ms/s | layout ms/s | style ms/s | track px/s | animations |');
console.log('|---|---:|---:|---:|---:|---:|---|');
for (const { path, perSecond: p, moved, animations } of rows) {
  console.log(
    `| ${path.slice(1)} | ${ms(p.TaskDuration)} | ${ms(p.ScriptDuration)} | ${ms(p.LayoutDuration)} | ${ms(p.RecalcStyleDuration)} | ${moved.toFixed(0)} | ${animations} |`,
  );
}
