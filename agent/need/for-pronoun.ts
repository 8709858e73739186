import type { ParseState } from './parse-state.ts';

const FOR_WORDS: ReadonlySet<string> = new Set(['for', 'pour']);
/** Object pronouns standing for a person ("it's for her", "c'est pour lui"). */
const PERSON_PRONOUNS: ReadonlySet<string> = new Set(['her', 'him', 'them', 'elle', 'lui', 'eux', 'elles']);
/** Words that may follow the pronoun and keep it a pronoun ("for her too", "pour elle aussi"). */
const AFTER_PRONOUN: ReadonlySet<string> = new Set(['too', 'as', 'aussi', 'and', 'et', 'but', 'mais', 'so', 'donc']);

/**
 * "it's for her", "c'est pour lui", "pour elle, budget…": the speaker's person named elsewhere is whom the product is for.
 * The tokens of "for" and the pronoun, [start, end); never "for her birthday", where "her" is a possessive.
 */
export function forPronounIn(state: ParseState): { start: number; end: number } | undefined {
  const { tokens, used } = state;
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (used[i] || used[i + 1] || !FOR_WORDS.has(tokens[i]!.norm) || !PERSON_PRONOUNS.has(tokens[i + 1]!.norm)) continue;
    const after = tokens[i + 2];
    if (after === undefined || after.kind === 'punct' || AFTER_PRONOUN.has(after.norm)) return { start: i, end: i + 2 };
  }
  return undefined;
}
