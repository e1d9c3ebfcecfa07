import { defineConfig } from 'vite';

/**
 * Script-tag bundles in dist/cdn/ (the npm build is plain `tsc`, see scripts/build.mjs):
 * - default mode: news-widgets.js, an ES module that loads each element's chunk on demand;
 * - `--mode classic`: news-widgets.classic.js, one self-contained IIFE exposing `window.NewsWidgets`.
 */
export default defineConfig(({ mode }) => {
  const classic = mode === 'classic';
  return {
    build: {
      outDir: 'dist/cdn',
      emptyOutDir: !classic,
      target: 'es2021',
      minify: true,
      sourcemap: false,
      reportCompressedSize: false,
      copyPublicDir: false,
      lib: classic
        ? {
            entry: 'src/cdn-classic.ts',
            formats: ['iife'],
            name: 'NewsWidgets',
            fileName: () => 'news-widgets.classic.js',
          }
        : { entry: 'src/cdn.ts', formats: ['es'], fileName: () => 'news-widgets.js' },
      rolldownOptions: { output: classic ? {} : { chunkFileNames: 'chunks/[name]-[hash].js' } },
    },
  };
});
