import type { AttributeValue } from '../../protocol/index.ts';
import type { Effect } from './lexicon-types.ts';
import { clampWeight, markUnneeded, setConstraint, setPreference } from './parse-state.ts';
import type { Modality, NeedDraft } from './parse-state.ts';

/** Weight of a named feature said softly ("ideally waterproof"). */
const SOFT_FEATURE_WEIGHT = 0.7;
/** Weight of a vague wish said firmly ("must be light"): still a wish, since "light" has no threshold. */
const FIRM_WISH_WEIGHT = 0.9;

/** How a phrase was said: firmness, emphasis, and whether it sits under a negation ("not", "without"). */
export interface Saying {
  readonly modality: Modality;
  readonly emphasis: number;
  readonly negated: boolean;
}

function negateValue(value: AttributeValue): AttributeValue {
  return typeof value === 'boolean' ? !value : value;
}

/**
 * Applies one phrase's effect to the draft. Named features are hard unless said softly (or soft by nature) or said not
 * to be needed (no rule); negation flips booleans ("without noise cancelling"), excludes values ("not trail"), and reverses a wish's direction.
 */
export function applyEffect(draft: NeedDraft, effect: Effect, saying: Saying): void {
  if (effect.kind === 'none') return;
  // "app control isn't needed", "I don't need noise cancelling": not needing a feature is neither wanting nor refusing it.
  if (saying.modality === 'unneeded') {
    markUnneeded(draft, effect.attribute);
    return;
  }
  if (effect.kind === 'preference') {
    const base = saying.modality === 'hard' ? Math.max(FIRM_WISH_WEIGHT, effect.weight) : effect.weight;
    const weight = clampWeight(base + saying.emphasis);
    if (!saying.negated) {
      setPreference(draft, effect.value === undefined ? { attribute: effect.attribute, direction: effect.direction, weight } : { attribute: effect.attribute, direction: effect.direction, value: effect.value, weight });
      return;
    }
    if (effect.direction === 'equals') {
      // "not plush", "not a dark roast": an exclusion, which is firm by nature.
      if (effect.value !== undefined) setConstraint(draft, { attribute: effect.attribute, op: 'neq', value: effect.value });
      return;
    }
    setPreference(draft, { attribute: effect.attribute, direction: effect.direction === 'higher' ? 'lower' : 'higher', weight });
    return;
  }
  const values = Array.isArray(effect.value) ? (effect.value as AttributeValue[]) : [effect.value as AttributeValue];
  const first = values[0]!;
  const soft = saying.modality === 'soft' || (effect.softByDefault !== undefined && saying.modality !== 'hard');
  if (saying.negated) {
    if (effect.op === 'eq' && typeof first === 'boolean') {
      if (soft) setPreference(draft, { attribute: effect.attribute, direction: 'equals', value: !first, weight: clampWeight((effect.softByDefault ?? SOFT_FEATURE_WEIGHT) + saying.emphasis) });
      else setConstraint(draft, { attribute: effect.attribute, op: 'eq', value: negateValue(first) });
    } else if (effect.op === 'neq') setConstraint(draft, { attribute: effect.attribute, op: 'eq', value: first });
    else if (values.length === 1) setConstraint(draft, { attribute: effect.attribute, op: 'neq', value: first });
    else setConstraint(draft, { attribute: effect.attribute, op: 'not-in', value: values });
    return;
  }
  if (soft && effect.op !== 'neq') {
    const weight = clampWeight((saying.modality === 'soft' ? SOFT_FEATURE_WEIGHT : (effect.softByDefault ?? SOFT_FEATURE_WEIGHT)) + saying.emphasis);
    const direction = effect.soft?.direction ?? 'equals';
    const value = effect.soft ? effect.soft.value : first;
    setPreference(draft, value === undefined ? { attribute: effect.attribute, direction, weight } : { attribute: effect.attribute, direction, value, weight });
    return;
  }
  if (effect.op === 'in') setConstraint(draft, values.length === 1 ? { attribute: effect.attribute, op: 'eq', value: first } : { attribute: effect.attribute, op: 'in', value: values });
  else setConstraint(draft, { attribute: effect.attribute, op: effect.op, value: first });
}
