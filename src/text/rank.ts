import type { NewsItem } from '../feed/model.js';
import { stemNormalized, words } from './normalize.js';

/** How much each signal counts; every part is scaled to 0–1 before weighting. */
export interface Weights {
  /** Shared tags, each weighted by its rarity in the feed. */
  tags: number;
  /** Same category. */
  category: number;
  /** TF-IDF cosine of title (boosted), summary and the start of the text. */
  text: number;
  /** Closeness in time to the target (half-life one week). */
  recency: number;
}

export const DEFAULT_WEIGHTS: Weights = { tags: 1, category: 0.4, text: 1.5, recency: 0.15 };

export interface Explanation {
  /** The target's tags the item shares, as the item spells them. */
  sharedTags: string[];
  /** Up to five shared words, the strongest first. */
  sharedTerms: string[];
  sameCategory: boolean;
  /** Each signal's weighted share of the score. */
  parts: Weights;
}

export interface RelatedResult {
  item: NewsItem;
  score: number;
  explanation: Explanation;
}
export type RankedItem = RelatedResult;

/** An item of the feed, or what is known of an article outside it. */
export type RelatedTarget = Partial<NewsItem> & { text?: string };

export interface RankOptions {
  /** Most results (default 10). */
  limit?: number;
  weights?: Partial<Weights>;
  /** Reference time (ms) when the target has no date; default `Date.now()`. */
  now?: number;
}

interface Doc {
  item: NewsItem;
  urls: string[];
  vec: Map<string, number>;
  /** Tag key → tag as written. */
  tags: Map<string, string>;
  cat: string;
  time: number;
  title: Set<string>;
}

/** Precomputed vectors and postings of a feed; build once with `buildIndex`. */
export interface RelatedIndex {
  docs: Doc[];
  tokenize: (s: string) => string[];
  /** Term → [doc indexes, weights]. */
  post: Map<string, [number[], number[]]>;
  idf: Map<string, number>;
  tagPost: Map<string, number[]>;
  catPost: Map<string, number[]>;
  /** Stem → the first spelling seen, for explanations. */
  forms: Map<string, string>;
}

const WEEK = 6048e5;
const TITLE_BOOST = 3;
const CONTENT_CHARS = 600;
const cache = new WeakMap<object, RelatedIndex>();
const str = (v: unknown) => (typeof v == 'string' ? v : '');

