import type { AttributeDefinition } from '../../protocol/index.ts';
import { categoryWords } from '../../protocol/index.ts';
import { functionStem } from './described-product.ts';
import { consume, setAsSaid, type ParseState } from './parse-state.ts';
import { NEGATION_MARKERS, NEGATION_WORDS } from './negation-words.ts';

/** Words of a meaning that say nothing on their own ("Has a …", "Can be …", "… on its own"). */
const GENERIC: ReadonlySet<string> = new Set([
  'has', 'have', 'can', 'with', 'the', 'and', 'for', 'from', 'its', 'own', 'itself', 'when', 'you', 'your', 'one', 'two', 'all', 'any', 'are',
  'main', 'most', 'made', 'number', 'use', 'used', 'usable', 'built', 'true', 'over', 'into', 'onto', 'per', 'too', 'very',
]);
/** How many words of a meaning must be said, and within how many words of the request. */
const MIN_SAID = 2;
const WINDOW = 8;
/** How far before the first word said a negation reaches. */
const NEGATION_REACH = 4;

/** The words a yes/no attribute's meaning says the product does ("Heats and cooks soups" → heat, cook, soup). */
function meaningStems(attr: AttributeDefinition): ReadonlySet<string> {
  const words: string[] = [];
  for (const w of categoryWords(attr.description.replace(/\([^)]*\)/g, ' '))) {
    // After a negation a meaning lists what the product lacks ("Stands without pegs", "no bags to buy").
    if (NEGATION_WORDS.has(w)) break;
    if (w.length >= 3 && !GENERIC.has(w)) words.push(w);
  }
  return new Set(words.map(functionStem));
}

/**
 * A yes/no feature said in the words of its meaning rather than its name: "a blender that can heat soup" is one with
 * "Heating" ("Heats and cooks soups"), "a coffee machine that grinds the beans" one with a grinder ("Grinds beans
 * itself"). Two words of the meaning said close together, not negated, and no rule on the attribute yet; the words
 * are then explained.
 */
export function extractDescribedFeatures(state: ParseState, attributes: readonly AttributeDefinition[]): void {
  const { tokens, used, draft } = state;
  const stems = tokens.map((t) => (t.kind === 'word' ? functionStem(t.norm) : ''));
  for (const attr of attributes) {
    if (attr.type !== 'boolean' || attr.description === undefined) continue;
    if (draft.hard.some((c) => c.attribute === attr.name) || draft.soft.some((p) => p.attribute === attr.name)) continue;
    const meaning = meaningStems(attr);
    if (meaning.size < MIN_SAID) continue;
    for (let i = 0; i < tokens.length; i++) {
      if (used[i] || !meaning.has(stems[i]!)) continue;
      const at = [i];
      const said = new Set([stems[i]!]);
      for (let j = i + 1; j < tokens.length && j <= i + WINDOW; j++) {
        if (!used[j] && meaning.has(stems[j]!) && !said.has(stems[j]!)) {
          said.add(stems[j]!);
          at.push(j);
        }
      }
      if (said.size < MIN_SAID) continue;
      if (tokens.slice(Math.max(0, i - NEGATION_REACH), i).some((t) => NEGATION_MARKERS.has(t.norm))) break;
      setAsSaid(state, i, { attribute: attr.name, op: 'eq', value: true }, { attribute: attr.name, direction: 'equals', value: true, weight: 0.6 });
      for (const k of at) consume(state, k, k + 1);
      break;
    }
  }
}
