// npm test: every suite, in order — unit (vitest), elements in Chromium (web-test-runner), then the whole
// build (`npm run build`: the npm ESM + .d.ts in dist/, the script-tag bundles in dist/cdn/,
// custom-elements.json) and the end-to-end checks (node:test + playwright-core) that use it. Needs nothing
// but `npm install` first. Fails if any step fails, after running them all (the end-to-end checks are
// skipped when the build failed: they would only repeat that failure). A failed step's failing tests are
// printed again at the very end, where a CI log that keeps only its tail still shows them.
import { spawn } from 'node:child_process';

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

/** What marks a failing test in vitest's, web-test-runner's and node:test's reports. */
const FAILURE = /❌|✖|×|\bFAIL\b|^\s*not ok\b|Error:|AssertionError|expected .* to /;
const CONTEXT = 8;
const MAX_LINES = 200;

/** Runs a step, its output passed through as it comes; resolves to its exit status and output. */
function run(cmd, args) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { stdio: ['inherit', 'pipe', 'pipe'], env: { ...process.env, TZ: 'UTC' } });
    const chunks = [];
    for (const [from, to] of [
      [child.stdout, process.stdout],
      [child.stderr, process.stderr],
    ])
      from.on('data', (chunk) => {
        to.write(chunk);
        chunks.push(chunk);
      });
    child.on('close', (status) => resolve({ status, output: Buffer.concat(chunks).toString('utf8') }));
  });
}

/** The lines of a step's output around each failure marker (without terminal colour codes). */
function failures(output) {
  // eslint-disable-next-line no-control-regex
  const lines = output.replace(/\x1b\[[0-9;]*[A-Za-z]/g, '').split(/\r?\n/);
  const keep = new Set();
  lines.forEach((line, i) => {
    if (FAILURE.test(line))
      for (let j = Math.max(0, i - 2); j <= Math.min(lines.length - 1, i + CONTEXT); j++) keep.add(j);
  });
  const picked = [...keep].sort((a, b) => a - b);
  return picked.slice(0, MAX_LINES).map((i, k) => (k && picked[k - 1] !== i - 1 ? `  ⋮\n${lines[i]}` : lines[i]));
}

const failed = [];
for (const [name, cmd, args] of steps) {
  if (name.startsWith('end-to-end') && failed.some(({ name: step }) => step.startsWith('build'))) {
    failed.push({ name: `${name} (not run: the build failed)`, lines: [] });
    continue;
  }
  console.log(`\n=== ${name}: ${cmd} ${args.join(' ')}`);
  const { status, output } = await run(cmd, args);
  if (status !== 0) failed.push({ name, lines: failures(output) });
}
if (failed.length) {
  for (const { name, lines } of failed)
    if (lines.length) console.error(`\n=== what failed in ${name}:\n${lines.join('\n')}`);
  console.error(`\nFailed: ${failed.map(({ name }) => name).join('; ')}`);
  process.exit(1);
}
