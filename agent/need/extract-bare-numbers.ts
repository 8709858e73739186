import { countBeforePriceAt } from './count-before-price.ts';
import { isPlausibleBareEuSize } from './extract-shoe-size.ts';
import { NOTE_MESSAGES } from './note-messages.ts';
import { peopleCountAt } from './people-count.ts';
import { consume, note, setConstraint, spanText } from './parse-state.ts';
import { isQuantityNumber } from './quantity-units.ts';
import type { ParseState } from './parse-state.ts';
import { normalizeEuSize } from './shoe-size.ts';

/** The smallest number said on its own that is read as a price ceiling: a single digit there is a count. */
const SMALLEST_PRICE_ALONE = 10;
const POLITE: ReadonlySet<string> = new Set(['please', 'pls', 'plz', 'thanks', 'thx', 'svp', 'stp', 'merci', 'tops', 'top']);
const CLAUSE_MARKS: ReadonlySet<string> = new Set([',', ';', ':', '(', ')', '.', '!', '?', '-', '–', '—']);

/** Words after a count that say what the items are for: "2 pour faire de la stéréo", "3 for the kids' rooms". */
const PURPOSE: ReadonlySet<string> = new Set(['for', 'pour', 'to', 'so', 'afin']);

/**
 * True when the number at `i` is a clause of its own after something was said: ", 2 please", ", 3.", or one that says
 * what they are for (", 2 pour faire de la stéréo"; not ", 2 for 30 €": a word must follow the purpose word).
 */
function standsAlone(state: ParseState, i: number): boolean {
  const { tokens } = state;
  const before = tokens[i - 1];
  if (i < 2 || before === undefined || before.kind !== 'punct' || !CLAUSE_MARKS.has(before.norm)) return false;
  let k = i + 1;
  while (tokens[k]?.kind === 'word' && POLITE.has(tokens[k]!.norm)) k++;
  if (tokens[k]?.kind === 'word' && PURPOSE.has(tokens[k]!.norm)) return tokens[k + 1]?.kind === 'word';
  return tokens[k] === undefined || (tokens[k]!.kind === 'punct' && CLAUSE_MARKS.has(tokens[k]!.norm));
}

const LIST_JOINERS: ReadonlySet<string> = new Set(['and', 'et', '&']);

/** True when the number at `i` is listed with another bare number: "6 and 9", "8 et 10". */
function listedWithNumber(state: ParseState, i: number): boolean {
  const { tokens } = state;
  const isNumber = (k: number): boolean => tokens[k]?.kind === 'number';
  return (LIST_JOINERS.has(tokens[i + 1]?.norm ?? '') && isNumber(i + 2)) || (LIST_JOINERS.has(tokens[i - 1]?.norm ?? '') && isNumber(i - 2));
}

/**
 * Gives meaning to numbers nothing else claimed: in a shoe request without a size, "43" or "42.5" is the EU size;
 * otherwise a single digit said on its own after the product is how many ("a blender, 2 please") and, with no budget
 * yet, another lone number is read as the budget ceiling. Each reading is listed as an assumption; a number with a unit
 * ("500 g", "50 km", "pack of 6"), a number followed by a word ("1600 tours", "3 books"), the speaker's group ("pour
 * nous 4") and any other lone number are reported as not understood.
 */
export function extractBareNumbers(state: ParseState): void {
  const { tokens, used, draft } = state;
  const budgetStarts = new Set(draft.budgets.flatMap((m) => (m.span === undefined ? [] : [m.span.start])));
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (used[i] || token.kind !== 'number' || token.value === undefined) continue;
    const next = tokens[i + 1];
    // "5stars", "3rd": a number glued to a word we do not know is not bare; nor one glued after a word, part of a code
    // or a measure ("R16", "1m95").
    if (next && next.attached && !used[i + 1] && next.kind === 'word') continue;
    if (token.attached && tokens[i - 1]?.kind === 'word') continue;
    // "500 g", "1 l", "pack of 6", "x 2": an amount of product is never a price (nor a shoe size); left unexplained.
    if (isQuantityNumber(tokens, i)) continue;
    const source = spanText(state, i, i + 1);
    const hasSize = state.hasSize || draft.hard.some((c) => c.attribute === 'size_eu');
    if (state.category === 'running-shoes' && !hasSize && isPlausibleBareEuSize(token.value)) {
      const size = normalizeEuSize(token.value)!;
      consume(state, i, i + 1);
      setConstraint(draft, { attribute: 'size_eu', op: 'eq', value: size });
      note(draft.assumptions, NOTE_MESSAGES[state.language ?? 'en'].bareSize(source, size));
      continue;
    }
    // "pour nous 4", "we are 5", "the 4 of us": the speaker's group (a tent's places read it where they count), never money.
    if (peopleCountAt(tokens, used, i)?.group === true) continue;
    // "(6 and 9)", "8 et 10": numbers listed together count or measure several things; a price is one figure.
    if (listedWithNumber(state, i)) continue;
    const hasBudget = state.hasBudget || draft.budgets.length > 0;
    // "1600 tours", "3 books a week", "2 pour faire de la stéréo": a number followed by a word counts or measures
    // something; without a currency or a price word it is never a price.
    // A word of politeness or firmness after it ("40 please", "50 max" is money already) says nothing about what it counts.
    const countsSomething = next !== undefined && next.kind === 'word' && !state.markerTokens[i + 1] && !POLITE.has(next.norm);
    const readable = state.category !== undefined || state.openCategory === true;
    // "I need 4 max 100", "3 please, budget 90", "buy 5 under 40 each": a count said right before the price.
    if (draft.quantity === undefined && countBeforePriceAt(state, i, budgetStarts)) {
      consume(state, i, i + 1);
      draft.quantity = token.value;
      note(draft.assumptions, NOTE_MESSAGES[state.language ?? 'en'].bareQuantity(source));
      continue;
    }
    // "a blender, 2 please", "une bouilloire, 3": a single digit said on its own after the product answers "how many?".
    // Nobody sets a price ceiling that small without writing its currency; "a kettle, 40 please" is a price.
    if (standsAlone(state, i) && Number.isInteger(token.value) && token.value >= 1 && token.value < SMALLEST_PRICE_ALONE) {
      if (readable && draft.quantity === undefined) {
        consume(state, i, i + 1);
        draft.quantity = token.value;
        note(draft.assumptions, NOTE_MESSAGES[state.language ?? 'en'].bareQuantity(source));
      }
      continue;
    }
    if (!hasBudget && !countsSomething && token.value >= 1 && token.value <= 1_000_000 && readable) {
      consume(state, i, i + 1);
      draft.budgets.push({ amount: token.value, soft: state.modality[i] === 'soft', perUnit: false, approximate: false, limit: false, source });
      note(draft.assumptions, NOTE_MESSAGES[state.language ?? 'en'].bareBudget(source));
    }
  }
}
