// End to end: the server renders what the browser renders. Every element of every story in stories/
// that has data (a feed, or a `src` the demo site serves) is rendered three ways — renderWidget
// (dist/ssr), the news-widgets render CLI, and the script-tag bundle in Chromium — and the two
// shadow roots a reader gets are compared: element names, the attributes that carry meaning (part,
// role, aria-*, dir, lang, id, href…) and the visible text. Needs `npm run build`.
//
// The cases are not a copy of the stories: the story files themselves (with .storybook/preview.ts's
// decorator and initial globals, which put `dir`, `lang` and `theme` around each story) are bundled
// and rendered in a page where the elements are NOT defined, and each element found there is read
// back: tag, attributes, `feed` property, light-DOM children and the nearest `lang` and `dir`. A new
// story is a new case; a story with no element that has data must be listed in NO_DATA below.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, test } from 'node:test';
import * as esbuild from 'esbuild';
import { serveDemo } from '../../demo/serve.mjs';
import { launchChromium } from '../../scripts/lib/browser.mjs';
import { watch } from './helpers.mjs';

/** Stories in which no element has data: loading skeletons and feeds that fail (nothing to render on a server). */
const NO_DATA = [
  'article-card/Loading',
  'article-card/ErrorState',
  'news-ticker/LoadError',
  'news-ticker/Loading',
  'related-list/Loading',
  'related-list/ErrorState',
];
/** Pinned so that server (Node) and client (a Chromium in UTC) write the same dates. */
const TIME_ZONE = 'Asia/Damascus';
const TAGS = 'news-ticker, article-card, related-list';
const PAGE = '/__ssr-parity.html';
const ROOT = fileURLToPath(new URL('../..', import.meta.url));

let demo;
let context;
let tmp;
/** [{ id, stories (ids sharing it), tag, attributes, feed (JSON text), property (given as .feed), feedUrl?, children }] */
let cases;
let renderWidget;

/** The stories and the preview's decorator, with everything from src/ (the elements) left out. */
async function storiesBundle() {
  const entry = `
    import { render } from 'lit';
    import preview from './.storybook/preview.ts';
    import * as articleCard from './stories/article-card.stories.ts';
    import * as newsTicker from './stories/news-ticker.stories.ts';
    import * as relatedList from './stories/related-list.stories.ts';
    window.__stories = { preview, render, files: { 'article-card': articleCard, 'news-ticker': newsTicker, 'related-list': relatedList } };`;
  const stub = (contents) => ({ contents, loader: 'js' });
  const result = await esbuild.build({
    stdin: { contents: entry, resolveDir: ROOT, loader: 'ts' },
    bundle: true,
    format: 'iife',
    platform: 'browser',
    write: false,
    logLevel: 'silent',
    loader: { '.css': 'empty' },
    plugins: [
      {
        name: 'stories-without-elements',
        setup(build) {
          build.onResolve({ filter: /(^|\/)src\/|custom-elements\.json$|^@storybook\// }, (args) => ({
            path: args.path,
            namespace: 'stub',
          }));
          build.onLoad({ filter: /custom-elements\.json$/, namespace: 'stub' }, () => stub('export default {};'));
          build.onLoad({ filter: /^@storybook\//, namespace: 'stub' }, () =>
            stub('export function setCustomElementsManifest() {}'),
          );
          // The elements stay undefined; preview.ts's setLocale does nothing (the client sets no page-wide locale either).
          build.onLoad({ filter: /.*/, namespace: 'stub' }, () => stub('export function setLocale() {}'));
        },
      },
    ],
  });
  return result.outputFiles[0].text;
}

/** Renders each story (decorated as Storybook does) and reads back every element in it. Runs in the page. */
async function readStories(TAGS) {
  const { preview, render, files } = window.__stories;
  const out = [];
  for (const [file, module] of Object.entries(files)) {
    const meta = module.default;
    for (const [name, story] of Object.entries(module)) {
      if (name === 'default' || typeof story !== 'object') continue;
      const args = { ...preview.args, ...meta.args, ...story.args };
      const globals = { ...preview.initialGlobals, ...story.globals };
      const ctx = { args, globals, parameters: {}, id: `${file}--${name}`, name };
      let fn = () => (story.render ?? meta.render)(ctx.args, ctx);
      for (const decorator of [
        ...(story.decorators ?? []),
        ...(meta.decorators ?? []),
        ...(preview.decorators ?? []),
      ]) {
        const inner = fn;
        fn = () => decorator(inner, ctx);
      }
      const root = document.createElement('div');
      document.body.append(root);
      render(fn(), root);
      // The preview's decorator themes the widgets in a microtask, once the story is in.
      await null;
      const elements = [...root.querySelectorAll(TAGS)].map((el) => ({
        tag: el.localName,
        attributes: Object.fromEntries([...el.attributes].map((a) => [a.name, a.value])),
        feed: el.feed === undefined ? undefined : JSON.stringify(el.feed),
        children: el.innerHTML.replace(/<!--[^]*?-->/g, '').trim(),
        lang: el.closest('[lang]')?.getAttribute('lang') ?? undefined,
        dir: el.closest('[dir]')?.getAttribute('dir') ?? undefined,
      }));
      root.remove();
      out.push({ id: `${file}/${name}`, elements });
    }
  }
  return out;
}

