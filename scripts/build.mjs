// npm run build: the npm build (tsc → dist/), the script-tag bundles (vite → dist/cdn/),
// and custom-elements.json. Each step fails the build on error.
import { execFileSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';

const run = (cmd, args) => {
  console.log(`\n> ${cmd} ${args.join(' ')}`);
  execFileSync(cmd, args, { stdio: 'inherit', shell: process.platform === 'win32' });
};

rmSync('dist', { recursive: true, force: true });
if (existsSync('lit-localize.json')) run('npx', ['lit-localize', 'build']);
run('npx', ['tsc', '-p', 'tsconfig.build.json']);
run('npx', ['vite', 'build', '--logLevel', 'warn']);
run('npx', ['vite', 'build', '--mode', 'classic', '--logLevel', 'warn']);
run('npm', ['run', '--silent', 'analyze']);
