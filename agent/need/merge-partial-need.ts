import type { HardConstraint, SoftPreference } from '../../protocol/index.ts';
import { PROTOCOL_LIMITS, TAXONOMY, isBuiltinCategory } from '../../protocol/index.ts';
import { MAX_NEED_RULES } from './need.ts';
import type { PartialNeed } from './need.ts';

/** Attributes that mean the same in every category (offer terms and the maker). */
const CROSS_CATEGORY_ATTRIBUTES = new Set(['maker', 'price', 'delivery_days', 'return_days', 'warranty_months']);

function keepsMeaning(attribute: string, category: string | undefined): boolean {
  if (CROSS_CATEGORY_ATTRIBUTES.has(attribute) || category === undefined || !isBuiltinCategory(category)) return true;
  return Object.hasOwn(TAXONOMY[category].attributes, attribute);
}

function mergeConstraints(base: readonly HardConstraint[], answer: readonly HardConstraint[]): HardConstraint[] {
  const answered = new Set(answer.map((c) => `${c.attribute}|${c.op === 'not-in' ? 'not-in' : 'positive'}`));
  const kept = base.filter((c) => !answered.has(`${c.attribute}|${c.op === 'not-in' ? 'not-in' : 'positive'}`));
  const merged = [...kept];
  for (const constraint of answer) {
    const earlier = base.find((c) => c.attribute === constraint.attribute && c.op === 'not-in');
    // Exclusions add up across turns: "not Sony" then "and not Bose either".
    if (constraint.op === 'not-in' && earlier && Array.isArray(earlier.value) && Array.isArray(constraint.value)) {
      merged.push({ ...constraint, value: [...new Set([...earlier.value, ...constraint.value])].slice(0, 32) });
    } else merged.push(constraint);
  }
  return merged;
}

function mergePreferences(base: readonly SoftPreference[], answer: readonly SoftPreference[]): SoftPreference[] {
  const answered = new Set(answer.map((p) => p.attribute));
  return [...base.filter((p) => !answered.has(p.attribute)), ...answer];
}

/**
 * Folds an answer to a clarifying question into the partial need it answers: what the answer says wins, exclusions
 * accumulate, and attributes that mean nothing in a newly chosen category are dropped. Texts are joined with " / ".
 */
export function mergePartialNeeds(base: PartialNeed, answer: PartialNeed): PartialNeed {
  const category = answer.category ?? base.category;
  const fits = <T extends { attribute: string }>(rule: T): boolean => keepsMeaning(rule.attribute, category);
  const budget = answer.budget ?? base.budget;
  // A stretch goes with the budget it raises: a new budget said in the answer brings its own (or none).
  const budgetStretch = answer.budget !== undefined ? answer.budgetStretch : base.budgetStretch;
  const currency = answer.budget?.currency ?? answer.currency ?? base.budget?.currency ?? base.currency;
  const quantity = answer.quantity ?? base.quantity;
  const deadline = answer.deadline ?? base.deadline;
  const recipient = answer.recipient || base.recipient ? { ...base.recipient, ...answer.recipient, gift: (base.recipient?.gift ?? false) || (answer.recipient?.gift ?? false) } : undefined;
  const text = [base.text, answer.text].filter((t) => t.trim() !== '').join(' / ').slice(0, PROTOCOL_LIMITS.maxTextLength);
  return {
    hardConstraints: mergeConstraints(base.hardConstraints.filter(fits), answer.hardConstraints).slice(0, MAX_NEED_RULES),
    softPreferences: mergePreferences(base.softPreferences.filter(fits), answer.softPreferences).slice(0, MAX_NEED_RULES),
    text,
    ...(category === undefined ? {} : { category }),
    ...(quantity === undefined ? {} : { quantity }),
    ...(budget === undefined || (currency !== undefined && budget.currency !== currency) ? {} : { budget, ...(budgetStretch === undefined || budgetStretch.amount.currency !== budget.currency ? {} : { budgetStretch }) }),
    ...(currency === undefined ? {} : { currency }),
    ...(deadline === undefined ? {} : { deadline }),
    ...(recipient === undefined ? {} : { recipient }),
  };
}
