import type { LexiconEntry } from './lexicon-types.ts';
import { STOPWORDS } from './lexicon.ts';
import type { Modality } from './parse-state.ts';
import { PhraseMatcher, type PhraseMatch } from './phrase-matcher.ts';
import type { Token } from './tokenize.ts';
import { OR_WORDS } from './values-offered-together.ts';

const BOUNDARY_PUNCT = new Set([',', ';', '.', '!', '?', '(', ')', '[', ']', ':', '-']);
const BOUNDARY_WORDS = new Set(['but', 'mais', 'though', 'although', 'however', 'cependant', 'whereas']);
const LIST_JOINERS = new Set(['and', 'et', 'plus', 'also', 'aussi']);
/** How many tokens before "I don't mind" an "or" offers the choice it is said of ("Ethiopia or Kenya I don't mind"). */
const CHOICE_REACH_BACK = 4;
const EMPHASIS_STEP = 0.2;
const EMPHASIS_REACH = 3;
/** "no app needed", "no bag is required": the words that, after "no" and the thing, say it is not needed. */
const NECESSITY_WORDS: ReadonlySet<string> = new Set(['needed', 'required', 'necessary', 'essential']);
/** How many words may stand between that "no" and the word of necessity. */
const NO_NEED_REACH = 3;
/**
 * How many content words "not needed" governs, back ("true HEPA filter isn't needed") and forward ("I don't need
 * noise cancelling"): the one thing said not to be needed, not the product named in the same run-on ("a road bike
 * disc brakes not needed": the road bike stays; "I don't need noise cancelling just wireless earbuds": wireless stays).
 */
const UNNEEDED_REACH_BACK = 3;
const UNNEEDED_REACH_FORWARD = 2;
/** Words between "not needed" and its thing that are no thing: "they don't have to be", "pas besoin qu'elles soient". */
const LINKING_WORDS: ReadonlySet<string> = new Set(['they', 'them', 'il', 'elle', 'ils', 'elles', 'soit', 'soient']);

/** Per-token firmness and emphasis, and which tokens were the markers themselves. */
export interface ClauseModality {
  readonly modality: Modality[];
  readonly emphasis: number[];
  readonly markerTokens: boolean[];
}

/** True when the token ends a clause (punctuation or "but"). */
export function isClauseBoundary(token: Token): boolean {
  return (token.kind === 'punct' && BOUNDARY_PUNCT.has(token.norm)) || (token.kind === 'word' && BOUNDARY_WORDS.has(token.norm));
}

/**
 * Reads "must"/"need to" (hard), "ideally"/"if possible" (soft), "isn't needed"/"I don't need"/"pas besoin de"
 * (unneeded: no rule), "very" and "a bit" markers. Each is one phrase with its negation inside it, read before any
 * negation list opens, so "not needed" never negates the feature and "need" never reaches back over a "not". A marker
 * governs the rest of its clause up to the next marker; words before the first marker of a clause take that marker
 * too, so "vegan if possible" is soft — back to the last "and" only ("light and vegan if possible": vegan is the wish).
 */
