import { ageAfterRelative } from './age-after-relative.ts';
import { deadlineNotBudget, nameDayMonthDates } from './day-month-dates.ts';
import type { BoundWord, Gloss, GlossLexicon, Postposition } from './gloss-lexicon.ts';
import { splitVerbatim } from './verbatim-spans.ts';

/**
 * Lower case, without accents, so "Máximo", "maximo" and "máximo" meet, and Greek "φθηνό", "φθηνο" ("ł", "ß" and "ø"
 * have no accent to drop). Letters that are letters of their own keep their mark: Russian "й" (never typed "и") and
 * the kana's voicing marks ("ガ" is not "カ"); Greek final "ς" is "σ", Turkish dotless "ı" is "i" as keyboards without
 * it type it.
 */
export function foldWord(word: string): string {
  return word.toLowerCase().replace(/ς/g, 'σ').replace(/ı/g, 'i').normalize('NFD').replace(/(?<!и)(?![\u3099\u309a])\p{M}/gu, '').normalize('NFC');
}

/** A lexicon made ready to read with: exact keys, prefixes longest first, and the longest phrase in words. */
interface CompiledLexicon {
  readonly exact: ReadonlyMap<string, Gloss>;
  readonly prefixes: readonly (readonly [string, Gloss])[];
  /** Phrases with a stem among their words ("stal* nierdzewn*"), longest first. */
  readonly stemPhrases: readonly (readonly [readonly string[], Gloss])[];
  readonly longest: number;
  readonly compounds: boolean;
  /** Endings a word may carry, longest first (`GlossLexicon.suffixes`). */
  readonly suffixes: readonly string[];
  readonly spaceless: boolean;
  /** The longest key in letters, for a text without spaces. */
  readonly longestKey: number;
  /** Words already read by their endings. */
  readonly stripped: Map<string, Gloss | null>;
}

const compiled = new WeakMap<GlossLexicon, CompiledLexicon>();

function compile(lexicon: GlossLexicon): CompiledLexicon {
  let done = compiled.get(lexicon);
  if (done) return done;
  const exact = new Map<string, Gloss>();
  const prefixes: [string, Gloss][] = [];
  const stemPhrases: [string[], Gloss][] = [];
  let longest = 1;
  let longestKey = 1;
  for (const [key, gloss] of Object.entries(lexicon.words)) {
    longestKey = Math.max(longestKey, key.length);
    const words = key.split(/\s+/).map(foldWord);
    const folded = words.join(' ');
    if (words.length > 1 && folded.includes('*')) stemPhrases.push([words, gloss]);
    else if (folded.endsWith('*')) prefixes.push([folded.slice(0, -1), gloss]);
    else exact.set(folded, gloss);
    longest = Math.max(longest, words.length);
  }
  prefixes.sort((a, b) => b[0].length - a[0].length);
  stemPhrases.sort((a, b) => b[0].length - a[0].length);
  const suffixes = [...(lexicon.suffixes ?? [])].map(foldWord).sort((a, b) => b.length - a.length);
  done = { exact, prefixes, stemPhrases, longest, compounds: lexicon.compounds, suffixes, spaceless: lexicon.spaceless ?? false, longestKey, stripped: new Map() };
  compiled.set(lexicon, done);
  return done;
}

/** The shortest piece a compound is split into ("tält", "kask"): shorter ones match inside too many words. */
const MIN_COMPOUND_PART = 4;

/**
 * What one word (folded) reads as: its entry, an entry it starts with, the entry of its stem once its endings are
 * stripped, or — in a compound — two entries glued.
 */
