// What every end-to-end check watches on a page: console errors and uncaught exceptions (problems),
// console warnings, and — when asked — Content-Security-Policy violations.

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
