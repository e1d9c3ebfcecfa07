// Build-only Vite plugins that shrink the script-tag bundles (every byte is paid by every visitor):
// - minifyLiterals: collapses the whitespace Prettier puts inside our html`…` and css`…` templates;
// - noPreloadHelper: replaces Vite's module-preload helper (we set `modulePreload: false`, so it
//   would only ever call the import) with a one-line pass-through;
// - explicitMsgIds: drops @lit/localize's message-id hashing (all our messages have explicit ids).
import ts from 'typescript';

const SEP = '\u0000';

/** HTML: whitespace runs become one space; none before `>`/`/>` in a tag or between tags across a line break. */
export function minifyHtml(text) {
  let out = '';
  let inTag = false;
  let quote = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (c === quote) quote = '';
      out += c;
      continue;
    }
    if (inTag && (c === '"' || c === "'")) {
      quote = c;
      out += c;
      continue;
    }
    if (!inTag && c === '<' && /[a-zA-Z/!?]/.test(text[i + 1] ?? '')) inTag = true;
    else if (inTag && c === '>') inTag = false;
    if (!/\s/.test(c)) {
      out += c;
      continue;
    }
    let j = i;
    while (j + 1 < text.length && /\s/.test(text[j + 1])) j++;
    const run = text.slice(i, j + 1);
    const next = text[j + 1] ?? '';
    const prev = out[out.length - 1] ?? '';
    i = j;
    if (inTag) {
      // Between attributes one space; none before the tag's end.
      if (next !== '>' && !(next === '/' && text[j + 2] === '>')) out += ' ';
    } else if (run.includes('\n') && (prev === '>' || prev === '') && (next === '<' || next === '')) {
      // Line-break indentation between tags (or at the template's edges) is formatting, not content.
    } else {
      out += ' ';
    }
  }
  return out;
}

/** CSS: comments stripped, whitespace collapsed, none around `{`, `}`, `;`, `,` nor after `:`; strings kept. */
export function minifyCss(text) {
  let out = '';
  let quote = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (c === '\\') {
        out += c + (text[++i] ?? '');
        continue;
      }
      if (c === quote) quote = '';
      out += c;
      continue;
    }
    if (c === '"' || c === "'") {
      quote = c;
      out += c;
      continue;
    }
    if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      i = end < 0 ? text.length : end + 1;
      // A comment separates tokens like whitespace does.
      if (out && !/[\s{};,:(]$/.test(out)) out += ' ';
      continue;
    }
    if (c === ')') out = out.replace(/ $/, '');
    if (/\s/.test(c)) {
      // `color: red` → `color:red`: a space after a colon is only ever in a declaration or a media feature.
      if (out && !/[\s{};,:(]$/.test(out)) out += ' ';
      continue;
    }
    if (c === ')') out = out.replace(/ $/, '');
    if ('{};,'.includes(c) || (c === '!' && text.startsWith('!important', i))) out = out.replace(/ $/, '');
    if (c === '}') out = out.replace(/;$/, '');
    out += c;
  }
  return out.trim();
}

/** Rewrites the literal parts of html`…`/css`…` templates in `code`; `${…}` expressions are untouched. */
export function minifyTemplates(code, fileName = 'x.ts') {
  const source = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const edits = [];
  const visit = (node) => {
    if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && /^(html|css|svg)$/.test(node.tag.text)) {
      const tpl = node.template;
      const parts = ts.isNoSubstitutionTemplateLiteral(tpl)
        ? [tpl]
        : [tpl.head, ...tpl.templateSpans.map((span) => span.literal)];
      // Raw text of each part, between its delimiters (`` ` `` or `}` … `${` or `` ` ``).
      const raws = parts.map((part) => {
        const start = part.getStart(source) + 1;
        const end = part.end - (ts.isNoSubstitutionTemplateLiteral(part) || ts.isTemplateTail(part) ? 1 : 2);
        return { start, end, text: code.slice(start, end) };
      });
      const joined = raws.map((r) => r.text).join(SEP);
      if (!joined.includes('\\') && !joined.includes('<pre') && !joined.includes('<textarea')) {
        const minified = (node.tag.text === 'css' ? minifyCss : minifyHtml)(joined).split(SEP);
        if (minified.length === raws.length) raws.forEach((r, i) => edits.push({ ...r, text: minified[i] }));
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  if (!edits.length) return undefined;
  let out = code;
  for (const edit of edits.sort((a, b) => b.start - a.start))
    out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
  return out;
}

export function minifyLiterals() {
  return {
    name: 'news-widgets:minify-literals',
    apply: 'build',
    enforce: 'pre',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id.split('?')[0]) || !/\b(html|css|svg)`/.test(code)) return null;
      const out = minifyTemplates(code, id);
      return out === undefined ? null : { code: out, map: null };
    },
  };
}

/**
 * Every `msg()` of ours has an explicit `id` (the generated locale modules are keyed by them), so
 * @lit/localize's id hashing (FNV-1a 64 over the template) never runs: stub it out of the bundle.
 * A `msg()` without an id would show its English text.
 */
export function explicitMsgIds() {
  return {
    name: 'news-widgets:explicit-msg-ids',
    apply: 'build',
    enforce: 'pre',
    load(id) {
      if (/[\\/]@lit[\\/]localize[\\/]internal[\\/]id-generation\.js$/.test(id))
        return 'export const generateMsgId = () => "";';
      return null;
    },
  };
}

export function noPreloadHelper() {
  return {
    name: 'news-widgets:no-preload-helper',
    apply: 'build',
    enforce: 'pre',
    load(id) {
      if (id === '\0vite/preload-helper.js') return 'export const __vitePreload = (load) => load();';
      return null;
    },
  };
}

/**
 * The classic single file holds every module anyway: a dynamic `import('./x.js')` there only costs
 * bytes (the bundler wraps the module, and every module it reaches, in lazy initializers). For the
 * relative specifiers `eager` accepts, it becomes a static import of the same module.
 */
export function eagerImports(eager) {
  return {
    name: 'news-widgets:eager-imports',
    apply: 'build',
    enforce: 'pre',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id.split('?')[0]) || !code.includes('import(')) return null;
      const imports = [];
      const out = code.replace(/\bimport\((['"])(\.\.?\/[^'"]+)\1\)/g, (call, quote, specifier) => {
        if (!eager(specifier)) return call;
        imports.push(`import * as __eager${imports.length} from ${quote}${specifier}${quote};`);
        return `Promise.resolve(__eager${imports.length - 1})`;
      });
      return imports.length ? { code: `${imports.join('\n')}\n${out}`, map: null } : null;
    },
  };
}
