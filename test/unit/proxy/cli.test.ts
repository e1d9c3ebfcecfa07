// `news-widgets proxy …` in process: arguments, the listening line, one log line per upstream fetch.
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../../src/proxy/cli.js';
import { rss, startUpstream } from './upstream.js';

const output = () => {
  const lines: string[] = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => (lines.push(String(chunk)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => (lines.push(String(chunk)), true));
  return lines;
};

afterEach(() => vi.restoreAllMocks());

describe('news-widgets proxy', () => {
  it('prints its usage for --help, and exits 2 without --allow or with a bad number', async () => {
    const lines = output();
    expect(await main(['--help'])).toBe(0);
    expect(lines.join('')).toMatch(/--allow host\[:port\]/);
    expect(await main([])).toBe(2);
    expect(lines.join('')).toMatch(/--allow is required/);
    expect(await main(['--allow', 'a.example', '--port', 'x'])).toBe(2);
    expect(await main(['--allow', 'a.example', '--bogus'])).toBe(2);
  });

  it('serves feeds of the allowed hosts, logs each upstream fetch, and stops on SIGINT', async () => {
    const up = await startUpstream(rss(readFileSync('test/fixtures/seed.rss')));
    const lines = output();
    const exit = main(['--port', '0', '--allow', up.host, '--allow-private']);
    await vi.waitFor(() => expect(lines.join('')).toMatch(/listening on http:\/\/127\.0\.0\.1:\d+\//), {
      timeout: 5000,
    });
    const base = /listening on (\S+)/.exec(lines.join(''))![1]!;
    const url = `${up.origin}/feed.rss`;
    const response = await fetch(`${base}?url=${encodeURIComponent(url)}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    await fetch(`${base}?url=${encodeURIComponent(url)}`);
    const logged = lines.filter((line) => line.includes(' upstream '));
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatch(new RegExp(`upstream 200 ${url.replace(/[.]/g, '\\.')} \\d+ B \\d+ ms`));
    process.emit('SIGINT');
    expect(await exit).toBe(0);
    await up.close();
  });
});
