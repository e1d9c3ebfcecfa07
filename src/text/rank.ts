import type { NewsItem } from '../feed/model.js';
import { nextSlice } from './tasks.js';
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
  /** Up to five shared words (as first spelled in the feed), the strongest first. */
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

type Vector = Map<string, number>;

/** A feed's precomputed vectors and postings (one entry per item); build it with `buildIndex`. */
export interface RelatedIndex {
  items: NewsItem[];
  vecs: Vector[];
  /** Per item: tag key → tag as written. */
  tags: Map<string, string>[];
  cats: string[];
  times: number[];
  /** Term → [item indexes, weights]. */
  post: Map<string, [number[], number[]]>;
  /** Term or tag key → number of items having it. */
  df: Vector;
  tagDf: Vector;
  tok: (s: string) => string[];
  /** Stem → the first spelling seen, for explanations. */
  forms: Map<string, string>;
}

const WEEK = 6048e5;
const cache = new WeakMap<object, RelatedIndex>();
const str = (v: unknown) => (typeof v == 'string' ? v : '');
const count = (map: Vector, key: string) => map.set(key, (map.get(key) ?? 0) + 1);

/** A URL without scheme, `www.`, query, hash or trailing slash, host lower-cased, percent-escapes decoded. */
export const normalizeUrl = (url: string): string => {
  let s = str(url)
    .trim()
    .replace(/[?#].*/s, '');
  try {
    s = decodeURI(s);
  } catch {
    /* keep the escapes */
  }
  return s
    .replace(/^([a-z][\w+.-]*:)?\/\//i, '')
    .replace(/^www\./i, '')
    .replace(/\/+$/, '')
    .replace(/^[^/]*/, (host) => host.toLowerCase());
};

const urlsOf = (t: RelatedTarget) => [t.url, t.externalUrl].map((u) => normalizeUrl(u!)).filter(Boolean);
const titleOf = (index: RelatedIndex, t: RelatedTarget) => new Set(index.tok(str(t.title)));
const idf = (index: RelatedIndex, df: Vector, key: string) => Math.log(1 + index.items.length / (df.get(key) ?? 1));

function tagsOf(index: RelatedIndex, tags: unknown): Map<string, string> {
  const map = new Map<string, string>();
  for (const tag of Array.isArray(tags) ? tags : []) {
    const key = index.tok(str(tag)).join(' ');
    if (key && !map.has(key)) map.set(key, str(tag).trim());
  }
  return map;
}

/** Raw term frequencies, title words counting thrice and only the start of the text. */
function termFreqs(index: RelatedIndex, t: RelatedTarget): Vector {
  const tf: Vector = new Map();
  const add = (text: string, w: number) => {
    for (const term of index.tok(text)) tf.set(term, (tf.get(term) ?? 0) + w);
  };
  add(str(t.title), 3);
  add(`${str(t.summary)} ${str(t.contentText).slice(0, 600)} ${str(t.text)}`, 1);
  return tf;
}

/** Turns frequencies into a unit TF-IDF vector, in place. */
function weigh(index: RelatedIndex, tf: Vector): Vector {
  let norm = 0;
  tf.forEach((f, term) => (norm += f * idf(index, index.df, term) ** 2));
  norm = Math.sqrt(norm) || 1;
  tf.forEach((f, term) => tf.set(term, (Math.sqrt(f) * idf(index, index.df, term)) / norm));
  return tf;
}

/** An empty index; fill it with `addItems`, then `finishIndex`. */
function createIndex(tokenize?: (s: string) => string[]): RelatedIndex {
  const forms = new Map<string, string>();
  const stems = new Map<string, string>();
  return {
    items: [],
    vecs: [],
    tags: [],
    cats: [],
    times: [],
    post: new Map(),
    df: new Map(),
    tagDf: new Map(),
    forms,
    tok:
      tokenize ??
      ((s) =>
        words(s).map((w) => {
          let t = stems.get(w);
          if (t === undefined) stems.set(w, (t = stemNormalized(w)));
          if (!forms.has(t)) forms.set(t, w);
          return t;
        })),
  };
}

/** Adds `list[from..to)` (raw term frequencies, tags, category, time; counts document frequencies). */
function addItems(index: RelatedIndex, list: readonly NewsItem[], from: number, to: number): void {
  for (let i = from; i < to && i < list.length; i++) {
    const item = list[i];
    if (!item || typeof item != 'object') continue;
    const tf = termFreqs(index, item);
    const tags = tagsOf(index, item.tags);
    tf.forEach((_, term) => count(index.df, term));
    tags.forEach((_, key) => count(index.tagDf, key));
    index.items.push(item);
    index.vecs.push(tf);
    index.tags.push(tags);
    index.cats.push(index.tok(str(item.category)).join(' '));
    index.times.push(Date.parse(str(item.published) || str(item.modified)));
  }
}

/** Once every item is added: weighs the vectors of items `[from..to)` and appends them to the postings (in order). */
function finishIndex(index: RelatedIndex, from = 0, to = index.vecs.length): void {
  for (let i = from; i < to && i < index.vecs.length; i++)
    weigh(index, index.vecs[i]!).forEach((w, term) => {
      let p = index.post.get(term);
      if (!p) index.post.set(term, (p = [[], []]));
      p[0].push(i);
      p[1].push(w);
    });
}

/**
 * Indexes a feed's items for `rankRelated`. Cached per items array (by identity, so build a new
 * array when items change): every `<related-list>` on a page shares one index. A custom
 * `tokenize` (for another language) gets its own, uncached index. For thousands of items, prefer
 * `buildIndexAsync`, which does not block the page.
 */
export function buildIndex(items: readonly NewsItem[], tokenize?: (s: string) => string[]): RelatedIndex {
  const list = Array.isArray(items) ? items : [];
  const cached = !tokenize && cache.get(list);
  if (cached) return cached;
  const index = createIndex(tokenize);
  addItems(index, list, 0, list.length);
  finishIndex(index);
  if (!tokenize) cache.set(list, index);
  return index;
}

/** The index already built for `items` (by `buildIndex` or `buildIndexAsync`), if any. */
export const cachedIndex = (items: readonly NewsItem[]): RelatedIndex | undefined => cache.get(items);

const pending = new WeakMap<object, Promise<RelatedIndex>>();

/**
 * The same index as `buildIndex`, built item by item in slices of the host's tasks (`nextSlice`: a
 * few milliseconds, shared with the elements that update in the same task), so no feed, however
 * large, makes a long task. Shares `buildIndex`'s cache; a build in progress is shared too, so every
 * list on the page waits for the one build.
 */
export function buildIndexAsync(items: readonly NewsItem[]): Promise<RelatedIndex> {
  const list = Array.isArray(items) ? items : [];
  const cached = cache.get(list);
  if (cached) return Promise.resolve(cached);
  let build = pending.get(list);
  if (!build) {
    build = (async () => {
      const index = createIndex();
      // Adds every item, then weighs every vector, one a step; a step goes on in this task while its
      // slice lasts, else in the next (a small feed is indexed before this call returns).
      for (let i = 0, n = list.length; i < 2 * n; i++) {
        const wait = nextSlice();
        if (wait) await wait;
        if (i < n) addItems(index, list, i, i + 1);
        else finishIndex(index, i - n, i - n + 1);
      }
      // A synchronous build may have finished meanwhile: keep the one index per array.
      const done = cache.get(list) ?? index;
      cache.set(list, done);
      return done;
    })().finally(() => pending.delete(list));
    pending.set(list, build);
  }
  return build;
}

const jaccard = (a: Set<string>, b: Set<string>) => {
  let both = 0;
  a.forEach((x) => (both += +b.has(x)));
  return both / (a.size + b.size - both || 1);
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
  const n = index?.items?.length;
  if (!n) return [];
  const t: RelatedTarget = target && typeof target == 'object' ? target : {};
  const w = { ...DEFAULT_WEIGHTS, ...options.weights };
  let self = index.items.indexOf(t as NewsItem);
  if (self < 0 && t.id !== undefined) self = index.items.findIndex((item) => item.id === t.id);
  const inFeed = self >= 0;
  const vec = inFeed ? index.vecs[self]! : weigh(index, termFreqs(index, t));
  const tags = inFeed ? index.tags[self]! : tagsOf(index, t.tags);
  const cat = inFeed ? index.cats[self] : index.tok(str(t.category)).join(' ');
  const time = (inFeed ? index.times[self] : Date.parse(str(t.published))) || options.now || Date.now();

  const text = new Float64Array(n);
  vec.forEach((tw, term) => {
    const p = index.post.get(term);
    for (let k = 0; p && k < p[0].length; k++) text[p[0][k]!] += tw * p[1][k]!;
  });
  // Each of the target's tags counts by its rarity; parts are computed again only for the results.
  const tagW: Vector = new Map();
  let tagTotal = 0;
  tags.forEach((_, key) => tagW.set(key, idf(index, index.tagDf, key)));
  tagW.forEach((v) => (tagTotal += v));
  const partsOf = (i: number): Weights => {
    let shared = 0;
    index.tags[i]!.forEach((_, key) => (shared += tagW.get(key) ?? 0));
    return {
      tags: tagTotal && (w.tags * shared) / tagTotal,
      category: cat && index.cats[i] === cat ? w.category : 0,
      text: w.text * text[i]!,
      recency: w.recency * 0.5 ** (Math.abs(index.times[i]! - time) / WEEK) || 0,
    };
  };
  const scores = new Float64Array(n);
  const order: number[] = [];
  for (let i = 0; i < n; i++) {
    const p = partsOf(i);
    const relevance = p.tags + p.category + p.text;
    if (i !== self && relevance > 0) {
      order.push(i);
      scores[i] = relevance + p.recency;
    }
  }
  order.sort((a, b) => scores[b]! - scores[a]! || index.times[b]! - index.times[a]! || 0);

  const out: RelatedResult[] = [];
  const seen = new Set(urlsOf(inFeed ? index.items[self]! : t));
  const titles = [titleOf(index, inFeed ? index.items[self]! : t)];
  for (const i of order) {
    if (!(out.length < (options.limit ?? 10))) break;
    const item = index.items[i]!;
    const urls = urlsOf(item);
    const title = titleOf(index, item);
    if (
      (t.id !== undefined && item.id === t.id) ||
      urls.some((u) => seen.has(u)) ||
      titles.some((s) => jaccard(s, title) >= 0.8)
    )
      continue;
    urls.forEach((u) => seen.add(u));
    titles.push(title);
    const v = index.vecs[i]!;
    const sharedTerms = [...vec]
      .filter(([term]) => v.has(term))
      .sort((a, b) => b[1] * v.get(b[0])! - a[1] * v.get(a[0])!)
      .slice(0, 5)
      .map(([term]) => index.forms.get(term) ?? term);
    const sharedTags = [...index.tags[i]!].filter(([key]) => tags.has(key)).map(([, tag]) => tag);
    const sameCategory = !!cat && index.cats[i] === cat;
    out.push({ item, score: scores[i]!, explanation: { sharedTags, sharedTerms, sameCategory, parts: partsOf(i) } });
  }
  return out;
}