/**
 * The element's shadow root as indented lines: element names, the attributes that carry meaning,
 * normalized text. Comments (Lit's markers) and <style> are left out. Runs in the page.
 */
function snapshot({ selector, client, failedImages }) {
  const host = document.querySelector(selector);
  const KEEP =
    /^(part|role|aria-[a-z]+|dir|lang|id|name|slot|hidden|inert|tabindex|title|alt|datetime|href|src|type|open|disabled|colspan|rowspan|scope)$/;
  // The host: every attribute (given, reflected or written by the element, as data-empty).
  const HOST = /^/;
  const attrs = (el, keep) =>
    [...el.attributes]
      .filter((a) => keep.test(a.name))
      .map((a) => {
        let value = a.value;
        if ((a.name === 'href' || a.name === 'src') && value) value = new URL(value, document.baseURI).href;
        return ` ${a.name}=${JSON.stringify(value)}`;
      })
      .sort()
      .join('');
  const failed = new Set(failedImages ?? []);
  const lines = [`<${host.localName}${attrs(host, HOST)}>`];
  const walk = (parent, depth) => {
    let text = '';
    const flush = () => {
      const t = text.replace(/\s+/g, ' ').trim();
      if (t) lines.push(`${'  '.repeat(depth)}${JSON.stringify(t)}`);
      text = '';
    };
    for (const node of parent.childNodes) {
      if (node.nodeType === Node.TEXT_NODE) text += node.data;
      if (node.nodeType !== Node.ELEMENT_NODE) continue;
      const name = node.localName;
      if (name === 'style' || name === 'script') continue;
      // The ticker's second copy of its headlines (for a seamless loop) is added on the client after
      // the first copy has been laid out (it needs a measurement); the server cannot and does not send it.
      if (client && node.matches('.track > ul.copy[aria-hidden="true"]')) continue;
      // An article card's image that fails to load is taken out on the client (its box stays, empty);
      // the server cannot know it will fail. Only images whose request failed in the client are left out.
      if (node.matches('img[part=image]') && failed.has(node.src)) continue;
      flush();
      lines.push(`${'  '.repeat(depth)}<${name}${attrs(node, KEEP)}>`);
      walk(node, depth + 1);
      if (node.shadowRoot) {
        lines.push(`${'  '.repeat(depth + 1)}#shadow-root`);
        walk(node.shadowRoot, depth + 2);
      }
    }
    flush();
  };
  if (!host.shadowRoot) return `${lines[0]} has no shadow root`;
  walk(host.shadowRoot, 1);
  return lines.join('\n');
}

const run = (args) =>
  new Promise((resolve) => {
    const child = spawn(process.execPath, [join(ROOT, 'bin/news-widgets.mjs'), 'render', ...args]);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });

