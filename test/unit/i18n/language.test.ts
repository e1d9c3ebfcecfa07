import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SOURCE_LOCALE, TARGET_LOCALES, langDir, normalizeLang, uiLocaleFor } from '../../../src/i18n/language.js';

describe('langDir', () => {
  it('is RTL for Arabic-script and Hebrew-script languages, whatever the region', () => {
    for (const lang of ['ar', 'ar-SY', 'AR_eg', 'fa-IR', 'ur', 'he', 'iw', 'ps', 'ckb', 'yi', 'dv', 'sd', 'ug'])
      expect(langDir(lang), lang).toBe('rtl');
  });

  it('is LTR for the others, for a Latin-script variant and for garbage', () => {
    for (const lang of ['en', 'fr-FR', 'de', 'tr', 'az-Latn', 'ug-Cyrl', 'uz', '', 'x!', undefined, 42])
      expect(langDir(lang), String(lang)).toBe('ltr');
  });

  it('follows an explicit Arabic script subtag', () => {
    expect(langDir('pa-Arab')).toBe('rtl');
    expect(langDir('az-Arab-IR')).toBe('rtl');
  });
});

describe('uiLocaleFor', () => {
  it('maps a language with region to the locale of its strings', () => {
    expect(uiLocaleFor('ar-SY')).toBe('ar');
    expect(uiLocaleFor('AR')).toBe('ar');
    expect(uiLocaleFor('en-US')).toBe('en');
    expect(uiLocaleFor('fa_IR')).toBe('fa');
    expect(uiLocaleFor('he-IL')).toBe('he');
    expect(uiLocaleFor('iw')).toBe('he');
    expect(uiLocaleFor('fr-CA')).toBe('fr');
    expect(uiLocaleFor('ur-PK')).toBe('ur');
  });

  it('falls back to English (not the Arabic source) for languages without strings', () => {
    expect(uiLocaleFor('de')).toBe('en');
    expect(uiLocaleFor('ja-JP')).toBe('en');
    expect(uiLocaleFor('tr')).toBe('en');
    expect(uiLocaleFor('en-GB')).toBe('en');
    expect(uiLocaleFor('')).toBe('en');
    expect(uiLocaleFor(null)).toBe('en');
  });

  it('knows the same locales as lit-localize.json: Arabic is the source, English a target', () => {
    const config = JSON.parse(readFileSync('lit-localize.json', 'utf8')) as {
      sourceLocale: string;
      targetLocales: string[];
    };
    expect(SOURCE_LOCALE).toBe('ar');
    expect(config.sourceLocale).toBe(SOURCE_LOCALE);
    expect(TARGET_LOCALES).toContain('en');
    expect([...TARGET_LOCALES].sort()).toEqual([...config.targetLocales].sort());
  });

  it('normalizes tags', () => {
    expect(normalizeLang(' ar_SY ')).toBe('ar-sy');
  });
});

describe('canonicalLang', () => {
  it('canonicalizes valid tags and rejects the rest', async () => {
    const { canonicalLang } = await import('../../../src/i18n/language.js');
    expect(canonicalLang('ar_sy')).toBe('ar-SY');
    expect(canonicalLang(' fa-ir ')).toBe('fa-IR');
    expect(canonicalLang('x!')).toBeUndefined();
    expect(canonicalLang('')).toBeUndefined();
    expect(canonicalLang(undefined)).toBeUndefined();
  });
});