/** A URL without scheme, `www.`, query, hash or trailing slash, host lower-cased, percent-escapes decoded. */
export const normalizeUrl = (url: string): string => {
  let s = str(url)
    .trim()
    .replace(/[?#].*/s, '');
  try {
    s = decodeURI(s);
  } catch {
    /* keep escapes */
  }
  return s
    .replace(/^([a-z][\w+.-]*:)?\/\//i, '')
    .replace(/^www\./i, '')
    .replace(/\/+$/, '')
    .replace(/^[^/]*/, (host) => host.toLowerCase());
};

const urlsOf = (t: RelatedTarget) => [t.url, t.externalUrl].map(str).filter(Boolean).map(normalizeUrl);

function tagsOf(index: RelatedIndex, tags: unknown): Map<string, string> {
  const map = new Map<string, string>();
  for (const tag of Array.isArray(tags) ? tags : []) {
    const key = index.tokenize(str(tag)).join(' ');
    if (key && !map.has(key)) map.set(key, str(tag).trim());
  }
  return map;
}

function termFreqs(index: RelatedIndex, t: RelatedTarget): Map<string, number> {
  const tf = new Map<string, number>();
  const add = (text: string, w: number) => {
    for (const term of index.tokenize(text)) tf.set(term, (tf.get(term) ?? 0) + w);
  };
  add(str(t.title), TITLE_BOOST);
  add(str(t.summary), 1);
  add(str(t.contentText).slice(0, CONTENT_CHARS), 1);
  add(str(t.text), 1);
  return tf;
}

function weigh(tf: Map<string, number>, idf: (term: string) => number): Map<string, number> {
  let norm = 0;
  for (const [term, f] of tf) norm += (Math.sqrt(f) * idf(term)) ** 2;
  norm = Math.sqrt(norm) || 1;
  const vec = new Map<string, number>();
  for (const [term, f] of tf) vec.set(term, (Math.sqrt(f) * idf(term)) / norm);
  return vec;
}

/**
 * Indexes a feed's items for `rankRelated`. Cached per items array (by identity, so build a new
 * array when items change): every `<related-list>` on a page shares one index. A custom
 * `tokenize` (for another language) gets its own, uncached index.
 */
export function buildIndex(items: readonly NewsItem[], tokenize?: (s: string) => string[]): RelatedIndex {
  const list = Array.isArray(items) ? items : [];
  const cached = !tokenize && cache.get(list);
  if (cached) return cached;
  const forms = new Map<string, string>();
  const stems = new Map<string, string>();
  const index: RelatedIndex = {
    docs: [],
    tokenize:
      tokenize ??
      ((s) =>
        words(s).map((w) => {
          let t = stems.get(w);
          if (t === undefined) stems.set(w, (t = stemNormalized(w)));
          if (!forms.has(t)) forms.set(t, w);
          return t;
        })),
    post: new Map(),
    idf: new Map(),
    tagPost: new Map(),
    catPost: new Map(),
    forms,
  };
  const tfs: Map<string, number>[] = [];
  const df = new Map<string, number>();
  for (const item of list) {
    if (!item || typeof item != 'object') continue;
    const i = index.docs.length;
    const tf = termFreqs(index, item);
    for (const term of tf.keys()) df.set(term, (df.get(term) ?? 0) + 1);
    const doc: Doc = {
      item,
      urls: urlsOf(item),
      vec: tf,
      tags: tagsOf(index, item.tags),
      cat: index.tokenize(str(item.category)).join(' '),
      time: Date.parse(str(item.published) || str(item.modified)),
      title: new Set(index.tokenize(str(item.title))),
    };
    for (const key of doc.tags.keys()) push(index.tagPost, key, i);
    if (doc.cat) push(index.catPost, doc.cat, i);
    index.docs.push(doc);
    tfs.push(tf);
  }
  const n = index.docs.length;
  for (const [term, d] of df) index.idf.set(term, Math.log(1 + n / d));
  index.docs.forEach((doc, i) => {
    doc.vec = weigh(tfs[i]!, (term) => index.idf.get(term)!);
    for (const [term, w] of doc.vec) {
      let p = index.post.get(term);
      if (!p) index.post.set(term, (p = [[], []]));
      p[0].push(i);
      p[1].push(w);
    }
  });
  if (!tokenize) cache.set(list, index);
  return index;
}

function push(map: Map<string, number[]>, key: string, i: number) {
  const list = map.get(key);
  if (list) list.push(i);
  else map.set(key, [i]);
}

const jaccard = (a: Set<string>, b: Set<string>) => {
  let both = 0;
  for (const x of a) if (b.has(x)) both++;
  return a.size && b.size ? both / (a.size + b.size - both) : 0;
};

/**
 * The feed's items most related to `target` (an item of the feed, or tags, category and text),
 * best first, each with the reasons for its score. Never returns the target itself (same id or
 * URL) and shows near-duplicates (same URL, or titles sharing ≥ 80 % of their words) once.
 */
export function rankRelated(
  index: RelatedIndex,
  target: NewsItem | RelatedTarget,
  options: RankOptions = {},
): RelatedResult[] {
  const docs = index?.docs ?? [];
  if (!docs.length) return [];
  const t: RelatedTarget = target && typeof target == 'object' ? target : {};
  const w = { ...DEFAULT_WEIGHTS, ...options.weights };
  const self = docs.find((d) => d.item === t || (t.id !== undefined && d.item.id === t.id));
  const vec = self?.vec ?? weigh(termFreqs(index, t), (term) => index.idf.get(term) ?? Math.log(1 + docs.length));
  const tags = self?.tags ?? tagsOf(index, t.tags);
  const cat = self?.cat ?? index.tokenize(str(t.category)).join(' ');
  const title = self?.title ?? new Set(index.tokenize(str(t.title)));
  const time = (self ? self.time : Date.parse(str(t.published))) || options.now || Date.now();
  const seen = new Set([...urlsOf(t), ...(self?.urls ?? [])]);

  const text = new Float64Array(docs.length);
  const tagScore = new Float64Array(docs.length);
  const touched = new Uint8Array(docs.length);
  const candidates: number[] = [];
  const touch = (i: number) => touched[i] || ((touched[i] = 1), candidates.push(i));
  for (const [term, tw] of vec) {
    const p = index.post.get(term);
    if (p) for (let k = 0; k < p[0].length; k++) (touch(p[0][k]!), (text[p[0][k]!] += tw * p[1][k]!));
  }
  let tagTotal = 0;
  const tagIdf = (key: string) => Math.log(1 + docs.length / (index.tagPost.get(key)?.length ?? 1));
  for (const key of tags.keys()) tagTotal += tagIdf(key);
  for (const key of tags.keys())
    for (const i of index.tagPost.get(key) ?? []) (touch(i), (tagScore[i] += tagIdf(key) / tagTotal));
  for (const i of (cat && index.catPost.get(cat)) || []) touch(i);

  const scored = candidates.map((i) => {
    const doc = docs[i]!;
    const sameCategory = !!cat && doc.cat === cat;
    const parts: Weights = {
      tags: w.tags * tagScore[i]!,
      category: sameCategory ? w.category : 0,
      text: w.text * text[i]!,
      recency: doc.time ? w.recency * 0.5 ** (Math.abs(doc.time - time) / WEEK) : 0,
    };
    return { doc, sameCategory, parts, score: parts.tags + parts.category + parts.text + parts.recency };
  });
  scored.sort((a, b) => b.score - a.score || b.doc.time - a.doc.time || 0);

  const limit = options.limit ?? 10;
  const out: RelatedResult[] = [];
  const titles = [title];
  for (const { doc, sameCategory, parts, score } of scored) {
    if (!(out.length < limit)) break;
    if (parts.tags + parts.category + parts.text <= 0 || doc === self || (t.id !== undefined && doc.item.id === t.id))
      continue;
    if (doc.urls.some((u) => seen.has(u)) || titles.some((s) => jaccard(s, doc.title) >= 0.8)) continue;
    doc.urls.forEach((u) => seen.add(u));
    titles.push(doc.title);
    const sharedTerms = [...vec]
      .filter(([term]) => doc.vec.has(term))
      .sort((a, b) => b[1] * doc.vec.get(b[0])! - a[1] * doc.vec.get(a[0])!)
      .slice(0, 5)
      .map(([term]) => index.forms.get(term) ?? term);
    const sharedTags = [...doc.tags].filter(([key]) => tags.has(key)).map(([, tag]) => tag);
    out.push({ item: doc.item, score, explanation: { sharedTags, sharedTerms, sameCategory, parts } });
  }
  return out;
}