before(async () => {
  ({ renderWidget } = await import('../../dist/ssr/index.js'));
  tmp = await mkdtemp(join(tmpdir(), 'ssr-parity-'));
  demo = await serveDemo({ port: 0, cdnDir: 'dist/cdn' });
  // The reader's zone is not the newsroom's: only the pinned time-zone attribute can make dates agree.
  context = await launchChromium({ timezoneId: 'UTC' });
  // A blank page of the demo site: with the script-tag bundle (client) or without any script (server).
  // The feeds' relative image URLs resolve against their home_page_url (www.syria-news.example,
  // www.levant-wire.example: they do not exist): served from the demo's images, as those sites would.
  await context.route(/^https:\/\/www\.[a-z-]+\.example\//, async (route) => {
    const { pathname, search } = new URL(route.request().url());
    return route.fulfill({ response: await route.fetch({ url: `${demo.url}${pathname}${search}` }) });
  });
  await context.route(`${demo.url}${PAGE}*`, (route) => {
    const bundle = new URL(route.request().url()).searchParams.has('bundle');
    return route.fulfill({
      contentType: 'text/html; charset=utf-8',
      body: `<!doctype html><html><head><meta charset="utf-8"><title>parity</title>${
        bundle ? '<script type="module" src="/cdn/news-widgets.js"></script>' : ''
      }</head><body></body></html>`,
    });
  });
  const page = await context.newPage();
  await page.goto(`${demo.url}${PAGE}`);
  await page.addScriptTag({ content: await storiesBundle() });
  const stories = await page.evaluate(readStories, TAGS);
  await page.close();

  const byKey = new Map();
  const noData = [];
  for (const story of stories) {
    let found = 0;
    for (const el of story.elements) {
      let feed = el.feed;
      // A feed given as a property has no URL of its own (its relative links resolve against its
      // home_page_url); the server is given none either, as the CLI is for a file without --feed-url.
      let feedUrl;
      const src = el.attributes.src;
      if (feed === undefined && src) {
        // What the client will fetch; a feed that fails is an error state, not a case.
        feedUrl = new URL(src, demo.url).href;
        const response = await fetch(feedUrl);
        if (response.ok) feed = await response.text();
      }
      if (feed === undefined) continue;
      found++;
      // The server cannot see the page: lang and dir from around the element become its attributes.
      const attributes = { ...el.attributes };
      if (el.lang !== undefined) attributes.lang ??= el.lang;
      if (el.dir !== undefined) attributes.dir ??= el.dir;
      attributes['time-zone'] = TIME_ZONE;
      const key = JSON.stringify([el.tag, attributes, feed, el.children]);
      const known = byKey.get(key);
      if (known) known.stories.push(story.id);
      else {
        const property = el.feed !== undefined;
        byKey.set(key, {
          stories: [story.id],
          tag: el.tag,
          attributes,
          feed,
          property,
          feedUrl,
          children: el.children,
        });
      }
    }
    if (!found) noData.push(story.id);
  }
  cases = [...byKey.values()].map((c, i) => {
    const sameStory = [...byKey.values()].slice(0, i).filter((o) => o.stories[0] === c.stories[0]).length;
    return { ...c, id: `${c.stories[0]}${sameStory ? ` #${sameStory + 1}` : ''}` };
  });
  cases.noData = noData;
  cases.stories = stories.length;
});

after(async () => {
  await context?.close();
  await demo?.close();
  if (tmp) await rm(tmp, { recursive: true, force: true });
});

test('every story with data is a case; the others are the loading and error states', (t) => {
  t.diagnostic(`${cases.length} cases from ${cases.stories} stories (${NO_DATA.length} without data)`);
  assert.deepEqual([...cases.noData].sort(), [...NO_DATA].sort());
  const covered = new Set(cases.flatMap((c) => c.stories));
  assert.equal(covered.size + NO_DATA.length, cases.stories);
  // What the issue asks the server to render: every layout and mode, ar/en/fa/he, the dark theme.
  const has = (tag, name, value) => cases.some((c) => c.tag === tag && c.attributes[name] === value);
  for (const layout of ['stacked', 'horizontal', 'compact', 'full']) assert.ok(has('article-card', 'layout', layout));
  for (const layout of ['list', 'grid', 'compact']) assert.ok(has('related-list', 'layout', layout), layout);
  for (const mode of ['scroll', 'step']) assert.ok(has('news-ticker', 'mode', mode), mode);
  assert.ok(has('news-ticker', 'motion', 'reduce'));
  for (const lang of ['ar', 'en', 'fa', 'he'])
    assert.ok(
      cases.some((c) => c.attributes.lang === lang),
      lang,
    );
  assert.ok(cases.some((c) => c.attributes.theme === 'dark'));
});

