import type { Token } from './tokenize.ts';

/** Words that take a wish back outright ("actually no, black", "non, plutôt noir", "I mean, navy"). */
const TAKING_BACK: ReadonlySet<string> = new Set(['actually', 'rather', 'plutot', 'mean', 'wait', 'attends', 'scratch', 'sorry', 'pardon', 'oops', 'oups']);
/** Words that may go with them ("actually no", "non en fait", "euh non"). */
const ALONG: ReadonlySet<string> = new Set(['no', 'nope', 'non', 'i', 'uh', 'um', 'euh', 'ok', 'okay', 'well', 'bon', 'enfin', 'ou', 'or']);
/** Signs ending a clause. */
const CLAUSE_SIGNS: ReadonlySet<string> = new Set([',', ';', '.', '!', '?', '…', '(', ')']);
/** At most this many words in the wish taken back ("orange or anything bright") and in the one kept ("black"). */
const MAX_TAKEN = 6;
const MAX_KEPT = 2;

/** One wish said then taken back for another, as spans of the text. */
export interface ValueTakenBack {
  /** Where the earlier wish starts and the later one ends: the span to replace. */
  readonly start: number;
  readonly end: number;
  /** The wish kept, as typed ("black"). */
  readonly kept: string;
}

/** "en fait", "in fact": two words that say "actually" together. */
function pairAt(tokens: readonly Token[], k: number): boolean {
  const a = tokens[k]?.norm;
  const b = tokens[k + 1]?.norm;
  return (a === 'en' && b === 'fait') || (a === 'in' && b === 'fact');
}

/**
 * A wish said then taken back for another in the same breath, in a clause of its own after the product is named
 * ("…, orange or anything bright... actually no, black.", "…, rouge, euh non en fait, noir"): the retraction holds a
 * word that takes back ("actually", "plutôt", "I mean", "en fait"), not only a "no" ("size 42, no laces" refuses
 * laces), and the wish kept is a clause of at most two words with no figure (figures are `spoken-correction.ts`'s).
 */
export function valueTakenBackAt(tokens: readonly Token[], markerStart: number): ValueTakenBack | undefined {
  let k = markerStart;
  let takes = false;
  while (k < tokens.length) {
    const t = tokens[k]!;
    if (t.kind === 'word' && TAKING_BACK.has(t.norm)) takes = true;
    else if (pairAt(tokens, k)) {
      takes = true;
      k++;
    } else if (!(t.kind === 'word' && ALONG.has(t.norm)) && !(t.kind === 'punct' && (t.norm === ',' || t.norm === '…' || t.norm === '.'))) break;
    k++;
  }
  if (!takes || k === markerStart) return undefined;
  // The wish kept: one or two words, then the clause ends.
  let end = k;
  while (end < tokens.length && tokens[end]!.kind === 'word' && end - k < MAX_KEPT) end++;
  if (end === k || (end < tokens.length && !CLAUSE_SIGNS.has(tokens[end]!.norm))) return undefined;
  // The wish taken back: the clause before the retraction, opened by a comma or a full stop (never the request's
  // first phrase, which names the product), words only.
  let start = markerStart;
  while (start > 0 && tokens[start - 1]!.kind === 'punct' && !CLAUSE_SIGNS.has(tokens[start - 1]!.norm)) start--;
  while (start > 0 && (tokens[start - 1]!.norm === '.' || tokens[start - 1]!.norm === '…')) start--;
  const clauseEnd = start;
  while (start > 0 && tokens[start - 1]!.kind === 'word' && clauseEnd - start < MAX_TAKEN) start--;
  if (start === clauseEnd || start === 0 || !CLAUSE_SIGNS.has(tokens[start - 1]!.norm) || tokens[start - 1]!.norm === '(') return undefined;
  return { start: tokens[start]!.start, end: tokens[end - 1]!.end, kept: tokens.slice(k, end).map((t) => t.raw).join(' ') };
}
