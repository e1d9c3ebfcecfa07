// Generated Arabic news items for the ranking benchmarks (bench/rank-speed.mjs, bench/run.mjs): the
// vocabulary, tags and categories of bench/data/related-eval.json, drawn Zipf-like (common words
// often, rare words rarely, as in real text) from a seeded generator, so every run ranks the same items.
import { readFileSync } from 'node:fs';

/** The words, tags and categories of the evaluation set. */
export function evalVocabulary() {
  const data = JSON.parse(readFileSync(new URL('../data/related-eval.json', import.meta.url), 'utf8'));
  return {
    vocabulary: [...new Set(data.items.flatMap((item) => `${item.title} ${item.summary}`.split(/\s+/)))],
    tags: [...new Set(data.items.flatMap((item) => item.tags))],
    categories: [...new Set(data.items.map((item) => item.category))],
  };
}

/** Runs in the page: `n` items, and the seeded generator to keep drawing from (targets, queries). */
function syntheticItems(n, { vocabulary, tags, categories }) {
  let seed = 42;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const word = () => vocabulary[Math.floor(vocabulary.length * random() ** 2.5)];
  const words = (count) => Array.from({ length: count }, word).join(' ');
  const items = Array.from({ length: n }, (_, i) => ({
    id: `item-${i}`,
    url: `https://news.example/item-${i}`,
    title: words(8 + Math.floor(random() * 6)),
    summary: words(25 + Math.floor(random() * 20)),
    contentText: words(150),
    category: categories[Math.floor(random() * categories.length)],
    tags: Array.from({ length: 2 + Math.floor(random() * 4) }, () => tags[Math.floor(random() * tags.length)]),
    published: new Date(Date.UTC(2025, 0, 1) + Math.floor(random() * 365 * 864e5)).toISOString(),
    authors: [],
    breaking: false,
    attachments: [],
    extensions: {},
  }));
  return { items, random };
}

/** Defines `window.syntheticItems(n, vocabulary)` in a playwright page. */
export const installSyntheticItems = (page) =>
  page.addScriptTag({ content: `window.syntheticItems = ${syntheticItems.toString()};` });