test('renderWidget and the client render the same shadow root for every story element with data', async (t) => {
  const server = await context.newPage();
  await server.goto(`${demo.url}${PAGE}`);
  const client = await context.newPage();
  const { problems } = watch(client);
  const failedImages = [];
  client.on('response', (response) => {
    if (response.request().resourceType() === 'image' && !response.ok()) failedImages.push(response.url());
  });
  client.on('requestfailed', (request) => request.resourceType() === 'image' && failedImages.push(request.url()));
  try {
    for (const c of cases) {
      await t.test(`${c.id} <${c.tag}>`, async () => {
        c.html = await renderWidget(c.tag, c.attributes, c.feed, { url: c.feedUrl });
        const wrapper = { lang: c.attributes.lang, dir: c.attributes.dir };
        const { tag, attributes, feed, property, children } = c;
        const given = { tag, attributes, feed, property, children, wrapper };
        // Server: the HTML parsed where the elements are not defined (the declarative shadow root attaches).
        await server.evaluate(
          ({ html, children, wrapper }) => {
            document.body.setHTMLUnsafe(`<div>${html}</div>`);
            const div = document.body.firstElementChild;
            for (const [name, value] of Object.entries(wrapper)) if (value) div.setAttribute(name, value);
            div.firstElementChild.insertAdjacentHTML('afterbegin', children);
          },
          { ...given, html: c.html },
        );

        // Client: the same element, attributes, children and feed with the script-tag bundle, in a
        // fresh document (the UI locale and landmark names are page-wide), after news-load.
        problems.length = failedImages.length = 0;
        await client.goto(`${demo.url}${PAGE}?bundle`);
        await client.evaluate(async ({ tag, attributes, feed, property, children, wrapper }) => {
          const div = document.createElement('div');
          for (const [name, value] of Object.entries(wrapper)) if (value) div.setAttribute(name, value);
          const el = document.createElement(tag);
          for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
          if (property) el.feed = JSON.parse(feed);
          el.innerHTML = children;
          const loaded = new Promise((resolve, reject) => {
            el.addEventListener('news-load', resolve, { once: true });
            el.addEventListener('news-error', (e) => reject(new Error(String(e.detail?.error))), { once: true });
            setTimeout(() => reject(new Error('no news-load in 10 s')), 10000);
          });
          div.append(el);
          document.body.append(div);
          await loaded;
          await el.updateComplete;
          // Images loaded or failed (a failed article image is taken out), for at most 3 s.
          const images = () => [...el.shadowRoot.querySelectorAll('img')];
          for (let waited = 0; waited < 3000 && !images().every((img) => img.complete); waited += 50)
            await new Promise((resolve) => setTimeout(resolve, 50));
          // One frame and a task after it: the shared read phase and the work after first paint are done.
          await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50)));
          await el.updateComplete;
        }, given);
        const failed = [...failedImages];
        const fromClient = await client.evaluate(snapshot, { selector: c.tag, client: true, failedImages: failed });
        const fromServer = await server.evaluate(snapshot, { selector: c.tag, client: false, failedImages: failed });
        // Not two skeletons or two error boxes: the client shows the feed's state.
        assert.doesNotMatch(fromClient, /part="(skeleton|error)"/);
        assert.equal(fromServer, fromClient, `server (actual) vs client (expected) for ${c.stories.join(', ')}`);
        // The story with a broken image logs its 404, as any page would.
        const loadErrors = failed.length ? /^Failed to load resource/ : /^$/;
        assert.deepEqual(
          problems.filter((problem) => !loadErrors.test(problem)),
          [],
        );
      });
    }
  } finally {
    await server.close();
    await client.close();
  }
});

/**
 * The CLI for a representative subset (a Node start-up each): the first case of each element in each
 * language, and every case whose attribute values hold spaces, quotes, commas or non-ASCII text.
 */
function cliCases() {
  const seen = new Set();
  return cases.filter((c) => {
    const first = `${c.tag} ${c.attributes.lang}`;
    const awkward = Object.values(c.attributes).some((value) => /[\s'",]|[^\x20-\x7e]/.test(value));
    if (seen.has(first) && !awkward) return false;
    seen.add(first);
    return true;
  });
}

test('the CLI prints byte for byte what renderWidget renders', async (t) => {
  assert.ok(
    cases.every((c) => c.html),
    'every case was rendered by renderWidget',
  );
  const todo = cliCases();
  t.diagnostic(`${todo.length} of ${cases.length} cases through the CLI`);
  let next = 0;
  const worker = async () => {
    while (next < todo.length) {
      const i = next++;
      const c = todo[i];
      const file = join(tmp, `${i}.json`);
      await writeFile(file, c.feed);
      const args = [c.tag, '--feed', file, ...(c.feedUrl ? ['--feed-url', c.feedUrl] : [])];
      for (const [name, value] of Object.entries(c.attributes)) args.push('--attr', `${name}=${value}`);
      const { code, stdout, stderr } = await run(args);
      assert.equal(code, 0, `${c.id}: ${stderr}`);
      assert.equal(stdout, c.html + '\n', c.id);
    }
  };
  // Two at a time (the machine has two cores).
  await Promise.all([worker(), worker()]);
});
