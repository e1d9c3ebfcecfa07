// The npm package as a consumer gets it: lint (publint), type resolution (Are The Types Wrong?),
// the packed file list, and a TypeScript consumer compiled against the packed tarball.
// Needs the npm build (`npm run build`: dist/ and custom-elements.json).
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const pkg = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8'));
const TAGS = ['news-ticker', 'article-card', 'related-list'];
const EVENTS = ['news-load', 'news-error', 'news-item-click', 'news-item-impression'];

/** Runs a command in the repository; resolves to { code, output } without throwing. */
async function sh(command, args, options = {}) {
  try {
    const { stdout, stderr } = await run(command, args, { cwd: ROOT, maxBuffer: 64 << 20, ...options });
    return { code: 0, output: stdout + stderr, stdout };
  } catch (error) {
    return { code: error.code ?? 1, output: `${error.stdout ?? ''}${error.stderr ?? ''}`, stdout: error.stdout ?? '' };
  }
}

let packed;
let work;

before(async () => {
  assert.ok(existsSync(join(ROOT, 'dist/index.d.ts')), 'dist/ is missing: run `npm run build` first');
  const { code, stdout, output } = await sh('npm', ['pack', '--dry-run', '--json', '--ignore-scripts']);
  assert.equal(code, 0, output);
  packed = JSON.parse(stdout)[0];
  work = await mkdtemp(join(tmpdir(), 'news-widgets-consumer-'));
});

after(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

test('publint: no errors, warnings or suggestions', async () => {
  const { code, output } = await sh('npx', ['--no-install', 'publint', '--strict']);
  assert.equal(code, 0, output);
  assert.match(output, /All good/);
});

test('Are The Types Wrong (ESM-only profile): every entry point resolves with types', async () => {
  const { code, output } = await sh('npx', ['--no-install', 'attw', '--pack', '.', '--profile', 'esm-only']);
  assert.equal(code, 0, output);
  for (const entry of Object.keys(pkg.exports)) assert.ok(output.includes(`news-widgets${entry.slice(1)}`), entry);
});

test('the tarball holds dist/, bin/, README, custom-elements.json and package.json only', () => {
  const files = packed.files.map((file) => file.path);
  const outside = files.filter(
    (file) =>
      !file.startsWith('dist/') &&
      !file.startsWith('bin/') &&
      !['README.md', 'custom-elements.json', 'package.json'].includes(file),
  );
  assert.deepEqual(outside, []);
  for (const file of [
    'README.md',
    'custom-elements.json',
    'package.json',
    'dist/cdn/news-widgets.js',
    'bin/news-widgets.mjs',
  ])
    assert.ok(files.includes(file), `${file} is packed`);
  assert.deepEqual(
    files.filter((file) => /\.map$|(^|\/)(test|tests|src|stories|demo)\/|\.test\.|\.tsbuildinfo$/.test(file)),
    [],
    'no source maps, tests, sources or build info',
  );
  // Every export target is in the tarball.
  const targets = Object.values(pkg.exports).flatMap((value) =>
    typeof value === 'string' ? [value] : Object.values(value),
  );
  for (const target of targets) assert.ok(files.includes(target.replace(/^\.\//, '')), `${target} is packed`);
});

test('the declarations map the tags and type the events', async () => {
  for (const tag of TAGS) {
    const dts = await readFile(join(ROOT, `dist/elements/${tag}/${tag}.d.ts`), 'utf8');
    assert.match(dts, new RegExp(`interface HTMLElementTagNameMap \\{\\s*'${tag}':`));
  }
  const events = await readFile(join(ROOT, 'dist/events.d.ts'), 'utf8');
  assert.match(events, /interface GlobalEventHandlersEventMap extends NewsEventMap/);
  for (const type of EVENTS) assert.match(events, new RegExp(`'${type}':`));
});

test('a TypeScript consumer of the packed package compiles: tags, events and React props are typed', async () => {
  // Unpack the real tarball into a consumer's node_modules; its dependencies come from ours.
  const { code, stdout, output } = await sh('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', work]);
  assert.equal(code, 0, output);
  const tarball = join(work, JSON.parse(stdout)[0].filename);
  const modules = join(work, 'node_modules');
  await mkdir(join(modules, 'news-widgets'), { recursive: true });
  await run('tar', ['-xzf', tarball, '-C', join(modules, 'news-widgets'), '--strip-components=1']);
  for (const name of await readdir(join(ROOT, 'node_modules'))) {
    if (name === 'news-widgets' || name.startsWith('.')) continue;
    await symlink(join(ROOT, 'node_modules', name), join(modules, name));
  }
  await writeFile(
    join(work, 'consumer.ts'),
    `import 'news-widgets/define';
import { NewsTicker, type NewsFeed } from 'news-widgets';
import { ArticleCard } from 'news-widgets/react';

const ticker: NewsTicker | null = document.querySelector('news-ticker');
const card = document.createElement('article-card');
card.layout = 'full';
const list = document.querySelector('related-list');
list?.setAttribute('for', 'x');
document.addEventListener('news-load', (event) => {
  const feed: NewsFeed = event.detail.feed;
  console.log(feed.items.length, ticker?.paused);
});
card.addEventListener('news-item-click', (event) => console.log(event.detail.item.title, event.detail.index));
card.addEventListener('news-error', (event) => console.log(event.detail.error.message));
// @ts-expect-error: the detail of news-load has no item
document.addEventListener('news-load', (event) => event.detail.item);
// The React wrapper's props: the element's properties and the typed event callbacks.
const props: Parameters<typeof ArticleCard>[0] = {
  src: '/feed.json',
  layout: 'compact',
  onNewsItemClick: (event) => console.log(event.detail.item.id),
};
console.log(props);
`,
  );
  await writeFile(
    join(work, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        target: 'es2022',
        module: 'nodenext',
        moduleResolution: 'nodenext',
        lib: ['es2022', 'dom', 'dom.iterable'],
        strict: true,
        noEmit: true,
        skipLibCheck: true,
        types: [],
      },
      files: ['consumer.ts'],
    }),
  );
  await writeFile(join(work, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  const tsc = await sh(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', work], { cwd: work });
  assert.equal(tsc.code, 0, tsc.output);
});
