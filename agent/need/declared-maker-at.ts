import { isTaxonomyLabelWord } from '../../protocol/index.ts';
import { LEXICON, STOPWORDS } from './lexicon.ts';
import type { MarketLine, MarketMakers } from './market-makers.ts';
import type { Token } from './tokenize.ts';

/** A maker the market lists, named at a position: the maker, and the product line the person said instead, if any. */
export interface DeclaredMakerReading {
  /** The index after the name's last token. */
  readonly end: number;
  readonly maker: string;
  /** The line the person named ("iPhone"), when they named a line rather than the maker. */
  readonly line?: string;
}

/** Up to this many tokens in a declared name ("the north face", "black + decker", "bang & olufsen"). */
const MAX_NAME_TOKENS = 5;
const JOINS: ReadonlySet<string> = new Set(['&', '+']);
const PLACE_WORDS: ReadonlySet<string> = new Set(['for', 'in', 'to', 'at', 'from', 'around', 'pour', 'en', 'au', 'aux', 'dans', 'vers']);
const SENTENCE_ENDS: ReadonlySet<string> = new Set(['.', '!', '?', ':', ';', '(', '-']);

/** Words that steer a sentence (negations, "or", "only", "ideally"): a name holding one would swallow a list or a rule. */
const ROLE_WORDS: ReadonlySet<string> = new Set(LEXICON.filter((e) => e.role !== undefined).flatMap((e) => e.phrases.filter((p) => !p.includes(' '))));
/** Makers the engine knows by its own lexicon ("sony", "new balance"): no card may declare one of them a line. */
const BUILTIN_MAKER_PHRASES: ReadonlySet<string> = new Set(LEXICON.flatMap((e) => (e.maker === undefined ? [] : e.phrases)));
const BUILTIN_MAKER_WORDS: ReadonlySet<string> = new Set([...BUILTIN_MAKER_PHRASES].filter((p) => !p.includes(' ')));

/** The market's line these words name, unless they are (or hold) a maker the engine itself knows ("Sony" is no line). */
export function declaredLineOf(key: string, makers: MarketMakers): MarketLine | undefined {
  if (BUILTIN_MAKER_PHRASES.has(key) || key.split(' ').some((w) => BUILTIN_MAKER_WORDS.has(w))) return undefined;
  return makers.lines.get(key);
}

/** A word a request says for something else: a word the engine or the category's vocabulary knows, or a taxonomy word. */
export function isCommonWord(word: string, known: ReadonlySet<string>): boolean {
  return known.has(word) || STOPWORDS.has(word) || isTaxonomyLabelWord(word);
}

/** True when a declared name may be read from these words at all (brand text: no common word alone, no steering word). */
export function readable(key: string, known: ReadonlySet<string>): boolean {
  const words = key.split(' ').filter((w) => !JOINS.has(w));
  return words.length > 0 && !words.every((w) => isCommonWord(w, known)) && !words.some((w) => ROLE_WORDS.has(w));
}

/** Whether the capitalised word at `to` carries on the name just read (it is no declared maker or line of its own). */
function continuesName(tokens: readonly Token[], to: number, makers: MarketMakers): boolean {
  const next = tokens[to];
  if (next?.kind !== 'word' || !/^\p{Lu}/u.test(next.raw)) return false;
  return !makers.makers.has(next.norm) && !makers.lines.has(next.norm);
}

/**
 * The maker or product line the market lists (`MarketMakers`, from the cards) named by the tokens at `i`, longest first:
 * "De'Longhi", "the north face", "Bang & Olufsen", "iPhone" (Apple's line). Brand text is read with care: a name made
 * only of common words, or holding a negation or "or", is never one; a line that is a maker the engine itself knows is
 * none ("Sony" stays Sony whatever a card says); a maker's single word typed in lower case is read only after a
 * negation ("not ikea"), so "a fellow runner" names no "Fellow"; a line only capitalised inside a sentence ("a bike
 * for Paris" may still name Gazelle's line, "paris" never) or spelt with a capital inside ("iphone" for "iPhone").
 */
export function declaredMakerAt(tokens: readonly Token[], used: readonly boolean[], i: number, makers: MarketMakers, known: ReadonlySet<string>, negated: boolean): DeclaredMakerReading | undefined {
  if (tokens[i]?.kind !== 'word') return undefined;
  let end = i;
  const keys: Array<{ end: number; key: string }> = [];
  const norms: string[] = [];
  while (end < tokens.length && end - i < MAX_NAME_TOKENS && !used[end]) {
    const t = tokens[end]!;
    const join = JOINS.has(t.norm);
    if (t.kind !== 'word' && !join) break;
    norms.push(t.norm);
    end++;
    if (!join) keys.push({ end, key: norms.join(' ') });
  }
  for (const { end: to, key } of keys.reverse()) {
    const line = declaredLineOf(key, makers);
    const maker = line === undefined ? makers.makers.get(key) : undefined;
    const declared = line?.line ?? maker;
    if (declared === undefined || !readable(key, known)) continue;
    const typedWithCapital = tokens.slice(i, to).some((t) => t.kind === 'word' && /\p{Lu}/u.test(t.raw));
    // A maker said by the person keeps its own name: a declared name that stops inside a longer capitalised name they
    // typed ("North" in "The North Face") is no reading of it, unless the next word is itself a declared name.
    if (typedWithCapital && continuesName(tokens, to, makers)) continue;
    const insideCapital = /^\p{L}+\p{Lu}/u.test(declared);
    if (line !== undefined) {
      // A line is often an ordinary word too ("Paris", "Charge"): read only as a name is typed, capitalised inside a
      // sentence, unless its spelling has a capital inside ("iphone" is still "iPhone").
      const sentenceStart = i === 0 || SENTENCE_ENDS.has(tokens[i - 1]!.norm);
      if (!insideCapital && !(typedWithCapital && !sentenceStart)) continue;
      // "a bike for Paris", "to Paris": a place the product is for, not Gazelle's "Paris" line.
      if (!insideCapital && PLACE_WORDS.has(tokens[i - 1]?.norm ?? '')) continue;
    } else if (!key.includes(' ') && !typedWithCapital && !negated && !insideCapital) continue;
    return line !== undefined ? { end: to, maker: line.maker, line: line.line } : { end: to, maker: maker! };
  }
  return undefined;
}
