import type { PatternHit } from './match-patterns.ts';

/** A word of a cue's context, as the detector counts them. */
export const CONTEXT_WORD = /[a-z]{2,}/g;
/** Fewer context words than this give the model nothing to weigh, and make no informative sentence around a cue. */
export const MIN_CONTEXT_WORDS = 3;

/** CONTEXT_WORD's own scanner for counting (its `lastIndex` is this module's, never the shared regex's). */
const WORD_SCANNER = new RegExp(CONTEXT_WORD.source, 'g');

/**
 * Whether a text holds at least MIN_CONTEXT_WORDS context words (`text.match(CONTEXT_WORD).length >= MIN_CONTEXT_WORDS`),
 * read only as far as the last word needed, with no list of the words made (it runs on every text the detector reads).
 */
export function hasContextWords(text: string): boolean {
  WORD_SCANNER.lastIndex = 0;
  let words = 0;
  while (words < MIN_CONTEXT_WORDS && WORD_SCANNER.exec(text) !== null) words++;
  WORD_SCANNER.lastIndex = 0;
  return words >= MIN_CONTEXT_WORDS;
}

/** The segment with every hit's range replaced by spaces (offsets unchanged), or undefined if too little is left. */
export function cueContext(text: string, hits: readonly PatternHit[]): string | undefined {
  let masked = text;
  for (const hit of hits) masked = masked.slice(0, hit.start) + ' '.repeat(hit.end - hit.start) + masked.slice(hit.end);
  return hasContextWords(masked) ? masked : undefined;
}
