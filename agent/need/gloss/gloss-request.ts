import { ageAfterRelative } from './age-after-relative.ts';
import { nameDayMonthDates } from './day-month-dates.ts';
import type { Gloss, GlossLexicon } from './gloss-lexicon.ts';

/** Lower case, without accents, so "Máximo", "maximo" and "máximo" meet ("ł", "ß" and "ø" have no accent to drop). */
export function foldWord(word: string): string {
  return word.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');
}

/** A lexicon made ready to read with: exact keys, prefixes longest first, and the longest phrase in words. */
interface CompiledLexicon {
  readonly exact: ReadonlyMap<string, Gloss>;
  readonly prefixes: readonly (readonly [string, Gloss])[];
  /** Phrases with a stem among their words ("stal* nierdzewn*"), longest first. */
  readonly stemPhrases: readonly (readonly [readonly string[], Gloss])[];
  readonly longest: number;
  readonly compounds: boolean;
}

const compiled = new WeakMap<GlossLexicon, CompiledLexicon>();

function compile(lexicon: GlossLexicon): CompiledLexicon {
  let done = compiled.get(lexicon);
  if (done) return done;
  const exact = new Map<string, Gloss>();
  const prefixes: [string, Gloss][] = [];
  const stemPhrases: [string[], Gloss][] = [];
  let longest = 1;
  for (const [key, gloss] of Object.entries(lexicon.words)) {
    const words = key.split(/\s+/).map(foldWord);
    const folded = words.join(' ');
    if (words.length > 1 && folded.includes('*')) stemPhrases.push([words, gloss]);
    else if (folded.endsWith('*')) prefixes.push([folded.slice(0, -1), gloss]);
    else exact.set(folded, gloss);
    longest = Math.max(longest, words.length);
  }
  prefixes.sort((a, b) => b[0].length - a[0].length);
  stemPhrases.sort((a, b) => b[0].length - a[0].length);
  done = { exact, prefixes, stemPhrases, longest, compounds: lexicon.compounds };
  compiled.set(lexicon, done);
  return done;
}

/** The shortest piece a compound is split into ("tält", "kask"): shorter ones match inside too many words. */
const MIN_COMPOUND_PART = 4;

/** What one word (folded) reads as: its entry, an entry it starts with, or — in a compound — two entries glued. */
function lookWord(lex: CompiledLexicon, word: string, inCompound = false): Gloss | undefined {
  const exact = lex.exact.get(word);
  if (exact !== undefined) return exact;
  for (const [prefix, gloss] of lex.prefixes) if (word.length >= prefix.length && word.startsWith(prefix)) return gloss;
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

/** A phrase with stems among its words that the run of words matches word by word ("stali nierdzewnej"). */
function stemPhraseAt(lex: CompiledLexicon, run: readonly Word[]): Gloss | undefined {
  const matches = (pattern: string, word: string) => (pattern.endsWith('*') ? word.startsWith(pattern.slice(0, -1)) : word === pattern);
  return lex.stemPhrases.find(([pattern]) => pattern.length === run.length && pattern.every((p, k) => matches(p, run[k]!.folded)))?.[1];
}

function plain(gloss: Gloss, beforeFigure: boolean): string {
  return typeof gloss === 'string' ? gloss : beforeFigure ? gloss.beforeFigure : gloss.otherwise;
}

/** A figure follows (a money sign may come first): "hasta 100", "do 800 zł", "bis € 50". */
function figureFollows(rest: string): boolean {
  return /^\s*[€$£]?\s*\d/u.test(rest);
}

/** A word, hyphenated words ("sexta-feira", "E-Book-Reader") and an apostrophe inside ("dell'acqua") included. */
const WORD = /\p{L}[\p{L}\p{M}]*(?:['’-]\p{L}[\p{L}\p{M}]*)*/gu;
/**
 * Said as typed, never glossed: quoted words (a name, a model, a phrase the person wants matched), and addresses (a
 * link, an e-mail address), whose pieces are not words of any language.
 */
const VERBATIM = /("[^"]*"|“[^”]*”|«[^»]*»|„[^“”]*[“”]|\b(?:https?:\/\/|www\.)\S+|\S+@\S+\.\S+)/u;

interface Word {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly folded: string;
}

/** Reads one unquoted stretch of text, longest phrase first, and writes each word's English in its place. */
function glossSpan(span: string, lex: CompiledLexicon, glossed: { count: number }): string {
  const words: Word[] = [...span.matchAll(WORD)].map((m) => ({ start: m.index, end: m.index + m[0].length, text: m[0], folded: foldWord(m[0]) }));
  let out = '';
  let at = 0;
  for (let i = 0; i < words.length; ) {
    let matched = 0;
    let gloss: Gloss | undefined;
    for (let n = Math.min(lex.longest, words.length - i); n >= 2 && matched === 0; n -= 1) {
      const run = words.slice(i, i + n);
      // A phrase is words apart only by spaces ("fin del mes", not "fin, del mes").
      if (run.some((w, k) => k > 0 && !/^\s+$/.test(span.slice(run[k - 1]!.end, w.start)))) continue;
      const entry = lex.exact.get(run.map((w) => w.folded).join(' ')) ?? stemPhraseAt(lex, run);
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
    out += span.slice(at, first.start);
    if (gloss === undefined) out += span.slice(first.start, last.end);
    else {
      out += plain(gloss, figureFollows(span.slice(last.end)));
      glossed.count += 1;
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
  const pieces = text.split(VERBATIM).map((piece, k) => (k % 2 === 1 ? piece : glossSpan(piece, lex, glossed)));
  // Dropped words leave runs of spaces and a space before punctuation.
  const english = pieces.join('').replace(/[ \t]{2,}/g, ' ').replace(/ +([,.;:!?)])/g, '$1').replace(/^ +/gm, '');
  return { text: ageAfterRelative(nameDayMonthDates(english)), glossed: glossed.count };
}

/**
 * The words of a text that may say which language it is in, folded: words the reader already reads (`readerWord`:
 * English and French words, "no", "de", "set", "max"), words of one or two plain letters ("a", "o", "w") and the pieces
 * of a link or an address say nothing about another language, so they are left out.
 */
export function telltaleWords(text: string, readerWord: (word: string) => boolean): string[] {
  const words = text.split(VERBATIM).filter((_, k) => k % 2 === 0).flatMap((piece) => [...piece.matchAll(WORD)].map((m) => m[0].toLowerCase()));
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
  for (const word of words) {
    if (shared.has(word)) continue;
    if (markers.has(word)) score += 1;
    const gloss = lookWord(lex, word);
    if (gloss !== undefined && plain(gloss, false) !== word) score += 1;
  }
  return score;
}
