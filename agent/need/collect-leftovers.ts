import { isFunctionWord } from './function-word.ts';
import { LEXICON } from './lexicon.ts';
import { spanText } from './parse-state.ts';
import type { ParseState } from './parse-state.ts';

const MAX_REPORTED = 20;
const NEGATION_WORDS = new Set(LEXICON.filter((e) => e.role === 'negation').flatMap((e) => e.phrases.flatMap((p) => p.split(' '))));

function isContent(state: ParseState, i: number): boolean {
  const token = state.tokens[i]!;
  if (token.kind === 'number' || token.kind === 'iso-date' || token.kind === 'slash-date') return true;
  if (token.kind !== 'word') return false;
  return !isFunctionWord(token.norm);
}

/**
 * Reports what carried meaning but was not used: runs of unexplained words between punctuation, trimmed of filler
 * ("please", "the"), keeping a leading "not" so "not bulky" reads whole. Returns the phrases as typed.
 */
export function collectLeftovers(state: ParseState): string[] {
  const { tokens, used } = state;
  const phrases: string[] = [];
  let i = 0;
  while (i < tokens.length && phrases.length < MAX_REPORTED) {
    if (used[i] || tokens[i]!.kind === 'punct' || tokens[i]!.kind === 'symbol') {
      i++;
      continue;
    }
    let end = i;
    while (end < tokens.length && !used[end] && tokens[end]!.kind !== 'punct') end++;
    let first = i;
    let last = end - 1;
    while (first <= last && !isContent(state, first) && !NEGATION_WORDS.has(tokens[first]!.norm)) first++;
    while (last >= first && !isContent(state, last)) last--;
    let hasContent = false;
    for (let k = first; k <= last; k++) if (isContent(state, k)) hasContent = true;
    if (hasContent) {
      const phrase = spanText(state, first, last + 1);
      phrases.push(phrase);
    }
    i = end;
  }
  return phrases;
}
