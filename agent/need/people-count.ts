import type { Token } from './tokenize.ts';
import { wordsAt } from './words-at.ts';

/**
 * Words before a number that say it counts the speaker's group: "for us 4", "pour nous 4", "we are 5", "on est 4",
 * "jouer à 4" ("show us 3" counts no one).
 */
const GROUP_BEFORE: ReadonlyArray<readonly string[]> = [
  ['we', 'are'], ['we', 're'], ['nous', 'sommes'], ['on', 'est'], ['for', 'us'], ['pour', 'nous'],
  // "pour jouer à 4", "jouer à deux", "to play with 3": the players.
  ['jouer', 'a'], ['joue', 'a'], ['play', 'with'],
];
/** Words after a number that say the same: "the 4 of us". */
const GROUP_AFTER: ReadonlyArray<readonly string[]> = [['of', 'us']];
const FOR_WORDS: ReadonlySet<string> = new Set(['for', 'pour']);

/** Where a count of people sits around a number, and whether the words leave no doubt it counts people. */
export interface PeopleCount {
  readonly start: number;
  readonly end: number;
  /**
   * True when the speaker's group is named ("pour nous 4", "the 4 of us", "we are 5"): such a number is never money.
   * A plain "for 2" counts people only where something counts them (a tent's places); "for 50" may be a price.
   */
  readonly group: boolean;
}

/**
 * The count of people the number (or number word) at `i` gives, with the words that say so: "for 2", "pour 4", "for us 4",
 * "pour nous 4", "we are 5", "on est 4", "(for) the 4 of us". Undefined when nothing around it names people.
 */
export function peopleCountAt(tokens: readonly Token[], used: readonly boolean[], i: number): PeopleCount | undefined {
  const forAt = (k: number): number => (k > 0 && !used[k - 1] && FOR_WORDS.has(tokens[k - 1]!.norm) ? k - 1 : k);
  for (const words of GROUP_BEFORE) {
    const at = i - words.length;
    if (wordsAt(tokens, at, words, used)) return { start: at, end: i + 1, group: true };
  }
  for (const words of GROUP_AFTER) {
    if (!wordsAt(tokens, i + 1, words, used)) continue;
    const the = i > 0 && !used[i - 1] && tokens[i - 1]!.norm === 'the' ? i - 1 : i;
    return { start: forAt(the), end: i + 1 + words.length, group: true };
  }
  const start = forAt(i);
  return start === i ? undefined : { start, end: i + 1, group: false };
}
