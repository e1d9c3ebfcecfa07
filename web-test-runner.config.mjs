// Element tests in real Chromium (see scripts/chrome.mjs for which one).
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { CHROME_ARGS, findChrome, freshProfile } from './scripts/chrome.mjs';
import { heapSnapshot } from './scripts/lib/heap-snapshot.mjs';
import { feedServer } from './test/server/feed-server.mjs';

const executablePath = await findChrome();

/**
 * `import x from './file.json'` (the story files do it) as a module exporting the parsed JSON.
 * Imports are rewritten to `file.json?module`, so the server (which caches transforms by URL)
 * never hands the module to a `fetch('/…json')`, which still gets the file as it is.
 */
const jsonModules = {
  name: 'json-modules',
  resolveImport({ source }) {
    if (source.endsWith('.json')) return `${source}?module`;
  },
  resolveMimeType(context) {
    if (context.path.endsWith('.json') && 'module' in context.query) return 'js';
  },
  transform(context) {
    if (context.path.endsWith('.json') && 'module' in context.query) return { body: `export default ${context.body};` };
  },
};

/**
 * `executeServerCommand('forced-colors', { active })`: the chrome launcher's emulateMedia drops
 * `forcedColors` (puppeteer only knows prefers-color-scheme/reduced-motion), so send it over CDP.
 */
const forcedColorsCommand = {
  name: 'forced-colors-command',
  async executeCommand({ command, payload, session }) {
    if (command !== 'forced-colors') return undefined;
    const page = session.browser.getPage(session.id);
    const cdp = await page.createCDPSession();
    await cdp.send('Emulation.setEmulatedMedia', {
      features: [{ name: 'forced-colors', value: payload?.active ? 'active' : 'none' }],
    });
    return true;
  },
};

/**
 * `executeServerCommand('heap-snapshot', { pattern })`: a CDP heap snapshot of the page, after GC, as
 * `{ code, js, blink, objects, matches }` (scripts/lib/heap-snapshot.mjs): what leaks.test.ts reads.
 */
const heapSnapshotCommand = {
  name: 'heap-snapshot-command',
  async executeCommand({ command, payload, session }) {
    if (command !== 'heap-snapshot') return undefined;
    const cdp = await session.browser.getPage(session.id).createCDPSession();
    try {
      return await heapSnapshot(cdp, payload ?? {});
    } finally {
      await cdp.detach();
    }
  },
};

export default {
  files: ['test/browser/**/*.test.ts'],
  nodeResolve: true,
  // One page at a time: a background tab reports document.hidden, which pauses motion and timers.
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  // The whole run's limit (each test has its own 10 s): all files take 210-230 s on a quiet 2-core machine
  // and 284 s with one core busy elsewhere, too close to 5 minutes for a slower CI machine; a hang still ends.
  testsFinishTimeout: 900000,
  plugins: [
    jsonModules,
    forcedColorsCommand,
    heapSnapshotCommand,
    esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2022' }),
  ],
  middleware: [feedServer()],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath,
        headless: true,
        args: [...CHROME_ARGS, `--user-data-dir=${freshProfile()}`, '--lang=en-US'],
      },
    }),
  ],
};
