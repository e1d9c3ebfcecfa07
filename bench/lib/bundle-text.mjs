// Bundles src/text (all of it through bench/lib/text-entry.ts, or one entry) with vite into one string.
import { build } from 'vite';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

/** `format: 'iife'` exposes the exports as `window.NewsText`; `entry` is relative to this file. */
export async function bundleText({ minify = false, format = 'es', entry = './text-entry.ts' } = {}) {
  const result = await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      write: false,
      minify,
      target: 'es2021', // as the script-tag build (vite.config.ts)
      lib: {
        entry: fileURLToPath(new URL(entry, import.meta.url)),
        formats: [format],
        name: 'NewsText',
        fileName: 'text',
      },
    },
  });
  return (Array.isArray(result) ? result[0] : result).output[0].code;
}

/** Imports the bundle in this Node process. */
export const importText = async () =>
  import(`data:text/javascript;base64,${Buffer.from(await bundleText()).toString('base64')}`);

export const gzipBytes = (code) => gzipSync(code, { level: 9 }).length;