export function readClauseModality(tokens: readonly Token[], roleEntries: readonly LexiconEntry[]): ClauseModality {
  const matcher = new PhraseMatcher(roleEntries.filter((e) => e.role === 'hard' || e.role === 'soft' || e.role === 'unneeded' || e.role === 'intensifier' || e.role === 'diminisher'));
  const used = tokens.map(() => false);
  const markerTokens = tokens.map(() => false);
  const modality: Modality[] = tokens.map(() => 'none');
  const emphasis: number[] = tokens.map(() => 0);
  const matches: Array<PhraseMatch<LexiconEntry>> = [];
  for (let i = 0; i < tokens.length; i++) {
    const match = matcher.matchAt(tokens, used, i);
    if (!match) continue;
    for (let k = match.start; k < match.end; k++) markerTokens[k] = used[k] = true;
    matches.push(match);
    i = match.end - 1;
  }
  // "App control: not needed": a colon before "not needed" introduces what is said of the words before it.
  const unneededAt = new Set(matches.filter((m) => m.entry.role === 'unneeded').map((m) => m.start));
  const clauseOf: number[] = [];
  let clause = 0;
  for (const [k, token] of tokens.entries()) {
    if (isClauseBoundary(token) && !(token.norm === ':' && unneededAt.has(k + 1))) clause++;
    clauseOf.push(clause);
  }
  let markers: Array<{ index: number; modality: Modality }> = [];
  for (const match of matches) {
    const role = match.entry.role;
    if (role === 'hard' || role === 'soft' || role === 'unneeded') markers.push({ index: match.start, modality: role });
    else {
      const delta = role === 'intensifier' ? EMPHASIS_STEP : -EMPHASIS_STEP;
      for (let k = match.end; k < Math.min(tokens.length, match.end + EMPHASIS_REACH); k++) {
        if (clauseOf[k] !== clauseOf[match.start]) break;
        emphasis[k] = (emphasis[k] ?? 0) + delta;
      }
    }
  }
  // "no app needed": a "no" the thing and a word of necessity follow says the thing is not needed, as "not needed" does.
  for (let i = 0; i < tokens.length; i++) {
    if (used[i] || tokens[i]!.norm !== 'no') continue;
    for (let k = i + 2; k <= i + NO_NEED_REACH + 1 && k < tokens.length && clauseOf[k] === clauseOf[i]; k++) {
      // "required" and "essential" were read as "must" on their own: here they are the end of "no … required".
      const necessity = NECESSITY_WORDS.has(tokens[k]!.norm) && (!used[k] || markers.some((m) => m.index === k && m.modality === 'hard'));
      if (!necessity && used[k]) break;
      if (!necessity) continue;
      markerTokens[i] = used[i] = markerTokens[k] = used[k] = true;
      markers = [...markers.filter((m) => m.index !== k), { index: i, modality: 'unneeded' as const }].sort((a, b) => a.index - b.index);
      break;
    }
  }
  // A marker said after its words reaches back over one item of a list only: in "plush cushioning and zero drop if
  // possible" only the drop is a wish (an unpunctuated run-on is one clause).
  const joinedBetween = (from: number, to: number): boolean => tokens.slice(from + 1, to).some((t) => t.kind === 'word' && LIST_JOINERS.has(t.norm));
  const contentWords = (from: number, to: number): number => tokens.slice(from, to).filter((t, k) => !markerTokens[from + k] && (t.kind === 'number' || (t.kind === 'word' && !STOPWORDS.has(t.norm) && !LINKING_WORDS.has(t.norm)))).length;
  for (let i = 0; i < tokens.length; i++) {
    const before = markers.filter((m) => m.index < i && clauseOf[m.index] === clauseOf[i]).at(-1);
    const after = markers.find((m) => m.index > i && clauseOf[m.index] === clauseOf[i] && !joinedBetween(i, m.index));
    const marker = before ?? after;
    const tooFar = marker?.modality === 'unneeded' && (marker === before ? contentWords(marker.index, i + 1) > UNNEEDED_REACH_FORWARD : contentWords(i, marker.index) > UNNEEDED_REACH_BACK);
    // "Ethiopia or Kenya I don't mind", "bleu ou vert peu importe": not minding which of the values offered leaves the
    // choice offered; it does not say the attribute is not needed.
    const whichever = marker !== before && marker?.modality === 'unneeded' && tokens.slice(Math.max(0, marker.index - CHOICE_REACH_BACK), marker.index).some((t, k) => t.kind === 'word' && OR_WORDS.has(t.norm) && clauseOf[marker.index - Math.min(marker.index, CHOICE_REACH_BACK) + k] === clauseOf[i]);
    modality[i] = marker === undefined || tooFar || whichever ? 'none' : marker.modality;
  }
  return { modality, emphasis, markerTokens };
}
