import { DEADLINE_WORDS } from './extract-deadline.ts';
import { MEASURE_WORDS } from './extract-measures.ts';
import { MONEY_WORDS } from './extract-money.ts';
import { QUANTITY_READER_WORDS } from './extract-quantity.ts';
import { SIZE_READER_WORDS } from './extract-shoe-size.ts';
import { closestWord } from './fuzzy-match.ts';
import type { LexiconEntry } from './lexicon-types.ts';
import { LEXICON, STOPWORDS } from './lexicon.ts';
import { DATE_WORDS } from './parse-date.ts';
import { PhraseMatcher } from './phrase-matcher.ts';
import { TECHNICAL_STANDARD_WORDS } from './technical-standards.ts';
import type { Token } from './tokenize.ts';

/** The engine's word knowledge: the phrase matcher, every known word, and the words typos are corrected towards. */
export interface Vocabulary {
  readonly matcher: PhraseMatcher<LexiconEntry>;
  readonly knownWords: ReadonlySet<string>;
  /** Correction targets → meaning key (words of the same entry never tie with each other). */
  readonly typoTargets: ReadonlyMap<string, string>;
}

/** Builds the vocabulary once; it is immutable and shared by every call. */
export function buildVocabulary(): Vocabulary {
  const matcher = new PhraseMatcher(LEXICON);
  const readerWords = [...DATE_WORDS, ...DEADLINE_WORDS, ...MONEY_WORDS, ...QUANTITY_READER_WORDS, ...SIZE_READER_WORDS, ...MEASURE_WORDS, ...TECHNICAL_STANDARD_WORDS];
  const knownWords = new Set([...matcher.words(), ...STOPWORDS, ...readerWords]);
  const typoTargets = new Map<string, string>();
  for (const [index, entry] of LEXICON.entries()) {
    // Only content words are worth correcting towards; function words ("never", "rather") would cause false fixes.
    if (entry.role !== undefined) continue;
    for (const phrase of entry.phrases) for (const word of phrase.split(' ')) if (word.length >= 5 && !STOPWORDS.has(word)) typoTargets.set(word, `entry:${index}`);
  }
  for (const word of [...DATE_WORDS, 'budget', 'maximum', 'between', 'within', 'battery', 'delivered', 'delivery', 'euros', 'dollars', 'tomorrow']) {
    if (word.length >= 5 && !typoTargets.has(word)) typoTargets.set(word, `word:${word}`);
  }
  return { matcher, knownWords, typoTargets };
}

let shared: Vocabulary | undefined;

/** The built-in vocabulary, built on first use and shared by every reader. */
export function sharedVocabulary(): Vocabulary {
  shared ??= buildVocabulary();
  return shared;
}

/** A typo fixed in place: what was typed and what it was read as. */
export interface TypoCorrection {
  readonly typed: string;
  readonly readAs: string;
}

/** Replaces unknown words that are one slip away from a known one ("headphnes" → "headphones"). */
export function correctTypos(tokens: Token[], vocabulary: Vocabulary): TypoCorrection[] {
  const corrections: TypoCorrection[] = [];
  for (const token of tokens) {
    if (token.kind !== 'word' || vocabulary.knownWords.has(token.norm)) continue;
    const readAs = closestWord(token.norm, vocabulary.typoTargets);
    if (readAs === undefined) continue;
    corrections.push({ typed: token.raw, readAs });
    token.norm = readAs;
  }
  return corrections;
}
