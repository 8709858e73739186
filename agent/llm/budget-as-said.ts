import type { Money } from '../../protocol/index.ts';
import type { Understanding } from '../need/index.ts';

/** The budget an understanding carries: the need's, or a pending question's partial need's. */
export function budgetOf(understanding: Understanding): Money | undefined {
  if (understanding.kind === 'need') return understanding.need.budget;
  if (understanding.kind === 'clarify') return understanding.partial.budget;
  return undefined;
}

/** Whether `budget` is missing, in another currency than `said`, or above it: a ceiling the person did not write. */
function exceeds(budget: Money | undefined, said: Money): boolean {
  return budget === undefined || budget.currency !== said.currency || budget.amountMinor > said.amountMinor;
}

/**
 * The model's understanding with its budget held to the one the person's own words state (`said`, read by the built-in
 * engine from the same text and context): a model may read a lower ceiling, never a higher one, another currency or
 * none at all — a budget it raised or dropped (told to by text it was shown, or simply wrong) would let the butler rank
 * and propose offers above what the person said they would spend. Unchanged when the words state no budget.
 */
export function withBudgetAsSaid(understanding: Understanding, said: Money | undefined, note: string): Understanding {
  if (said === undefined || !exceeds(budgetOf(understanding), said)) return understanding;
  if (understanding.kind === 'need') {
    const need = { ...understanding.need, budget: said, currency: said.currency };
    return { ...understanding, need, assumptions: [note, ...understanding.assumptions].slice(0, 64) };
  }
  if (understanding.kind === 'clarify') return { ...understanding, partial: { ...understanding.partial, budget: said, currency: said.currency } };
  return understanding;
}
