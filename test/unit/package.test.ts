import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { VERSION } from '../../src/version.js';

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
  version: string;
  sideEffects: string[];
  exports: Record<string, string | { default: string }>;
};

describe('package', () => {
  it('exposes the version of package.json at run time', () => {
    expect(VERSION).toBe(pkg.version);
  });

  it('marks only registering modules as having side effects', () => {
    const registering = Object.entries(pkg.exports)
      // `./hydrate` patches LitElement (hydration support for server-rendered elements).
      .filter(([key]) => key === './define' || key === './react' || key === './hydrate' || key.endsWith('/define'))
      .map(([, value]) => (typeof value === 'string' ? value : value.default));
    const pure = Object.entries(pkg.exports)
      .filter(
        ([key]) =>
          key === '.' || (/^\.\/[a-z-]+$/.test(key) && key !== './define' && key !== './react' && key !== './hydrate'),
      )
      .map(([, value]) => (typeof value === 'string' ? value : value.default));
    const matches = (file: string) =>
      pkg.sideEffects.some((pattern) =>
        new RegExp(`^${pattern.replace(/[.]/g, '\\.').replace(/\*/g, '[^/]*')}$`).test(file),
      );
    for (const file of registering) expect(matches(file), file).toBe(true);
    for (const file of pure) expect(matches(file), file).toBe(false);
  });
});
