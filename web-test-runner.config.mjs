// Element tests in real Chromium (see scripts/chrome.mjs for which one).
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { CHROME_ARGS, findChrome, freshProfile } from './scripts/chrome.mjs';
import { feedServer } from './test/server/feed-server.mjs';

const executablePath = await findChrome();

/**
 * `import x from './file.json'` (the story files do it) as a module exporting the parsed JSON.
 * Only module script requests are touched: `fetch('/…json')` still gets the file as it is.
 */
const jsonModules = {
  name: 'json-modules',
  resolveMimeType(context) {
    if (context.path.endsWith('.json') && context.get('sec-fetch-dest') === 'script') return 'js';
  },
  transform(context) {
    if (context.path.endsWith('.json') && context.get('sec-fetch-dest') === 'script')
      return { body: `export default ${context.body};` };
  },
};

export default {
  files: ['test/browser/**/*.test.ts'],
  nodeResolve: true,
  // One page at a time: a background tab reports document.hidden, which pauses motion and timers.
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  testsFinishTimeout: 300000,
  plugins: [jsonModules, esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2022' })],
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
