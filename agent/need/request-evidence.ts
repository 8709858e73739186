import { isTaxonomyLabelWord } from '../../protocol/index.ts';
import { closestWord } from './fuzzy-match.ts';
import { tokenize } from './tokenize.ts';
import type { Vocabulary } from './vocabulary.ts';

/** What was set aside as no words at all: a link, or a run of characters with no words in it (a key, a hash, a file). */
export type NoiseKind = 'link' | 'characters';

/** How much of a request is words the butler can read, and the request with what is not words blanked out. */
export interface RequestEvidence {
  /** The text with each link and each chunk holding a run of random characters replaced by spaces (same length). */
  readonly readable: string;
  /** What was blanked out, once per kind, in the order met. */
  readonly noise: readonly NoiseKind[];
  /** Words (letters) left in `readable`. */
  readonly words: number;
  /** Of those, words the engine knows, the taxonomy names, a slip away from a known word, or typed as a name. */
  readonly readableWords: number;
  /** Share of the text's non-space characters left in `readable` (1 when nothing was blanked out). */
  readonly readableShare: number;
}

/** A link typed or pasted: a scheme ("https://", "ftp://") or "www." and everything up to the next space. */
const LINK = /^(?:[a-z][a-z0-9+.-]*:\/\/|www\.)\S+$/i;

/** A run this long with no separator in it is long enough to tell words from random characters by their mixing. */
const RANDOM_RUN_MIN = 16;

/**
 * A run of letters and digits with no separator, mixed as random characters are ("PheDaLaT9vauu99vJ", "0522b9b34f3b"):
 * 16 characters or more, changing between digits and letters or from lower to upper case at least once every four
 * characters. Words, model names and figures with units ("WH1000XM5", "iPhone15", "Geschwindigkeitsbegrenzung",
 * "1000mAh") change far less often; base64 and hex change about every other character.
 */
function isRandomRun(run: string): boolean {
  if (run.length < RANDOM_RUN_MIN) return false;
  const classOf = (c: string) => (/\d/.test(c) ? 'digit' : c === c.toLowerCase() ? 'lower' : 'upper');
  let changes = 0;
  for (let k = 1; k < run.length; k++) {
    const before = classOf(run[k - 1]!);
    const now = classOf(run[k]!);
    // A capital opening a word ("MacBook") turns upper to lower: that is how words are written, not mixing.
    if (before !== now && !(before === 'upper' && now === 'lower')) changes++;
  }
  return changes * 4 >= run.length;
}

/** Whether a space-free chunk is a link or holds a run of random characters (then none of it is words). */
function noiseOf(chunk: string): NoiseKind | undefined {
  if (LINK.test(chunk)) return 'link';
  return chunk.split(/[^\p{L}\p{N}]+/u).some(isRandomRun) ? 'characters' : undefined;
}

/**
 * Reads how much of a request is words: links and chunks holding random characters (a pasted key, hash or file) are
 * blanked out, since no word can be read inside them (a "shoe" found among base64 letters is no shoe); the words left
 * are counted, and those the engine can read (its vocabulary, the taxonomy's labels, a typo one slip away from a
 * known word, a capitalised name) are counted apart.
 */
export function readRequestEvidence(text: string, vocabulary: Vocabulary): RequestEvidence {
  const noise: NoiseKind[] = [];
  let readable = text;
  let blanked = 0;
  for (const match of text.matchAll(/\S+/g)) {
    const kind = noiseOf(match[0]);
    if (kind === undefined) continue;
    if (!noise.includes(kind)) noise.push(kind);
    readable = `${readable.slice(0, match.index)}${' '.repeat(match[0].length)}${readable.slice(match.index + match[0].length)}`;
    blanked += match[0].length;
  }
  const total = text.replace(/\s+/g, '').length;
  let words = 0;
  let readableWords = 0;
  for (const token of tokenize(readable)) {
    if (token.kind !== 'word') continue;
    words++;
    const known = vocabulary.knownWords.has(token.norm) || token.capitalized || isTaxonomyLabelWord(token.norm) || closestWord(token.norm, vocabulary.typoTargets) !== undefined;
    if (known) readableWords++;
  }
  return { readable, noise, words, readableWords, readableShare: total === 0 ? 1 : (total - blanked) / total };
}

/**
 * Nothing in the request can be read as words: what was typed was only links or random characters, or only letters
 * that form no word the engine knows ("asdfghjkl jkjkjk"). The butler asks what the person wants rather than guess.
 */
export function isNotUnderstood(evidence: RequestEvidence): boolean {
  if (evidence.readableWords > 0) return false;
  return evidence.noise.length > 0 || evidence.words > 0;
}
