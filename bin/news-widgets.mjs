#!/usr/bin/env node
// `npx news-widgets <command> …`: the package's server-side commands. Each lives in its own Node-only
// module under dist/ (never in the browser bundles) and exports `main(args): Promise<number>` (the exit code).
const COMMANDS = {
  render: ['../dist/ssr/cli.js', 'print a widget rendered on the server (HTML with a declarative shadow root)'],
  proxy: ['../dist/proxy/cli.js', 'serve feeds that send no CORS headers as JSON Feed, cacheable by any CDN'],
};

const [command, ...args] = process.argv.slice(2);
if (!command || command === '--help' || command === '-h' || !(command in COMMANDS)) {
  const width = Math.max(...Object.keys(COMMANDS).map((name) => name.length));
  const list = Object.entries(COMMANDS).map(([name, [, what]]) => `  ${name.padEnd(width)}  ${what}`);
  const out = `usage: news-widgets <command> [options]   (news-widgets <command> --help)\n\n${list.join('\n')}\n`;
  if (command && command !== '--help' && command !== '-h') {
    process.stderr.write(`news-widgets: unknown command "${command}"\n\n${out}`);
    process.exit(2);
  }
  process.stdout.write(out);
  process.exit(0);
}
const { main } = await import(new URL(COMMANDS[command][0], import.meta.url).href);
process.exitCode = await main(args);
