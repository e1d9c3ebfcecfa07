import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * RTL-first guard: CSS in src (every css`…` block) uses logical properties only. Physical ones put
 * margins, borders and alignment on the wrong side in Arabic.
 */
const PHYSICAL = [
  /(?<![\w-])(margin|padding|border|inset|scroll-margin|scroll-padding)-(left|right)\b/,
  /(?<![\w-])border-(top|bottom)-(left|right)-radius\b/,
  /(?<![\w-])(left|right)\s*:/,
  /(?<![\w-])(text-align|float|clear)\s*:\s*(left|right)\b/,
  /(?<![\w-])(inset-left|inset-right)\b/,
];

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : [];
  });
}

/** Physical declarations in the css`` blocks of a source text, with their line numbers. */
function physicalCss(text: string): { line: number; text: string }[] {
  const hits: { line: number; text: string }[] = [];
  for (const block of text.matchAll(/\bcss`([\s\S]*?)`/g)) {
    const start = text.slice(0, block.index).split('\n').length;
    block[1].split('\n').forEach((line, i) => {
      const code = line.replace(/\/\*.*?\*\//g, '');
      if (PHYSICAL.some((re) => re.test(code))) hits.push({ line: start + i, text: line.trim() });
    });
  }
  return hits;
}

describe('logical CSS only', () => {
  it('the detector catches physical properties and values, and passes logical ones', () => {
    const bad = physicalCss(
      'const s = css`\n a { margin-left: 1px; }\n b { text-align: right; }\n c { left: 0; }\n d { border-right: 0; }\n e { float: left }\n f { padding-inline-start: 1px; text-align: start; inset-inline-end: 0; }\n g { border-top-left-radius: 2px; }\n`;',
    );
    expect(bad.map((h) => h.line)).toEqual([2, 3, 4, 5, 6, 8]);
  });

  it('no css`` block in src uses a physical property', () => {
    const hits = files('src').flatMap((file) =>
      physicalCss(readFileSync(file, 'utf8')).map((h) => `${file}:${h.line}: ${h.text}`),
    );
    expect(hits, 'use margin-inline-start, inset-inline-end, text-align: start…').toEqual([]);
  });
});
