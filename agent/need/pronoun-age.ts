import { measuredAt } from './measure-units.ts';
import { wholeNumberAt } from './number-words.ts';
import type { ParseState } from './parse-state.ts';
import type { Token } from './tokenize.ts';
import { wordsAt } from './words-at.ts';

/** Pronouns of a third person, as typed ("he", "she", "il", "elle") or glued to their verb ("hes", "shes"). */
const PRONOUNS: ReadonlyArray<readonly string[]> = [['he'], ['she'], ['il'], ['elle']];
const GLUED: ReadonlyArray<readonly string[]> = [['hes'], ['shes']];
/** Verbs that say what age someone is or is about to be ("is", "'s turning", "turns", "will be", "va avoir"). */
const BEING_VERBS: ReadonlyArray<readonly string[]> = [['s'], ['is'], ['s', 'turning'], ['is', 'turning'], ['turns'], ['turned'], ['will', 'be'], ['ll', 'be'], ['will', 'turn'], ['ll', 'turn'], ['va', 'avoir'], ['aura'], ['vient', 'd', 'avoir']];
/**
 * Verbs of having, said of an age only with its unit after the number ("he has 14 years", non-native English for "he is
 * 14"; "il a 8 ans"): "il a 2 ports", "she has 2 kids" are no ages.
 */
export const HAVING_VERBS: ReadonlySet<string> = new Set(['has', 'have', 'a', 'avoir', 'aura']);
const HAVING: ReadonlyArray<readonly string[]> = [...HAVING_VERBS].filter((v) => v !== 'avoir' && v !== 'aura').map((v) => [v]);

/**
 * A person's pronoun leading to their age ("He's 65", "she is 13", "he's turning 9", "he have 14 years", "il a 8 ans",
 * "elle va avoir 10 ans"): every pronoun before every verb of being or having, plus the glued "hes", "shes" before
 * "turning".
 */
export const PRONOUN_AGE_LEADS: ReadonlyArray<readonly string[]> = [
  ...PRONOUNS.flatMap((pronoun) => [...BEING_VERBS, ...HAVING].map((verb) => [...pronoun, ...verb])),
  ...GLUED,
  ...GLUED.map((glued) => [...glued, 'turning']),
];

/** True when a lead ends in a verb of having, so the age needs its unit ("he has 14 years"; "he has 2" is no age). */
export function leadNeedsUnit(lead: readonly string[]): boolean {
  return HAVING_VERBS.has(lead.at(-1)!);
}
/** Words that may follow an age said with a pronoun and end what it says ("He's 65 and drinks…", "she's 13 next week"). */
const AFTER_AGE: ReadonlySet<string> = new Set(['and', 'et', 'now', 'today', 'maintenant', 'next', 'this', 'soon', 'in', 'on', 'tomorrow', 'but', 'so', 'who', 'mais', 'donc', 'qui', 'bientot', 'demain', 'cette', 'ce', 'le', 'la']);

/** True when the age at `at` ends what is said there: the end, punctuation or a word in `AFTER_AGE` follows. */
function ageEndsAt(tokens: readonly Token[], at: number): boolean {
  const next = tokens[at + 1];
  return next === undefined || next.kind === 'punct' || AFTER_AGE.has(next.norm);
}

/**
 * The recipient's age said later with their pronoun ("My dad … He's 65 and drinks", "(he's 5 and has asthma)", "il a
 * 8 ans"): a number in digits that ends its clause or any whole number followed by "years old"/"ans"; a verb of having
 * needs the unit ("il a 2 ports", "he has 2 kids" are no age), as do numbers in words ("she's one of them").
 */
export function pronounAge(state: ParseState): { age: number; start: number; end: number } | undefined {
  const { tokens, used } = state;
  for (let k = 0; k < tokens.length; k++) {
    for (const lead of PRONOUN_AGE_LEADS.filter((words) => wordsAt(tokens, k, words, used))) {
      const at = k + lead.length;
      const number = wholeNumberAt(tokens, at);
      if (number?.kind !== 'number' || used[at] || number.value === undefined || !Number.isInteger(number.value) || number.value < 0 || number.value > 120) continue;
      const next = tokens[at + 1];
      const years = next?.norm === 'years' || next?.norm === 'year';
      // "years" alone ends an age only where the clause ends ("he have 14 years, …"; "he's 5 years into running" is not).
      const unit = next?.norm === 'ans' || next?.norm === 'an' ? 2 : years && tokens[at + 2]?.norm === 'old' ? 3 : years && ageEndsAt(tokens, at + 1) ? 2 : 0;
      if (unit > 0) return { age: number.value, start: k, end: at + unit };
      if (!leadNeedsUnit(lead) && tokens[at]!.kind === 'number' && ageEndsAt(tokens, at) && !measuredAt(tokens, at)) return { age: number.value, start: k, end: at + 1 };
    }
  }
  return undefined;
}
