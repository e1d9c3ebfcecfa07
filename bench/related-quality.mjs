// Precision of <related-list>'s ranking on the hand-written Arabic set bench/data/related-eval.json.
// Prints a markdown table: our tokenizer (normalization, stemming, stop words) vs plain whitespace tokens.
// Run: node bench/related-quality.mjs [--misses]
import { readFileSync } from 'node:fs';
import { importText } from './lib/bundle-text.mjs';

const { buildIndex, rankRelated } = await importText();
const data = JSON.parse(readFileSync(new URL('./data/related-eval.json', import.meta.url), 'utf8'));
const items = data.items.map((item) => ({
  contentText: '',
  authors: [],
  breaking: false,
  attachments: [],
  extensions: {},
  language: 'ar',
  ...item,
}));
const byId = new Map(items.map((item) => [item.id, item]));
const K = 3;

const whitespace = (s) => s.split(/\s+/).filter(Boolean);
const TEXT_ONLY = { tags: 0, category: 0, recency: 0 };

function evaluate(index, weights, misses) {
  let hits = 0;
  let strict = 0;
  let total = 0;
  for (const [id, expected] of Object.entries(data.queries)) {
    const target = byId.get(id);
    const ranked = rankRelated(index, target, { limit: K, weights });
    for (let i = 0; i < K; i++) {
      const item = ranked[i]?.item;
      const isExpected = !!item && expected.includes(item.id);
      hits += +(isExpected || item?.category === target.category);
      strict += +isExpected;
      total++;
    }
    if (misses) {
      const got = ranked.map((r) => (expected.includes(r.item.id) ? r.item.id : `✗${r.item.id}`));
      console.log(`${id}: ${got.join(' ')}`);
    }
  }
  return { p: hits / total, strict: strict / total };
}

const ours = buildIndex(items);
const base = buildIndex(items, whitespace);
const misses = process.argv.includes('--misses');
const rows = [
  ['all signals (default weights)', evaluate(ours, undefined, misses), evaluate(base, undefined)],
  ['text only (tags, category, recency off)', evaluate(ours, TEXT_ONLY, misses), evaluate(base, TEXT_ONLY)],
];
const f = (x) => x.toFixed(3);
const reachable = Object.values(data.queries).reduce((sum, expected) => sum + Math.min(K, expected.length), 0);
console.log(`\n${items.length} items, ${Object.keys(data.queries).length} queries, top ${K}.`);
console.log(
  `Strict P@3 can reach at most ${f(reachable / (K * Object.keys(data.queries).length))} (some queries expect fewer than ${K}).`,
);
console.log('P@3: a hit is an expected related item or one of the same category; strict: expected items only.\n');
console.log('| ranking | P@3 normalized | P@3 baseline | strict P@3 normalized | strict P@3 baseline |');
console.log('| --- | --- | --- | --- | --- |');
for (const [name, a, b] of rows) console.log(`| ${name} | ${f(a.p)} | ${f(b.p)} | ${f(a.strict)} | ${f(b.strict)} |`);
