// Runs without a DOM: the regex fallback of htmlToText (server rendering, workers). text-dom.test.ts runs the DOMParser path.
import { describe, expect, it } from 'vitest';
import { decode, sniffCharset } from '../../../src/feed/parsers/decode.js';
import { htmlToText, httpUrl, summarize, text } from '../../../src/feed/parsers/text.js';
import { parseFeed } from '../../../src/feed/parse.js';

describe('htmlToText without a DOM', () => {
  it('strips tags and scripts, keeps paragraphs apart and decodes common entities', () => {
    expect(
      htmlToText('<p>A &amp; B</p><script>x()</script><p>C&nbsp;&#1587;&#x633;&hellip;&unknown;</p>line<br>two'),
    ).toBe('A & B\n\nC سس&hellip;&unknown;\n\nline\ntwo');
    expect(htmlToText('&#0; &#x110000;')).toBe('\ufffd \ufffd');
  });

  it('leaves text without markup alone but tidies its spaces', () => {
    expect(htmlToText('  a \t b \n\n\n\n c  ')).toBe('a b\n\nc');
    expect(text(' one\n two ')).toBe('one two');
    expect(text(42)).toBe('42');
    expect(text(NaN)).toBe('');
    expect(text({})).toBe('');
  });
});

describe('summarize', () => {
  it('keeps short text and a first paragraph of fair length', () => {
    expect(summarize('short')).toBe('short');
    const first = 'أ'.repeat(150);
    expect(summarize(`${first}\n\n${'ب '.repeat(200)}`)).toBe(first);
  });

  it('cuts long text at a word boundary with an ellipsis, or hard when there is no space', () => {
    const words = 'word, '.repeat(80);
    const cut = summarize(words);
    expect(cut.length).toBeLessThanOrEqual(300);
    expect(cut).toMatch(/word…$/);
    expect(summarize('x'.repeat(400))).toBe(`${'x'.repeat(300)}…`);
  });
});

describe('httpUrl', () => {
  it('keeps http(s) URLs, resolves relative ones, drops other schemes and garbage', () => {
    expect(httpUrl(' https://a.example/x ')).toBe('https://a.example/x');
    expect(httpUrl('../b?q=1', 'https://a.example/x/y')).toBe('https://a.example/b?q=1');
    expect(httpUrl('//cdn.example/i.png', 'http://a.example/')).toBe('http://cdn.example/i.png');
    for (const bad of [
      'javascript:alert(1)',
      'JaVaScRiPt:x',
      'data:text/html,x',
      'mailto:a@b',
      'relative',
      '',
      3,
      null,
    ]) {
      expect(httpUrl(bad)).toBeUndefined();
    }
  });
});

describe('decode', () => {
  const arabic = Uint8Array.of(0xd3, 0xe6, 0xd1, 0xed, 0xc7); // سوريا in windows-1256
  it('uses a BOM first, then the Content-Type charset, then the XML declaration or meta charset, else UTF-8', () => {
    expect(sniffCharset(Uint8Array.of(0xef, 0xbb, 0xbf, 0x41), 'text/xml; charset=windows-1256')).toBe('utf-8');
    expect(decode(Uint8Array.of(0xff, 0xfe, 0x41, 0x00))).toBe('A');
    expect(decode(Uint8Array.of(0xfe, 0xff, 0x00, 0x41))).toBe('A');
    expect(decode(arabic, 'text/plain; charset=windows-1256')).toBe('سوريا');
    const declared = new TextEncoder().encode('<?xml version="1.0" encoding="windows-1256"?>\n<t>');
    expect(decode(Uint8Array.from([...declared, ...arabic]))).toBe(
      '<?xml version="1.0" encoding="windows-1256"?>\n<t>سوريا',
    );
    const meta = new TextEncoder().encode('<html><meta charset="windows-1256"><p>');
    expect(decode(Uint8Array.from([...meta, ...arabic]))).toMatch(/سوريا$/);
    expect(decode(new TextEncoder().encode('سوريا'))).toBe('سوريا');
  });

  it('trusts the document over a Content-Type charset its bytes are not valid in', () => {
    const declared = new TextEncoder().encode('<?xml version="1.0" encoding="windows-1256"?><t>');
    expect(decode(Uint8Array.from([...declared, ...arabic]), 'application/rss+xml; charset=utf-8')).toMatch(
      /<t>سوريا$/,
    );
    expect(decode(Uint8Array.of(0x41, 0xff), 'text/plain; charset=utf-8')).toBe('A\ufffd');
  });

  it('falls back to UTF-8 for an unknown label', () => {
    expect(decode(new TextEncoder().encode('سوريا'), 'application/json; charset=no-such-thing')).toBe('سوريا');
    const bogus = '<?xml version="1.0" encoding="no-such-thing"?><t>سوريا</t>';
    expect(decode(new TextEncoder().encode(bogus))).toBe(bogus);
  });
});

describe('parseFeed without a DOM', () => {
  it('still reads JSON Feeds and reports XML as unsupported instead of throwing', async () => {
    const json = await parseFeed({
      version: 'https://jsonfeed.org/version/1.1',
      items: [{ id: 1, content_html: '<p>x &amp; y</p>' }],
    });
    expect(json.ok && json.feed.items[0]!.contentText).toBe('x & y');
    const xml = await parseFeed('<rss><channel/></rss>');
    expect(!xml.ok && xml.error.kind).toBe('unsupported');
  });
});
