// The server's sanitizer (src/ssr/sanitize.ts): nothing that runs, loads from a bad scheme, styles or
// names survives any hostile payload; news bodies keep their structure, with the browser sanitizer's
// rel/target, image and table treatment.
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { PAYLOADS } from '../../security/payloads.js';
import { sanitizeToMarkup } from '../../../src/ssr/sanitize.js';
import { ALLOWED_ATTR, ALLOWED_TAGS } from '../../../src/sanitize/config.js';

const KEPT_BY_US = [
  'rel',
  'target',
  'loading',
  'decoding',
  'referrerpolicy',
  'class',
  'role',
  'tabindex',
  'aria-label',
];

/** The markup as a browser reads it inside a declarative shadow root's template. */
function read(markup: string): Element[] {
  const doc = new new JSDOM('').window.DOMParser().parseFromString(`<template>${markup}</template>`, 'text/html');
  return [...doc.querySelector('template')!.content.querySelectorAll('*')];
}

describe('sanitizeToMarkup', () => {
  it.each(PAYLOADS.map((p, i) => [i, p]))('leaves nothing that runs: payload %i', (_, payload) => {
    for (const options of [{}, { baseUrl: 'https://news.example/a/', linkTarget: '_blank' as const }]) {
      const out = sanitizeToMarkup(payload, options);
      for (const el of read(out)) {
        expect(ALLOWED_TAGS.includes(el.localName) || el.matches('div.table-scroll'), el.outerHTML).toBe(true);
        for (const { name, value } of el.attributes) {
          expect([...ALLOWED_ATTR, ...KEPT_BY_US], `${name} on ${el.localName}`).toContain(name);
          if (['href', 'src', 'cite'].includes(name)) expect(value).toMatch(/^(https?:|mailto:)/);
          if (name === 'srcset') for (const c of value.split(/,\s+/)) expect(c).toMatch(/^https?:/);
        }
      }
      expect(out).not.toMatch(/<(script|iframe|object|embed|svg|math|style|template|form|base|meta)\b/i);
    }
  });

  it('keeps a news body: paragraphs, quotes, links (rel, target), images (lazy, no referrer), tables in a scroll box', () => {
    const out = sanitizeToMarkup(
      '<p class="x" style="color:red" id="p1">نص <a href="/a" onclick="x()">رابط</a></p>' +
        '<blockquote cite="javascript:x"><p>"اقتباس"</p></blockquote><!-- comment -->' +
        '<img src="/i.png" srcset="/i.png 1x, javascript:x 2x" onerror="x()" alt="صورة">' +
        '<table><caption>الأسعار</caption><tr><td colspan="2">1</td></tr></table>' +
        '<iframe src="https://video.example/v"></iframe><video><source src="javascript:x"></video>',
      { baseUrl: 'https://news.example/n/', linkTarget: '_blank', labels: { video: '▶ Video' } },
    );
    expect(out).toBe(
      '<p>نص <a href="https://news.example/a" rel="noopener noreferrer" target="_blank">رابط</a></p>' +
        '<blockquote><p>"اقتباس"</p></blockquote>' +
        '<img src="https://news.example/i.png" srcset="https://news.example/i.png 1x" alt="صورة" loading="lazy" decoding="async" referrerpolicy="no-referrer">' +
        '<div class="table-scroll" role="region" tabindex="0" aria-label="الأسعار"><table><caption>الأسعار</caption><tbody><tr><td colspan="2">1</td></tr></tbody></table></div>' +
        '<a href="https://video.example/v" rel="noopener noreferrer" target="_blank">▶ Video</a>',
    );
  });

  it('escapes text that looks like markup, and drops relative URLs when there is no base', () => {
    expect(sanitizeToMarkup('&lt;script&gt;x&lt;/script&gt; <a href="/a">a</a> <img src="i.png">')).toBe(
      '&lt;script&gt;x&lt;/script&gt; <a>a</a> ',
    );
  });
});
