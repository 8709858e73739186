import type { AttributeValue, HardConstraint } from '../../protocol/index.ts';
import { applyEffect, type Saying } from './apply-effect.ts';
import type { Effect } from './lexicon-types.ts';
import { setConstraint, type ParseState } from './parse-state.ts';

/** Words that offer alternatives ("Makita or DeWalt", "bleu ou vert", "Miele/Bosch"). */
export const OR_WORDS: ReadonlySet<string> = new Set(['or', 'ou', '/', 'either']);

/** Words a list may say again before each value it offers ("from Brazil or from Kenya", "du Brésil ou de Colombie"). */
const REPEATED_BEFORE_VALUE: ReadonlySet<string> = new Set(['from', 'in', 'a', 'an', 'de', 'du', 'des', 'd', 'en', 'un', 'une']);

/**
 * True when the tokens in [from, to) only offer a choice: "or", "ou", "/", with commas ("X, Y or Z") and the word said
 * again before the next value ("du Brésil ou de Colombie").
 */
export function offersChoice(state: ParseState, from: number, to: number): boolean {
  if (to <= from) return false;
  const between = state.tokens.slice(from, to).map((t) => t.norm);
  return between.some((w) => OR_WORDS.has(w)) && between.every((w) => OR_WORDS.has(w) || w === ',' || REPEATED_BEFORE_VALUE.has(w));
}

/** How many tokens after a value a list's "or" may come ("Kenya, Ethiopia or Mexico": right after "Ethiopia"). */
const OR_REACH = 2;

/** True when [from, to) is a comma of a list whose "or" follows the value ending at `valueEnd` ("Kenya, Ethiopia or Mexico"). */
function commaOfChoice(state: ParseState, from: number, to: number, valueEnd: number): boolean {
  return to > from && state.tokens.slice(from, to).every((t) => t.norm === ',') && state.tokens.slice(valueEnd, valueEnd + OR_REACH).some((t) => OR_WORDS.has(t.norm));
}

/** The attribute of the value last wanted and where its words end, for a value offered with it to join it. */
export interface WantedValue {
  readonly attribute: string;
  readonly end: number;
}

const valuesOf = (c: HardConstraint): AttributeValue[] => (Array.isArray(c.value) ? [...(c.value as AttributeValue[])] : [c.value as AttributeValue]);
const pins = (c: HardConstraint): boolean => c.op === 'eq' || c.op === 'in';

/**
 * Applies the effect of the words at [start, end) and, when only "or"/"ou" (or the comma of a list whose "or" follows)
 * stand between them and the value last wanted on the same attribute, keeps both as one `in` rule ("blue or green",
 * "Kenya, Ethiopia or Mexico", "bleu ou vert": either will do) instead of the later replacing the earlier. Returns the
 * value now last wanted.
 */
export function applyOfferedEffect(state: ParseState, effect: Effect, saying: Saying, start: number, end: number, lastWanted: WantedValue | undefined): WantedValue | undefined {
  const { draft } = state;
  const attribute = effect.kind === 'none' ? undefined : effect.attribute;
  const earlier = attribute === undefined ? undefined : draft.hard.find((c) => c.attribute === attribute && pins(c));
  applyEffect(draft, effect, saying);
  const now = attribute === undefined ? undefined : draft.hard.find((c) => c.attribute === attribute && pins(c));
  if (!saying.negated && earlier && now && now !== earlier && lastWanted !== undefined && lastWanted.attribute === attribute && (offersChoice(state, lastWanted.end, start) || commaOfChoice(state, lastWanted.end, start, end))) {
    setConstraint(draft, { attribute: attribute!, op: 'in', value: [...new Set([...valuesOf(earlier), ...valuesOf(now)])] });
  }
  return !saying.negated && attribute !== undefined ? { attribute, end } : undefined;
}
