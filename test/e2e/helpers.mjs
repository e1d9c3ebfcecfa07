// What every end-to-end check watches on a page: console errors and uncaught exceptions (problems),
// console warnings, and — when asked — Content-Security-Policy violations; and the demo site and
// browser most files start.
import { after, before } from 'node:test';
import { serveDemo } from '../../demo/serve.mjs';
import { launchChromium } from '../../scripts/lib/browser.mjs';

/** Starts recording a page's problems and warnings; call before navigating. */
export function watch(page, { failedRequests = false } = {}) {
  const problems = [];
  const warnings = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
    if (message.type() === 'warning') warnings.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(String(error)));
  if (failedRequests) {
    page.on('requestfailed', (request) => problems.push(`${request.url()}: ${request.failure()?.errorText}`));
  }
  return { problems, warnings };
}

/** Records `securitypolicyviolation` events from the first script on; read them with `violations(page)`. */
export const recordViolations = (page) =>
  page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (event) =>
      window.__violations.push(`${event.violatedDirective} ${event.blockedURI} ${event.sample}`),
    );
  });

export const violations = (page) => page.evaluate(() => window.__violations);

/**
 * The demo site (with the built bundle at /cdn/) and a Chromium context, started before the file's
 * tests and closed after them: `const env = demoAndBrowser(); … env.context.newPage() … env.demo.url`.
 */
export function demoAndBrowser({ headers } = {}) {
  const env = { demo: undefined, context: undefined };
  before(async () => {
    env.demo = await serveDemo({ port: 0, cdnDir: 'dist/cdn', headers });
    env.context = await launchChromium();
  });
  after(async () => {
    await env.context?.close();
    await env.demo?.close();
  });
  return env;
}

/** Runs `use(page, context)` in a new Chromium launched with `options`, and closes it whatever happens. */
export async function inBrowser(options, use) {
  const context = await launchChromium(options);
  try {
    return await use(await context.newPage(), context);
  } finally {
    await context.close();
  }
}
