import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TARGET_LOCALES } from '../../../src/i18n/language.js';
import { byAuthors } from '../../../src/i18n/article-messages.js';
import { breaking, errorMessage, relatedArticles } from '../../../src/i18n/messages.js';

const modules: Record<string, () => Promise<{ templates: Record<string, unknown> }>> = {
  en: () => import('../../../src/generated/locales/en.js'),
  fa: () => import('../../../src/generated/locales/fa.js'),
  ur: () => import('../../../src/generated/locales/ur.js'),
  he: () => import('../../../src/generated/locales/he.js'),
  fr: () => import('../../../src/generated/locales/fr.js'),
};

/** Every `msg(` call in src with its explicit id (null when it has none). */
function sourceMessages(dir = 'src'): { file: string; line: number; id: string | null }[] {
  const found: { file: string; line: number; id: string | null }[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      if (name !== 'generated') found.push(...sourceMessages(path));
      continue;
    }
    if (!name.endsWith('.ts')) continue;
    const text = readFileSync(path, 'utf8');
    for (const match of text.matchAll(/\bmsg\(/g)) {
      // The options object follows the template; look ahead to the call's `{ id: '…' }`.
      const rest = text.slice(match.index, match.index + 400);
      const id = /\{\s*id:\s*(['"])([^'"]+)\1/.exec(rest)?.[2] ?? null;
      found.push({ file: path, line: text.slice(0, match.index).split('\n').length, id });
    }
  }
  return found;
}

function xliffTargets(locale: string): Map<string, string> {
  const xml = readFileSync(`xliff/${locale}.xlf`, 'utf8');
  const units = new Map<string, string>();
  for (const [, id, body] of xml.matchAll(/<trans-unit id="([^"]+)">([\s\S]*?)<\/trans-unit>/g)) {
    const target = /<target>([\s\S]*?)<\/target>/.exec(body)?.[1] ?? '';
    units.set(id, target.trim());
  }
  return units;
}

describe('translations', () => {
  const messages = sourceMessages().filter((m) => !m.file.endsWith('.d.ts'));
  const ids = [...new Set(messages.map((m) => m.id).filter((id): id is string => !!id))];

  it('every msg() call has an explicit, stable id', () => {
    const anonymous = messages.filter((m) => !m.id).map((m) => `${m.file}:${m.line}`);
    expect(anonymous, 'msg() without { id }').toEqual([]);
    expect(ids.length).toBeGreaterThanOrEqual(30);
  });

  for (const locale of TARGET_LOCALES) {
    it(`${locale}: the XLIFF has a non-empty target for every id used in src`, () => {
      const targets = xliffTargets(locale);
      const missing = ids.filter((id) => !targets.has(id));
      const empty = [...targets].filter(([, target]) => !target).map(([id]) => id);
      expect(missing, `missing from xliff/${locale}.xlf (run npx lit-localize extract, then translate)`).toEqual([]);
      expect(empty, `empty <target> in xliff/${locale}.xlf`).toEqual([]);
    });

    it(`${locale}: the generated module has every id, translated (run npx lit-localize build)`, async () => {
      const { templates } = await modules[locale]();
      const missing = ids.filter((id) => !templates[id]);
      expect(missing, `missing from src/generated/locales/${locale}.js`).toEqual([]);
    });
  }

  it('every locale has a module', () => {
    expect(Object.keys(modules).sort()).toEqual([...TARGET_LOCALES].sort());
  });

  it('the source strings are the Arabic ones the product shows, with no locale module', () => {
    expect(breaking()).toBe('عاجل');
    expect(relatedArticles()).toBe('مقالات ذات صلة');
    expect(errorMessage({ kind: 'http', status: 503 })).toBe('ردّ خادم الأخبار بالخطأ 503.');
    expect(byAuthors('x').strings.join('|')).toBe('بقلم |');
  });

  it('English is a complete translation with the wording the English UI had', async () => {
    const { templates } = await modules.en();
    expect(templates['str.breaking']).toBe('Breaking');
    expect(templates['str.related-articles']).toBe('Related articles');
    expect(templates['str.load-error']).toBe("Couldn't load the news");
    expect(ids.filter((id) => !templates[id])).toEqual([]);
  });

  it('no generated module is left for the source locale', () => {
    expect(() => statSync('src/generated/locales/ar.ts')).toThrow();
  });
});
