import type { Token } from './tokenize.ts';
import { wordEntry } from './word-entry.ts';
import { wordsAt } from './words-at.ts';

/**
 * Banknotes named by slang, each its value in its own currency: the British "fiver" (£5) and "tenner" (£10)
 * (Oxford English Dictionary, "fiver", "tenner": a five-pound and a ten-pound note).
 */
const NOTE_SLANG: Readonly<Record<string, { readonly value: number; readonly currency: string }>> = {
  fiver: { value: 5, currency: 'GBP' },
  tenner: { value: 10, currency: 'GBP' },
};

/** "and a half" after "a grand": half of it more. */
const AND_A_HALF: readonly string[] = ['and', 'a', 'half'];

/** An amount said in money slang and the tokens it spans [start, end); `currency` only when the word names one. */
export interface SlangAmount {
  readonly value: number;
  readonly currency?: string;
  readonly end: number;
}

/**
 * Money said in slang at `i`: "a fiver", "a tenner" (British notes, so sterling), and "a grand" / "a grand and a half"
 * (a thousand, 1,500, in the currency around it; "grand" after a figure, "three grand", is `numberPhraseAt`'s). The
 * article may be at `i` or just before it (the money reader may have read "a" as a price word). Undefined for "a
 * grand piano" is the caller's to decide: "grand" says money, the words after it decide whether it is a price.
 */
export function moneySlangAt(tokens: readonly Token[], used: readonly boolean[], i: number): SlangAmount | undefined {
  const isArticle = (k: number): boolean => tokens[k]?.kind === 'word' && (tokens[k]!.norm === 'a' || tokens[k]!.norm === 'an');
  const at = isArticle(i) && !used[i] ? i + 1 : i;
  const token = tokens[at];
  if (token === undefined || used[at] || token.kind !== 'word' || !(at > i || isArticle(i - 1))) return undefined;
  const note = wordEntry(NOTE_SLANG, token.norm);
  if (note !== undefined) return { value: note.value, currency: note.currency, end: at + 1 };
  if (token.norm !== 'grand') return undefined;
  return wordsAt(tokens, at + 1, AND_A_HALF, used) ? { value: 1500, end: at + 1 + AND_A_HALF.length } : { value: 1000, end: at + 1 };
}

/** Every word the slang reader uses, for typo correction and leftovers. */
export const MONEY_SLANG_WORDS: readonly string[] = [...Object.keys(NOTE_SLANG), 'grand'];