function lookWord(lex: CompiledLexicon, word: string, inCompound = false): Gloss | undefined {
  const exact = lex.exact.get(word);
  if (exact !== undefined) return exact;
  for (const [prefix, gloss] of lex.prefixes) if (word.length >= prefix.length && word.startsWith(prefix)) return gloss;
  if (lex.suffixes.length > 0) return withoutSuffixes(lex, word, 0);
  if (!lex.compounds || inCompound || word.length < 2 * MIN_COMPOUND_PART) return undefined;
  // The longest known tail is the compound's head noun ("skaft|dammsugare", "kinder|fiets"); a linking "s" may join them.
  for (let cut = MIN_COMPOUND_PART; cut <= word.length - MIN_COMPOUND_PART; cut += 1) {
    const tail = lookWord(lex, word.slice(cut), true);
    if (tail === undefined) continue;
    const headWord = word.slice(0, cut);
    const head = lookWord(lex, headWord, true) ?? (headWord.endsWith('s') ? lookWord(lex, headWord.slice(0, -1), true) : undefined);
    if (head !== undefined) return `${plain(head, false)} ${plain(tail, false)}`.trim();
  }
  return undefined;
}

/** The shortest stem left once endings are stripped ("su", water; "ev", home). */
const MIN_STEM = 2;
/** The most endings stripped from one word ("kulaklık|lar|ım|a"). */
const MAX_SUFFIXES = 4;
const MAX_STRIPPED = 20_000;

/** A word read by its stem: endings stripped one at a time, longest first, until an entry names what is left. */
function withoutSuffixes(lex: CompiledLexicon, word: string, depth: number): Gloss | undefined {
  if (depth >= MAX_SUFFIXES) return undefined;
  const known = lex.stripped.get(word);
  if (known !== undefined) return known ?? undefined;
  let found: Gloss | undefined;
  for (const suffix of lex.suffixes) {
    if (word.length - suffix.length < MIN_STEM || !word.endsWith(suffix)) continue;
    const stem = word.slice(0, -suffix.length);
    found = lex.exact.get(stem) ?? withoutSuffixes(lex, stem, depth + 1);
    if (found !== undefined) break;
  }
  if (lex.stripped.size < MAX_STRIPPED) lex.stripped.set(word, found ?? null);
  return found;
}

/** A phrase with stems among its words that the run of words matches word by word ("stali nierdzewnej"). */
function stemPhraseAt(lex: CompiledLexicon, run: readonly Word[]): Gloss | undefined {
  const matches = (pattern: string, word: string) => (pattern.endsWith('*') ? word.startsWith(pattern.slice(0, -1)) : word === pattern);
  return lex.stemPhrases.find(([pattern]) => pattern.length === run.length && pattern.every((p, k) => matches(p, run[k]!.folded)))?.[1];
}

function plain(gloss: Gloss, beforeFigure: boolean): string {
  if (typeof gloss === 'string') return gloss;
  if (isPostposition(gloss)) return gloss.afterWord;
  return beforeFigure ? gloss.beforeFigure : gloss.otherwise;
}

function isPostposition(gloss: BoundWord | Postposition): gloss is Postposition {
  return 'afterWord' in gloss;
}

/** A figure follows (a money sign may come first): "hasta 100", "do 800 zł", "bis € 50". */
function figureFollows(rest: string): boolean {
  return /^\s*[€$£]?\s*\d/u.test(rest);
}

