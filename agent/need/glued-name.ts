import type { ParseState } from './parse-state.ts';

/** An apostrophe or a hyphen typed between two parts of one word ("De'Longhi", "Arc'teryx", "Rolls-Royce"). */
const GLUES = /^['’ʼ`-]$/u;
/** English endings after an apostrophe ("Sony's", "it'll"): the word's own, never a name's next part. */
const ENGLISH_ENDINGS: ReadonlySet<string> = new Set(['s', 't', 'd', 'll', 're', 've', 'm']);
/** French elided words: before an apostrophe they are words of the sentence ("d'Apple", "l'Oréal"'s "l"), not a name's part. */
const ELISIONS: ReadonlySet<string> = new Set(['l', 'd', 'j', 'm', 'n', 's', 't', 'c', 'qu', 'jusqu', 'lorsqu', 'puisqu', 'quoiqu']);

function gluedAt(state: ParseState, k: number): boolean {
  const before = state.tokens[k - 1];
  const token = state.tokens[k];
  if (before === undefined || token === undefined || token.kind !== 'word' || before.kind !== 'word' || state.used[k]) return false;
  const glue = state.text.slice(before.end, token.start);
  return GLUES.test(glue) && !(glue !== '-' && ENGLISH_ENDINGS.has(token.norm));
}

/** The end of a name whose last read token ends at `end`, taking the parts glued after it ("Arc" + "'teryx"). */
export function gluedNameEnd(state: ParseState, end: number): number {
  while (end < state.tokens.length && gluedAt(state, end)) end++;
  return end;
}

/**
 * The start of a name read from `i`, taking a part glued before it by an apostrophe or hyphen ("De" of "De'Longhi"),
 * unless that part is a French elision ("d'Apple" is "de Apple").
 */
export function gluedNameStart(state: ParseState, i: number): number {
  let start = i;
  while (start > 0 && gluedAt(state, start) && !state.used[start - 1] && !ELISIONS.has(state.tokens[start - 1]!.norm)) start--;
  return start;
}
