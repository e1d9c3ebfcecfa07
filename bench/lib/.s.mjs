import { build } from 'vite';
import { gzipSync } from 'node:zlib';
const r = await build({
  configFile: false,
  logLevel: 'silent',
  build: {
    write: false,
    minify: true,
    target: 'es2021',
    lib: { entry: 'src/text/rank.ts', formats: ['iife'], name: 'X', fileName: 'x' },
  },
});
const code = (Array.isArray(r) ? r[0] : r).output[0].code;
console.log(code.length, gzipSync(code, { level: 9 }).length);
