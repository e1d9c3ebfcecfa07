import { STOP } from './stopwords.js';

// Tashkeel, superscript alef, Quranic annotation marks and tatweel.
const MARKS = /[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u08d3-\u08ff\u0640]/g;
const FROM = 'أإآٱىیئةۀؤک';
const TO = 'اااايييههوك';
const LETTERS = new RegExp(`[${FROM}]`, 'g');
// Arabic-Indic and Persian digits: the low four bits of their code points are the digit.
const DIGITS = /[\u0660-\u0669\u06f0-\u06f9]/g;
const WORD = /[\p{L}\p{N}\p{M}]+/gu;
const ARABIC = /[\u0621-\u064a]/;
// Longest first, so وال comes off whole rather than as و. The first seven (the article, لل, و)
// do not count as stem for the dual and plural endings (see stemNormalized).
const PREFIXES = 'وال بال كال فال ال لل و ف ب ك ل'.split(' ');
// The dual and plural endings first: they follow their own rule.
const SUFFIXES = 'ون ين ان ات ها هم هن كم نا يه يا ي ه'.split(' ');

/**
 * One spelling per Arabic word: presentation forms folded (NFKC), diacritics and tatweel removed,
 * أ إ آ ٱ → ا, ى ی ئ → ي, ة ۀ → ه, ؤ → و, ک → ك, Arabic-Indic and Persian digits → 0–9.
 */
export const normalizeArabic = (s: string): string =>
  String(s ?? '')
    .normalize('NFKC')
    .replace(MARKS, '')
    .replace(LETTERS, (c) => TO[FROM.indexOf(c)]!)
    .replace(DIGITS, (d) => String(d.charCodeAt(0) & 15));

/**
 * Light stemming of a normalized, lower-cased word. Suffixes, then prefixes, come off repeatedly
 * while at least three letters stay, so every inflection of a word (والسورية، سوريه، السوري)
 * lands on the same stem even when that stem is not a dictionary word.
 *
 * The dual and plural endings ين ان ون also end names and nouns of the فعلان pattern (البحرين،
 * لبنان، السودان، ايران، رمضان، الامين): they come off only when four letters stay besides an
 * article, لل or و, so البحرين is not البحر and لبنان not لبن (the duals of three-letter nouns, يومين,
 * stay apart from them). An ending kept is not counted as stem either when لل or a one-letter
 * prefix would come off (بوتين is not تين, البلدين not الدين).
 */
export const stemNormalized = (w: string): string => {
  if (!ARABIC.test(w)) return w.length > 4 ? w.replace(/([^s])s$/, '$1') : w;
  const before = PREFIXES.slice(0, 7).find((x) => w.startsWith(x))?.length ?? 0;
  let a: string | undefined;
  while ((a = SUFFIXES.find((x, i) => w.endsWith(x) && w.length - x.length > (i < 3 ? before + 3 : 2))))
    w = w.slice(0, -a.length);
  const kept = SUFFIXES.slice(0, 3).some((x) => w.endsWith(x));
  while ((a = PREFIXES.find((x, i) => w.startsWith(x) && w.length - x.length > (kept && i > 4 ? 4 : 2))))
    w = w.slice(a.length);
  return w;
};

/** The stem of one word (any spelling). */
export const stem = (word: string): string => stemNormalized(normalizeArabic(word).toLowerCase());

/** Normalized, lower-cased words of a text, without stop words and single letters (not stemmed). */
export const words = (s: string): string[] =>
  (normalizeArabic(s).toLowerCase().match(WORD) ?? []).filter(
    (w) => w.length > 1 && !STOP.has(w) && !(w[0] === 'و' && STOP.has(w.slice(1))),
  );

/** Index terms of a text: normalized, stop words removed, stemmed. */
export const tokenize = (s: string): string[] => words(s).map(stemNormalized);
