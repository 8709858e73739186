import type { ParseState } from './parse-state.ts';
import { wholeNumberAt } from './number-words.ts';

/** "for me", "for us", "for him": a person said by a pronoun after "for"/"pour". */
const PERSON_PRONOUNS: ReadonlySet<string> = new Set(['me', 'myself', 'us', 'him', 'her', 'them', 'you', 'moi', 'nous', 'lui', 'elle', 'eux', 'toi']);
/** "for my sister", "for the kids", "pour ma femme": a person said by a possessive or an article and a noun. */
const PERSON_OPENERS: ReadonlySet<string> = new Set(['my', 'our', 'his', 'her', 'their', 'the', 'each', 'mon', 'ma', 'mes', 'notre', 'nos', 'son', 'sa', 'ses']);
const FOR_WORDS: ReadonlySet<string> = new Set(['for', 'pour']);

/** One count given to one person: "two for me", its tokens [start, end). */
interface Share {
  readonly count: number;
  readonly start: number;
  readonly end: number;
}

/** The share at `i` — a whole count, then "for" and a person — or undefined. */
function shareAt(state: ParseState, i: number): Share | undefined {
  const { tokens, used } = state;
  const count = wholeNumberAt(tokens, i);
  if (count?.kind !== 'number' || count.value === undefined || !Number.isInteger(count.value) || count.value < 1 || used[i]) return undefined;
  // The person may be read already as whom the purchase is for ("for my sister"): the count is what matters here.
  if (!FOR_WORDS.has(tokens[i + 1]?.norm ?? '')) return undefined;
  const person = tokens[i + 2];
  if (person?.kind !== 'word') return undefined;
  if (PERSON_PRONOUNS.has(person.norm)) return { count: count.value, start: i, end: i + 1 };
  const noun = tokens[i + 3];
  if (PERSON_OPENERS.has(person.norm) && noun?.kind === 'word') return { count: count.value, start: i, end: i + 1 };
  return undefined;
}

/**
 * A quantity spread over the text, one share per person: "two for me and one for my sister" (3), "one for me, one for
 * my partner" (2). Two shares or more, each a whole count followed by "for" and a person, add up to the quantity; one
 * share alone ("one for my son") counts nothing here. The counts are consumed; "for" and the persons are left for the
 * recipient reader. Undefined when fewer than two shares are said.
 */
export function sharesForPeople(state: ParseState): { readonly total: number; readonly spans: readonly (readonly [number, number])[] } | undefined {
  const shares: Share[] = [];
  for (let i = 0; i < state.tokens.length; i++) {
    const share = shareAt(state, i);
    if (share !== undefined) shares.push(share);
  }
  if (shares.length < 2) return undefined;
  return { total: shares.reduce((sum, s) => sum + s.count, 0), spans: shares.map((s) => [s.start, s.end] as const) };
}
