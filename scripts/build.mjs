// npm run build: the npm build (tsc → dist/), the script-tag bundles (vite → dist/cdn/),
// and custom-elements.json. Each step fails the build on error.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { minifyTemplates } from './minify-literals.mjs';

const run = (cmd, args) => {
  console.log(`\n> ${cmd} ${args.join(' ')}`);
  execFileSync(cmd, args, { stdio: 'inherit', shell: process.platform === 'win32' });
};

rmSync('dist', { recursive: true, force: true });
if (existsSync('lit-localize.json')) run('npx', ['lit-localize', 'build']);
run('npx', ['tsc', '-p', 'tsconfig.build.json']);
// The npm build's html``/css`` templates collapsed exactly as the bundles' are (minifyLiterals): an
// element hydrates server-rendered HTML (news-widgets/ssr, which renders from dist/) only when its
// template strings are the server's, byte for byte: Lit compares digests of them.
for (const file of readdirSync('dist', { recursive: true })) {
  if (!file.endsWith('.js')) continue;
  const path = `dist/${file}`;
  const out = minifyTemplates(readFileSync(path, 'utf8'), path);
  if (out) writeFileSync(path, out);
}
run('npx', ['vite', 'build', '--logLevel', 'warn']);
run('npx', ['vite', 'build', '--mode', 'classic', '--logLevel', 'warn']);
run('npm', ['run', '--silent', 'analyze']);
