// @vitest-environment jsdom
// Differential test: every entry the two most used JavaScript feed parsers show, parseFeed shows too, with the
// same title, link and date. Corpus: test/fixtures/corpus (third-party feed files; sources and licences in
// its LICENSES.md).
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  asText,
  entriesOf,
  pair,
  PEERS,
  plain,
  readFeedExtractor,
  readOurs,
  readRssParser,
  sameLink,
  type Entry,
  type Peer,
  type Reading,
} from './peers.js';

const ROOT = 'test/fixtures/corpus';
const files = readdirSync(ROOT, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .flatMap((d) => readdirSync(`${ROOT}/${d.name}`).map((f) => `${d.name}/${f}`))
  .sort();

interface Row {
  file: string;
  ours: Reading;
  peers: Record<Peer, Reading>;
}
const rows: Row[] = [];

/** Milliseconds each reader spent on the corpus. */
const spent = { parseFeed: 0, 'rss-parser': 0, 'feed-extractor': 0 };
const timed = async <T>(who: keyof typeof spent, read: () => T | Promise<T>): Promise<T> => {
  const start = performance.now();
  const result = await read();
  spent[who] += performance.now() - start;
  return result;
};

beforeAll(async () => {
  for (const file of files) {
    const bytes = readFileSync(`${ROOT}/${file}`);
    const text = asText(bytes);
    rows.push({
      file,
      ours: await timed('parseFeed', () => readOurs(bytes)),
      peers: {
        'rss-parser': await timed('rss-parser', () => readRssParser(text)),
        'feed-extractor': await timed('feed-extractor', () => readFeedExtractor(text)),
      },
    });
  }
  console.log(
    'ms per reader over the corpus:',
    Object.fromEntries(Object.entries(spent).map(([k, v]) => [k, Math.round(v)])),
  );
}, 120_000);

type Field = 'title' | 'link' | 'date';
interface Disagreement {
  file: string;
  peer: Peer;
  field: Field;
  theirs: string;
  ours: string;
}

/**
 * Files where a peer shows an entry and parseFeed shows none, with the reason. Each must still be
 * such a file (the list cannot go stale).
 */
const MISSING: Record<string, string> = {
  'feedparser/atom10__entry_link_rel_license.xml':
    "the entry's only content is a rel=license link; both peers show the licence URL as the entry's link, which it is not — the entry has nothing to show",
};

/**
 * Where a peer and parseFeed read one entry differently, and why. Every disagreement must match a
 * rule, and every rule must match at least one disagreement.
 */
const RULES: {
  peer?: Peer;
  field: Field;
  file?: RegExp;
  when?: (d: Disagreement) => boolean;
  reason: string;
}[] = [
  {
    peer: 'feed-extractor',
    field: 'link',
    when: (d) => d.theirs === stripTracking(d.ours),
    reason:
      "feed-extractor removes fragments and utm_* parameters from links and rewrites the query (?rss → ?rss=); the feed's link keeps them (#item572 is an anchor)",
  },
  {
    peer: 'feed-extractor',
    field: 'link',
    file: /rss__item_guid_isPermaLink_conflict_link/,
    reason: "feed-extractor prefers a permalink guid over <link>; RSS 2.0 makes <link> the item's URL",
  },
  {
    peer: 'feed-extractor',
    field: 'link',
    file: /^(rss-parser\/feedburner\.atom|node-feedparser\/non-text-alternate-links\.xml)$/,
    reason: "feed-extractor takes an Atom entry's first <link> (rel=replies or self), not its rel=alternate link",
  },
  {
    peer: 'feed-extractor',
    field: 'link',
    file: /^node-feedparser\/guid-dupes\.xml$/,
    reason: "feed-extractor joins an item's two <link> elements into one comma-separated string, which is no URL",
  },
  {
    peer: 'rss-parser',
    field: 'link',
    file: /^feed-extractor\/atom-(multilinks|feed-standard)\.xml$/,
    reason:
      'several alternate links (a link without rel is one, RFC 4287 4.2.7.2): parseFeed takes the first in document order, rss-parser the first with an explicit rel',
  },
  {
    field: 'title',
    file: /title(_content_mode)?_base64/,
    reason:
      'a base64 Atom title (mode="base64" in 0.3, a non-text media type in 1.0): the peers show the base64 text undecoded',
  },
  {
    field: 'title',
    file: /^(feedparser\/atom__entry_title_naked_markup|gofeed\/atom__entry_(title_xml_base|summary_xml_base_inherit_3))\.xml$/,
    reason:
      'markup left unescaped in a title (<b>, <a> as child elements): the peers drop the text of the child elements',
  },
];

/** A link as feed-extractor's normalization leaves it: no fragment, no utm_* parameters, the query re-serialized. */
const stripTracking = (url: string) => {
  try {
    const u = new URL(url);
    const params = new URLSearchParams(u.search);
    for (const key of [...params.keys()]) if (key.startsWith('utm_')) params.delete(key);
    u.search = params.toString();
    u.hash = '';
    return u.href;
  } catch {
    return url;
  }
};

const ruleFor = (d: Disagreement) =>
  RULES.find(
    (r) =>
      r.field === d.field &&
      (!r.peer || r.peer === d.peer) &&
      (!r.file || r.file.test(d.file)) &&
      (!r.when || r.when(d)),
  );

function compare(row: Row, peer: Peer, tally: Record<Field, [number, number]>, out: Disagreement[]) {
  const theirs = entriesOf(row.peers[peer]);
  const ours = entriesOf(row.ours);
  for (const [t, o] of pair(theirs, ours)) {
    const check = (field: Field, applies: boolean, agree: () => boolean, show: (e: Entry) => string) => {
      if (!applies) return;
      tally[field][1]++;
      if (agree()) tally[field][0]++;
      else out.push({ file: row.file, peer, field, theirs: show(t), ours: show(o) });
    };
    check(
      'title',
      !!plain(t.title) && !!o.title && !o.derivedTitle,
      () => plain(t.title) === plain(o.title),
      (e) => e.title,
    );
    check(
      'link',
      !!t.link.trim() && !!o.link,
      () => sameLink(t.link, o.link),
      (e) => e.link,
    );
    // Peers give one date (feed-extractor prefers Atom's updated); it agrees when it is either of ours.
    check(
      'date',
      !isNaN(t.dates[0]!) && o.dates.some((d) => !isNaN(d)),
      () => o.dates.some((d) => Math.abs(d - t.dates[0]!) < 1000),
      (e) =>
        e.dates
          .filter((d) => !isNaN(d))
          .map((d) => new Date(d).toISOString())
          .join(' / '),
    );
  }
}

const withEntries = (r: Reading) => entriesOf(r).length > 0;
const pct = (a: number, n: number) => `${((100 * a) / n).toFixed(1)} %`;

describe('differential: parseFeed against rss-parser and feed-extractor', () => {
  it(`reads a corpus of at least 300 third-party feed files (${files.length})`, () => {
    expect(files.length).toBeGreaterThanOrEqual(300);
    const counts = {
      files: files.length,
      'rss-parser': rows.filter((r) => withEntries(r.peers['rss-parser'])).length,
      'feed-extractor': rows.filter((r) => withEntries(r.peers['feed-extractor'])).length,
      'either peer': rows.filter((r) => PEERS.some((p) => withEntries(r.peers[p]))).length,
      parseFeed: rows.filter((r) => withEntries(r.ours)).length,
    };
    console.log('files with at least one entry (a title, a link or text):', counts);
    // Every format the issue names is in the corpus, and parseFeed reads entries from each.
    const kinds = {
      rss09: /<rss[^>]+version="0\.9|my\.netscape\.com\/rdf\/simple\/0\.9/,
      rss10: /purl\.org\/rss\/1\.0/,
      rss20: /<rss[^>]+version="2\.0/,
      atom03: /purl\.org\/atom\/ns#/,
      atom10: /w3\.org\/2005\/Atom"/,
      json10: /jsonfeed\.org\/version\/1"/,
      json11: /jsonfeed\.org\/version\/1\.1/,
    };
    for (const [kind, pattern] of Object.entries(kinds)) {
      const of = rows.filter((r) => pattern.test(asText(readFileSync(`${ROOT}/${r.file}`))));
      expect(of.filter((r) => withEntries(r.ours)).length, kind).toBeGreaterThan(0);
    }
  });

  it('shows at least one entry wherever a peer shows one (≥ 98 % of such files; every exception listed with its reason)', () => {
    const shown = rows.filter((r) => PEERS.some((p) => withEntries(r.peers[p])));
    const missing = shown.filter((r) => !withEntries(r.ours)).map((r) => r.file);
    console.log(
      `a peer shows entries in ${shown.length} files; parseFeed in ${shown.length - missing.length} of them (${pct(shown.length - missing.length, shown.length)})`,
      missing.map((f) => `${f}: ${MISSING[f] ?? 'NOT LISTED'}`),
    );
    expect(missing.filter((f) => !MISSING[f])).toEqual([]);
    expect(Object.keys(MISSING).filter((f) => !missing.includes(f))).toEqual([]);
    expect(missing.length / shown.length).toBeLessThanOrEqual(0.02);
  });

  it('agrees on titles, links and dates of the entries both read (every disagreement listed with its reason)', () => {
    const tally = { title: [0, 0], link: [0, 0], date: [0, 0] } as Record<Field, [number, number]>;
    const disagreements: Disagreement[] = [];
    for (const row of rows) for (const peer of PEERS) compare(row, peer, tally, disagreements);
    const unexplained = disagreements.filter((d) => !ruleFor(d));
    const byRule = RULES.map((r) => ({
      reason: r.reason,
      count: disagreements.filter((d) => ruleFor(d) === r).length,
    }));
    console.log(
      'agreement (entries both read):',
      Object.fromEntries(Object.entries(tally).map(([f, [a, n]]) => [f, `${a}/${n} (${pct(a, n)})`])),
      '\nexplained disagreements:',
      byRule.map((r) => `${r.count} × ${r.reason}`),
    );
    if (process.env.DIFF_DUMP) writeFileSync(process.env.DIFF_DUMP, JSON.stringify({ disagreements, rows }, null, 1));
    expect(unexplained).toEqual([]);
    expect(byRule.filter((r) => r.count === 0)).toEqual([]);
  });
});
