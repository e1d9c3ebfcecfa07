import { describe, expect, it } from 'vitest';
import { isAllowedHost, isPrivateAddress } from '../../../src/proxy/addresses.js';
import { guardedFetch } from '../../../src/proxy/node.js';
import { rss, startUpstream } from './upstream.js';

describe('isPrivateAddress', () => {
  it.each([
    '127.0.0.1',
    '127.8.9.10',
    '10.1.2.3',
    '172.16.0.1',
    '172.31.255.255',
    '192.168.1.1',
    '169.254.169.254',
    '100.64.0.1',
    '0.0.0.0',
    '224.0.0.1',
    '::1',
    '[::1]',
    '::',
    'fe80::1%eth0',
    'fd00::1',
    'fc12:3456::1',
    '::ffff:127.0.0.1',
    '[::ffff:7f00:1]',
    '::ffff:a9fe:a9fe',
    '64:ff9b::10.0.0.1',
  ])('%s is private', (ip) => expect(isPrivateAddress(ip)).toBe(true));

  it.each([
    '8.8.8.8',
    '172.32.0.1',
    '192.169.1.1',
    '100.128.0.1',
    '2606:4700::1111',
    '::ffff:8.8.8.8',
    '[2001:db8::1]',
  ])('%s is public', (ip) => expect(isPrivateAddress(ip)).toBe(false));

  it('is undefined for names', () => {
    expect(isPrivateAddress('news.example')).toBeUndefined();
    expect(isPrivateAddress('1.2.3')).toBeUndefined();
  });
});

describe('isAllowedHost', () => {
  const allow = ['news.example', 'feeds.example:8443', '[2001:db8::1]:8080'];
  it.each([
    ['https://news.example/feed', true],
    ['http://NEWS.example/feed', true],
    ['https://news.example:443/feed', true],
    ['https://news.example:8443/feed', false],
    ['https://feeds.example:8443/feed', true],
    ['https://feeds.example/feed', false],
    ['https://sub.news.example/feed', false],
    ['https://news.example.evil/feed', false],
    ['http://[2001:db8::1]:8080/feed', true],
  ])('%s → %s', (url, allowed) => expect(isAllowedHost(new URL(url), allow)).toBe(allowed));
});

describe('guardedFetch (Node): the resolved address is checked', () => {
  it('refuses a name that resolves to loopback, and never connects', async () => {
    const up = await startUpstream(rss('<rss/>'));
    try {
      const port = up.host.split(':')[1];
      await expect(guardedFetch(false)(`http://localhost:${port}/feed.rss`, {})).rejects.toMatchObject({
        kind: 'private-address',
        status: 403,
      });
      await expect(guardedFetch(false)(`${up.origin}/feed.rss`, {})).rejects.toMatchObject({ kind: 'private-address' });
      expect(up.requests).toHaveLength(0);
      const allowed = await guardedFetch(true)(`http://localhost:${port}/feed.rss`, {});
      expect(allowed.status).toBe(200);
      expect(await allowed.text()).toBe('<rss/>');
      expect(up.requests).toHaveLength(1);
    } finally {
      await up.close();
    }
  });
});
