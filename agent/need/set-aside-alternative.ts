import { isClauseBoundary } from './clause-modality.ts';
import { NOTE_MESSAGES } from './note-messages.ts';
import { consume, note, spanText, type ParseState } from './parse-state.ts';
import type { Token } from './tokenize.ts';
import { wordsAt } from './words-at.ts';

/** Openings after which the person names the option they like less: "mesh rather than leatherette", "plutôt que". */
const OPENINGS: readonly (readonly string[])[] = [
  ['rather', 'than'], ['instead', 'of'], ['in', 'place', 'of'], ['sooner', 'than'],
  ['plutot', 'que'], ['plutot', 'qu'], ['au', 'lieu', 'de'], ['au', 'lieu', 'd'], ['au', 'lieu', 'du'], ['au', 'lieu', 'des'], ['a', 'la', 'place', 'de'], ['a', 'la', 'place', 'du'], ['a', 'la', 'place', 'des'],
];
/** Words that end the option set aside ("rather than Kindle, because …", "plutôt que le cuir et …"). */
const ENDS: ReadonlySet<string> = new Set(['and', 'but', 'or', 'because', 'since', 'as', 'if', 'so', 'please', 'et', 'mais', 'ou', 'car', 'parce', 'si', 'donc']);
/** Most words the option set aside is named with. */
const MAX_WORDS = 4;

/** An option set aside: the words opening it ("rather than") start at `opening`, the option is [from, to). */
interface SetAside {
  readonly opening: number;
  readonly from: number;
  readonly to: number;
}

const read = new WeakMap<readonly Token[], readonly SetAside[]>();

function setAsidesOf(tokens: readonly Token[]): readonly SetAside[] {
  let found = read.get(tokens);
  if (found === undefined) read.set(tokens, (found = findSetAside(tokens)));
  return found;
}

function findSetAside(tokens: readonly Token[]): SetAside[] {
  const found: SetAside[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const opening = OPENINGS.find((words) => wordsAt(tokens, k, words));
    if (opening === undefined) continue;
    const from = k + opening.length;
    let to = from;
    while (to < tokens.length && to - from < MAX_WORDS) {
      const token = tokens[to]!;
      if (isClauseBoundary(token) || (token.kind === 'word' && ENDS.has(token.norm)) || (token.kind !== 'word' && token.kind !== 'number')) break;
      to++;
    }
    if (to > from) found.push({ opening: k, from, to });
    k = to - 1;
  }
  return found;
}

/**
 * The option a person sets aside for the one they name first ("Kobo rather than Kindle", "mesh instead of leatherette",
 * "du tissu plutôt que du cuir") is neither wanted nor refused (there is no soft refusal): no reader takes a value or a
 * maker there. Claims the option set aside whose words start at `i` (with the words opening it, when no reader took them), says it
 * back, and returns where it ends; undefined when no set-aside option starts there.
 */
export function claimSetAside(state: ParseState, i: number): number | undefined {
  const aside = setAsidesOf(state.tokens).find((s) => s.from === i);
  if (aside === undefined || state.used[i]) return undefined;
  let end = i;
  while (end < aside.to && !state.used[end]) end++;
  note(state.draft.assumptions, NOTE_MESSAGES[state.language ?? 'en'].setAside(spanText(state, i, end)));
  for (let k = aside.opening; k < i; k++) if (!state.used[k]) consume(state, k, k + 1);
  consume(state, i, end);
  return end;
}
