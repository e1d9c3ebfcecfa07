// npm test: every suite, in order — unit (vitest), elements in Chromium (web-test-runner), then the
// script-tag bundles are built and the end-to-end checks (node:test + playwright-core) run on them.
// Fails if any step fails, after running them all.
import { spawnSync } from 'node:child_process';

const steps = [
  ['unit tests (vitest)', 'npx', ['vitest', 'run']],
  ['element tests in Chromium (web-test-runner)', 'npx', ['web-test-runner']],
  ['script-tag bundle (vite)', 'npx', ['vite', 'build', '--logLevel', 'warn']],
  ['classic bundle (vite)', 'npx', ['vite', 'build', '--mode', 'classic', '--logLevel', 'warn']],
  [
    'end-to-end checks and demo checks (node:test + playwright-core)',
    'node',
    ['--test', '--test-concurrency=1', 'test/e2e/', 'demo/'],
  ],
];

const failed = [];
for (const [name, cmd, args] of steps) {
  console.log(`\n=== ${name}: ${cmd} ${args.join(' ')}`);
  const { status } = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, TZ: 'UTC' } });
  if (status !== 0) failed.push(name);
}
if (failed.length) {
  console.error(`\nFailed: ${failed.join('; ')}`);
  process.exit(1);
}
