import type { Token } from './tokenize.ts';

/** A phrase found in the token list: which entry, and the token range [start, end). */
export interface PhraseMatch<T> {
  readonly entry: T;
  readonly phrase: string;
  readonly start: number;
  readonly end: number;
}

/** Finds the longest known phrase at a token position, skipping tokens already used by another extractor. */
export class PhraseMatcher<T extends { readonly phrases: readonly string[] }> {
  private readonly byFirstWord = new Map<string, Array<{ words: string[]; phrase: string; entry: T }>>();

  constructor(entries: readonly T[]) {
    for (const entry of entries) {
      for (const phrase of entry.phrases) {
        const words = phrase.split(' ');
        const list = this.byFirstWord.get(words[0]!) ?? [];
        list.push({ words, phrase, entry });
        this.byFirstWord.set(words[0]!, list);
      }
    }
    for (const list of this.byFirstWord.values()) list.sort((a, b) => b.words.length - a.words.length);
  }

  /** The longest phrase starting exactly at token `index`, or undefined. */
  matchAt(tokens: readonly Token[], used: readonly boolean[], index: number): PhraseMatch<T> | undefined {
    const first = tokens[index];
    if (!first || used[index] || first.kind === 'punct') return undefined;
    const candidates = this.byFirstWord.get(first.norm);
    if (!candidates) return undefined;
    for (const candidate of candidates) {
      let ok = true;
      for (let k = 1; k < candidate.words.length; k++) {
        const token = tokens[index + k];
        if (!token || used[index + k] || token.kind === 'punct' || token.norm !== candidate.words[k]) {
          ok = false;
          break;
        }
      }
      if (ok) return { entry: candidate.entry, phrase: candidate.phrase, start: index, end: index + candidate.words.length };
    }
    return undefined;
  }

  /** Every phrase of several words, as its words. */
  multiWordPhrases(): string[][] {
    return [...this.byFirstWord.values()].flatMap((list) => list.filter((c) => c.words.length > 1).map((c) => c.words));
  }

  /** Every word used in any phrase (for typo correction and leftover detection). */
  words(): Set<string> {
    const out = new Set<string>();
    for (const list of this.byFirstWord.values()) for (const { words } of list) for (const w of words) out.add(w);
    return out;
  }
}
