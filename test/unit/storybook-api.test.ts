/**
 * Storybook's Docs tables and controls show the public API only. They come from custom-elements.json
 * (Storybook's `extractArgTypes` reads it), so the manifest is generated here exactly as `npm run analyze`
 * does (same config, nothing written), and every private or protected member declared in the elements'
 * TypeScript sources must be absent from it and from the properties and attributes Storybook derives.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const TAGS = ['news-ticker', 'article-card', 'related-list'] as const;
const SOURCES = [...TAGS.map((tag) => `src/elements/${tag}/${tag}.component.ts`), 'src/elements/base/news-element.ts'];

type Manifest = {
  modules: { declarations?: { name: string; tagName?: string; members?: { name: string; privacy?: string }[] }[] }[];
};

/** Names of the members a class in `file` declares `private`, `protected` or `#private`. */
function hiddenMembers(file: string): Set<string> {
  const source = ts.createSourceFile(file, readFileSync(`${ROOT}${file}`, 'utf8'), ts.ScriptTarget.ES2022, true);
  const hidden = new Set<string>();
  const visit = (node: ts.Node) => {
    if (ts.isClassDeclaration(node)) {
      for (const member of node.members) {
        if (!member.name) continue;
        const flags = ts.getCombinedModifierFlags(member as ts.Declaration);
        const name = member.name.getText(source);
        if (flags & (ts.ModifierFlags.Private | ts.ModifierFlags.Protected) || name.startsWith('#')) hidden.add(name);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return hidden;
}

const HIDDEN = new Set(SOURCES.flatMap((file) => [...hiddenMembers(file)]));
let manifest: Manifest;
let argTypes: (tag: string) => Record<string, unknown>;

beforeAll(async () => {
  // @ts-expect-error: the analyzer's CLI module has no types; `cli` is its documented programmatic entry.
  const { cli } = await import('@custom-elements-manifest/analyzer/cli.js');
  manifest = (await cli({ argv: ['analyze', '--quiet'], cwd: ROOT, noWrite: true })) as Manifest;
  // Storybook's web-components docs run in a browser; they only need `window` to exist.
  (globalThis as { window?: unknown }).window ??= globalThis;
  const { setCustomElementsManifest } = await import('@storybook/web-components-vite');
  // @ts-expect-error: an entry of Storybook's preset, without declarations.
  const { parameters } = await import('@storybook/web-components/entry-preview-argtypes');
  setCustomElementsManifest(manifest);
  argTypes = (tag) => parameters.docs.extractArgTypes(tag) as Record<string, unknown>;
}, 60_000);

describe('Storybook shows the public API only', () => {
  it('the sources do declare private and protected members (the check below has something to find)', () => {
    for (const name of ['mover', 'impressions', 'items', 'index', 'current', 'body', 'pick', 'data', 'i18n'])
      expect(HIDDEN, name).toContain(name);
  });

  it('custom-elements.json lists no private or protected member', () => {
    const declarations = manifest.modules.flatMap((module) => module.declarations ?? []);
    expect(declarations.map((d) => d.tagName).filter(Boolean)).toEqual(expect.arrayContaining([...TAGS]));
    for (const declaration of declarations) {
      const leaked = (declaration.members ?? []).filter(
        (member) => HIDDEN.has(member.name) || (member.privacy && member.privacy !== 'public'),
      );
      expect(
        leaked.map((m) => m.name),
        declaration.name,
      ).toEqual([]);
    }
  });

  for (const tag of TAGS) {
    it(`<${tag}>: the Docs table and controls hold the public API and nothing private`, () => {
      const types = argTypes(tag) as Record<string, { table?: { category?: string } }>;
      const names = Object.keys(types);
      // A part or an event may share a name with a private method (`link`, `list`): only members count.
      const members = names.filter((name) => ['properties', 'attributes'].includes(types[name].table?.category ?? ''));
      expect(members.filter((name) => HIDDEN.has(name))).toEqual([]);
      // Still there: attributes and public properties, events, parts, CSS custom properties.
      expect(names).toEqual(expect.arrayContaining(['src', 'theme', 'feed', 'news-load', 'news-error']));
      expect(names.some((name) => name.startsWith('--'))).toBe(true);
    });
  }
});
