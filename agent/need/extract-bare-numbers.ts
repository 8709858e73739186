import { isPlausibleBareEuSize } from './extract-shoe-size.ts';
import { NOTE_MESSAGES } from './note-messages.ts';
import { consume, note, setConstraint, spanText } from './parse-state.ts';
import { isQuantityNumber } from './quantity-units.ts';
import type { ParseState } from './parse-state.ts';
import { normalizeEuSize } from './shoe-size.ts';

const POLITE: ReadonlySet<string> = new Set(['please', 'pls', 'plz', 'thanks', 'thx', 'svp', 'stp', 'merci', 'tops', 'top']);

/**
 * Gives meaning to numbers nothing else claimed: in a shoe request without a size, "43" or "42.5" is the EU size;
 * otherwise, with no budget yet, a lone number is read as the budget ceiling. Both readings are listed as assumptions;
 * a number with a unit of quantity ("500 g", "pack of 6"), a number followed by a word ("1600 tours", "3 books") and
 * any other lone number are reported as not understood.
 */
export function extractBareNumbers(state: ParseState): void {
  const { tokens, used, draft } = state;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (used[i] || token.kind !== 'number' || token.value === undefined) continue;
    const next = tokens[i + 1];
    // "5stars", "3rd": a number glued to a word we do not know is not bare.
    if (next && next.attached && !used[i + 1] && next.kind === 'word') continue;
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
    const hasBudget = state.hasBudget || draft.budgets.length > 0;
    // "1600 tours", "3 books a week", "2 pour faire de la stéréo": a number followed by a word counts or measures
    // something; without a currency or a price word it is never a price.
    // A word of politeness or firmness after it ("40 please", "50 max" is money already) says nothing about what it counts.
    const countsSomething = next !== undefined && next.kind === 'word' && !state.markerTokens[i + 1] && !POLITE.has(next.norm);
    if (!hasBudget && !countsSomething && token.value >= 1 && token.value <= 1_000_000 && (state.category !== undefined || state.openCategory === true)) {
      consume(state, i, i + 1);
      draft.budgets.push({ amount: token.value, soft: state.modality[i] === 'soft', perUnit: false, approximate: false, source });
      note(draft.assumptions, NOTE_MESSAGES[state.language ?? 'en'].bareBudget(source));
    }
  }
}
