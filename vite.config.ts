import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { eagerImports, explicitMsgIds, minifyLiterals, noPreloadHelper } from './scripts/minify-literals.mjs';

/**
 * Script-tag bundles in dist/cdn/ (the npm build is plain `tsc`, see scripts/build.mjs):
 * - default mode: news-widgets.js, an ES module that loads each element's chunk on demand;
 * - `--mode classic`: news-widgets.classic.js, one self-contained IIFE exposing `window.NewsWidgets`.
 * Not lib mode for the ES build: lib mode keeps whitespace in ES output, and every byte here is
 * paid by every visitor of every host page. The plugins collapse the whitespace of our html`` and
 * css`` templates, drop Vite's module-preload helper and @lit/localize's id hashing, and (classic
 * only) turn our dynamic imports into static ones (see scripts/minify-literals.mjs).
 */
/**
 * What every page with a widget needs: Lit, @lit/localize, the JSON Feed path, the store, i18n and
 * the base element. It goes in the entry file itself: a ticker page fetches the entry, then the
 * ticker's chunk and — at the same time, the entry prefetches it (src/cdn.ts) — its feed. One file
 * also gzips smaller than two. What only some pages need stays in lazy chunks: the XML, WordPress
 * and normalized readers, the full date reader, the extra date formats (ON_USE), DOMPurify, locales,
 * element code.
 */
const SHARED = [
  /[\\/]node_modules[\\/](lit|lit-html|lit-element|@lit[\\/]reactive-element|@lit[\\/]localize)[\\/]/,
  /^\0@oxc-project\+runtime@.*decorate/,
  /[\\/]src[\\/](events|feed[\\/](errors|parse|fetch|store|controller)|sanitize[\\/]policy|text[\\/]tasks)\.ts$/,
  /[\\/]src[\\/]feed[\\/]parsers[\\/](text|item|iso-date|json-feed|detect|decode|related)\.ts$/,
  /[\\/]src[\\/](i18n|styles)[\\/][^\\/]+\.ts$/,
  /[\\/]src[\\/]elements[\\/]base[\\/](news-element|item-events|states)\.ts$/,
];
/**
 * The entry's own modules. The group must hold all of them: a group holding the entry module
 * becomes the entry chunk, but one missing any of these becomes a chunk of its own that a small
 * entry imports — one more request before anything renders (`entryImportsNothing` fails the build).
 */
const ENTRY = [
  /[\\/]src[\\/](cdn|version|page-registry|elements[\\/]define-element)\.ts$/,
  /^\0vite[\\/]preload-helper/,
];
const ELEMENT_ONLY = /private-ssr-support|directive-helpers|directives[\\/]keyed|decorators[\\/](base|query)\.js$/;
/**
 * Modules of the shared folders that only some pages use, each a chunk loaded on use (measured, gzip -9,
 * in scripts/size.mjs): relative/numeric/JSON/`both` dates and their clock; retries and conditional GETs;
 * the strings only the article card shows (in its chunk).
 */
const ON_USE = /[\\/]src[\\/](i18n[\\/](format-extra|article-messages)|feed[\\/]fetch-retry)\.ts$/;
const inEntry = (id: string) =>
  ENTRY.some((re) => re.test(id)) || (SHARED.some((re) => re.test(id)) && !ELEMENT_ONLY.test(id) && !ON_USE.test(id));

/**
 * Fails the build if news-widgets.js statically imports anything (see ENTRY). Only that file:
 * Storybook builds with this config's plugins too, and its own entries import chunks.
 */
const entryImportsNothing = (): Plugin => ({
  name: 'news-widgets:entry-imports-nothing',
  generateBundle(_, bundle) {
    for (const chunk of Object.values(bundle)) {
      if (chunk.type === 'chunk' && chunk.fileName === 'news-widgets.js' && chunk.imports.length)
        this.error(`${chunk.fileName} imports ${chunk.imports.join(', ')}: add its modules to ENTRY in vite.config.ts`);
    }
  },
});

/** See src/hydrate-helpers.ts: the hydration chunk gets its own copy of four one-line helpers. */
const hydrateHelpers = (): Plugin => ({
  name: 'news-widgets:hydrate-helpers',
  enforce: 'pre',
  resolveId(source, importer) {
    if (source === 'lit-html/directive-helpers.js' && importer?.includes('@lit-labs/ssr-client'))
      return fileURLToPath(new URL('./src/hydrate-helpers.ts', import.meta.url));
    return undefined;
  },
});

export default defineConfig(({ mode }) => {
  const classic = mode === 'classic';
  return {
    plugins: [
      hydrateHelpers(),
      minifyLiterals(),
      noPreloadHelper(),
      explicitMsgIds(),
      // The classic file holds every module: no lazy wrappers (the hydration support stays out of it).
      ...(classic ? [eagerImports((specifier: string) => !/hydrate/.test(specifier))] : [entryImportsNothing()]),
    ],
    build: {
      outDir: 'dist/cdn',
      emptyOutDir: !classic,
      target: 'es2021',
      minify: true,
      sourcemap: false,
      reportCompressedSize: false,
      copyPublicDir: false,
      modulePreload: false,
      lib: classic
        ? {
            entry: 'src/cdn-classic.ts',
            formats: ['iife'],
            name: 'NewsWidgets',
            fileName: () => 'news-widgets.classic.js',
          }
        : false,
      rolldownOptions: classic
        ? {}
        : {
            input: 'src/cdn.ts',
            preserveEntrySignatures: false,
            output: {
              format: 'es',
              entryFileNames: 'news-widgets.js',
              chunkFileNames: 'chunks/[name]-[hash].js',
              codeSplitting: {
                groups: [{ name: 'news-widgets', test: inEntry, includeDependenciesRecursively: false }],
              },
            },
          },
    },
  };
});
