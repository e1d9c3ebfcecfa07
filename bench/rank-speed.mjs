// Speed of the related-items ranking in headless Chromium: builds the index of 10,000 generated
// Arabic items (vocabulary and tags from bench/data/related-eval.json) and times rankRelated.
// Run: node bench/rank-speed.mjs [items]
import { chromium } from 'playwright-core';
import { CHROME_ARGS, findChrome, freshProfile } from '../scripts/chrome.mjs';
import { bundleText, gzipBytes } from './lib/bundle-text.mjs';
import { evalVocabulary, installSyntheticItems } from './lib/synthetic-items.mjs';

const N = Number(process.argv[2]) || 10_000;
const vocabulary = evalVocabulary();

const [code, minified] = await Promise.all([
  bundleText({ format: 'iife' }),
  bundleText({ minify: true, format: 'iife', entry: '../../src/text/rank.ts' }),
]);
const context = await chromium.launchPersistentContext(freshProfile(), {
  executablePath: await findChrome(),
  headless: true,
  args: CHROME_ARGS,
});
try {
  const page = context.pages()[0] ?? (await context.newPage());
  await page.addScriptTag({ content: code });
  await installSyntheticItems(page);
  const result = await page.evaluate(
    ({ N, vocabulary }) => {
      const { buildIndex, rankRelated } = window.NewsText;
      const { items, random } = window.syntheticItems(N, vocabulary);
      const { tags, categories } = vocabulary;
      const stats = (times) => {
        const sorted = [...times].sort((a, b) => a - b);
        const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
        return { runs: times.length, median: at(0.5), p95: at(0.95), max: sorted.at(-1) };
      };
      const build = [];
      let index;
      for (let r = 0; r < 5; r++) {
        const copy = items.slice(); // the index is cached per array: a new array forces a rebuild
        const t0 = performance.now();
        index = buildIndex(copy);
        build.push(performance.now() - t0);
      }
      buildIndex(items);
      const cached = performance.now();
      buildIndex(items);
      const cachedMs = performance.now() - cached;
      const rank = [];
      let returned = 0;
      for (let r = 0; r < 200; r++) {
        const target = items[Math.floor(random() * N)];
        const t0 = performance.now();
        returned += rankRelated(index, target, { limit: 10 }).length;
        rank.push(performance.now() - t0);
      }
      const byTags = [];
      for (let r = 0; r < 100; r++) {
        const target = { tags: [tags[r % tags.length], tags[(r * 7) % tags.length]], category: categories[r % 8] };
        const t0 = performance.now();
        rankRelated(index, target, { limit: 10, now: Date.UTC(2025, 6, 1) });
        byTags.push(performance.now() - t0);
      }
      return { build: stats(build), cachedMs, rank: stats(rank), byTags: stats(byTags), avgReturned: returned / 200 };
    },
    { N, vocabulary },
  );
  const ms = (x) => `${x.toFixed(1)} ms`;
  console.log(
    `\n${N} items (Chromium ${context.browser()?.version() ?? ''}), src/text/rank.ts and its imports, minified + gzip: ${gzipBytes(minified)} B\n`,
  );
  console.log('| step | runs | median | p95 | max |');
  console.log('| --- | --- | --- | --- | --- |');
  for (const [name, s] of [
    ['buildIndex (uncached)', result.build],
    ['rankRelated (feed item, limit 10)', result.rank],
    ['rankRelated (tags + category)', result.byTags],
  ])
    console.log(`| ${name} | ${s.runs} | ${ms(s.median)} | ${ms(s.p95)} | ${ms(s.max)} |`);
  console.log(
    `\nbuildIndex on an already indexed array: ${ms(result.cachedMs)}; results per ranking: ${result.avgReturned}`,
  );
} finally {
  await context.close();
}
