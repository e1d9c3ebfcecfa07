// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

type Rules = { createHTML(s: string): string; createScriptURL(s: string): string };

/** A stand-in for `window.trustedTypes` that records policies and what passed through them. */
function fakeTrustedTypes(options: { taken?: string[] } = {}) {
  const created: string[] = [];
  const passed: string[] = [];
  return {
    created,
    passed,
    createPolicy(name: string, rules: Rules) {
      if (options.taken?.includes(name)) throw new TypeError(`Policy ${name} already exists`);
      created.push(name);
      return {
        createHTML: (s: string) => (passed.push(s), rules.createHTML(s)),
        createScriptURL: rules.createScriptURL,
      };
    },
  };
}

describe('Trusted Types policy', () => {
  beforeEach(() => vi.resetModules());
  afterEach(() => {
    delete (window as { trustedTypes?: unknown }).trustedTypes;
  });

  it('creates one `news-widgets` policy, lazily, and parses through it', async () => {
    const tt = fakeTrustedTypes();
    (window as { trustedTypes?: unknown }).trustedTypes = tt;
    const { sanitizeHtml } = await import('../../../src/sanitize/sanitize.js');
    expect(tt.created, 'nothing before the first call').toEqual([]);
    await sanitizeHtml('<p>أ</p>');
    await sanitizeHtml('<p>ب</p>');
    expect(tt.created).toEqual(['news-widgets']);
    expect(tt.passed).toContain('<p>ب</p>');
  });

  it('falls back to DOMPurify’s own policy when the name is taken, and still sanitizes', async () => {
    const tt = fakeTrustedTypes({ taken: ['news-widgets'] });
    (window as { trustedTypes?: unknown }).trustedTypes = tt;
    const { sanitizeHtml } = await import('../../../src/sanitize/sanitize.js');
    const { htmlPolicy } = await import('../../../src/sanitize/policy.js');
    const fragment = await sanitizeHtml('<p onclick="x()">ج</p>');
    expect(htmlPolicy()).toBeUndefined();
    expect(tt.created).toEqual(['dompurify']);
    const box = document.createElement('div');
    box.append(fragment);
    expect(box.innerHTML).toBe('<p>ج</p>');
  });

  it('creates no policy where Trusted Types do not exist', async () => {
    const { htmlPolicy } = await import('../../../src/sanitize/policy.js');
    expect(htmlPolicy()).toBeUndefined();
  });
});