/** A word, hyphenated words ("sexta-feira", "E-Book-Reader") and an apostrophe inside ("dell'acqua") included. */
const WORD = /\p{L}[\p{L}\p{M}]*(?:['’-]\p{L}[\p{L}\p{M}]*)*/gu;

interface Word {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly folded: string;
}

/**
 * The words of a text written without spaces, read by the longest entry at each point ("ワイヤレス" "イヤホン" "を"
 * "探しています"); letters no entry starts are kept together as one word (a name, a word the lexicon lacks).
 */
function spacelessWords(span: string, lex: CompiledLexicon): Word[] {
  const words: Word[] = [];
  for (const run of span.matchAll(/[\p{L}\p{M}]+/gu)) {
    const text = run[0];
    let unknownFrom = -1;
    const flush = (to: number) => {
      if (unknownFrom < 0) return;
      const piece = text.slice(unknownFrom, to);
      words.push({ start: run.index + unknownFrom, end: run.index + to, text: piece, folded: foldWord(piece) });
      unknownFrom = -1;
    };
    for (let j = 0; j < text.length; ) {
      let length = Math.min(lex.longestKey, text.length - j);
      while (length > 0 && !lex.exact.has(foldWord(text.slice(j, j + length)))) length -= 1;
      if (length === 0) {
        if (unknownFrom < 0) unknownFrom = j;
        j += 1;
        continue;
      }
      flush(j);
      const piece = text.slice(j, j + length);
      words.push({ start: run.index + j, end: run.index + j + length, text: piece, folded: foldWord(piece) });
      j += length;
    }
    flush(text.length);
  }
  return words;
}

/** The words of a stretch of text, as the lexicon splits them. */
function wordsOf(span: string, lex: CompiledLexicon): Word[] {
  if (lex.spaceless) return spacelessWords(span, lex);
  return [...span.matchAll(WORD)].map((m) => ({ start: m.index, end: m.index + m[0].length, text: m[0], folded: foldWord(m[0]) }));
}

/** A figure (with its decimals) ending a stretch of text: "500 " before "TL", "1万円" made "10000" before "円". */
const FIGURE_AT_END = /\d[\d.,]*\s*$/;

/**
 * Reads one unquoted stretch of text, longest phrase first, and writes each word's English in its place; a
 * postposition's English goes before the word or figure it follows ("cumaya kadar": "by friday").
 */
function glossSpan(text: string, lex: CompiledLexicon, glossed: { count: number }): string {
  // What follows an apostrophe is an ending in a language of endings ("500 TL'ye", "Sony'den").
  const span = lex.suffixes.length > 0 ? text.replace(/(?<=[\p{L}\d])['’]\p{L}+/gu, '') : text;
  const words = wordsOf(span, lex);
  let out = '';
  let at = 0;
  /** Where in `out` the last word or figure read begins: where a postposition's English is written. */
  let unitStart = -1;
  for (let i = 0; i < words.length; ) {
    let matched = 0;
    let gloss: Gloss | undefined;
    for (let n = Math.min(lex.longest, words.length - i); n >= 2 && matched === 0; n -= 1) {
      const run = words.slice(i, i + n);
      // A phrase is words apart only by spaces ("fin del mes", not "fin, del mes").
      if (run.some((w, k) => k > 0 && !/^\s+$/.test(span.slice(run[k - 1]!.end, w.start)))) continue;
      const key = run.map((w) => w.folded).join(' ');
      // In a language of endings the phrase's last word carries them ("koşu ayakkabısı").
      const entry = lex.exact.get(key) ?? stemPhraseAt(lex, run) ?? (lex.suffixes.length > 0 ? withoutSuffixes(lex, key, 0) : undefined);
      if (entry !== undefined) [matched, gloss] = [n, entry];
    }
    const first = words[i]!;
    if (matched === 0) {
      gloss = lookWord(lex, first.folded);
      if (gloss === undefined && /['’-]/.test(first.folded)) {
        const parts = first.folded.split(/['’-]/).map((p) => lookWord(lex, p));
        if (parts.some((p) => p !== undefined)) gloss = first.text.split(/['’-]/).map((p, k) => (parts[k] === undefined ? p : plain(parts[k]!, false))).filter((p) => p !== '').join(' ');
      }
      matched = 1;
    }
    const last = words[i + matched - 1]!;
    // Words written without spaces are written apart in English.
    const gap = lex.spaceless ? ` ${span.slice(at, first.start)} ` : span.slice(at, first.start);
    out += gap;
    const figure = FIGURE_AT_END.exec(gap);
    const figureStart = figure === null ? -1 : out.length - (gap.length - figure.index);
    if (gloss !== undefined && typeof gloss !== 'string' && isPostposition(gloss)) {
      const before = figureStart >= 0 ? figureStart : unitStart;
      const afterFigure = figureStart >= 0 || (unitStart >= 0 && /^\d/.test(out.slice(unitStart)));
      const english = afterFigure && gloss.afterFigure !== undefined ? gloss.afterFigure : gloss.afterWord;
      if (before < 0) out += english;
      else if (english !== '') [out, unitStart] = [`${out.slice(0, before)}${english} ${out.slice(before)}`, before];
      glossed.count += 1;
    } else {
      unitStart = figureStart >= 0 ? figureStart : out.length;
      if (gloss === undefined) out += span.slice(first.start, last.end);
      else {
        out += plain(gloss, figureFollows(span.slice(last.end)));
        glossed.count += 1;
      }
    }
    at = last.end;
    i += matched;
  }
  return out + span.slice(at);
}

/** A request read through a gloss: the English the reader is given, and how many words or phrases were glossed. */
export interface GlossedRequest {
  readonly text: string;
  readonly glossed: number;
}

/**
 * Writes a request in the English words the need reader knows, word for word and phrase by phrase from the language's
 * lexicon: function words (budget cues, negation, recipients, dates), numbers, months and weekdays, product and feature
 * words. Words no entry names (brand and model names, English words, figures) and quoted text stay as typed; a
 * day-month date after a deadline word is written with its month's name, and a relative's bare figure as an age.
 * @example
 * glossRequest('busco una tienda de campaña, hasta 200 euros', SPANISH).text; // '… tent, up to 200 euros'
 */
export function glossRequest(text: string, lexicon: GlossLexicon): GlossedRequest {
  const lex = compile(lexicon);
  const glossed = { count: 0 };
  const plainText = lexicon.plainText === undefined ? text : lexicon.plainText(text);
  const pieces = splitVerbatim(plainText).map((piece, k) => (k % 2 === 1 ? piece : glossSpan(piece, lex, glossed)));
  // Dropped and moved words leave runs of spaces, a space before punctuation or at a line's ends.
  const english = pieces.join('').replace(/[ \t]{2,}/g, ' ').replace(/ +([,.;:!?)])/g, '$1').replace(/^ +| +$/gm, '');
  return { text: ageAfterRelative(deadlineNotBudget(nameDayMonthDates(english))), glossed: glossed.count };
}

/**
 * The words of a text that may say which language it is in, folded: words the reader already reads (`readerWord`:
 * English and French words, "no", "de", "set", "max"), words of one or two plain letters ("a", "o", "w") and the pieces
 * of a link or an address say nothing about another language, so they are left out.
 */
export function telltaleWords(text: string, readerWord: (word: string) => boolean): string[] {
  const words = splitVerbatim(text).filter((_, k) => k % 2 === 0).flatMap((piece) => [...piece.matchAll(WORD)].map((m) => m[0].toLowerCase()));
  return words.filter((typed) => {
    const word = foldWord(typed);
    return !((word.length <= 2 && /^[a-z]*$/.test(typed)) || readerWord(word) || readerWord(typed));
  }).map(foldWord);
}

/**
 * The text without the words a lexicon has an entry for, so the English and French signs left are weighed against it:
 * "un" and "de" are French signs, but Spanish words too.
 */
export function withoutLexiconWords(text: string, lexicon: GlossLexicon): string {
  const lex = compile(lexicon);
  return text.replace(WORD, (word) => (lookWord(lex, foldWord(word)) === undefined ? word : ' '));
}

/**
 * How many of a text's telltale words (`telltaleWords`) a lexicon has an entry for (its own markers count again), for
 * recognising the language; its words spelled like one the reader reads otherwise (`sharedWithReader`) never count.
 */
export function glossEvidence(words: readonly string[], lexicon: GlossLexicon): number {
  const lex = compile(lexicon);
  const markers = new Set(lexicon.markers.map(foldWord));
  const shared = new Set((lexicon.sharedWithReader ?? []).map(foldWord));
  let score = 0;
  // Words written without spaces are weighed piece by piece, as they are read.
  const pieces = lex.spaceless ? words.flatMap((w) => spacelessWords(w, lex).map((p) => p.folded)) : words;
  for (const word of pieces) {
    if (shared.has(word)) continue;
    if (markers.has(word)) score += 1;
    const gloss = lookWord(lex, word);
    if (gloss !== undefined && plain(gloss, false) !== word) score += 1;
  }
  return score;
}
