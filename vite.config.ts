import { defineConfig } from 'vite';
import { explicitMsgIds, minifyLiterals, noPreloadHelper } from './scripts/minify-literals.mjs';

/**
 * Script-tag bundles in dist/cdn/ (the npm build is plain `tsc`, see scripts/build.mjs):
 * - default mode: news-widgets.js, an ES module that loads each element's chunk on demand;
 * - `--mode classic`: news-widgets.classic.js, one self-contained IIFE exposing `window.NewsWidgets`.
 * Not lib mode for the ES build: lib mode keeps whitespace in ES output, and every byte here is
 * paid by every visitor of every host page. The plugins collapse the whitespace of our html`` and
 * css`` templates, drop Vite's module-preload helper and @lit/localize's id hashing (see
 * scripts/minify-literals.mjs).
 */
export default defineConfig(({ mode }) => {
  const classic = mode === 'classic';
  return {
    plugins: [minifyLiterals(), noPreloadHelper(), explicitMsgIds()],
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
            output: { format: 'es', entryFileNames: 'news-widgets.js', chunkFileNames: 'chunks/[name]-[hash].js' },
          },
    },
  };
});
