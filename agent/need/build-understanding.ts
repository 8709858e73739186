import type { BuiltinCategory } from '../../protocol/index.ts';
import { BUILTIN_CATEGORIES, TAXONOMY } from '../../protocol/index.ts';
import type { CategoryVerdict } from './detect-category.ts';
import type { Need, PartialNeed } from './need.ts';
import type { Understanding } from './need-engine.ts';
import { quote } from './parse-state.ts';

/** Everything gathered about a request, ready to become a need, a question or a refusal. */
export interface UnderstandingInput {
  readonly partial: PartialNeed;
  readonly verdict: CategoryVerdict;
  readonly leftovers: readonly string[];
  readonly generic: boolean;
  readonly assumptions: readonly string[];
  readonly notUnderstood: readonly string[];
  readonly defaultCurrency: string;
}

const MAX_NOTES = 64;

function label(category: BuiltinCategory): string {
  return TAXONOMY[category].label.toLowerCase();
}

function listOr(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} or ${items.at(-1)}`;
}

const KNOWN = listOr(BUILTIN_CATEGORIES.map(label));

function hasSize(partial: PartialNeed): boolean {
  return partial.hardConstraints.some((c) => c.attribute === 'size_eu' && (c.op === 'eq' || c.op === 'in'));
}

/**
 * Decides the outcome: no category → a question (or, when the person named something else, "unsupported");
 * shoes without a size → a question; otherwise a complete need with defaults filled in and listed as assumptions.
 */
export function buildUnderstanding(input: UnderstandingInput): Understanding {
  const { partial, verdict } = input;
  const notUnderstood = [...new Set(input.notUnderstood)].slice(0, MAX_NOTES);
  if (partial.category === undefined || !BUILTIN_CATEGORIES.includes(partial.category as BuiltinCategory)) {
    if (verdict.kind === 'ambiguous') {
      return {
        kind: 'clarify',
        question: `Should I look for ${listOr(verdict.candidates.map(label))}? I handle one kind of product per request.`,
        missing: ['category'],
        partial,
        notUnderstood,
      };
    }
    if (input.leftovers.length > 0 && !input.generic) {
      return {
        kind: 'unsupported',
        message: `I can only shop for ${KNOWN} so far, and I don't recognise ${listOr(input.leftovers.slice(0, 3).map(quote))} as one of them.`.slice(0, 500),
        notUnderstood,
      };
    }
    return { kind: 'clarify', question: `What should I look for? I can shop for ${KNOWN}.`, missing: ['category'], partial, notUnderstood };
  }
  if (partial.category === 'running-shoes' && !hasSize(partial)) {
    return { kind: 'clarify', question: 'What shoe size do you need (EU size, for example 42 or 42.5)?', missing: ['size_eu'], partial, notUnderstood };
  }
  const assumptions = [...input.assumptions];
  const currency = partial.budget?.currency ?? partial.currency ?? input.defaultCurrency;
  if (partial.currency === undefined) assumptions.push(`currency: ${currency} (your default; none given)`);
  if (partial.quantity === undefined) assumptions.push('quantity: 1 (none given)');
  const need: Need = {
    category: partial.category,
    hardConstraints: partial.hardConstraints,
    softPreferences: partial.softPreferences,
    quantity: partial.quantity ?? 1,
    currency,
    text: partial.text,
    ...(partial.budget === undefined ? {} : { budget: partial.budget }),
    ...(partial.deadline === undefined ? {} : { deadline: partial.deadline }),
  };
  return { kind: 'need', need, assumptions: [...new Set(assumptions)].slice(0, MAX_NOTES), notUnderstood };
}
