import type { ParseState } from './parse-state.ts';
import { wordsAt } from './words-at.ts';
import { FEMALE_RELATIONS as FEMALE, MALE_RELATIONS as MALE } from './relation-gender.ts';

const SHE: ReadonlySet<string> = new Set(['she', 'elle']);
const HE: ReadonlySet<string> = new Set(['he', 'il']);
/** Words that may stand between the pronoun and its verb ("she really wants", "he just needs", "elle veut vraiment"). */
const BETWEEN: ReadonlySet<string> = new Set(['really', 'just', 'also', 'only', 'absolutely', 'definitely', 'still', 'vraiment', 'aussi', 'surtout']);
/** Verbs of wanting, needing, liking and disliking: the person said so is the one the product is chosen for. */
const WISHES: ReadonlyArray<readonly string[]> = [
  ['wants'], ['needs'], ['would', 'like'], ['d', 'like'], ['would', 'love'], ['d', 'love'], ['loves'], ['likes'], ['hates'], ['prefers'], ['can', 't', 'stand'],
  ['veut'], ['voudrait'], ['aimerait'], ['adore'], ['deteste'], ['prefere'], ['a', 'besoin'],
];
/** Marks that open a clause, before which the pronoun is its subject. */
const OPENERS: ReadonlySet<string> = new Set([',', '.', '!', '?', ';', ':', '(', 'and', 'et', 'so', 'donc', 'mais', 'but', 'because', 'car', 'parce']);

/**
 * "My grandmother … She wants a phone with big buttons", "my daughter … she hates anything pink": one of the speaker's
 * people named once, then a clause whose subject is their pronoun (of their gender, when the relation has one) with a
 * verb of wanting, needing, liking or disliking. The request is about that person's wishes: they are whom it is for.
 */
export function wishedByPronoun(state: ParseState, relation: string): boolean {
  const { tokens, used } = state;
  const pronouns = FEMALE.has(relation) ? SHE : MALE.has(relation) ? HE : new Set([...SHE, ...HE]);
  for (let k = 0; k < tokens.length; k++) {
    if (!pronouns.has(tokens[k]!.norm) || used[k]) continue;
    const before = tokens[k - 1];
    if (before !== undefined && !OPENERS.has(before.norm)) continue;
    let at = k + 1;
    while (tokens[at] !== undefined && BETWEEN.has(tokens[at]!.norm)) at++;
    // The verb may be a firmness marker too ("needs", "wants"): it is read, not claimed.
    if (WISHES.some((verb) => wordsAt(tokens, at, verb))) return true;
  }
  return false;
}
