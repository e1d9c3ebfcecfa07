// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { htmlToText, text } from '../../../src/feed/parsers/text.js';

describe('htmlToText with DOMParser', () => {
  it('decodes every HTML entity and keeps block structure', () => {
    expect(htmlToText('<h2>عنوان</h2><p>&laquo;نص&raquo; &mdash; &hellip;</p><ul><li>أ</li><li>ب</li></ul>')).toBe(
      'عنوان\n\n«نص» — …\n\nأ\n\nب',
    );
  });

  it('never runs or loads anything from the HTML, and drops script and style text', () => {
    let ran = false;
    (globalThis as { pwned?: () => void }).pwned = () => (ran = true);
    expect(htmlToText('<img src=x onerror="pwned()"><script>pwned()</script><style>p{}</style><p>safe</p>')).toBe(
      'safe',
    );
    expect(ran).toBe(false);
  });

  it('turns markup in a title into one line of text', () => {
    expect(text('<b>Breaking</b>:\n<i>news</i> &amp; more')).toBe('Breaking: news & more');
  });
});
