import { measuredAt } from './measure-units.ts';
import { wholeNumberAt } from './number-words.ts';
import type { ParseState } from './parse-state.ts';
import type { Token } from './tokenize.ts';
import { wordsAt } from './words-at.ts';

/** A person's pronoun leading to their age in a sentence of its own ("He's 65", "she is 13", "il a 8 ans"). */
const PRONOUN_AGE_LEADS: ReadonlyArray<readonly string[]> = [['he', 's'], ['hes'], ['he', 'is'], ['she', 's'], ['shes'], ['she', 'is'], ['il', 'a'], ['elle', 'a']];
/** Words that may follow an age said with a pronoun and end what it says ("He's 65 and drinks…", "she's 13 next week"). */
const AFTER_AGE: ReadonlySet<string> = new Set(['and', 'et', 'now', 'today', 'maintenant', 'next', 'this', 'soon', 'in', 'on', 'tomorrow', 'but', 'so', 'who', 'mais', 'donc', 'qui', 'bientot', 'demain', 'cette', 'ce', 'le', 'la']);

/** True when the age at `at` ends what is said there: the end, punctuation or a word in `AFTER_AGE` follows. */
function ageEndsAt(tokens: readonly Token[], at: number): boolean {
  const next = tokens[at + 1];
  return next === undefined || next.kind === 'punct' || AFTER_AGE.has(next.norm);
}

/**
 * The recipient's age said later with their pronoun ("My dad … He's 65 and drinks", "(he's 5 and has asthma)", "il a
 * 8 ans"): a number in digits that ends its clause or any whole number followed by "years old"/"ans"; French "il a" needs
 * "ans" ("il a 2 ports" is no age), as do numbers in words ("she's one of them").
 */
export function pronounAge(state: ParseState): { age: number; start: number; end: number } | undefined {
  const { tokens, used } = state;
  for (let k = 0; k < tokens.length; k++) {
    for (const lead of PRONOUN_AGE_LEADS.filter((words) => wordsAt(tokens, k, words, used))) {
      const at = k + lead.length;
      const number = wholeNumberAt(tokens, at);
      if (number?.kind !== 'number' || used[at] || number.value === undefined || !Number.isInteger(number.value) || number.value < 0 || number.value > 120) continue;
      const next = tokens[at + 1];
      const unit = next?.norm === 'ans' || next?.norm === 'an' ? 2 : (next?.norm === 'years' || next?.norm === 'year') && tokens[at + 2]?.norm === 'old' ? 3 : 0;
      if (unit > 0) return { age: number.value, start: k, end: at + unit };
      if (lead[0] !== 'il' && lead[0] !== 'elle' && tokens[at]!.kind === 'number' && ageEndsAt(tokens, at) && !measuredAt(tokens, at)) return { age: number.value, start: k, end: at + 1 };
    }
  }
  return undefined;
}
