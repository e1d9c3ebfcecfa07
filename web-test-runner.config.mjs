// Element tests in real Chromium (see scripts/chrome.mjs for which one).
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { CHROME_ARGS, findChrome, freshProfile } from './scripts/chrome.mjs';
import { feedServer } from './test/server/feed-server.mjs';

const executablePath = await findChrome();

export default {
  files: ['test/browser/**/*.test.ts'],
  nodeResolve: true,
  // One page at a time: a background tab reports document.hidden, which pauses motion and timers.
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  testsFinishTimeout: 300000,
  plugins: [esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2022' })],
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
