// npm test: every suite, in order — unit (vitest), elements in Chromium (web-test-runner), then the whole
// build (`npm run build`: the npm ESM + .d.ts in dist/, the script-tag bundles in dist/cdn/,
// custom-elements.json) and the end-to-end checks (node:test + playwright-core) that use it. Needs nothing
// but `npm install` first. Fails if any step fails, after running them all (the end-to-end checks are
// skipped when the build failed: they would only repeat that failure).
import { spawnSync } from 'node:child_process';

const steps = [
  ['unit tests (vitest)', 'npx', ['vitest', 'run']],
  ['element tests in Chromium (web-test-runner)', 'npx', ['web-test-runner']],
  ['build: dist/, dist/cdn/, custom-elements.json (npm run build)', 'node', ['scripts/build.mjs']],
  [
    'end-to-end checks and demo checks (node:test + playwright-core)',
    'node',
    ['--test', '--test-concurrency=1', 'test/e2e/', 'demo/'],
  ],
];

const failed = [];
for (const [name, cmd, args] of steps) {
  if (name.startsWith('end-to-end') && failed.some((step) => step.startsWith('build'))) {
    failed.push(`${name} (not run: the build failed)`);
    continue;
  }
  console.log(`\n=== ${name}: ${cmd} ${args.join(' ')}`);
  const { status } = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, TZ: 'UTC' } });
  if (status !== 0) failed.push(name);
}
if (failed.length) {
  console.error(`\nFailed: ${failed.join('; ')}`);
  process.exit(1);
}
