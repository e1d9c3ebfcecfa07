import { describe, expect, it } from 'vitest';
import { minifyCss, minifyHtml, minifyTemplates } from '../../../scripts/minify-literals.mjs';

describe('minify-literals (cdn build)', () => {
  it('collapses CSS whitespace and comments but keeps strings and selector spaces', () => {
    const css = `
      /* a comment */
      :host(:not([theme='light'], [theme='dark'])) .bar > * {
        content: '  ·  ';
        margin: calc(1px + 2px) !important;
      }
      @media (prefers-color-scheme: dark) { a :hover { color: red; } }`;
    expect(minifyCss(css)).toBe(
      ":host(:not([theme='light'],[theme='dark'])) .bar > *{content:'  ·  ';margin:calc(1px + 2px)!important}" +
        '@media (prefers-color-scheme:dark){a :hover{color:red}}',
    );
  });

  it('collapses HTML indentation, keeps one space between words and inside attribute values', () => {
    const html = `
      <div class="a  b" title='x
        y'>
        <span>one</span> <span>two</span>
        text   here
      </div
      >`;
    expect(minifyHtml(html)).toBe(`<div class="a  b" title='x
        y'><span>one</span> <span>two</span> text here </div>`);
  });

  it('rewrites only the literal parts of html`` and css`` templates', () => {
    const code = 'const t = html`\n  <p title=${a + "  x  "}>\n    ${b}\n  </p>\n`; const s = `  keep  `;';
    expect(minifyTemplates(code)).toBe('const t = html`<p title=${a + "  x  "}> ${b} </p>`; const s = `  keep  `;');
  });
});
